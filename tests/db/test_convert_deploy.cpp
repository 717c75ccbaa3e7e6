// Converted SQL is proven by running it: every converter golden case's deploy script must
// run in PostgreSQL 15 with ON_ERROR_STOP, in a fresh database.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "tests/db/db_env.h"
#include "tests/golden/convert_case.h"
#include "tests/golden/golden.h"

using namespace barge;

namespace {
void deployAll(const std::string& name, parser::Dialect dialect) {
  test::dbEnv();  // fails with a clear message when the servers are not there
  auto files = test::caseFiles("convert/" + name);
  REQUIRE_FALSE(files.empty());
  for (const auto& f : files) {
    DYNAMIC_SECTION(f.filename().string()) {
      auto c = test::convertCase(dialect, f);
      std::string db = "barge_deploy_" + name;
      std::string out;
      REQUIRE(
          test::runCommand(test::psqlCommand("postgres", "-c 'DROP DATABASE IF EXISTS " + db +
                                                             "' -c 'CREATE DATABASE " + db + "'"),
                           out) == 0);
      std::string script = "/tmp/barge_deploy_" + name + ".sql";
      std::ofstream(script) << c.result.deployScript();
      int rc = test::runCommand(test::psqlCommand(db, "-f " + script), out);
      INFO(out);
      CHECK(rc == 0);
      // Every table the converter reports as converted exists.
      rc = test::runCommand(test::psqlCommand(db,
                                              "-At -c \"SELECT count(*) FROM pg_class c JOIN "
                                              "pg_namespace n ON n.oid = c.relnamespace WHERE "
                                              "c.relkind IN ('r','p') AND NOT c.relispartition AND "
                                              "n.nspname NOT IN "
                                              "('pg_catalog','information_schema')\""),
                            out);
      CHECK(rc == 0);
      size_t tables = 0;
      for (const auto& o : c.result.objects)
        if (o.kind == "TABLE" && o.converted) ++tables;
      CHECK(std::stoul(out) == tables);
      // Behaviour: <name>.check.sql runs against the deployed schema and its output must equal
      // <name>.check.out (BARGE_UPDATE_GOLDEN=1 rewrites it for review).
      auto check = f;
      check.replace_extension(".check.sql");
      if (std::filesystem::exists(check)) {
        rc = test::runCommand(test::psqlCommand(db, "-At -f " + check.string()), out);
        INFO(out);
        CHECK(rc == 0);
        auto expected = f;
        expected.replace_extension(".check.out");
        std::string msg = test::compareGolden(expected, out);
        INFO(msg);
        CHECK(msg.empty());
      }
    }
  }
}
}  // namespace

TEST_CASE("converted oracle cases deploy in PostgreSQL") {
  deployAll("oracle", parser::Dialect::Oracle);
}
TEST_CASE("converted mysql cases deploy in PostgreSQL") {
  deployAll("mysql", parser::Dialect::MySql);
}
