// Change data capture on real MariaDB and PostgreSQL: changes made before, during and after the
// full load arrive exactly once (validate: every table Validated; the per-table counters equal
// the source statements), key updates, NULLs, large values, kill -9 around the commit of applied
// transactions, and the start positions of MigrationType cdc.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <random>
#include <thread>

#include "tests/db/all_types.h"
#include "tests/db/db_env.h"
#include "tests/db/mover_fixture.h"
#include "tests/db/my_params.h"

using barge::test::MoverFixture;

namespace {

const char* kTable =
    "CREATE TABLE items (id int NOT NULL PRIMARY KEY, v varchar(60), n decimal(12,3), "
    "u bigint unsigned, f float, db double, dt datetime(6), ts timestamp(6) NULL DEFAULT NULL, "
    "tm time(3), yr year, e enum('red','green','blue'), s set('a','b','c'), bt bit(13), "
    "j json, tx mediumtext, bl longblob, g geometry, l varchar(20) CHARACTER SET latin1, bo "
    "boolean)";

std::string rowValues(int id, const std::string& tag) {
  std::string i = std::to_string(id);
  return "(" + i + ", CONCAT('" + tag + "-', " + i + "), " + i +
         " * 1.125, 18446744073709551615 - " + i + ", " + i + " / 3, " + i +
         " / 7, TIMESTAMP'2024-01-01 00:00:00' + INTERVAL " + i +
         " SECOND + INTERVAL 123456 MICROSECOND, FROM_UNIXTIME(1700000000 + " + i +
         ") + INTERVAL 5 MICROSECOND, SEC_TO_TIME(" + i + " % 40000 * 61), 1901 + " + i +
         " % 250, ELT(1 + " + i + " % 3, 'red', 'green', 'blue'), " + "ELT(1 + " + i +
         " % 4, '', 'a', 'a,c', 'a,b,c'), " + i + " % 8192, JSON_OBJECT('id', " + i + ", 'tag', '" +
         tag + "', 'arr', JSON_ARRAY(1, 2.5, 'x')), REPEAT('t', " + i +
         " % 50), UNHEX(REPEAT('00ff', " + i + " % 20)), ST_GeomFromText(CONCAT('POINT(', " + i +
         ", ' 1)')), 'café', " + i + " % 2)";
}

void insertRows(MoverFixture& f, int from, int to, const std::string& tag) {
  std::string sql = "INSERT INTO items VALUES ";
  for (int id = from; id <= to; ++id) sql += (id > from ? "," : "") + rowValues(id, tag);
  f.mysql(sql);
}

nlohmann::json cdcSettings() {
  return {{"FullLoadSettings", {{"MaxFullLoadSubTasks", 2}, {"CommitRate", 100}}}};
}

void setType(const std::filesystem::path& task, const std::string& type,
             const std::string& start = "") {
  nlohmann::json t;
  std::ifstream(task) >> t;
  t["MigrationType"] = type;
  if (!start.empty()) t["CdcStartPosition"] = start;
  std::ofstream(task) << t.dump(2);
}

// Source changes of every kind; returns {inserts, updates, deletes} as rows changed.
struct Counts {
  int inserts = 0, updates = 0, deletes = 0;
};

// Runs a statement and returns the rows it changed.
int changed(MoverFixture& f, const std::string& sql) {
  f.mysql(sql);
  return std::stoi(f.my().scalar("SELECT ROW_COUNT()").value_or("0"));
}

Counts changeRound(MoverFixture& f, int base, const std::string& tag) {
  Counts c;
  insertRows(f, base + 1, base + 50, tag);  // one multi-row transaction
  c.inserts += 50;
  c.updates +=
      changed(f, "UPDATE items SET v = CONCAT(v, '+'), n = n + 1 WHERE id % 10 = 1 AND id <= 500");
  // Key updates (also into and out of the loaded range) and NULLs everywhere allowed.
  c.updates += changed(f, "UPDATE items SET id = id + 100000 WHERE id IN (2, 3)");
  c.updates += changed(
      f,
      "UPDATE items SET v = NULL, n = NULL, j = NULL, bl = NULL, g = NULL, ts = NULL WHERE id = 4");
  c.deletes += changed(f, "DELETE FROM " + f.name() + ".items WHERE id % 10 = 5 AND id <= 500");
  // Large BLOB / TEXT / JSON (2 MB, 1 MB, 300 kB) in one transaction with an insert.
  f.mysql("BEGIN");
  c.updates +=
      changed(f,
              "UPDATE items SET bl = REPEAT(UNHEX('0102fe'), 700000), tx = REPEAT('ü', 500000), "
              "j = JSON_OBJECT('big', REPEAT('j', 300000)) WHERE id = 6");
  insertRows(f, base + 51, base + 51, tag);
  c.inserts += 1;
  f.mysql("COMMIT");
  // Delete and re-insert of the same key inside one transaction.
  f.mysql("BEGIN");
  c.deletes += changed(f, "DELETE FROM " + f.name() + ".items WHERE id = 7");
  insertRows(f, 7, 7, tag + "again");
  f.mysql("COMMIT");
  c.inserts += 1;
  return c;
}

void requireValidatedTable(MoverFixture& f, const std::filesystem::path& task,
                           const std::string& table) {
  std::string out;
  int rc = f.barge("validate --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  CHECK(out.find(table + ": Validated") != std::string::npos);
}

void requireValidated(MoverFixture& f, const std::filesystem::path& task) {
  requireValidatedTable(f, task, "items");
}

int64_t stat(MoverFixture& f, const char* col, const std::string& table = "items") {
  return std::stoll(f.pgScalar(std::string("SELECT \"") + col +
                               "\" FROM barge_control.table_statistics WHERE \"TableName\" = '" +
                               table + "'"));
}

}  // namespace

TEST_CASE("mover cdc: full-load-and-cdc applies changes before, during and after the load once") {
  MoverFixture f("mv_cdc");
  f.mysql(kTable);
  insertRows(f, 1, 1000, "base");
  auto task = f.writeTask(nlohmann::json::array(), cdcSettings());
  setType(task, "full-load-and-cdc");
  // The load dies after its first committed batch; the source changes while it is down, so
  // the resumed load reads a later snapshot than the first one, and change capture (from the
  // earliest snapshot) replays changes the resumed segments already hold.
  std::string out;
  int rc = barge::test::runCommand(
      "BARGE_TEST_CRASH_AT=load-batch-committed " +
          f.bargeCommand("migrate --until-caught-up --task " + task.string()),
      out);
  REQUIRE(rc != 0);
  Counts total = changeRound(f, 2000, "during");
  rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  CHECK(f.pgScalar("SELECT count(*) FROM barge_control.source_snapshots") == "2");
  requireValidated(f, task);
  // After the load: more rounds of every kind of change, applied by ongoing replication.
  Counts after = changeRound(f, 3000, "after");
  rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  requireValidated(f, task);
  // Exactly once: the counters are committed with the changes and the checkpoint. The first
  // round was replayed from the first snapshot (it is in the binlog after it), so it counts too.
  CHECK(stat(f, "Inserts") == total.inserts + after.inserts);
  CHECK(stat(f, "Updates") == total.updates + after.updates);
  CHECK(stat(f, "Deletes") == total.deletes + after.deletes);
  CHECK(f.pgScalar("SELECT length(bl) FROM " + f.name() + ".items WHERE id = 6") == "2100000");
  CHECK(f.pgScalar("SELECT count(*) FROM " + f.name() + ".items WHERE id IN (100002, 100003)") ==
        "2");
  CHECK(f.pgScalar("SELECT v IS NULL AND j IS NULL AND g IS NULL FROM " + f.name() +
                   ".items WHERE id = 4") == "t");
  CHECK(f.pgScalar("SELECT v FROM " + f.name() + ".items WHERE id = 7") == "afteragain-7");
  // Nothing new: a further run applies nothing and changes nothing.
  rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  CHECK(rc == 0);
  CHECK(out.find("changes=0") != std::string::npos);
  CHECK(stat(f, "Inserts") == total.inserts + after.inserts);
}

TEST_CASE(
    "mover cdc: kill -9 around the commit of applied transactions loses and repeats nothing") {
  MoverFixture f("mv_cdc_kill");
  f.mysql(kTable);
  insertRows(f, 1, 300, "base");
  // One target transaction per source transaction, so that the crash points fall between them.
  nlohmann::json settings = cdcSettings();
  settings["ChangeProcessingTuning"] = {{"MinTransactionSize", 1}, {"CommitTimeout", 0}};
  auto task = f.writeTask(nlohmann::json::array(), settings);
  setType(task, "full-load-and-cdc");
  std::string out;
  REQUIRE(f.barge("migrate --until-caught-up --task " + task.string(), out) == 0);
  Counts want;
  for (int k = 0; k < 20; ++k) {
    f.mysql("INSERT INTO items VALUES " + rowValues(5000 + k, "k"));
    f.mysql("UPDATE items SET n = n + 1, v = CONCAT(v, '.') WHERE id = " + std::to_string(10 + k));
    f.mysql("DELETE FROM " + f.name() + ".items WHERE id = " + std::to_string(100 + k));
    want.inserts++;
    want.updates++;
    want.deletes++;
  }
  for (const char* point : {"cdc-before-commit:3", "cdc-after-commit:5", "cdc-before-commit:1",
                            "cdc-after-commit:17"}) {
    INFO(point);
    int rc = barge::test::runCommand(
        std::string("BARGE_TEST_CRASH_AT=") + point + " " +
            f.bargeCommand("migrate --until-caught-up --task " + task.string()),
        out);
    CHECK(rc != 0);
  }
  REQUIRE(f.barge("migrate --until-caught-up --task " + task.string(), out) == 0);
  requireValidated(f, task);
  CHECK(stat(f, "Inserts") == want.inserts);
  CHECK(stat(f, "Updates") == want.updates);
  CHECK(stat(f, "Deletes") == want.deletes);
  CHECK(f.pgScalar("SELECT transactions >= 60 FROM barge_control.cdc_checkpoints") == "t");
}

TEST_CASE("mover cdc: MigrationType cdc from a file:pos, a GTID position and now") {
  MoverFixture f("mv_cdc_start");
  f.mysql(kTable);
  insertRows(f, 1, 100, "base");
  auto task = f.writeTask(nlohmann::json::array(), cdcSettings());
  std::string out;
  REQUIRE(f.barge("migrate --task " + task.string(), out) == 0);  // full-load: the target
  auto st = f.my().query("SHOW MASTER STATUS");
  const std::string filePos = *st[0][0] + ":" + *st[0][1];
  const std::string gtid = *f.my().scalar("SELECT @@gtid_binlog_pos");
  Counts c = changeRound(f, 1000, "cdc");

  SECTION("file:pos") {
    setType(task, "cdc", filePos);
    REQUIRE(f.barge("migrate --until-caught-up --task " + task.string(), out) == 0);
    requireValidated(f, task);
    CHECK(stat(f, "Inserts") == c.inserts);
  }
  SECTION("GTID position") {
    setType(task, "cdc", gtid);
    int rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
    INFO(out);
    REQUIRE(rc == 0);
    requireValidated(f, task);
    CHECK(stat(f, "Deletes") == c.deletes);
  }
  SECTION("now: only what happens after the task started") {
    setType(task, "cdc", "now");
    REQUIRE(f.barge("migrate --until-caught-up --task " + task.string(), out) == 0);
    CHECK(stat(f, "Inserts") == 0);  // the round before is not applied
    f.mysql("INSERT INTO items VALUES " + rowValues(9999, "now"));
    REQUIRE(f.barge("migrate --until-caught-up --task " + task.string(), out) == 0);
    CHECK(stat(f, "Inserts") == 1);
    CHECK(f.pgScalar("SELECT v FROM " + f.name() + ".items WHERE id = 9999") == "now-9999");
  }
  SECTION("a binlog the source does not have (purged) is a clear error, not retried") {
    setType(task, "cdc", "binlog.000000:4");
    int rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
    INFO(out);
    CHECK(rc == 1);
    CHECK(out.find("barge asked for binlog.000000:4") != std::string::npos);
    CHECK(out.find("migrate --restart") != std::string::npos);
    CHECK(out.find("reconnecting") == std::string::npos);
  }
  SECTION("a bad CdcStartPosition names the field") {
    setType(task, "cdc", "binlog.000001");
    int rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
    CHECK(rc != 0);
    CHECK(out.find("CdcStartPosition") != std::string::npos);
  }
}

TEST_CASE("mover cdc: a replicated row is identical on the target to the loaded row, every type") {
  MoverFixture f("mv_cdc_types");
  using barge::test::kCols;
  std::string ddl = "CREATE TABLE alltypes (", cols, pgCols;
  for (size_t i = 0; i < kCols.size(); ++i) {
    ddl += (i ? ", `" : "`") + std::string(kCols[i].name) + "` " + kCols[i].type;
    if (i) cols += std::string(", `") + kCols[i].name + "`";
  }
  f.mysql(ddl + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
  f.mysql("SET SESSION sql_mode = '', time_zone = '+00:00'");
  for (const char* r : barge::test::kRows) f.mysql(std::string("INSERT INTO alltypes VALUES ") + r);
  // Row 3's invalid ENUM value '' is a rejected row in the load (the target's CHECK); here
  // every row must arrive.
  f.mysql("UPDATE alltypes SET e = 'a' WHERE id = 3");
  auto task = f.writeTask(nlohmann::json::array(), cdcSettings());
  setType(task, "full-load-and-cdc");
  std::string out;
  int rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  // The same values again through the binlog: as inserts (+100) and as the after images of
  // key updates (+100 -> +200).
  f.mysql("INSERT INTO alltypes SELECT id + 100" + cols + " FROM alltypes");
  f.mysql("UPDATE alltypes SET id = id + 100 WHERE id > 100 AND id < 103");
  rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  REQUIRE(rc == 0);
  CHECK(out.find("changes=6") != std::string::npos);
  const std::string t = f.name() + ".alltypes";
  auto same = [&](int offset) {
    return f.pgScalar("SELECT count(*) FROM " + t + " a JOIN " + t + " b ON b.id = a.id + " +
                      std::to_string(offset) +
                      " WHERE a.id < 100 AND (to_jsonb(a) - 'id') = (to_jsonb(b) - 'id')");
  };
  CHECK(same(100) == "2");  // rows 3, 4
  CHECK(same(200) == "2");  // rows 1, 2 (moved by the key update)
  CHECK(f.pgScalar("SELECT count(*) FROM " + t) == "8");
  requireValidatedTable(f, task, "alltypes");
}

TEST_CASE("mover cdc: cutover stops a running migrate, drains, and moves sequences past the data") {
  MoverFixture f("mv_cdc_cut");
  f.mysql("CREATE TABLE seqs (id int AUTO_INCREMENT PRIMARY KEY, v varchar(20))");
  f.mysql("INSERT INTO seqs (v) SELECT CONCAT('r', seq) FROM seq_1_to_50");
  auto task = f.writeTask(nlohmann::json::array(), cdcSettings());
  setType(task, "full-load-and-cdc");
  std::string log = (f.dir() / "migrate.log").string();
  std::string cmd =
      "exec " + f.bargeCommand("migrate --task " + task.string()) + " >" + log + " 2>&1";
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Ongoing replication: rows appear on the target while migrate runs.
  f.mysql("INSERT INTO seqs (v) SELECT CONCAT('s', seq) FROM seq_1_to_70");
  bool seen = false;
  for (int i = 0; i < 600 && !seen; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    try {
      seen = f.pgScalar("SELECT count(*) FROM mv_cdc_cut.seqs") == "120";
    } catch (const std::exception&) {
      seen = false;  // not created yet
    }
  }
  CHECK(seen);
  f.mysql("UPDATE seqs SET v = 'last' ORDER BY id DESC LIMIT 1");
  // Replication is running (its checkpoint row exists) before cutover is asked.
  bool running = false;
  for (int i = 0; i < 600 && !running; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    try {
      running = f.pgScalar("SELECT state FROM barge_control.cdc_checkpoints") == "running";
    } catch (const std::exception&) {
      running = false;
    }
  }
  CHECK(running);
  std::string out;
  int rc = f.barge("cutover --timeout 60 --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 0);
  if (rc != 0) kill(pid, SIGTERM);  // never leave the test waiting for it
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  std::ifstream in(log);
  std::string migrateLog((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  INFO(migrateLog);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(f.pgScalar("SELECT state FROM barge_control.cdc_checkpoints") == "stopped");
  CHECK(f.pgScalar("SELECT v FROM mv_cdc_cut.seqs ORDER BY id DESC LIMIT 1") == "last");
  requireValidatedTable(f, task, "seqs");
  // The classic failure after a migration: the first insert on the target reuses id 1.
  // (MariaDB may leave gaps in AUTO_INCREMENT values of a multi-row INSERT .. SELECT.)
  const std::string next =
      std::to_string(std::stoi(*f.my().scalar("SELECT max(id) FROM seqs")) + 1);
  CHECK(f.pgScalar("INSERT INTO mv_cdc_cut.seqs (v) VALUES ('new') RETURNING id") == next);
  REQUIRE(f.barge("status --task " + task.string(), out) == 0);
  CHECK(out.find("cdc: stopped, applied up to") != std::string::npos);
}

TEST_CASE(
    "mover cdc: a change the target refuses is rejected once; the rest of its transaction "
    "arrives") {
  MoverFixture f("mv_cdc_reject");
  f.mysql("CREATE TABLE r (id int PRIMARY KEY, e enum('a','b'), v varchar(10))");
  f.mysql("INSERT INTO r VALUES (1, 'a', 'x')");
  auto task = f.writeTask(nlohmann::json::array(), cdcSettings());
  setType(task, "full-load-and-cdc");
  std::string out;
  REQUIRE(f.barge("migrate --until-caught-up --task " + task.string(), out) == 0);
  // An invalid ENUM value ('' in non-strict mode) breaks the target's CHECK: that change is
  // rejected, the others of the same source transaction are applied.
  f.mysql("SET SESSION sql_mode = ''");
  f.mysql("BEGIN");
  f.mysql("INSERT INTO r VALUES (2, 'b', 'ok')");
  f.mysql("INSERT INTO r VALUES (3, 'zzz', 'bad')");
  f.mysql("UPDATE r SET v = 'y' WHERE id = 1");
  f.mysql("COMMIT");
  int rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 1);
  CHECK(out.find("rejected=1") != std::string::npos);
  CHECK(f.pgScalar("SELECT string_agg(id || ':' || v, ',' ORDER BY id) FROM mv_cdc_reject.r") ==
        "1:y,2:ok");
  std::ifstream in(f.dir() / "mv_cdc_reject" / "rejects.jsonl");
  std::string line, all;
  int lines = 0;
  while (std::getline(in, line)) {
    ++lines;
    all += line;
  }
  CHECK(lines == 1);
  CHECK(all.find("\"id\":\"3\"") != std::string::npos);
  CHECK(all.find("\"change\":\"binlog.") != std::string::npos);
  CHECK(all.find("r_e_check") != std::string::npos);
  // Exactly once: a further run has nothing new to apply or reject.
  rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  CHECK(rc == 0);
  CHECK(f.pgScalar("SELECT count(*) FROM barge_control.rejects") == "1");
  CHECK(stat(f, "Inserts", "r") == 1);
  CHECK(stat(f, "Updates", "r") == 1);
}

TEST_CASE("mover cdc: a lost binlog connection is reconnected and nothing is lost") {
  MoverFixture f("mv_cdc_reconnect");
  f.mysql("CREATE TABLE k (id int PRIMARY KEY, v int)");
  f.mysql("INSERT INTO k VALUES (1, 1)");
  nlohmann::json settings = cdcSettings();
  settings["ErrorBehavior"] = {{"RecoverableErrorInterval", 1}};
  auto task = f.writeTask(nlohmann::json::array(), settings);
  setType(task, "full-load-and-cdc");
  std::string log = (f.dir() / "migrate.log").string();
  std::string cmd =
      "exec " + f.bargeCommand("migrate --task " + task.string()) + " >" + log + " 2>&1";
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  auto waitFor = [&](const std::string& sql, const std::string& want) {
    for (int i = 0; i < 300; ++i) {
      try {
        if (f.pgScalar(sql) == want) return true;
      } catch (const std::exception&) {
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  };
  CHECK(waitFor("SELECT state FROM barge_control.cdc_checkpoints", "running"));
  f.mysql("INSERT INTO k VALUES (2, 2)");
  CHECK(waitFor("SELECT count(*) FROM mv_cdc_reconnect.k", "2"));
  // The source drops barge's binlog connection (as a restart or a network cut would).
  auto dumps = f.my().query(
      "SELECT ID FROM information_schema.PROCESSLIST WHERE COMMAND LIKE 'Binlog Dump%'");
  CHECK(!dumps.empty());
  for (const auto& d : dumps) f.mysql("KILL CONNECTION " + *d[0]);
  f.mysql("INSERT INTO k VALUES (3, 3)");
  f.mysql("UPDATE k SET v = 10 WHERE id = 1");
  CHECK(waitFor("SELECT string_agg(id || ':' || v, ',' ORDER BY id) FROM mv_cdc_reconnect.k",
                "1:10,2:2,3:3"));
  // The target ends barge's session (the one holding the task's advisory lock).
  CHECK(f.pgScalar("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND "
                   "database = (SELECT oid FROM pg_database WHERE datname = current_database())") ==
        "t");
  f.mysql("INSERT INTO k VALUES (4, 4)");
  CHECK(waitFor("SELECT count(*) FROM mv_cdc_reconnect.k", "4"));
  std::string out;
  int rc = f.barge("cutover --timeout 60 --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 0);
  if (rc != 0) kill(pid, SIGTERM);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  std::ifstream in(log);
  std::string migrateLog((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  INFO(migrateLog);
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(migrateLog.find("reconnecting in 1 s") != std::string::npos);
  // Twice: after the source's and after the target's connection loss.
  CHECK(migrateLog.find("reconnecting", migrateLog.find("reconnecting") + 1) != std::string::npos);
  requireValidatedTable(f, task, "k");
  CHECK(stat(f, "Inserts", "k") == 3);
  CHECK(stat(f, "Updates", "k") == 1);
}

namespace {

void killAtRandom(const std::string& name, const nlohmann::json& settings) {
  MoverFixture f(name);
  f.mysql(kTable);
  f.mysql(
      "INSERT INTO items (id, v, n, u) SELECT seq, CONCAT('s', seq), seq, seq FROM "
      "seq_1_to_60000");
  auto task = f.writeTask(nlohmann::json::array(), settings);
  setType(task, "full-load-and-cdc");
  // A writer changes the source the whole time: inserts, updates (also of keys), deletes.
  std::atomic<bool> stop{false};
  std::atomic<int> writes{0}, refused{0};
  std::thread writer([&] {
    auto cp = barge::test::mariaDbParams(name);
    barge::parser::mysql::Connection w(cp);
    std::mt19937 rnd(13);
    int next = 100000;
    while (!stop) {
      int id = static_cast<int>(rnd() % 60000) + 1;
      try {
        switch (rnd() % 4) {
          case 0:
            w.execute("INSERT INTO items VALUES " + rowValues(next++, "w"));
            break;
          case 1:
            w.execute("UPDATE items SET v = CONCAT(v, 'u'), n = n + 1 WHERE id = " +
                      std::to_string(id));
            break;
          case 2:
            w.execute("DELETE FROM items WHERE id = " + std::to_string(id));
            break;
          default:
            w.execute("UPDATE IGNORE items SET id = " + std::to_string(next++) +
                      " WHERE id = " + std::to_string(id));
        }
      } catch (const std::exception&) {
        // A statement the source refuses changes nothing: the comparison stays exact.
        ++refused;
      }
      ++writes;
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  });
  std::mt19937 rnd(42);
  std::string out;
  for (int k = 0; k < 10; ++k) {
    std::string cmd = "exec " + f.bargeCommand("migrate --task " + task.string()) + " >>" +
                      (f.dir() / "migrate.log").string() + " 2>&1";
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    // The first kills tend to fall into the full load, the later ones into the replay of the
    // cached changes and ongoing replication.
    std::this_thread::sleep_for(std::chrono::milliseconds((k < 4 ? 150 : 400) + rnd() % 1000));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
  }
  stop = true;
  writer.join();
  CHECK(writes > 100);
  CHECK(refused < writes / 10);
  int rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  requireValidated(f, task);
}

}  // namespace

TEST_CASE("mover cdc: kill -9 at random moments while the source keeps changing, then exact") {
  killAtRandom("mv_cdc_random", cdcSettings());
}

TEST_CASE("mover cdc: grouped source transactions (MinTransactionSize) survive kill -9 exactly") {
  MoverFixture f("mv_cdc_group");
  f.mysql(kTable);
  insertRows(f, 1, 300, "base");
  nlohmann::json settings = cdcSettings();
  // Groups of at least 7 changes, never committed by time: 60 source transactions of one
  // change each make 9 target transactions (the last one at the end of the binlog).
  settings["ChangeProcessingTuning"] = {{"MinTransactionSize", 7}, {"CommitTimeout", 3600}};
  auto task = f.writeTask(nlohmann::json::array(), settings);
  setType(task, "full-load-and-cdc");
  std::string out;
  REQUIRE(f.barge("migrate --until-caught-up --task " + task.string(), out) == 0);
  const std::string tx0 = f.pgScalar("SELECT transactions FROM barge_control.cdc_checkpoints");
  Counts want;
  for (int k = 0; k < 20; ++k) {
    f.mysql("INSERT INTO items VALUES " + rowValues(5000 + k, "k"));
    f.mysql("UPDATE items SET n = n + 1, v = CONCAT(v, '.') WHERE id = " + std::to_string(10 + k));
    f.mysql("DELETE FROM " + f.name() + ".items WHERE id = " + std::to_string(100 + k));
    want.inserts++;
    want.updates++;
    want.deletes++;
  }
  // The group's checkpoint is the position after its last source transaction: a kill before
  // or after any group's commit repeats and loses nothing.
  for (const char* point :
       {"cdc-before-commit:2", "cdc-after-commit:3", "cdc-before-commit:1", "cdc-after-commit:4"}) {
    INFO(point);
    int rc = barge::test::runCommand(
        std::string("BARGE_TEST_CRASH_AT=") + point + " " +
            f.bargeCommand("migrate --until-caught-up --task " + task.string()),
        out);
    CHECK(rc != 0);
  }
  int rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  requireValidated(f, task);
  CHECK(stat(f, "Inserts") == want.inserts);
  CHECK(stat(f, "Updates") == want.updates);
  CHECK(stat(f, "Deletes") == want.deletes);
  // Every source transaction is counted once in the checkpoint. The killed runs committed
  // 1 + 3 + 0 + 4 groups of 7 = 56 transactions; the last run applies the 4 left.
  CHECK(std::stoll(f.pgScalar("SELECT transactions FROM barge_control.cdc_checkpoints")) -
            std::stoll(tx0) ==
        60);
  CHECK(out.find("changes=4 ") != std::string::npos);
}

namespace {

nlohmann::json batchSettings(nlohmann::json tuning = nlohmann::json::object()) {
  nlohmann::json s = cdcSettings();
  s["TargetMetadata"] = {{"BatchApplyEnabled", true}};
  s["ChangeProcessingTuning"] = std::move(tuning);
  return s;
}

// Changes to the same keys inside one batch: every net outcome of a key.
Counts sameKeyRound(MoverFixture& f) {
  Counts c;
  const std::string t = f.name() + ".items";
  insertRows(f, 9001, 9003, "net");  // 9001: insert + update, 9002: insert + delete,
  c.inserts += 3;                    // 9003: insert + key update + update
  c.updates += changed(f, "UPDATE items SET v = 'net-upd', n = NULL WHERE id = 9001");
  c.deletes += changed(f, "DELETE FROM " + t + " WHERE id = 9002");
  c.updates += changed(f, "UPDATE items SET id = 9004 WHERE id = 9003");
  c.updates += changed(f, "UPDATE items SET v = 'moved' WHERE id = 9004");
  // A loaded key: update, key update away and back, delete and insert again, all in a row.
  c.updates += changed(f, "UPDATE items SET v = 'x' WHERE id = 8");
  c.updates += changed(f, "UPDATE items SET id = 90008 WHERE id = 8");
  c.updates += changed(f, "UPDATE items SET id = 8, v = 'back' WHERE id = 90008");
  c.deletes += changed(f, "DELETE FROM " + t + " WHERE id = 9");
  insertRows(f, 9, 9, "reborn");
  c.inserts += 1;
  // Swap two keys through a third (a chain of key updates).
  c.updates += changed(f, "UPDATE items SET id = 99999 WHERE id = 10");
  c.updates += changed(f, "UPDATE items SET id = 10 WHERE id = 11");
  c.updates += changed(f, "UPDATE items SET id = 11 WHERE id = 99999");
  return c;
}

}  // namespace

TEST_CASE("mover cdc: batch apply: net change per key applied set-wise, exact") {
  MoverFixture f("mv_cdc_batch");
  f.mysql(kTable);
  insertRows(f, 1, 1000, "base");
  auto task = f.writeTask(nlohmann::json::array(), batchSettings());
  setType(task, "full-load-and-cdc");
  std::string out;
  int rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  Counts c = changeRound(f, 2000, "batch");
  Counts n = sameKeyRound(f);
  rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  requireValidated(f, task);
  CHECK(stat(f, "Inserts") == c.inserts + n.inserts);
  CHECK(stat(f, "Updates") == c.updates + n.updates);
  CHECK(stat(f, "Deletes") == c.deletes + n.deletes);
  const std::string t = f.name() + ".items";
  CHECK(f.pgScalar("SELECT v || ':' || (n IS NULL) FROM " + t + " WHERE id = 9001") ==
        "net-upd:true");
  CHECK(f.pgScalar("SELECT count(*) FROM " + t + " WHERE id IN (9002, 9003, 90008, 99999)") == "0");
  CHECK(f.pgScalar("SELECT v FROM " + t + " WHERE id = 9004") == "moved");
  CHECK(f.pgScalar("SELECT v FROM " + t + " WHERE id = 8") == "back");
  CHECK(f.pgScalar("SELECT v FROM " + t + " WHERE id = 9") == "reborn-9");
  CHECK(f.pgScalar("SELECT length(bl) FROM " + t + " WHERE id = 6") == "2100000");
  // Nothing new: nothing applied again.
  rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  CHECK(rc == 0);
  CHECK(out.find("changes=0") != std::string::npos);
  CHECK(stat(f, "Inserts") == c.inserts + n.inserts);
}

TEST_CASE("mover cdc: batch apply with a tiny MemoryLimitTotal spills to 0600 files, exact") {
  MoverFixture f("mv_cdc_spill");
  f.mysql(kTable);
  insertRows(f, 1, 300, "base");
  auto task = f.writeTask(nlohmann::json::array(), batchSettings({{"MemoryLimitTotal", 1}}));
  setType(task, "full-load-and-cdc");
  std::string out;
  REQUIRE(f.barge("migrate --until-caught-up --task " + task.string(), out) == 0);
  Counts want;
  for (int k = 0; k < 6; ++k) {
    // 2 MB each: every rows event goes beyond the 1 MB held in memory.
    want.updates += changed(f, "UPDATE items SET bl = REPEAT(UNHEX('0102fe'), 700000 + " +
                                   std::to_string(k) + ") WHERE id = " + std::to_string(20 + k));
    insertRows(f, 4000 + k, 4000 + k, "spill");
    want.inserts++;
  }
  want.updates += changed(f, "UPDATE items SET v = CONCAT(v, '+') WHERE id <= 300");
  const auto spill = f.dir() / "mv_cdc_spill" / "cdc-spill";
  // Killed just before the batch's commit: its spill files are there, mode 0600.
  int rc = barge::test::runCommand(
      "BARGE_TEST_CRASH_AT=cdc-before-commit:1 " +
          f.bargeCommand("migrate --until-caught-up --task " + task.string()),
      out);
  CHECK(rc != 0);
  int files = 0;
  if (std::filesystem::exists(spill))
    for (const auto& e : std::filesystem::directory_iterator(spill)) {
      ++files;
      CHECK((e.status().permissions() & std::filesystem::perms::all) ==
            (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    }
  CHECK(files >= 1);
  rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  CHECK(out.find("held changes spilled to") != std::string::npos);
  // Removed after the commit.
  CHECK((!std::filesystem::exists(spill) || std::filesystem::is_empty(spill)));
  requireValidated(f, task);
  CHECK(stat(f, "Inserts") == want.inserts);
  CHECK(stat(f, "Updates") == want.updates);
  CHECK(f.pgScalar("SELECT length(bl) FROM " + f.name() + ".items WHERE id = 25") == "2100015");
}

TEST_CASE("mover cdc: batch apply: a refused change is rejected alone, the batch arrives") {
  MoverFixture f("mv_cdc_breject");
  f.mysql("CREATE TABLE r (id int PRIMARY KEY, e enum('a','b'), v varchar(10))");
  f.mysql("INSERT INTO r VALUES (1, 'a', 'x'), (5, 'b', 'five')");
  auto task = f.writeTask(nlohmann::json::array(), batchSettings());
  setType(task, "full-load-and-cdc");
  std::string out;
  REQUIRE(f.barge("migrate --until-caught-up --task " + task.string(), out) == 0);
  f.mysql("SET SESSION sql_mode = ''");
  f.mysql("INSERT INTO r VALUES (2, 'b', 'ok')");
  f.mysql("BEGIN");
  f.mysql("INSERT INTO r VALUES (3, 'zzz', 'bad')");
  f.mysql("UPDATE r SET v = 'y' WHERE id = 1");
  f.mysql("COMMIT");
  f.mysql("DELETE FROM r WHERE id = 5");
  f.mysql("INSERT INTO r VALUES (4, 'a', 'after')");
  int rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 1);
  CHECK(out.find("rejected=1") != std::string::npos);
  CHECK(f.pgScalar("SELECT string_agg(id || ':' || v, ',' ORDER BY id) FROM mv_cdc_breject.r") ==
        "1:y,2:ok,4:after");
  std::ifstream in(f.dir() / "mv_cdc_breject" / "rejects.jsonl");
  std::string line, all;
  int lines = 0;
  while (std::getline(in, line)) {
    ++lines;
    all += line;
  }
  CHECK(lines == 1);
  CHECK(all.find("\"id\":\"3\"") != std::string::npos);
  rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  CHECK(rc == 0);
  CHECK(f.pgScalar("SELECT count(*) FROM barge_control.rejects") == "1");
  CHECK(stat(f, "Inserts", "r") == 2);
  CHECK(stat(f, "Updates", "r") == 1);
  CHECK(stat(f, "Deletes", "r") == 1);
}

TEST_CASE("mover cdc: batch apply killed -9 at random moments while the source changes, exact") {
  // MemoryKeepTime 0: every rows event held goes to a spill file at once, so the kills also
  // fall among spill files being written and read back.
  killAtRandom("mv_cdc_brandom", batchSettings({{"MemoryLimitTotal", 1}, {"MemoryKeepTime", 0}}));
}
