// The assessment report end to end on files we wrote (tests/samples/): model figures, CSV
// headers, report.json against reports/report.schema.json, and HTML that carries nothing
// executable whatever the input holds.
#include <catch2/catch.hpp>

#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include "converter/convert.h"
#include "parser/parser.h"
#include "reports/render.h"
#include "reports/report_model.h"
#include "tests/unit/json_schema_check.h"

namespace barge::reports {
extern const char* const kReportTemplate;
}

using namespace barge;
namespace fs = std::filesystem;

namespace {
const fs::path kRoot = BARGE_SOURCE_DIR;

struct Assessed {
  std::vector<parser::ParseResult> parsed;
  converter::ConversionResult conv;
  reports::ReportModel model;
};

Assessed assess(parser::Dialect d, const std::vector<std::string>& inputs) {
  Assessed a;
  std::vector<std::string> missing;
  parser::ParseStats total;
  std::vector<std::string> names;
  for (const auto& f : parser::collectInputs(d, inputs, missing)) {
    a.parsed.push_back(parser::parseFile(d, f));
    total.add(a.parsed.back().stats);
  }
  REQUIRE(missing.empty());
  std::vector<const ir::Script*> scripts;
  for (const auto& p : a.parsed) {
    scripts.push_back(&p.script);
    names.push_back(p.script.source);
  }
  a.conv = converter::convert(d, scripts, {});
  reports::ReportInputs extra;
  extra.scripts = scripts;
  a.model = reports::buildReport(a.conv, total, names, "test", extra);
  return a;
}

std::string readFile(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string firstLine(const std::string& csv) {
  return csv.substr(0, csv.find("\r\n"));
}

std::string between(const std::string& s, const std::string& open, const std::string& close) {
  size_t a = s.find(open);
  size_t b = s.find(close, a);
  REQUIRE(a != std::string::npos);
  REQUIRE(b != std::string::npos);
  return s.substr(a + open.size(), b - a - open.size());
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Walks every tag of the page: only the elements the template uses, no event-handler
// attribute, no URL attribute, no javascript: anywhere in an attribute, and exactly the
// template's one <script> and one <style>.
std::vector<std::string> unsafeMarkup(const std::string& html) {
  static const std::set<std::string> allowed = {
      "html",    "head",   "meta",  "title",   "style",      "body", "header", "main",
      "section", "h1",     "h2",    "h3",      "p",          "div",  "span",   "b",
      "i",       "code",   "pre",   "table",   "colgroup",   "col",  "thead",  "tbody",
      "tr",      "th",     "td",    "details", "summary",    "ul",   "li",     "label",
      "select",  "option", "input", "figure",  "figcaption", "svg",  "text",   "rect",
      "script",  "br",     "button"};
  std::vector<std::string> bad;
  const std::string tpl = reports::kReportTemplate;
  const std::string script = between(tpl, "<script>", "</script>");
  const std::string style = between(tpl, "<style>", "</style>");
  int scripts = 0, styles = 0;
  for (size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i + 1)) {
    if (html.compare(i, 4, "<!--") == 0) {
      i = html.find("-->", i);
      if (i == std::string::npos) break;
      continue;
    }
    if (html.compare(i, 2, "<!") == 0) continue;  // DOCTYPE
    size_t p = i + 1;
    if (p < html.size() && html[p] == '/') ++p;
    size_t nameStart = p;
    while (p < html.size() && std::isalnum(static_cast<unsigned char>(html[p]))) ++p;
    std::string name = lower(html.substr(nameStart, p - nameStart));
    if (name.empty()) {
      bad.push_back("bare '<' in the page at " + std::to_string(i));
      continue;
    }
    if (!allowed.count(name)) bad.push_back("element <" + name + ">");
    // attributes
    while (p < html.size() && html[p] != '>') {
      if (std::isspace(static_cast<unsigned char>(html[p])) || html[p] == '/') {
        ++p;
        continue;
      }
      size_t a = p;
      while (p < html.size() && !std::isspace(static_cast<unsigned char>(html[p])) &&
             html[p] != '=' && html[p] != '>')
        ++p;
      std::string attr = lower(html.substr(a, p - a));
      std::string value;
      if (p < html.size() && html[p] == '=') {
        ++p;
        char q = html[p];
        if (q == '"' || q == '\'') {
          size_t e = html.find(q, p + 1);
          value = html.substr(p + 1, e - p - 1);
          p = e + 1;
        } else {
          size_t s = p;
          while (p < html.size() && !std::isspace(static_cast<unsigned char>(html[p])) &&
                 html[p] != '>')
            ++p;
          value = html.substr(s, p - s);
        }
      }
      if (attr.rfind("on", 0) == 0) bad.push_back("event handler " + attr + " on <" + name + ">");
      if (attr == "href" || attr == "src" || attr == "action" || attr == "formaction" ||
          attr.find("href") != std::string::npos)
        bad.push_back("URL attribute " + attr + " on <" + name + ">");
      std::string v;
      for (char c : lower(value))
        if (!std::isspace(static_cast<unsigned char>(c))) v += c;
      // data-* and title are never followed as links; anything else must not carry a script URL.
      bool inert = attr.rfind("data-", 0) == 0 || attr == "title" || attr == "aria-label";
      if (!inert && (v.find("javascript:") != std::string::npos ||
                     v.find("javascript&#") != std::string::npos))
        bad.push_back("javascript: in " + attr + " of <" + name + ">");
    }
    if (html[nameStart - 1] == '/') continue;
    if (name == "script" || name == "style") {
      size_t end = html.find("</" + name + ">", p);
      std::string body = html.substr(p + 1, end - p - 1);
      if (name == "script") {
        ++scripts;
        if (body != script) bad.push_back("a <script> that is not the template's");
      } else {
        ++styles;
        if (body != style) bad.push_back("a <style> that is not the template's");
      }
      i = end;
    }
  }
  if (scripts != 1) bad.push_back(std::to_string(scripts) + " script elements");
  if (styles != 1) bad.push_back(std::to_string(styles) + " style elements");
  return bad;
}
}  // namespace

TEST_CASE("report model of the bundled Oracle samples", "[report]") {
  auto a = assess(parser::Dialect::Oracle, {(kRoot / "tests/samples/oracle").string()});
  const auto& m = a.model;
  CHECK(m.schemaVersion == reports::kReportSchemaVersion);
  CHECK(m.inputRoot == (kRoot / "tests/samples/oracle").string());
  REQUIRE(m.inputs.size() == 2);
  CHECK(m.inputs[0] == "shop.sql");  // relative to the input root
  CHECK(m.inputs[1] == "shop_code.sql");
  std::map<std::string, int> kinds;
  for (const auto& o : m.objects) {
    ++kinds[o.kind];
    CHECK(o.file.find('/') == std::string::npos);
    CHECK(o.verify == "not verified");
    CHECK_FALSE(o.complexity.empty());
    if (o.kind == "TABLE") CHECK(o.sourceSchema == "shop");
  }
  CHECK(kinds["TABLE"] == 5);
  CHECK(kinds["VIEW"] == 2);
  CHECK(kinds["SEQUENCE"] == 1);
  CHECK(kinds["TRIGGER"] == 1);
  // Groups: one per code, occurrences add up to every action item, most severe first.
  size_t occ = 0;
  for (const auto& g : m.groups) occ += g.occurrences;
  CHECK(occ == m.actions.size());
  for (size_t i = 1; i < m.groups.size(); ++i)
    CHECK(reports::severityRank(m.groups[i - 1].severity) >=
          reports::severityRank(m.groups[i].severity));
  // Every action tied to an object points at a line inside it and has an excerpt with a caret.
  for (const auto& ac : m.actions) {
    INFO(ac.code << " " << ac.objectName << " " << ac.line);
    CHECK(ac.line > 0);
    CHECK(ac.excerpt.firstLine > 0);
    CHECK(ac.excerpt.caretLine == ac.line);
    if (ac.object >= 0) {
      const auto& o = m.objects[ac.object];
      CHECK(ac.file == o.file);
      CHECK(ac.line >= o.line);
      CHECK(ac.line < o.line + std::max<uint32_t>(o.lines, 1));
      CHECK(ac.schema == "shop");
    }
  }
  // Client commands (REM, PROMPT) are listed with their place.
  bool rem = false;
  for (const auto& s : m.skipped) rem = rem || (s.kind == "client command" && s.line == 1);
  CHECK(rem);
  CHECK_FALSE(m.topRisks.empty());
  CHECK(m.effortMethod.find("per 50 lines") != std::string::npos);
  // Excerpts keep their line breaks in the page (plain HTML escaping would fold them).
  std::string html = reports::renderHtml(m);
  CHECK(html.find("\n       | ^\n") != std::string::npos);
}

TEST_CASE("CSV exports keep the SCT / DMS columns exactly", "[report]") {
  auto a = assess(parser::Dialect::MySql, {(kRoot / "tests/samples/mysql").string()});
  std::string actions = reports::renderActionItemsCsv(a.model);
  CHECK(firstLine(actions) ==
        "Category,Occurrence,Action item,Subject,Group,Description,Documentation references,"
        "Recommended action,Line,Position,Source,Target,Server IP address and port,Database,"
        "Schema");
  CHECK(firstLine(reports::renderSummaryCsv(a.model)) ==
        "Category,Number of objects,Objects automatically converted,Objects with simple "
        "actions,Objects with medium-complexity actions,Objects with complex actions,Total lines "
        "of code");
  // Database and Schema hold the source database, never a file path.
  REQUIRE_FALSE(a.model.actions.empty());
  for (const auto& ac : a.model.actions) {
    CHECK(ac.database.find(".sql") == std::string::npos);
    CHECK(ac.schema.find('/') == std::string::npos);
  }
  CHECK(actions.find("/tests/samples") == std::string::npos);  // paths are relative
}

TEST_CASE("report.json is valid against reports/report.schema.json", "[report]") {
  auto schema = nlohmann::json::parse(readFile(kRoot / "reports/report.schema.json"));
  for (auto [dialect, dir] : {std::pair{parser::Dialect::Oracle, "tests/samples/oracle"},
                              std::pair{parser::Dialect::MySql, "tests/samples/mysql"},
                              std::pair{parser::Dialect::Oracle, "tests/samples/hostile"}}) {
    DYNAMIC_SECTION(dir) {
      std::vector<std::string> in;
      if (std::string(dir) == "tests/samples/hostile")
        in = {(kRoot / dir / "oracle_hostile.sql").string()};
      else
        in = {(kRoot / dir).string()};
      auto a = assess(dialect, in);
      auto doc = nlohmann::json::parse(reports::renderJson(a.model));
      auto errors = test::validateJsonSchema(schema, doc);
      for (const auto& e : errors) UNSCOPED_INFO(e);
      CHECK(errors.empty());
      CHECK(doc["schema_version"] == reports::kReportSchemaVersion);
      CHECK(doc["objects"].size() == a.model.objects.size());
    }
  }
}

TEST_CASE("the schema check finds what is wrong", "[report]") {
  auto schema = nlohmann::json::parse(readFile(kRoot / "reports/report.schema.json"));
  auto a = assess(parser::Dialect::MySql, {(kRoot / "tests/samples/mysql").string()});
  auto good = nlohmann::json::parse(reports::renderJson(a.model));
  REQUIRE(test::validateJsonSchema(schema, good).empty());
  auto missing = good;
  missing.erase("schema_version");
  CHECK_FALSE(test::validateJsonSchema(schema, missing).empty());
  auto badEnum = good;
  badEnum["objects"][0]["status"] = "maybe";
  CHECK_FALSE(test::validateJsonSchema(schema, badEnum).empty());
  auto extra = good;
  extra["actions"][0]["surprise"] = 1;
  CHECK_FALSE(test::validateJsonSchema(schema, extra).empty());
  auto negative = good;
  negative["parse"]["failed"] = -1;
  CHECK_FALSE(test::validateJsonSchema(schema, negative).empty());
  auto wrongType = good;
  wrongType["estimatedHours"] = "many";
  CHECK_FALSE(test::validateJsonSchema(schema, wrongType).empty());
}

TEST_CASE("nothing executable from the input reaches report.html", "[report][security]") {
  for (auto [dialect, file] : {std::pair{parser::Dialect::Oracle, "oracle_hostile.sql"},
                               std::pair{parser::Dialect::MySql, "mysql_hostile.sql"}}) {
    DYNAMIC_SECTION(file) {
      auto a = assess(dialect, {(kRoot / "tests/samples/hostile" / file).string()});
      REQUIRE_FALSE(a.model.actions.empty());
      REQUIRE(a.model.parse.failed >= 1);  // the garbage statement is listed with its excerpt
      std::string html = reports::renderHtml(a.model);
      auto bad = unsafeMarkup(html);
      for (const auto& b : bad) UNSCOPED_INFO(b);
      CHECK(bad.empty());
      // The text is there, escaped, not dropped.
      CHECK(html.find("&lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt;") != std::string::npos);
      CHECK(html.find("&lt;img src=x onerror=alert(4)&gt;") != std::string::npos);
      CHECK(html.find("javascript:alert(7)") != std::string::npos);  // as text in an excerpt
    }
  }
}

TEST_CASE("the markup check catches injected markup", "[report][security]") {
  auto a = assess(parser::Dialect::MySql, {(kRoot / "tests/samples/mysql").string()});
  std::string html = reports::renderHtml(a.model);
  REQUIRE(unsafeMarkup(html).empty());
  auto inject = [&](const std::string& what) {
    std::string h = html;
    h.insert(h.find("</main>"), what);
    return unsafeMarkup(h);
  };
  CHECK_FALSE(inject("<script>alert(1)</script>").empty());
  CHECK_FALSE(inject("<img src=x onerror=alert(1)>").empty());
  CHECK_FALSE(inject("<div onmouseover=\"alert(1)\">x</div>").empty());
  CHECK_FALSE(inject("<span style=\"background: url(javascript:alert(1))\">x</span>").empty());
}

TEST_CASE("report model on every converter golden input", "[report]") {
  auto schema = nlohmann::json::parse(readFile(kRoot / "reports/report.schema.json"));
  for (auto [dialect, dir] :
       {std::pair{parser::Dialect::Oracle, "oracle"}, std::pair{parser::Dialect::MySql, "mysql"}}) {
    for (const auto& f : fs::directory_iterator(kRoot / "tests/cases/convert" / dir)) {
      if (f.path().extension() != ".sql" ||
          f.path().string().find(".expected.") != std::string::npos)
        continue;
      DYNAMIC_SECTION(f.path().filename().string()) {
        auto a = assess(dialect, {f.path().string()});
        const auto& m = a.model;
        CHECK(test::validateJsonSchema(schema, nlohmann::json::parse(reports::renderJson(m)))
                  .empty());
        size_t occ = 0;
        for (const auto& g : m.groups) occ += g.occurrences;
        CHECK(occ == m.actions.size());
        for (const auto& ac : m.actions) {
          INFO(ac.code << " at " << ac.file << ":" << ac.line);
          CHECK(ac.file == f.path().filename().string());  // relative to the input root
          if (ac.line) {
            CHECK(ac.excerpt.firstLine > 0);
          }
        }
        size_t automatic = 0;
        for (const auto& o : m.objects) automatic += o.complexity == "automatic";
        CHECK(automatic == m.automaticObjects);
        CHECK(unsafeMarkup(reports::renderHtml(m)).empty());
      }
    }
  }
}
