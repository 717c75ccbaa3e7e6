// Golden IR cases: tests/cases/<dialect>/<name>.sql -> <name>.ir (the stable IR printout).
// Every case must also parse in SLL mode alone: a grammar that needs the LL fallback is slow.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "parser/parser.h"
#include "tests/golden/golden.h"

using namespace barge;

namespace {
std::string printScript(const parser::ParseResult& r) {
  std::string out;
  for (const auto& s : r.script.statements) out += ir::printTree(*s);
  for (const auto& d : r.diagnostics)
    if (d.severity != parser::Severity::Info)
      out += "diagnostic " + d.loc.shortStr() + ": " + d.message + "\n";
  return out;
}

void runDialect(const std::string& name, parser::Dialect dialect) {
  auto files = test::caseFiles(name);
  REQUIRE_FALSE(files.empty());
  for (const auto& f : files) {
    DYNAMIC_SECTION(f.filename().string()) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      parser::ParseOptions sllOnly;
      sllOnly.allowLLFallback = false;
      auto r = parser::parseText(dialect, ss.str(), f.filename().string(), sllOnly);
      // Cases named error_* are expected to contain failures; all others must parse fully.
      if (f.filename().string().rfind("error_", 0) != 0) CHECK(r.stats.failed == 0);
      CHECK(r.stats.llFallbacks == 0);
      auto golden = f;
      golden.replace_extension(".ir");
      std::string msg = test::compareGolden(golden, printScript(r));
      INFO(msg);
      CHECK(msg.empty());
    }
  }
}
}  // namespace

TEST_CASE("golden IR: oracle") {
  runDialect("oracle", parser::Dialect::Oracle);
}
TEST_CASE("golden IR: mysql") {
  runDialect("mysql", parser::Dialect::MySql);
}
