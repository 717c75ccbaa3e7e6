// Behaviour cases (tests/behaviour/README.md): an Oracle setup script and query, converted by
// barge like any input (the query as view barge_case), deployed into a fresh PostgreSQL
// database; the view's rows must be the result Oracle documents for that query.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <sstream>

#include "converter/convert.h"
#include "parser/parser.h"
#include "tests/db/db_env.h"
#include "tests/db/pg_eval.h"
#include "tests/golden/golden.h"

using namespace barge;
namespace fs = std::filesystem;

namespace {

const fs::path kDir = fs::path(BARGE_SOURCE_DIR) / "tests/behaviour/oracle";
const std::string kNull = "<null>";

struct BehaviourCase {
  std::string setup, query, source;
  std::vector<std::string> expect;  // one row per line, cells joined by '|'
};

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
  return s;
}

// Sections start with a line `-- setup`, `-- query`, `-- expect`; `-- source: ...` may stand
// anywhere. Returns an error text for a malformed case.
std::string parseCase(const std::string& text, BehaviourCase& c) {
  std::istringstream in(text);
  std::string line, section;
  bool sawQuery = false, sawExpect = false;
  while (std::getline(in, line)) {
    std::string t = trim(line);
    if (t.rfind("-- source:", 0) == 0) {
      c.source = trim(t.substr(10));
      continue;
    }
    if (t == "-- setup" || t == "-- query" || t == "-- expect") {
      section = t.substr(3);
      sawQuery |= section == "query";
      sawExpect |= section == "expect";
      continue;
    }
    if (section == "setup")
      c.setup += line + "\n";
    else if (section == "query")
      c.query += line + "\n";
    else if (section == "expect" && !t.empty())
      c.expect.push_back(t);
    else if (section.empty() && !t.empty() && t.rfind("--", 0) != 0)
      return "text before the first section: " + t;
  }
  c.query = trim(c.query);
  while (!c.query.empty() && c.query.back() == ';')
    c.query = trim(c.query.substr(0, c.query.size() - 1));
  if (!sawQuery || c.query.empty()) return "no -- query section";
  if (!sawExpect) return "no -- expect section";
  if (c.source.empty()) return "no -- source: line";
  if (c.expect.size() > 1 && upper(c.query).find("ORDER BY") == std::string::npos)
    return "a query returning several rows needs an ORDER BY";
  return "";
}

// name -> reason, from known_failures.txt (`name: reason` per line, # comments).
std::map<std::string, std::string> knownFailures() {
  std::map<std::string, std::string> known;
  std::istringstream in(test::readFile(kDir / "known_failures.txt"));
  std::string line;
  while (std::getline(in, line)) {
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    size_t colon = line.find(':');
    known[trim(line.substr(0, colon))] =
        colon == std::string::npos ? "" : trim(line.substr(colon + 1));
  }
  return known;
}

bool isNumericType(const std::string& type) {
  return type.rfind("numeric", 0) == 0 || type == "integer" || type == "bigint" ||
         type == "smallint";
}

// Numbers are written without trailing fractional zeros: the value, not the column's scale.
std::string normaliseNumber(std::string v) {
  if (v.find('.') == std::string::npos) return v;
  while (v.back() == '0') v.pop_back();
  if (v.back() == '.') v.pop_back();
  return v;
}

std::string escapeCell(const std::string& v) {
  std::string out;
  for (char ch : v) {
    if (ch == '\n')
      out += "\\n";
    else if (ch == '\\')
      out += "\\\\";
    else
      out += ch;
  }
  return out;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::string cur;
  for (char ch : s) {
    if (ch == sep) {
      parts.push_back(cur);
      cur.clear();
    } else {
      cur += ch;
    }
  }
  parts.push_back(cur);
  return parts;
}

std::string actionList(const converter::ConversionResult& r) {
  std::string out;
  for (const auto& a : r.actions)
    out += "  " + a.code + " " + a.loc.shortStr() + " " + a.objectName + ": " + a.message + "\n";
  return out.empty() ? "  (none)\n" : out;
}

// Runs one case; returns "" when PostgreSQL gives the expected rows, else why not.
std::string runCase(const std::string& name, const BehaviourCase& c) {
  std::string script = c.setup + "\nCREATE VIEW barge_case AS\n" + c.query + ";\n";
  auto parsed = parser::parseText(parser::Dialect::Oracle, script, name + ".case");
  std::string problems;
  for (const auto& d : parsed.diagnostics)
    if (d.severity == parser::Severity::Error)
      problems += "  parse: " + d.loc.shortStr() + " " + d.message + "\n";
  if (!problems.empty()) return "the case does not parse:\n" + problems;
  auto result = converter::convert(parser::Dialect::Oracle, {&parsed.script}, {});
  bool viewConverted = false;
  for (const auto& o : result.objects)
    if (o.kind == "VIEW" && upper(o.name) == "BARGE_CASE") viewConverted = o.converted;
  if (!viewConverted)
    return "the converter left the query's view out; action items:\n" + actionList(result);

  std::string db = "barge_behaviour";
  test::freshDatabase(db);
  std::string out, file = "/tmp/barge_behaviour_" + name + ".sql";
  std::ofstream(file) << result.deployScript();
  if (test::runSqlFile(db, file, out) != 0)
    return "the deploy script fails (" + file + "):\n" + out + "action items:\n" +
           actionList(result);

  if (test::runSql(db,
                   "\\pset tuples_only on\n\\pset format unaligned\n"
                   "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = "
                   "'barge_case'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;\n",
                   out) != 0)
    return "cannot read the view's columns:\n" + out;
  std::vector<std::string> types;
  for (const auto& t : split(trim(out), '\n')) types.push_back(trim(t));

  // Unit and record separators keep '|' and newlines inside values apart from the layout.
  if (test::runSql(db,
                   "\\pset tuples_only on\n\\pset format unaligned\n\\pset null '" + kNull +
                       "'\n\\pset fieldsep '\x1f'\n\\pset recordsep '\x1e'\n"
                       "SELECT * FROM barge_case;\n",
                   out) != 0)
    return "SELECT * FROM barge_case fails:\n" + out + "\nPostgreSQL view:\n" +
           result.deployScript().substr(result.deployScript().rfind("CREATE OR REPLACE VIEW"));
  while (!out.empty() && out.back() == '\n') out.pop_back();
  std::vector<std::string> rows;
  if (!out.empty())
    for (const auto& rec : split(out, '\x1e')) {
      auto cells = split(rec, '\x1f');
      std::string row;
      for (size_t i = 0; i < cells.size(); ++i) {
        std::string v = cells[i];
        if (v != kNull && i < types.size() && isNumericType(types[i])) v = normaliseNumber(v);
        row += (i ? "|" : "") + escapeCell(v);
      }
      rows.push_back(row);
    }
  if (rows == c.expect) return "";
  std::string msg = "rows differ\nexpected (" + c.source + "):\n";
  for (const auto& r : c.expect) msg += "  " + r + "\n";
  msg += "PostgreSQL gave:\n";
  for (const auto& r : rows) msg += "  " + r + "\n";
  size_t view = result.deployScript().rfind("CREATE OR REPLACE VIEW");
  if (view != std::string::npos) msg += "converted view:\n" + result.deployScript().substr(view);
  return msg + "action items:\n" + actionList(result);
}

}  // namespace

TEST_CASE("oracle behaviour cases give the result Oracle documents") {
  test::dbEnv();  // fails with a clear message when the servers are not there
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(kDir))
    if (e.path().extension() == ".case") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE_FALSE(files.empty());
  auto known = knownFailures();
  for (const auto& [k, reason] : known) {
    INFO("known_failures.txt names " << k);
    CHECK(fs::exists(kDir / (k + ".case")));
    CHECK_FALSE(reason.empty());
  }
  size_t passed = 0, skipped = 0;
  for (const auto& f : files) {
    std::string name = f.stem().string();
    INFO("case " << f.string());
    BehaviourCase c;
    std::string bad = parseCase(test::readFile(f), c);
    INFO(bad);
    REQUIRE(bad.empty());
    std::string failure = runCase(name, c);
    auto k = known.find(name);
    if (k != known.end()) {
      // Listed: must still fail (else the list is stale), and is reported as skipped.
      INFO("listed in known_failures.txt but passes now: remove it from the list");
      CHECK_FALSE(failure.empty());
      if (!failure.empty()) {
        ++skipped;
        std::cout << "SKIPPED known failure " << name << ": " << k->second << "\n";
        WARN("known failure " << name << ": " << k->second << "\n" << failure);
      }
      continue;
    }
    INFO(failure);
    CHECK(failure.empty());
    if (failure.empty()) ++passed;
  }
  std::cout << "behaviour oracle: " << files.size() << " cases, " << passed << " pass, " << skipped
            << " known failures skipped\n";
  CHECK(files.size() >= 60);  // issue 12: at least 60 behaviour cases
}
