// Converter golden cases: tests/cases/convert/<dialect>/<name>.sql -> <name>.expected.sql
// (the PostgreSQL deploy script) and <name>.actions (every action item with its position).
// <name>.check.sql (optional) runs on the deployed schema; its output is <name>.check.out.
// barge_db_tests executes the same output in PostgreSQL.
#include <catch2/catch.hpp>

#include "tests/golden/convert_case.h"
#include "tests/golden/golden.h"

using namespace barge;

namespace {
void runDialect(const std::string& name, parser::Dialect dialect) {
  auto files = test::caseFiles("convert/" + name);
  REQUIRE_FALSE(files.empty());
  for (const auto& f : files) {
    DYNAMIC_SECTION(f.filename().string()) {
      auto c = test::convertCase(dialect, f);
      CHECK(c.parsed.stats.failed == 0);
      auto sqlPath = f;
      sqlPath.replace_extension(".expected.sql");
      std::string msg = test::compareGolden(sqlPath, c.result.deployScript());
      INFO(msg);
      CHECK(msg.empty());
      auto actionsPath = f;
      actionsPath.replace_extension(".actions");
      msg = test::compareGolden(actionsPath, c.actions);
      INFO(msg);
      CHECK(msg.empty());
    }
  }
}
}  // namespace

TEST_CASE("golden conversion: oracle") {
  runDialect("oracle", parser::Dialect::Oracle);
}
TEST_CASE("golden conversion: mysql") {
  runDialect("mysql", parser::Dialect::MySql);
}
