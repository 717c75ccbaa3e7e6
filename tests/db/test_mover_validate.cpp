// validate: equal data is Validated from range checksums alone (no row leaves either server);
// a changed value, a deleted and an extra target row are narrowed to exactly those rows.
#include <catch2/catch.hpp>
#include <map>

#include "tests/db/mover_fixture.h"

using barge::test::MoverFixture;

namespace {

nlohmann::json validateJson(MoverFixture& f, const std::filesystem::path& task, int& rc) {
  std::string out;
  rc = f.barge("validate --json --task " + task.string(), out);
  INFO(out);
  auto j = nlohmann::json::parse(out, nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  return j;
}

const nlohmann::json& tableResult(const nlohmann::json& j, const std::string& table) {
  for (const auto& t : j["Validation"])
    if (t["Table"] == table) return t;
  FAIL("no validation result for " << table);
  static nlohmann::json none;
  return none;
}

}  // namespace

TEST_CASE("mover: validate compares range checksums and narrows differences to rows") {
  MoverFixture f("mv_validate");
  // Integer key (numeric ranges), composite text key (hash ranges), no key at all.
  f.mysql(
      "CREATE TABLE orders (id bigint PRIMARY KEY, customer varchar(40), amount decimal(12,2), "
      "placed datetime(6), note text, flags bit(5))");
  f.mysql(
      "CREATE TABLE order_lines (ord varchar(20) NOT NULL, line int NOT NULL, sku varchar(20) "
      "CHARACTER "
      "SET latin1, qty int, PRIMARY KEY (ord, line))");
  f.mysql("CREATE TABLE loose (a int, b varchar(10))");
  f.mysql(
      "INSERT INTO orders SELECT seq, CONCAT('c\xC3\xA4', seq % 97), seq * 1.25, '2024-01-01' + "
      "INTERVAL seq SECOND, IF(seq % 7 = 0, NULL, IF(seq % 11 = 0, '', REPEAT('n', seq % 13))), "
      "seq % 32 FROM seq_1_to_20000");
  f.mysql(
      "INSERT INTO order_lines SELECT CONCAT('o', seq DIV 3), seq % 3, CONCAT('s\xC3\xA9', seq), "
      "seq "
      "FROM seq_1_to_3000");
  f.mysql("INSERT INTO loose SELECT seq % 10, 'x' FROM seq_1_to_50");
  auto task =
      f.writeTask(nlohmann::json::array(), {{"ValidationSettings", {{"PartitionSize", 1000}}}});
  std::string out;
  int rc = f.barge("migrate --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  f.mysql("ANALYZE TABLE orders, order_lines");

  // Equal data: every range matches, no row is fetched or streamed.
  auto j = validateJson(f, task, rc);
  CHECK(rc == 0);
  for (const char* t : {"mv_validate.orders", "mv_validate.order_lines", "mv_validate.loose"}) {
    const auto& r = tableResult(j, t);
    INFO(r.dump());
    CHECK(r["ValidationState"] == "Validated");
    CHECK(r["RowsCompared"] == 0);
    CHECK(r["RowsStreamed"] == 0);
    CHECK(r["RangesMismatched"] == 0);
  }
  CHECK(tableResult(j, "mv_validate.orders")["RangesCompared"].get<int>() > 1);
  CHECK(tableResult(j, "mv_validate.orders")["SourceRows"] == 20000);
  CHECK(f.pgScalar("SELECT count(*) FROM barge_control.validation_failures") == "0");

  // One changed value, one deleted row, one extra row in each keyed table.
  f.pg().exec("UPDATE mv_validate.orders SET amount = amount + 0.01 WHERE id = 12345");
  f.pg().exec("DELETE FROM mv_validate.orders WHERE id = 777");
  f.pg().exec(
      "INSERT INTO mv_validate.orders (id, customer) VALUES (20001, 'extra'), (-5, 'below')");
  f.pg().exec("UPDATE mv_validate.order_lines SET sku = 'changed' WHERE ord = 'o500' AND line = 1");
  f.pg().exec("DELETE FROM mv_validate.order_lines WHERE ord = 'o42' AND line = 0");
  f.pg().exec("INSERT INTO mv_validate.order_lines VALUES ('zz', 9, 'new', 1)");
  f.pg().exec("UPDATE mv_validate.loose SET b = 'y' WHERE a = 3");
  j = validateJson(f, task, rc);
  CHECK(rc == 1);
  const auto& o = tableResult(j, "mv_validate.orders");
  INFO(o.dump());
  CHECK(o["ValidationState"] == "Mismatched records");
  CHECK(o["ValidationFailedRecords"] == 4);
  // Only the mismatching ranges were narrowed: far fewer rows than the table holds.
  CHECK(o["RowsCompared"].get<int>() > 0);
  CHECK(o["RowsCompared"].get<int>() < 2000);
  CHECK(f.pgScalar("SELECT string_agg(failure_type || ' ' || key, ',' ORDER BY failure_type, key) "
                   "FROM barge_control.validation_failures WHERE table_name = 'orders'") ==
        "MISSING_SOURCE {\"id\":\"-5\"},MISSING_SOURCE {\"id\":\"20001\"},MISSING_TARGET "
        "{\"id\":\"777\"},RECORD_DIFF {\"id\":\"12345\"}");
  CHECK(f.pgScalar("SELECT string_agg(k, ',' ORDER BY k) FROM barge_control.validation_failures, "
                   "jsonb_object_keys(details->'columns') k WHERE table_name = 'orders'") ==
        "amount");
  CHECK(f.pgScalar("SELECT details->'columns'->'amount'->>'source' || ' ' || "
                   "(details->'columns'->'amount'->>'target') FROM "
                   "barge_control.validation_failures WHERE table_name = 'orders' AND "
                   "failure_type = 'RECORD_DIFF'") == "15431.25 15431.26");
  CHECK(f.pgScalar("SELECT string_agg(failure_type || ' ' || key, ',' ORDER BY failure_type) FROM "
                   "barge_control.validation_failures WHERE table_name = 'order_lines'") ==
        "MISSING_SOURCE {\"line\":\"9\",\"ord\":\"zz\"},MISSING_TARGET "
        "{\"line\":\"0\",\"ord\":\"o42\"},RECORD_DIFF {\"line\":\"1\",\"ord\":\"o500\"}");
  const auto& l = tableResult(j, "mv_validate.order_lines");
  CHECK(l["RowsCompared"].get<int>() < 1500);  // 3 of 16 hash ranges, both sides
  const auto& k = tableResult(j, "mv_validate.loose");
  CHECK(k["ValidationState"] == "No primary key");
  CHECK(k["Message"].get<std::string>().find("cannot be narrowed") != std::string::npos);
  // The states are kept in barge_control and shown by status.
  rc = f.barge("status --json --task " + task.string(), out);
  auto s = nlohmann::json::parse(out);
  std::map<std::string, std::string> state;
  std::map<std::string, int> failed;
  for (const auto& t : s["TableStatistics"]) {
    state[t["TableName"]] = t["ValidationState"];
    failed[t["TableName"]] = t["ValidationFailedRecords"];
  }
  CHECK(state["orders"] == "Mismatched records");
  CHECK(failed["orders"] == 4);
  CHECK(state["order_lines"] == "Mismatched records");
  CHECK(state["loose"] == "No primary key");
}

TEST_CASE("mover: validate applies selection filters on the source side") {
  MoverFixture f("mv_valfilter");
  f.mysql("CREATE TABLE t (id int PRIMARY KEY, status varchar(10), v double, doc json)");
  f.mysql(
      "INSERT INTO t SELECT seq, IF(seq % 2, 'open', 'paid'), seq / 3, CONCAT('{\"b\": ', seq, "
      "', \"a\": \"x\"}') FROM seq_1_to_500");
  nlohmann::json rules = nlohmann::json::parse(R"([
    {"rule-type": "selection", "rule-id": "1", "rule-name": "paid", "rule-action": "include",
     "object-locator": {"schema-name": "mv_valfilter", "table-name": "t"},
     "filters": [{"filter-type": "source", "column-name": "status",
                  "filter-conditions": [{"filter-operator": "eq", "value": "paid"}]}]}
  ])");
  auto task = f.writeTask(rules);
  std::string out;
  REQUIRE(f.barge("migrate --task " + task.string(), out) == 0);
  int rc = 0;
  auto j = validateJson(f, task, rc);
  CHECK(rc == 0);
  const auto& r = tableResult(j, "mv_valfilter.t");
  CHECK(r["ValidationState"] == "Validated");
  CHECK(r["SourceRows"] == 250);
  // Float and JSON columns are hashed in barge from streamed values (both sides).
  CHECK(r["RowsStreamed"] == 500);
  CHECK(r["RowsCompared"] == 0);
  f.pg().exec("UPDATE mv_valfilter.t SET v = v + 1e-12 WHERE id = 10");
  f.pg().exec("UPDATE mv_valfilter.t SET doc = '{\"a\": \"x\", \"b\": 13}' WHERE id = 12");
  j = validateJson(f, task, rc);
  CHECK(rc == 1);
  CHECK(f.pgScalar("SELECT string_agg(key || ' ' || (SELECT string_agg(k, ',') FROM "
                   "jsonb_object_keys(details->'columns') k), ';' ORDER BY key) FROM "
                   "barge_control.validation_failures") == "{\"id\":\"10\"} v;{\"id\":\"12\"} doc");
}

TEST_CASE("mover: validate narrows to ranges that never reach past their parent") {
  MoverFixture f("mv_valedge");
  // 30000 keys in one root range: 16 children of 1875, each split again into 16 of 118, whose
  // last one would reach past its parent's end, into the root range of key 30007.
  f.mysql("CREATE TABLE t (id int PRIMARY KEY, v varchar(20))");
  f.mysql("INSERT INTO t SELECT seq, CONCAT('v', seq) FROM seq_1_to_30000");
  auto task =
      f.writeTask(nlohmann::json::array(), {{"ValidationSettings", {{"PartitionSize", 1000000}}}});
  std::string out;
  int rc = f.barge("migrate --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  f.pg().exec("UPDATE mv_valedge.t SET v = 'late' WHERE id = 29999");
  f.pg().exec("INSERT INTO mv_valedge.t (id) VALUES (30007)");
  auto j = validateJson(f, task, rc);
  CHECK(rc == 1);
  CHECK(tableResult(j, "mv_valedge.t")["ValidationFailedRecords"] == 2);
  CHECK(f.pgScalar("SELECT string_agg(failure_type || ' ' || key, ',' ORDER BY failure_type, key) "
                   "FROM barge_control.validation_failures") ==
        "MISSING_SOURCE {\"id\":\"30007\"},RECORD_DIFF {\"id\":\"29999\"}");
}

TEST_CASE("mover: validate checksums a large table in parallel range groups, each row once") {
  MoverFixture f("mv_valsplit");
  // Both paths: `plain` is checksummed in the servers, `hashed` streams a DOUBLE and a JSON
  // column through barge.
  f.mysql("CREATE TABLE plain (id bigint PRIMARY KEY, v varchar(20), n int)");
  f.mysql("CREATE TABLE hashed (id int PRIMARY KEY, d double, doc json)");
  f.mysql("INSERT INTO plain SELECT seq, CONCAT('v', seq), seq % 1000 FROM seq_1_to_30000");
  f.mysql(
      "INSERT INTO hashed SELECT seq, seq / 7, JSON_OBJECT('k', seq, 'a', 'x') FROM "
      "seq_1_to_30000");
  auto settings = [](int threads, int partition) {
    return nlohmann::json{
        {"ValidationSettings", {{"PartitionSize", partition}, {"ThreadCount", threads}}}};
  };
  auto task = f.writeTask(nlohmann::json::array(), settings(5, 1000));
  std::string out;
  int rc = f.barge("migrate --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  f.mysql("ANALYZE TABLE plain, hashed");

  // Equal data: ~31 root ranges per table in groups of 4, on more than one connection pair.
  auto j = validateJson(f, task, rc);
  CHECK(rc == 0);
  uint64_t pairs = 0;
  for (const char* t : {"mv_valsplit.plain", "mv_valsplit.hashed"}) {
    const auto& r = tableResult(j, t);
    INFO(r.dump());
    CHECK(r["ValidationState"] == "Validated");
    CHECK(r["SourceRows"] == 30000);
    CHECK(r["TargetRows"] == 30000);
    CHECK(r["RangesMismatched"] == 0);
    CHECK(r["RangeGroups"].get<int>() > 4);
    pairs = std::max(pairs, r["RangeGroupPairs"].get<uint64_t>());
  }
  CHECK(pairs >= 2);
  CHECK(tableResult(j, "mv_valsplit.plain")["RowsStreamed"] == 0);
  CHECK(tableResult(j, "mv_valsplit.hashed")["RowsStreamed"] == 60000);  // each row once a side

  // A difference in the first and in the last group, below the source minimum (first group),
  // past the source maximum (last group) and one in the middle, in each table.
  f.pg().exec("UPDATE mv_valsplit.plain SET n = n + 1 WHERE id = 2");
  f.pg().exec("UPDATE mv_valsplit.plain SET v = 'late' WHERE id = 29999");
  f.pg().exec("DELETE FROM mv_valsplit.plain WHERE id = 15000");
  f.pg().exec("INSERT INTO mv_valsplit.plain (id) VALUES (0), (30007)");
  f.pg().exec("UPDATE mv_valsplit.hashed SET d = d + 1e-9 WHERE id = 2");
  f.pg().exec("UPDATE mv_valsplit.hashed SET doc = '{\"a\": \"x\", \"k\": -1}' WHERE id = 29999");
  f.pg().exec("DELETE FROM mv_valsplit.hashed WHERE id = 15000");
  f.pg().exec("INSERT INTO mv_valsplit.hashed (id) VALUES (0), (30007)");
  const std::string expected =
      "MISSING_SOURCE {\"id\":\"0\"},MISSING_SOURCE {\"id\":\"30007\"},MISSING_TARGET "
      "{\"id\":\"15000\"},RECORD_DIFF {\"id\":\"2\"},RECORD_DIFF {\"id\":\"29999\"}";
  // Parallel groups, the same groups on one connection pair, and one range for the whole table
  // (no groups): the same failures, each exactly once; the first two compare the same ranges.
  std::map<std::string, nlohmann::json> first;
  for (auto [threads, partition] :
       {std::pair{5, 1000}, std::pair{1, 1000}, std::pair{5, 1000000}}) {
    INFO("ThreadCount " << threads << ", PartitionSize " << partition);
    task = f.writeTask(nlohmann::json::array(), settings(threads, partition));
    j = validateJson(f, task, rc);
    CHECK(rc == 1);
    for (const char* t : {"plain", "hashed"}) {
      const auto& r = tableResult(j, std::string("mv_valsplit.") + t);
      INFO(r.dump());
      CHECK(r["ValidationState"] == "Mismatched records");
      CHECK(r["ValidationFailedRecords"] == 5);
      CHECK(r["SourceRows"] == 30000);
      CHECK(r["TargetRows"] == 30001);
      CHECK(f.pgScalar("SELECT string_agg(failure_type || ' ' || key, ',' ORDER BY failure_type, "
                       "key) FROM barge_control.validation_failures WHERE table_name = '" +
                       std::string(t) + "'") == expected);
      if (partition == 1000000) {
        CHECK(r["RangeGroups"] == 0);  // one root range: nothing to split
        continue;
      }
      CHECK(r["RangeGroups"].get<int>() > 4);
      if (threads == 1) CHECK(r["RangeGroupPairs"] == 1);
      if (!first.count(t)) {
        first[t] = r;
        continue;
      }
      for (const char* k :
           {"RangesCompared", "RangesMismatched", "RowsCompared", "RowsStreamed", "RangeGroups"})
        CHECK(r[k] == first[t][k]);
    }
  }
}
