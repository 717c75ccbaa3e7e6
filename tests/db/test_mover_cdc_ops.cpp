// CDC operations on real MariaDB and PostgreSQL: the binlog retention and compression prechecks.
#include <catch2/catch.hpp>
#include <fstream>

#include "tests/db/db_env.h"
#include "tests/db/mover_fixture.h"

using barge::test::MoverFixture;

namespace {

std::filesystem::path typedTask(MoverFixture& f, const std::string& type) {
  auto task = f.writeTask();
  nlohmann::json t;
  std::ifstream(task) >> t;
  t["MigrationType"] = type;
  std::ofstream(task) << t.dump(2);
  return task;
}

nlohmann::json precheckCheck(MoverFixture& f, const std::filesystem::path& task,
                             const std::string& name) {
  std::string out;
  f.barge("precheck --json --task " + task.string(), out);
  INFO(out);
  auto at = out.find('{');
  REQUIRE(at != std::string::npos);
  auto j = nlohmann::json::parse(out.substr(at));
  for (const auto& c : j["checks"])
    if (c["check"] == name) return c;
  FAIL("no check " << name);
  return {};
}

// Sets a global variable of the test server for the test and puts it back afterwards.
struct GlobalVar {
  MoverFixture& f;
  std::string name, old;
  GlobalVar(MoverFixture& fx, std::string n, const std::string& value) : f(fx), name(std::move(n)) {
    old = f.my().scalar("SELECT @@GLOBAL." + name).value_or("0");
    f.mysql("SET GLOBAL " + name + " = " + value);
  }
  ~GlobalVar() { f.mysql("SET GLOBAL " + name + " = " + old); }
};

}  // namespace

TEST_CASE("mover cdc precheck: binlog retention against the estimated load, compression off") {
  MoverFixture f("mv_cdc_pre");
  f.mysql("CREATE TABLE t (id int PRIMARY KEY, v varchar(200))");
  f.mysql("INSERT INTO t SELECT seq, REPEAT('x', 150) FROM seq_1_to_20000");
  f.mysql("ANALYZE TABLE t");
  {
    GlobalVar keep(f, "binlog_expire_logs_seconds", "7200");
    auto c = precheckCheck(f, typedTask(f, "full-load-and-cdc"), "binlog retention");
    INFO(c.dump());
    CHECK(c["status"] == "pass");  // a few MiB load in well under 2 h
    CHECK(c["detail"].get<std::string>().find("binlogs are kept 2.0 h") != std::string::npos);
    CHECK(c["detail"].get<std::string>().find("measured") != std::string::npos);
    // Without a load: under a day is a warning (a task stopped longer loses its position).
    auto w = precheckCheck(f, typedTask(f, "cdc"), "binlog retention");
    CHECK(w["status"] == "warning");
  }
  {
    GlobalVar none(f, "binlog_expire_logs_seconds", "0");
    GlobalVar days(f, "expire_logs_days", "0");
    auto c = precheckCheck(f, typedTask(f, "full-load-and-cdc"), "binlog retention");
    CHECK(c["status"] == "pass");
    CHECK(c["detail"].get<std::string>().find("not purged automatically") != std::string::npos);
  }
  {
    GlobalVar compress(f, "log_bin_compress", "ON");
    auto c = precheckCheck(f, typedTask(f, "full-load-and-cdc"), "binlog");
    CHECK(c["status"] == "fail");
    CHECK(c["detail"].get<std::string>().find("log_bin_compress") != std::string::npos);
  }
  // A full-load task has no such check.
  std::string out;
  f.barge("precheck --json --task " + typedTask(f, "full-load").string(), out);
  CHECK(out.find("binlog retention") == std::string::npos);
}
