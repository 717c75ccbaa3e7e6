// DDL during CDC on real MariaDB and PostgreSQL: ALTER TABLE ADD / DROP / MODIFY / CHANGE /
// RENAME COLUMN, RENAME TABLE, CREATE and DROP TABLE are converted with the MySQL front end and
// the converter's rules and applied in order, later rows arrive in the new shape (validate:
// Validated), a DDL that cannot be followed suspends only its table, and kill -9 around the
// commit of a DDL neither loses nor repeats it.
#include <catch2/catch.hpp>
#include <fstream>

#include "tests/db/db_env.h"
#include "tests/db/mover_fixture.h"

using barge::test::MoverFixture;

namespace {

nlohmann::json settings() {
  return {{"FullLoadSettings", {{"MaxFullLoadSubTasks", 1}, {"CommitRate", 100}}}};
}

std::filesystem::path cdcTask(MoverFixture& f) {
  auto task = f.writeTask(nlohmann::json::array(), settings());
  nlohmann::json t;
  std::ifstream(task) >> t;
  t["MigrationType"] = "full-load-and-cdc";
  std::ofstream(task) << t.dump(2);
  return task;
}

void migrate(MoverFixture& f, const std::filesystem::path& task, int want = 0) {
  std::string out;
  int rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == want);
}

std::string validate(MoverFixture& f, const std::filesystem::path& task) {
  std::string out;
  f.barge("validate --task " + task.string(), out);
  return out;
}

// Target columns of a table: "name type" in column order.
std::string targetColumns(MoverFixture& f, const std::string& table) {
  return f.pgScalar(
      "SELECT string_agg(column_name || ' ' || data_type, ', ' ORDER BY ordinal_position) FROM "
      "information_schema.columns WHERE table_schema = '" +
      f.name() + "' AND table_name = '" + table + "'");
}

std::string stat(MoverFixture& f, const std::string& table, const char* col) {
  return f.pgScalar(std::string("SELECT \"") + col +
                    "\" FROM barge_control.table_statistics WHERE \"TableName\" = '" + table + "'");
}

}  // namespace

TEST_CASE("mover cdc ddl: ADD COLUMN during CDC appears on the target with its data") {
  MoverFixture f("mv_ddl_add");
  f.mysql("CREATE TABLE t (id int PRIMARY KEY, v varchar(20))");
  f.mysql("INSERT INTO t VALUES (1, 'a'), (2, 'b')");
  auto task = cdcTask(f);
  migrate(f, task);
  f.mysql("ALTER TABLE t ADD COLUMN qty int unsigned NOT NULL DEFAULT 7, ADD note text AFTER id");
  f.mysql("ALTER TABLE t ADD INDEX v_idx (v), COMMENT 'kept on the source only'");
  f.mysql("INSERT INTO t VALUES (3, 'third', 'c', 42)");
  f.mysql("UPDATE t SET qty = 9, note = 'n' WHERE id = 1");
  migrate(f, task);
  // PostgreSQL appends added columns (AFTER is a source-side order; the rows still decode by it).
  CHECK(targetColumns(f, "t") == "id integer, v character varying, note text, qty bigint");
  CHECK(f.pgScalar("SELECT string_agg(id || ':' || coalesce(note, '-') || ':' || v || ':' || qty, "
                   "',' ORDER BY id) FROM mv_ddl_add.t") == "1:n:a:9,2:-:b:7,3:third:c:42");
  // The converter's rule for INT UNSIGNED came along: bigint with its CHECK.
  CHECK(f.pgScalar("SELECT count(*) FROM pg_constraint WHERE conrelid = 'mv_ddl_add.t'::regclass "
                   "AND contype = 'c'") == "1");
  CHECK(stat(f, "t", "Ddls") == "2");  // the index and comment change nothing on the target
  CHECK(validate(f, task).find("t: Validated") != std::string::npos);
  // A restart reads the stored definition (with the DDL) and goes on.
  f.mysql("INSERT INTO t VALUES (4, NULL, 'd', 1)");
  migrate(f, task);
  CHECK(f.pgScalar("SELECT qty FROM mv_ddl_add.t WHERE id = 4") == "1");
  CHECK(stat(f, "t", "Ddls") == "2");
}

TEST_CASE("mover cdc ddl: DROP, MODIFY, CHANGE and RENAME COLUMN, RENAME TABLE, CREATE, DROP") {
  MoverFixture f("mv_ddl_cols");
  f.mysql(
      "CREATE TABLE t (id int PRIMARY KEY, a varchar(10), b int, c enum('x','y') DEFAULT 'x', "
      "d datetime)");
  f.mysql("CREATE TABLE other (id int PRIMARY KEY, w int)");
  f.mysql(
      "INSERT INTO t VALUES (1, 'a1', 10, 'x', '2024-01-02 03:04:05'), (2, 'a2', 20, 'y', NULL)");
  f.mysql("INSERT INTO other VALUES (1, 1)");
  auto task = cdcTask(f);
  migrate(f, task);
  f.mysql("ALTER TABLE t DROP COLUMN b");
  f.mysql("INSERT INTO t VALUES (3, 'a3', 'x', NULL)");
  f.mysql("ALTER TABLE t MODIFY a varchar(40) NOT NULL, MODIFY c enum('x','y','z') DEFAULT 'z'");
  f.mysql("INSERT INTO t (id, a) VALUES (4, REPEAT('m', 40))");
  f.mysql("ALTER TABLE t CHANGE d happened datetime(3)");
  f.mysql("UPDATE t SET happened = '2025-05-05 05:05:05.123' WHERE id = 2");
  f.mysql("ALTER TABLE t RENAME COLUMN a TO label");
  f.mysql("INSERT INTO t VALUES (5, 'five', 'y', '2026-01-01 00:00:00.5')");
  f.mysql("RENAME TABLE t TO renamed");
  f.mysql("INSERT INTO renamed VALUES (6, 'six', 'z', NULL)");
  f.mysql("DELETE FROM renamed WHERE id = 1");
  f.mysql("CREATE TABLE fresh (id bigint PRIMARY KEY, s set('p','q'), m mediumint unsigned)");
  f.mysql("INSERT INTO fresh VALUES (1, 'p,q', 16777215), (2, '', 0)");
  f.mysql("DROP TABLE other");
  migrate(f, task);
  CHECK(targetColumns(f, "renamed") ==
        "id integer, label character varying, c text, happened timestamp without time zone");
  CHECK(f.pgScalar("SELECT to_regclass('mv_ddl_cols.t') IS NULL") == "t");
  CHECK(f.pgScalar("SELECT string_agg(id || ':' || label || ':' || c || ':' || coalesce(happened::"
                   "text, '-'), ',' ORDER BY id) FROM mv_ddl_cols.renamed") ==
        "2:a2:y:2025-05-05 05:05:05.123,3:a3:x:-,4:" + std::string(40, 'm') +
            ":z:-,5:five:y:2026-01-01 00:00:00.5,6:six:z:-");
  CHECK(f.pgScalar("SELECT string_agg(id || ':' || array_to_string(s, '|') || ':' || m, ',' "
                   "ORDER BY id) FROM mv_ddl_cols.fresh") == "1:p|q:16777215,2::0");
  CHECK(f.pgScalar("SELECT to_regclass('mv_ddl_cols.other') IS NULL") == "t");
  CHECK(stat(f, "renamed", "Ddls") == "5");
  CHECK(stat(f, "fresh", "Ddls") == "1");
  CHECK(stat(f, "other", "TableState") == "Table dropped");
  std::string v = validate(f, task);
  INFO(v);
  CHECK(v.find("renamed: Validated") != std::string::npos);
  CHECK(v.find("fresh: Validated") != std::string::npos);
}

TEST_CASE("mover cdc ddl: a DDL that cannot be followed suspends only its table") {
  MoverFixture f("mv_ddl_susp");
  f.mysql("CREATE TABLE a (id int PRIMARY KEY, v int)");
  f.mysql("CREATE TABLE b (id int PRIMARY KEY, v int)");
  f.mysql("INSERT INTO a VALUES (1, 1)");
  f.mysql("INSERT INTO b VALUES (1, 1)");
  auto task = cdcTask(f);
  migrate(f, task);
  // Changing the replication key is not followed; the other table goes on.
  f.mysql("ALTER TABLE a DROP PRIMARY KEY, ADD PRIMARY KEY (v)");
  f.mysql("INSERT INTO a VALUES (2, 2)");
  f.mysql("INSERT INTO b VALUES (2, 2)");
  std::string out;
  f.barge("migrate --until-caught-up --task " + task.string(), out);
  INFO(out);
  CHECK(out.find("replication key") != std::string::npos);
  CHECK(stat(f, "a", "TableState") == "Table error");
  CHECK(f.pgScalar("SELECT message FROM barge_control.table_statistics WHERE \"TableName\" = "
                   "'a'")
            .find("DROP PRIMARY KEY") != std::string::npos);
  CHECK(stat(f, "b", "TableState") == "Table completed");
  CHECK(f.pgScalar("SELECT count(*) FROM mv_ddl_susp.b") == "2");
  CHECK(f.pgScalar("SELECT count(*) FROM mv_ddl_susp.a") == "1");
  // A DDL the target refuses (MySQL fills NOT NULL without a default with 0; PostgreSQL
  // refuses it on a table with rows) suspends b with PostgreSQL's message.
  f.mysql("ALTER TABLE b ADD COLUMN w int NOT NULL");
  f.mysql("INSERT INTO b VALUES (3, 3, 3)");
  f.barge("migrate --until-caught-up --task " + task.string(), out);
  CHECK(stat(f, "b", "TableState") == "Table error");
  CHECK(f.pgScalar("SELECT message FROM barge_control.table_statistics WHERE \"TableName\" = "
                   "'b'")
            .find("DDL not applied on the target") != std::string::npos);
  CHECK(f.pgScalar("SELECT count(*) FROM mv_ddl_susp.b") == "2");
}

TEST_CASE("mover cdc ddl: kill -9 around the commit of a DDL applies it exactly once") {
  for (const char* point : {"cdc-before-commit:1", "cdc-after-commit:1"}) {
    DYNAMIC_SECTION(point) {
      MoverFixture f("mv_ddl_kill");
      f.mysql("CREATE TABLE t (id int PRIMARY KEY, v varchar(20))");
      f.mysql("INSERT INTO t VALUES (1, 'a')");
      auto task = cdcTask(f);
      migrate(f, task);
      f.mysql("ALTER TABLE t ADD COLUMN n int DEFAULT 5");
      f.mysql("INSERT INTO t VALUES (2, 'b', 6)");
      // Source changes again after the DDL (the live schema is further on than the position).
      f.mysql("ALTER TABLE t ADD COLUMN z varchar(3) DEFAULT 'zz'");
      f.mysql("INSERT INTO t VALUES (3, 'c', 7, 'z3')");
      std::string out;
      int rc = barge::test::runCommand(
          std::string("BARGE_TEST_CRASH_AT=") + point + " " +
              f.bargeCommand("migrate --until-caught-up --task " + task.string()),
          out);
      CHECK(rc != 0);
      migrate(f, task);
      CHECK(targetColumns(f, "t") ==
            "id integer, v character varying, n integer, z character varying");
      CHECK(f.pgScalar("SELECT string_agg(id || ':' || v || ':' || n || ':' || z, ',' ORDER BY "
                       "id) FROM mv_ddl_kill.t") == "1:a:5:zz,2:b:6:zz,3:c:7:z3");
      CHECK(stat(f, "t", "Ddls") == "2");
      CHECK(validate(f, task).find("t: Validated") != std::string::npos);
    }
  }
}

TEST_CASE("mover cdc ddl: kill -9 before the commit of a RENAME TABLE, MigrationType cdc") {
  MoverFixture f("mv_ddl_kren");
  f.mysql("CREATE TABLE t (id int PRIMARY KEY, v varchar(20))");
  f.mysql("INSERT INTO t VALUES (1, 'a')");
  auto load = f.writeTask(nlohmann::json::array(), settings());
  std::string out;
  REQUIRE(f.barge("migrate --task " + load.string(), out) == 0);  // full-load: the target
  nlohmann::json t;
  std::ifstream(load) >> t;
  t["MigrationType"] = "cdc";
  const auto task = f.dir() / "cdc.json";
  std::ofstream(task) << t.dump(2);
  migrate(f, task);  // capture starts now
  f.mysql("INSERT INTO t VALUES (2, 'b')");
  f.mysql("RENAME TABLE t TO t2");
  f.mysql("INSERT INTO t2 VALUES (3, 'c')");
  int rc = barge::test::runCommand(
      "BARGE_TEST_CRASH_AT=cdc-before-commit:2 " +
          f.bargeCommand("migrate --until-caught-up --task " + task.string()),
      out);
  CHECK(rc != 0);
  // The live schema has only t2 now; the stored definition still knows t and replays the rename.
  migrate(f, task);
  CHECK(f.pgScalar("SELECT to_regclass('mv_ddl_kren.t') IS NULL") == "t");
  CHECK(f.pgScalar("SELECT string_agg(id || ':' || v, ',' ORDER BY id) FROM mv_ddl_kren.t2") ==
        "1:a,2:b,3:c");
  CHECK(stat(f, "t2", "Ddls") == "1");
  CHECK(stat(f, "t2", "Inserts") == "2");
  CHECK(validate(f, task).find("t2: Validated") != std::string::npos);
}

TEST_CASE(
    "mover cdc ddl: a DDL after the full load's snapshot, before capture began, is replayed") {
  MoverFixture f("mv_ddl_early");
  f.mysql("CREATE TABLE t (id int PRIMARY KEY, v varchar(20))");
  f.mysql("INSERT INTO t VALUES (1, 'a'), (2, 'b')");
  auto task = cdcTask(f);
  std::string out;
  // The load completes; barge dies before change capture starts.
  int rc = barge::test::runCommand(
      "BARGE_TEST_CRASH_AT=cdc-start " +
          f.bargeCommand("migrate --until-caught-up --task " + task.string()),
      out);
  CHECK(rc != 0);
  f.mysql("UPDATE t SET v = 'a2' WHERE id = 1");
  f.mysql("ALTER TABLE t ADD COLUMN n int DEFAULT 4");
  f.mysql("INSERT INTO t VALUES (3, 'c', 9)");
  // Capture starts at the load's snapshot: the update before the ALTER decodes with the
  // definition the load had, then the ALTER is applied, then the insert in the new shape.
  migrate(f, task);
  CHECK(f.pgScalar("SELECT string_agg(id || ':' || v || ':' || n, ',' ORDER BY id) FROM "
                   "mv_ddl_early.t") == "1:a2:4,2:b:4,3:c:9");
  CHECK(stat(f, "t", "Ddls") == "1");
  CHECK(validate(f, task).find("t: Validated") != std::string::npos);
}
