// A row PostgreSQL refuses (NUL in text) and one that cannot be converted (an invalid date)
// go to the reject file; every other row loads and the table completes.
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <set>

#include "tests/db/db_env.h"
#include "tests/db/mover_fixture.h"

using barge::test::MoverFixture;

TEST_CASE("mover: bad rows land in the reject file while the rest loads") {
  MoverFixture f("mv_rejects");
  f.mysql("CREATE TABLE r (id int PRIMARY KEY, name varchar(50), d date)");
  f.mysql("SET SESSION sql_mode = 'ALLOW_INVALID_DATES'");
  f.mysql(
      "INSERT INTO r SELECT seq, CONCAT('n', seq), '2024-01-01' + INTERVAL seq DAY FROM "
      "seq_1_to_5000");
  f.mysql("UPDATE r SET name = CONCAT('a', CHAR(0), 'b') WHERE id = 2500");
  f.mysql("UPDATE r SET d = '2024-02-30' WHERE id = 4000");
  auto task = f.writeTask(nlohmann::json::array(), {{"FullLoadSettings", {{"CommitRate", 1000}}}});
  std::string out;
  int rc = f.barge("migrate --task " + task.string() + " --work-dir " + (f.dir() / "work").string(),
                   out);
  INFO(out);
  CHECK(rc == 1);  // finished, but some input failed
  CHECK(f.pgScalar("SELECT count(*) FROM mv_rejects.r") == "4998");
  CHECK(f.pgScalar("SELECT count(*) FROM mv_rejects.r WHERE id IN (2500, 4000)") == "0");
  std::ifstream in(f.dir() / "work" / "rejects.jsonl");
  REQUIRE(in);
  std::vector<nlohmann::json> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(nlohmann::json::parse(l));
  REQUIRE(lines.size() == 2);
  std::set<std::string> keys;
  for (const auto& l : lines) {
    CHECK(l["table"] == "mv_rejects.r");
    keys.insert(l["key"]["id"].get<std::string>());
    CHECK_FALSE(l["reason"].get<std::string>().empty());
  }
  CHECK(keys == std::set<std::string>{"2500", "4000"});
  rc = f.barge("status --json --task " + task.string(), out);
  auto j = nlohmann::json::parse(out);
  REQUIRE(j["TableStatistics"].size() == 1);
  CHECK(j["TableStatistics"][0]["TableState"] == "Table completed");
  CHECK(j["TableStatistics"][0]["FullLoadRows"] == 4998);
  CHECK(j["TableStatistics"][0]["FullLoadErrorRows"] == 2);
  // Validation reports exactly the two rows as missing in the target.
  rc = f.barge("validate --task " + task.string(), out);
  CHECK(rc == 1);
  CHECK(f.pgScalar("SELECT string_agg(failure_type || ' ' || key, ',' ORDER BY key) FROM "
                   "barge_control.validation_failures WHERE task_name = 'mv_rejects'") ==
        "MISSING_TARGET {\"id\":\"2500\"},MISSING_TARGET {\"id\":\"4000\"}");
}

TEST_CASE("mover: DataErrorPolicy SUSPEND_TABLE stops the table at its first bad row") {
  MoverFixture f("mv_suspend");
  f.mysql("CREATE TABLE bad (id int PRIMARY KEY, name varchar(50))");
  f.mysql("CREATE TABLE good (id int PRIMARY KEY)");
  f.mysql("INSERT INTO bad SELECT seq, CONCAT('n', seq) FROM seq_1_to_3000");
  f.mysql("UPDATE bad SET name = CONCAT('a', CHAR(0)) WHERE id = 1500");
  f.mysql("INSERT INTO good SELECT seq FROM seq_1_to_100");
  auto task = f.writeTask(nlohmann::json::array(),
                          {{"FullLoadSettings", {{"CommitRate", 1000}}},
                           {"ErrorBehavior", {{"DataErrorPolicy", "SUSPEND_TABLE"}}}});
  std::string out;
  int rc = f.barge("migrate --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 1);
  rc = f.barge("status --json --task " + task.string(), out);
  auto j = nlohmann::json::parse(out);
  std::map<std::string, std::string> state;
  for (const auto& t : j["TableStatistics"]) state[t["TableName"]] = t["TableState"];
  CHECK(state["bad"] == "Table error");
  CHECK(state["good"] == "Table completed");
  // Rows before the failing batch stay committed; the failing batch was rolled back.
  CHECK(f.pgScalar("SELECT count(*) FROM mv_suspend.bad") == "1000");
}

namespace {
std::vector<nlohmann::json> rejectLines(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::vector<nlohmann::json> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(nlohmann::json::parse(l));
  return lines;
}
}  // namespace

TEST_CASE("mover: kill -9 around the commit of a batch with rejects: each reject once") {
  // The test hook kills barge (SIGKILL) just before or just after the commit of the first
  // batch that rejected a row; the next migrate resumes and the file holds each row once.
  for (std::string point : {"reject-before-commit", "reject-after-commit"}) {
    INFO(point);
    MoverFixture f(point == "reject-before-commit" ? "mv_rjbefore" : "mv_rjafter");
    f.mysql("CREATE TABLE r (id int PRIMARY KEY, name varchar(50))");
    f.mysql("INSERT INTO r SELECT seq, CONCAT('n', seq) FROM seq_1_to_5000");
    f.mysql("UPDATE r SET name = CONCAT('a', CHAR(0), 'b') WHERE id IN (2500, 4000)");
    auto task =
        f.writeTask(nlohmann::json::array(), {{"FullLoadSettings", {{"CommitRate", 1000}}}});
    auto work = f.dir() / "work";
    std::string args = "migrate --task " + task.string() + " --work-dir " + work.string();
    std::string out;
    int rc =
        barge::test::runCommand("BARGE_TEST_CRASH_AT=" + point + " " + f.bargeCommand(args), out);
    INFO(out);
    CHECK(rc != 0);
    CHECK(rc != 1);  // killed, not finished
    // Killed before the commit: that batch is not there; after: it is, but the file was not
    // written yet.
    bool after = point == "reject-after-commit";
    CHECK(f.pgScalar("SELECT count(*) FROM " + f.name() + ".r") == (after ? "2999" : "2000"));
    CHECK(f.pgScalar("SELECT count(*) FROM barge_control.rejects") == (after ? "1" : "0"));
    CHECK(rejectLines(work / "rejects.jsonl").empty());

    rc = f.barge(args, out);
    CHECK(rc == 1);  // finished with rejected rows
    CHECK(f.pgScalar("SELECT count(*) FROM " + f.name() + ".r") == "4998");
    auto lines = rejectLines(work / "rejects.jsonl");
    REQUIRE(lines.size() == 2);
    CHECK(lines[0]["key"]["id"] == "2500");
    CHECK(lines[1]["key"]["id"] == "4000");
    // Another run finds everything done; the file still lists each rejected row once.
    rc = f.barge(args, out);
    CHECK(rejectLines(work / "rejects.jsonl").size() == 2);
    rc = f.barge("status --json --task " + task.string(), out);
    auto j = nlohmann::json::parse(out);
    CHECK(j["TableStatistics"][0]["FullLoadErrorRows"] == 2);
  }
}

TEST_CASE("mover: DataErrorPolicy STOP_TASK stops the task; a fixed source resumes") {
  MoverFixture f("mv_stop");
  f.mysql("CREATE TABLE bad (id int PRIMARY KEY, name varchar(50))");
  f.mysql("INSERT INTO bad SELECT seq, CONCAT('n', seq) FROM seq_1_to_3000");
  f.mysql("UPDATE bad SET name = CONCAT('a', CHAR(0)) WHERE id = 1500");
  f.mysql("CREATE TABLE good (id int PRIMARY KEY)");
  f.mysql("INSERT INTO good SELECT seq FROM seq_1_to_100");
  auto task = f.writeTask(nlohmann::json::array(),
                          {{"FullLoadSettings", {{"CommitRate", 1000}, {"MaxFullLoadSubTasks", 1}}},
                           {"ErrorBehavior", {{"DataErrorPolicy", "STOP_TASK"}}}});
  auto work = f.dir() / "work";
  std::string args = "migrate --task " + task.string() + " --work-dir " + work.string();
  std::string out;
  int rc = f.barge(args, out);
  INFO(out);
  CHECK(rc == 1);
  CHECK(out.find("STOP_TASK") != std::string::npos);
  CHECK(out.find("task stopped") != std::string::npos);
  rc = f.barge("status --json --task " + task.string(), out);
  auto j = nlohmann::json::parse(out);
  std::map<std::string, nlohmann::json> st;
  for (const auto& t : j["TableStatistics"]) st[t["TableName"]] = t;
  CHECK(st["bad"]["TableState"] == "Table error");
  // Committed batches stay, and match their checkpoints (a resume continues after them).
  CHECK(f.pgScalar("SELECT count(*) FROM mv_stop.bad") == "1000");
  CHECK(f.pgScalar("SELECT sum(rows) FROM barge_control.segments WHERE table_name = 'bad'") ==
        "1000");
  CHECK(f.pgScalar("SELECT count(*) FROM mv_stop.good") ==
        f.pgScalar("SELECT COALESCE(sum(rows), 0) FROM barge_control.segments WHERE table_name = "
                   "'good'"));
  auto lines = rejectLines(work / "rejects.jsonl");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]["key"]["id"] == "1500");

  // Correct the source row and run again: the load resumes after the committed batches.
  f.mysql("UPDATE bad SET name = 'fixed' WHERE id = 1500");
  rc = f.barge(args, out);
  CHECK(rc == 0);
  CHECK(f.pgScalar("SELECT count(*) FROM mv_stop.bad") == "3000");
  CHECK(f.pgScalar("SELECT count(*) FROM mv_stop.good") == "100");
  rc = f.barge("validate --task " + task.string(), out);
  CHECK(rc == 0);
}
