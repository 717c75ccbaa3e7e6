#include "parser/parser.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iterator>
#include <set>

#include "parser/mysql/mysql_front_end.h"
#include "parser/oracle/oracle_conditional_compilation.h"
#include "parser/oracle/oracle_front_end.h"

namespace barge::parser {

std::string checkOptions(const ParseOptions& options) {
  oracle::CcSettings cc;
  std::string error;
  return oracle::parseCcSettings(options, cc, error) ? std::string() : error;
}

std::string Diagnostic::str() const {
  return loc.str() + ": " + message;
}

void ParseStats::add(const ParseStats& o) {
  statements += o.statements;
  parsed += o.parsed;
  failed += o.failed;
  outOfScope += o.outOfScope;
  scriptCommands += o.scriptCommands;
  llFallbacks += o.llFallbacks;
  bytes += o.bytes;
  seconds += o.seconds;
  if (o.worstStatementSeconds > worstStatementSeconds) {
    worstStatementSeconds = o.worstStatementSeconds;
    worstStatementAt = o.worstStatementAt;
  }
}

ParseResult parseText(Dialect dialect, std::string_view bytes, const std::string& sourceName,
                      const ParseOptions& options) {
  auto t0 = std::chrono::steady_clock::now();
  ParseResult r = dialect == Dialect::Oracle ? oracle::parseScript(bytes, sourceName, options)
                                             : mysql::parseScript(bytes, sourceName, options);
  std::chrono::duration<double> d = std::chrono::steady_clock::now() - t0;
  r.script.source = sourceName;
  r.stats.bytes = bytes.size();
  r.stats.seconds = d.count();
  return r;
}

namespace {
const std::set<std::string>& extensionsFor(Dialect d) {
  static const std::set<std::string> oracle = {".sql", ".pks", ".pkb", ".pck", ".tps", ".tpb",
                                               ".plb", ".prc", ".fnc", ".trg", ".vw"};
  static const std::set<std::string> mysql = {".sql"};
  return d == Dialect::Oracle ? oracle : mysql;
}
std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}
}  // namespace

std::vector<std::filesystem::path> collectInputs(Dialect dialect,
                                                 const std::vector<std::string>& inputs,
                                                 std::vector<std::string>& missing) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const auto& in : inputs) {
    std::error_code ec;
    fs::path p(in);
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> found;
      for (fs::recursive_directory_iterator
               it(p, fs::directory_options::skip_permission_denied, ec),
           end;
           it != end; it.increment(ec)) {
        if (ec) break;
        if (it->is_regular_file(ec) &&
            extensionsFor(dialect).count(lower(it->path().extension().string())))
          found.push_back(it->path());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(p, ec)) {
      files.push_back(p);
    } else {
      missing.push_back(in);
    }
  }
  return files;
}

ParseResult parseFile(Dialect dialect, const std::filesystem::path& path,
                      const ParseOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ParseResult r;
    r.script.source = path.string();
    Diagnostic d;
    d.loc.file = std::make_shared<const std::string>(path.string());
    d.message = "cannot read file";
    r.diagnostics.push_back(d);
    return r;
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return parseText(dialect, bytes, path.string(), options);
}

}  // namespace barge::parser
