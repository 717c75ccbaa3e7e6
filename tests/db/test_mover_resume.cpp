// kill -9 in the middle of a full load, start again: every row exactly once, validate passes.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "tests/db/mover_fixture.h"

using barge::test::MoverFixture;

TEST_CASE("mover: kill -9 during the load, resume, validate reports every table Validated") {
  MoverFixture f("mv_resume");
  f.mysql(
      "CREATE TABLE big (id bigint PRIMARY KEY, a varchar(100), b decimal(12,2), c datetime(6), "
      "d text)");
  f.mysql(
      "INSERT INTO big SELECT seq, CONCAT('name ', seq, ' \\'q\\''), seq / 7, "
      "'2020-01-01' + INTERVAL seq SECOND, REPEAT('z', seq % 200) FROM seq_1_to_400000");
  f.mysql("CREATE TABLE nokey (x int, y varchar(20))");
  f.mysql("INSERT INTO nokey SELECT seq % 1000, CONCAT('v', seq) FROM seq_1_to_100000");
  f.mysql("CREATE TABLE strkey (k varchar(40) PRIMARY KEY, v int)");
  f.mysql(
      "INSERT INTO strkey SELECT CONCAT(CHAR(65 + seq % 26), 'key', seq), seq FROM seq_1_to_60000");
  f.mysql("ANALYZE TABLE big, nokey, strkey");
  auto task =
      f.writeTask(nlohmann::json::array(),
                  {{"FullLoadSettings", {{"MaxFullLoadSubTasks", 2}, {"CommitRate", 2000}}}});
  std::string log = (f.dir() / "first.log").string();
  std::string cmd =
      "exec " + f.bargeCommand("migrate --task " + task.string()) + " >" + log + " 2>&1";
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Wait until some rows are committed, then kill without warning.
  long long committed = 0;
  for (int i = 0; i < 1200 && committed < 30000; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
    try {
      committed =
          std::stoll(f.pgScalar("SELECT COALESCE(sum(rows), 0) FROM barge_control.segments WHERE "
                                "task_name = 'mv_resume'"));
    } catch (const std::exception&) {
      committed = 0;  // control schema not created yet
    }
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  REQUIRE(WIFSIGNALED(status));
  INFO("rows committed when killed: " << committed);
  REQUIRE(committed >= 30000);
  // The kill really interrupted the load.
  CHECK(f.pgScalar("SELECT count(*) FROM barge_control.table_statistics WHERE task_name = "
                   "'mv_resume' AND \"TableState\" = 'Table completed'") != "3");
  CHECK(std::stoll(f.pgScalar("SELECT count(*) FROM mv_resume.big")) < 400000);

  std::string out;
  int rc = f.barge("migrate --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  CHECK(f.pgScalar("SELECT count(*) FROM mv_resume.big") == "400000");
  CHECK(f.pgScalar("SELECT count(DISTINCT id) FROM mv_resume.big") == "400000");
  CHECK(f.pgScalar("SELECT count(*) FROM mv_resume.nokey") == "100000");
  CHECK(f.pgScalar("SELECT count(*) FROM mv_resume.strkey") == "60000");
  CHECK(f.pgScalar("SELECT sum(\"FullLoadRows\") FROM barge_control.table_statistics WHERE "
                   "task_name = 'mv_resume'") == "560000");
  rc = f.barge("validate --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 0);
  CHECK(out.find("mv_resume.big: Validated") != std::string::npos);
  CHECK(out.find("mv_resume.nokey: Validated") != std::string::npos);
  CHECK(out.find("mv_resume.strkey: Validated") != std::string::npos);
  rc = f.barge("status --json --task " + task.string(), out);
  auto j = nlohmann::json::parse(out);
  for (const auto& t : j["TableStatistics"]) {
    CHECK(t["TableState"] == "Table completed");
    CHECK(t["ValidationState"] == "Validated");
  }
}
