// CDC operations on real MariaDB and PostgreSQL: the binlog retention and compression prechecks.
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <thread>

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

TEST_CASE(
    "mover cdc resnapshot: a purged binlog is a clear error; --resnapshot reloads and goes on") {
  MoverFixture f("mv_cdc_resnap");
  f.mysql("CREATE TABLE t (id int PRIMARY KEY, v varchar(20))");
  f.mysql("CREATE TABLE u (id int PRIMARY KEY, w int)");
  f.mysql("INSERT INTO t SELECT seq, CONCAT('v', seq) FROM seq_1_to_500");
  f.mysql("INSERT INTO u SELECT seq, seq FROM seq_1_to_50");
  auto task = typedTask(f, "cdc");
  std::string out;
  // The target first (a full load), then capture from now on.
  {
    nlohmann::json j;
    std::ifstream(task) >> j;
    j["MigrationType"] = "full-load";
    std::ofstream(f.dir() / "load.json") << j.dump(2);
  }
  REQUIRE(f.barge("migrate --task " + (f.dir() / "load.json").string(), out) == 0);
  REQUIRE(f.barge("migrate --until-caught-up --task " + task.string(), out) == 0);
  f.mysql("INSERT INTO t VALUES (1001, 'during')");
  REQUIRE(f.barge("migrate --until-caught-up --task " + task.string(), out) == 0);
  const std::string at = f.pgScalar("SELECT binlog_file FROM barge_control.cdc_checkpoints");
  // barge is stopped; the source changes and purges the binlog barge would read next.
  f.mysql("UPDATE t SET v = 'lost?' WHERE id = 1");
  f.mysql("DELETE FROM " + f.name() + ".u WHERE id <= 10");
  f.mysql("FLUSH BINARY LOGS");
  f.mysql("INSERT INTO t VALUES (1002, 'after flush')");
  f.mysql("FLUSH BINARY LOGS");
  const std::string current = *f.my().query("SHOW MASTER STATUS")[0][0];
  // The server keeps a file a dump thread still reads (the last run's may take a moment to end).
  bool purged = false;
  for (int i = 0; i < 50 && !purged; ++i) {
    f.mysql("PURGE BINARY LOGS TO '" + current + "'");
    purged = true;
    for (const auto& r : f.my().query("SHOW BINARY LOGS"))
      purged = purged && r[0].value_or("") != at;
    if (!purged) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  REQUIRE(purged);
  int rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 1);
  CHECK(out.find("barge asked for " + at) != std::string::npos);
  CHECK(out.find("--resnapshot") != std::string::npos);
  CHECK(out.find("reconnecting") == std::string::npos);  // not retried: no crash loop
  // Nothing was skipped silently: the target still lacks the lost changes.
  CHECK(f.pgScalar("SELECT v FROM mv_cdc_resnap.t WHERE id = 1") == "v1");
  rc = f.barge("migrate --resnapshot --until-caught-up --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  CHECK(out.find("resnapshot: change capture position " + at) != std::string::npos);
  CHECK(f.pgScalar("SELECT v FROM mv_cdc_resnap.t WHERE id = 1") == "lost?");
  CHECK(f.pgScalar("SELECT count(*) FROM mv_cdc_resnap.u") == "40");
  // Capture goes on from the new snapshot.
  f.mysql("INSERT INTO t VALUES (1003, 'later')");
  REQUIRE(f.barge("migrate --until-caught-up --task " + task.string(), out) == 0);
  CHECK(f.pgScalar("SELECT v FROM mv_cdc_resnap.t WHERE id = 1003") == "later");
  rc = f.barge("validate --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 0);
  CHECK(out.find("t: Validated") != std::string::npos);
  CHECK(out.find("u: Validated") != std::string::npos);
  // --resnapshot on a full-load task is a usage error.
  CHECK(f.barge("migrate --resnapshot --task " + (f.dir() / "load.json").string(), out) == 2);
}
