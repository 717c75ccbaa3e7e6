// The Sakila sample (shared corpus, read by path, never committed) migrates with every table
// Validated. Skipped with a printed reason when the corpus is not on this machine.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "tests/db/db_env.h"
#include "tests/db/mover_fixture.h"

using barge::test::MoverFixture;

namespace {
std::filesystem::path sakilaDir() {
  if (const char* c = std::getenv("BARGE_CORPUS_DIR"))
    return std::filesystem::path(c) / "mysql/sakila";
  for (auto p : {std::filesystem::path(BARGE_SOURCE_DIR) / "../shared/corpus/mysql/sakila",
                 std::filesystem::path(BARGE_SOURCE_DIR) / "../../shared/corpus/mysql/sakila"})
    if (std::filesystem::exists(p / "sakila-mv-schema.sql")) return p;
  return {};
}
}  // namespace

// Runs as its own ctest entry (database_sakila): without the optional corpus it exits with
// 77, which ctest reports as Skipped rather than passed.
TEST_CASE("mover: sakila migrates with every table Validated", "[corpus]") {
  auto dir = sakilaDir();
  if (dir.empty()) {
    std::cout << "SKIPPED mover sakila test: corpus folder ../shared/corpus/mysql/sakila not found "
                 "(set BARGE_CORPUS_DIR)\n";
    std::exit(77);
  }
  MoverFixture f("sakila");
  const auto& e = barge::test::dbEnv();
  std::string out;
  std::string client = "mariadb --no-defaults -h " + e.myHost + " -P " + e.myPort + " -u " +
                       e.myUser + " -p" + e.myPassword;
  REQUIRE(barge::test::runCommand(client + " < " + (dir / "sakila-mv-schema.sql").string(), out) ==
          0);
  REQUIRE(barge::test::runCommand(client + " < " + (dir / "sakila-mv-data.sql").string(), out) ==
          0);
  auto task =
      f.writeTask(nlohmann::json::array(), {{"ValidationSettings", {{"EnableValidation", true}}}});
  int rc = f.barge("migrate --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 0);
  rc = f.barge("status --json --task " + task.string(), out);
  auto j = nlohmann::json::parse(out);
  CHECK(j["TableStatistics"].size() == 16);
  for (const auto& t : j["TableStatistics"]) {
    INFO(t.dump());
    CHECK(t["TableState"] == "Table completed");
    CHECK(t["ValidationState"] == "Validated");
  }
  CHECK(f.pgScalar("SELECT count(*) FROM sakila.rental") == "16044");
  CHECK(f.pgScalar("SELECT count(*) FROM sakila.payment") == "16049");
}
