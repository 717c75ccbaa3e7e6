// DMS mapping rules select, rename and drop what they say.
#include <catch2/catch.hpp>
#include <map>

#include "tests/db/mover_fixture.h"

using barge::test::MoverFixture;

TEST_CASE("mover: mapping rules select, filter, rename and drop") {
  MoverFixture f("mv_maps");
  f.mysql("CREATE TABLE customers (id int PRIMARY KEY, name varchar(40), secret varchar(40))");
  f.mysql(
      "CREATE TABLE orders (id int PRIMARY KEY, customer_id int, status varchar(10), "
      "CONSTRAINT fk_c FOREIGN KEY (customer_id) REFERENCES customers (id))");
  f.mysql("CREATE TABLE tmp_scratch (id int PRIMARY KEY)");
  f.mysql("CREATE TABLE audit (id int PRIMARY KEY, what varchar(20))");
  f.mysql("INSERT INTO customers SELECT seq, CONCAT('c', seq), 'pw' FROM seq_1_to_50");
  f.mysql(
      "INSERT INTO orders SELECT seq, 1 + seq % 50, IF(seq % 3 = 0, 'paid', 'open') FROM "
      "seq_1_to_300");
  f.mysql("INSERT INTO tmp_scratch VALUES (1)");
  f.mysql("INSERT INTO audit VALUES (1, 'x'), (2, 'y')");
  nlohmann::json rules = nlohmann::json::parse(R"([
    {"rule-type": "selection", "rule-id": "1", "rule-name": "all", "rule-action": "include",
     "object-locator": {"schema-name": "mv_maps", "table-name": "%"}},
    {"rule-type": "selection", "rule-id": "2", "rule-name": "no-tmp", "rule-action": "exclude",
     "object-locator": {"schema-name": "mv_maps", "table-name": "tmp_%"}},
    {"rule-type": "selection", "rule-id": "3", "rule-name": "paid", "rule-action": "include",
     "object-locator": {"schema-name": "mv_maps", "table-name": "orders"},
     "filters": [{"filter-type": "source", "column-name": "status",
                  "filter-conditions": [{"filter-operator": "eq", "value": "paid"}]}]},
    {"rule-type": "transformation", "rule-id": "4", "rule-name": "r1", "rule-target": "table",
     "object-locator": {"schema-name": "mv_maps", "table-name": "orders"},
     "rule-action": "rename", "value": "purchases"},
    {"rule-type": "transformation", "rule-id": "5", "rule-name": "r2", "rule-target": "column",
     "object-locator": {"schema-name": "mv_maps", "table-name": "customers", "column-name": "name"},
     "rule-action": "rename", "value": "full_name"},
    {"rule-type": "transformation", "rule-id": "6", "rule-name": "r3", "rule-target": "column",
     "object-locator": {"schema-name": "mv_maps", "table-name": "customers", "column-name": "secret"},
     "rule-action": "remove-column"},
    {"rule-type": "transformation", "rule-id": "7", "rule-name": "r4", "rule-target": "table",
     "object-locator": {"schema-name": "mv_maps", "table-name": "audit"},
     "rule-action": "add-prefix", "value": "old_"},
    {"rule-type": "transformation", "rule-id": "8", "rule-name": "r5", "rule-target": "schema",
     "object-locator": {"schema-name": "mv_maps"}, "rule-action": "rename", "value": "shop"},
    {"rule-type": "table-settings", "rule-id": "9", "rule-name": "ranges",
     "object-locator": {"schema-name": "mv_maps", "table-name": "customers"},
     "parallel-load": {"type": "ranges", "columns": ["id"], "boundaries": [[10], [30]]}}
  ])");
  auto task = f.writeTask(rules);
  std::string out;
  int rc = f.barge("migrate --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  CHECK(f.pgScalar("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM "
                   "information_schema.tables WHERE table_schema = 'shop'") ==
        "customers,old_audit,purchases");
  CHECK(f.pgScalar("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM "
                   "information_schema.columns WHERE table_schema = 'shop' AND table_name = "
                   "'customers'") == "id,full_name");
  CHECK(f.pgScalar("SELECT count(*) FROM shop.purchases") == "100");
  CHECK(f.pgScalar("SELECT count(*) FROM shop.purchases WHERE status <> 'paid'") == "0");
  CHECK(f.pgScalar("SELECT full_name FROM shop.customers WHERE id = 7") == "c7");
  // The foreign key follows the renamed tables.
  CHECK(f.pgScalar("SELECT confrelid::regclass::text FROM pg_constraint WHERE contype = 'f' AND "
                   "conrelid = 'shop.purchases'::regclass") == "shop.customers");
  // parallel-load ranges: upper bounds 10 and 30 give three segments, every row once.
  CHECK(f.pgScalar("SELECT string_agg(rows::text, ',' ORDER BY segment_no) FROM "
                   "barge_control.segments WHERE task_name = 'mv_maps' AND table_name = "
                   "'customers'") == "10,20,20");
  CHECK(f.pgScalar("SELECT count(DISTINCT id) FROM shop.customers") == "50");
  rc = f.barge("validate --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 0);
}

TEST_CASE("mover: names a rule produces are used exactly, untouched names fold to lower case") {
  MoverFixture f("mv_case");
  f.mysql("CREATE TABLE orders (id int PRIMARY KEY, customer_id int, total decimal(8,2))");
  f.mysql(
      "CREATE TABLE Customers (ID int PRIMARY KEY, name varchar(20), Note varchar(20), "
      "CONSTRAINT fk_x FOREIGN KEY (ID) REFERENCES orders (id))");
  f.mysql("CREATE TABLE MixedCase (Id int PRIMARY KEY, Val int)");
  f.mysql("INSERT INTO orders SELECT seq, seq % 7, seq / 4 FROM seq_1_to_200");
  f.mysql("INSERT INTO Customers SELECT seq, CONCAT('n', seq), 'x' FROM seq_1_to_50");
  f.mysql("INSERT INTO MixedCase VALUES (1, 10), (2, 20)");
  nlohmann::json rules = nlohmann::json::parse(R"([
    {"rule-type": "selection", "rule-id": "1", "rule-name": "all", "rule-action": "include",
     "object-locator": {"schema-name": "mv_case", "table-name": "%"}},
    {"rule-type": "transformation", "rule-id": "2", "rule-name": "up", "rule-target": "table",
     "object-locator": {"schema-name": "mv_case", "table-name": "orders"},
     "rule-action": "convert-uppercase"},
    {"rule-type": "transformation", "rule-id": "3", "rule-name": "pfx", "rule-target": "table",
     "object-locator": {"schema-name": "mv_case", "table-name": "Customers"},
     "rule-action": "add-prefix", "value": "Old_"},
    {"rule-type": "transformation", "rule-id": "4", "rule-name": "col", "rule-target": "column",
     "object-locator": {"schema-name": "mv_case", "table-name": "Customers", "column-name": "name"},
     "rule-action": "rename", "value": "FullName"},
    {"rule-type": "transformation", "rule-id": "5", "rule-name": "colup", "rule-target": "column",
     "object-locator": {"schema-name": "mv_case", "table-name": "orders", "column-name": "total"},
     "rule-action": "convert-uppercase"}
  ])");
  auto task = f.writeTask(rules);
  std::string out;
  int rc = f.barge("migrate --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  CHECK(f.pgScalar("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM "
                   "information_schema.tables WHERE table_schema = 'mv_case'") ==
        "ORDERS,Old_Customers,mixedcase");
  CHECK(f.pgScalar("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM "
                   "information_schema.columns WHERE table_schema = 'mv_case' AND table_name = "
                   "'Old_Customers'") == "id,FullName,note");
  CHECK(f.pgScalar("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM "
                   "information_schema.columns WHERE table_schema = 'mv_case' AND table_name = "
                   "'ORDERS'") == "id,customer_id,TOTAL");
  CHECK(f.pgScalar("SELECT count(*) FROM mv_case.\"ORDERS\"") == "200");
  CHECK(f.pgScalar("SELECT \"FullName\" FROM mv_case.\"Old_Customers\" WHERE id = 7") == "n7");
  CHECK(f.pgScalar("SELECT confrelid::regclass::text FROM pg_constraint WHERE contype = 'f' AND "
                   "conrelid = 'mv_case.\"Old_Customers\"'::regclass") == "mv_case.\"ORDERS\"");
  // The same names in checkpoints, status and validation.
  rc = f.barge("status --json --task " + task.string(), out);
  auto j = nlohmann::json::parse(out);
  std::map<std::string, std::string> targets;
  for (const auto& t : j["TableStatistics"])
    targets[t["TableName"].get<std::string>()] = t["TargetTable"].get<std::string>();
  CHECK(targets["orders"] == "ORDERS");
  CHECK(targets["Customers"] == "Old_Customers");
  CHECK(targets["MixedCase"] == "mixedcase");
  rc = f.barge("validate --task " + task.string(), out);
  CHECK(rc == 0);
  f.pg().exec("UPDATE mv_case.\"ORDERS\" SET \"TOTAL\" = 0 WHERE id = 9");
  rc = f.barge("validate --task " + task.string(), out);
  CHECK(rc == 1);
  CHECK(f.pgScalar("SELECT table_name || ' ' || key || ' ' || (SELECT string_agg(k, ',') FROM "
                   "jsonb_object_keys(details->'columns') k) FROM "
                   "barge_control.validation_failures") == "orders {\"id\":\"9\"} TOTAL");
}
