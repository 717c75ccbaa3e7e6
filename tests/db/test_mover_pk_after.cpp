// CreatePkAfterFullLoad: the load goes into tables without keys, then primary keys, unique
// keys, indexes and foreign keys are built, and the data still validates.
#include <catch2/catch.hpp>

#include "tests/db/mover_fixture.h"

using barge::test::MoverFixture;

TEST_CASE("mover: CreatePkAfterFullLoad builds keys and indexes after the load") {
  MoverFixture f("mv_pkafter");
  f.mysql(
      "CREATE TABLE parent (id int PRIMARY KEY, code varchar(10) NOT NULL, UNIQUE KEY "
      "uk_code (code))");
  f.mysql("INSERT INTO parent SELECT seq, CONCAT('c', seq) FROM seq_1_to_1000");
  f.mysql(
      "CREATE TABLE child (a int NOT NULL, b varchar(20) NOT NULL, parent_id int NOT NULL, "
      "v double, PRIMARY KEY (a, b), KEY ix_parent (parent_id), KEY ix_v (v), CONSTRAINT "
      "fk_parent FOREIGN KEY (parent_id) REFERENCES parent (id))");
  f.mysql(
      "INSERT INTO child SELECT seq % 1000, CONCAT('k', seq), 1 + seq % 1000, seq / 7 FROM "
      "seq_1_to_150000");
  f.mysql("ANALYZE TABLE parent, child");
  auto task = f.writeTask(
      nlohmann::json::array(),
      {{"FullLoadSettings", {{"CreatePkAfterFullLoad", true}, {"MaxFullLoadSubTasks", 2}}}});
  std::string out;
  int rc = f.barge("migrate --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  CHECK(f.pgScalar("SELECT count(*) FROM mv_pkafter.child") == "150000");
  auto cons = f.pgRows(
      "SELECT conrelid::regclass::text, conname, contype::text, pg_get_constraintdef(oid) FROM "
      "pg_constraint WHERE connamespace = 'mv_pkafter'::regnamespace AND contype IN ('p', 'u', "
      "'f') ORDER BY 1, 2");
  const std::vector<std::vector<std::string>> expected = {
      {"mv_pkafter.child", "child_fk_parent", "f",
       "FOREIGN KEY (parent_id) REFERENCES mv_pkafter.parent(id)"},
      {"mv_pkafter.child", "child_pkey", "p", "PRIMARY KEY (a, b)"},
      {"mv_pkafter.parent", "parent_pkey", "p", "PRIMARY KEY (id)"},
      {"mv_pkafter.parent", "parent_uk_code", "u", "UNIQUE (code)"}};
  CHECK(cons == expected);
  CHECK(f.pgScalar("SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes WHERE "
                   "schemaname = 'mv_pkafter' AND tablename = 'child'") ==
        "child_ix_parent,child_ix_v,child_pkey");
  // Autovacuum was paused for the load only.
  CHECK(f.pgScalar("SELECT count(*) FROM pg_class WHERE relnamespace = "
                   "'mv_pkafter'::regnamespace AND array_to_string(reloptions, ',') LIKE "
                   "'%autovacuum%'") == "0");
  rc = f.barge("validate --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 0);
  CHECK(out.find("mv_pkafter.child: Validated") != std::string::npos);
}
