// The full load reads one consistent snapshot of the source across all its connections; without
// the privilege to take it, precheck warns and the load still runs.
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <thread>

#include "tests/db/mover_fixture.h"

using barge::test::MoverFixture;

namespace {

// Points the task's source endpoint at another MariaDB user (password in BARGE_SNAP_PW).
void useSourceUser(const std::filesystem::path& task, const std::string& user) {
  nlohmann::json t;
  std::ifstream(task) >> t;
  t["SourceEndpoint"]["Username"] = user;
  t["SourceEndpoint"]["PasswordEnv"] = "BARGE_SNAP_PW";
  std::ofstream(task) << t.dump(2);
}

}  // namespace

TEST_CASE("mover: rows changed after the snapshot is taken are not loaded") {
  MoverFixture f("mv_snapshot");
  f.mysql("CREATE TABLE t (id bigint PRIMARY KEY, v varchar(40))");
  f.mysql("INSERT INTO t SELECT seq, CONCAT('v', seq) FROM seq_1_to_300000");
  f.mysql("ANALYZE TABLE t");
  auto task =
      f.writeTask(nlohmann::json::array(),
                  {{"FullLoadSettings", {{"MaxFullLoadSubTasks", 2}, {"CommitRate", 1000}}}});
  std::string log = (f.dir() / "migrate.log").string();
  std::string cmd =
      "exec " + f.bargeCommand("migrate --task " + task.string()) + " >" + log + " 2>&1";
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Once the snapshot is recorded (after the lock is released), change the source: whatever
  // the timing, the load must deliver the data as it was at the snapshot.
  bool taken = false;
  for (int i = 0; i < 2400 && !taken; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    try {
      taken = f.pgScalar(
                  "SELECT count(*) FROM barge_control.source_snapshots WHERE task_name = "
                  "'mv_snapshot'") != "0";
    } catch (const std::exception&) {
      taken = false;  // control schema not there yet
    }
  }
  if (taken) {
    f.mysql("INSERT INTO t SELECT 300000 + seq, 'late' FROM seq_1_to_1000");
    f.mysql("UPDATE t SET v = 'changed' WHERE id IN (1, 150000, 300000)");
    f.mysql("DELETE FROM t WHERE id IN (2, 299999)");
  }
  int status = 0;
  waitpid(pid, &status, 0);
  std::ifstream in(log);
  std::string out((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  INFO(out);
  REQUIRE(taken);
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 0);
  CHECK(out.find("no common snapshot") == std::string::npos);
  CHECK(f.pgScalar("SELECT count(*) FROM mv_snapshot.t") == "300000");
  CHECK(f.pgScalar("SELECT count(*) FROM mv_snapshot.t WHERE v IN ('late', 'changed')") == "0");
  CHECK(f.pgScalar("SELECT string_agg(v, ',' ORDER BY id) FROM mv_snapshot.t WHERE id IN (1, 2, "
                   "150000, 299999, 300000)") == "v1,v2,v150000,v299999,v300000");
  // The binlog position of the snapshot is kept for change capture.
  auto snap = f.pgRows(
      "SELECT method, binlog_file IS NOT NULL, binlog_position > 0, gtid_binlog_pos IS NOT NULL "
      "FROM barge_control.source_snapshots WHERE task_name = 'mv_snapshot'");
  REQUIRE(snap.size() == 1);
  CHECK(snap[0][0] == "FLUSH TABLES WITH READ LOCK");
  CHECK(snap[0][1] == "t");
  CHECK(snap[0][2] == "t");
  CHECK(snap[0][3] == "t");
}

TEST_CASE("mover: the snapshot falls back to LOCK TABLES, or to none with a warning") {
  MoverFixture f("mv_snapshot_priv");
  f.mysql("CREATE TABLE t (id int PRIMARY KEY, v int)");
  f.mysql("INSERT INTO t SELECT seq, seq FROM seq_1_to_5000");
  f.mysql("DROP USER IF EXISTS 'snap_lock'@'%', 'snap_plain'@'%'");
  f.mysql("CREATE USER 'snap_lock'@'%' IDENTIFIED BY 'snap-pw'");
  f.mysql("CREATE USER 'snap_plain'@'%' IDENTIFIED BY 'snap-pw'");
  f.mysql("GRANT SELECT, LOCK TABLES ON mv_snapshot_priv.* TO 'snap_lock'@'%'");
  f.mysql("GRANT SELECT ON mv_snapshot_priv.* TO 'snap_plain'@'%'");
  setenv("BARGE_SNAP_PW", "snap-pw", 1);
  auto task = f.writeTask();
  std::string out;

  useSourceUser(task, "snap_lock");
  int rc = f.barge("migrate --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 0);
  CHECK(out.find("source snapshot") != std::string::npos);
  CHECK(out.find("LOCK TABLES: all segments read one snapshot") != std::string::npos);
  CHECK(out.find("no common snapshot") == std::string::npos);
  CHECK(f.pgScalar("SELECT method FROM barge_control.source_snapshots WHERE task_name = "
                   "'mv_snapshot_priv' ORDER BY taken_at DESC LIMIT 1") == "LOCK TABLES");
  CHECK(f.pgScalar("SELECT count(*) FROM mv_snapshot_priv.t") == "5000");

  useSourceUser(task, "snap_plain");
  rc = f.barge("migrate --restart --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 0);
  CHECK(out.find("WARNING  source snapshot") != std::string::npos);
  CHECK(out.find("fix: GRANT RELOAD ON *.* TO snap_plain") != std::string::npos);
  CHECK(out.find("warning: no common snapshot of the source") != std::string::npos);
  CHECK(out.find("snap-pw") == std::string::npos);
  CHECK(f.pgScalar("SELECT count(*) FROM mv_snapshot_priv.t") == "5000");
  CHECK(f.pgScalar("SELECT count(*) FROM barge_control.source_snapshots WHERE task_name = "
                   "'mv_snapshot_priv' AND method IS NULL") == "1");
  f.mysql("DROP USER 'snap_lock'@'%', 'snap_plain'@'%'");
}
