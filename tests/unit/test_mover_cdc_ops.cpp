// CDC operations that need no server: the metrics text, following an ALTER TABLE on a table's
// source definition (column order for the decoder, renames in keys), decoder hints from a
// definition, the target statements between two plans, and the binlog retention verdict. The
// same paths run against MariaDB and PostgreSQL in tests/db/test_mover_cdc_ddl.cpp and
// tests/db/test_mover_cdc_ops.cpp.
#include <catch2/catch.hpp>

#include "mover/binlog_retention.h"
#include "mover/cdc/ddl_convert.h"
#include "mover/cdc/metrics.h"
#include "mover/cdc/table_shape.h"

namespace cdc = barge::mover::cdc;

namespace {

std::string columnsOf(const barge::ir::Table& t) {
  std::string out;
  for (const auto& c : t.columns) out += (out.empty() ? "" : ",") + c->name.text;
  return out;
}

}  // namespace

TEST_CASE("cdc ddl: ALTER TABLE followed on the source definition, in source column order") {
  cdc::TableShape s;
  s.createSql =
      "CREATE TABLE `t` (`id` int NOT NULL, `a` varchar(10) CHARACTER SET latin1, `b` int "
      "unsigned, PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
  CHECK(columnsOf(*cdc::buildDefinition(s)) == "id,a,b");
  s.ddls = {"ALTER TABLE t ADD COLUMN z int FIRST, ADD `y` text AFTER a",
            "ALTER TABLE t DROP COLUMN b", "ALTER TABLE t CHANGE a label varchar(40)",
            "ALTER TABLE t RENAME COLUMN id TO ident", "ALTER TABLE t ENGINE=InnoDB"};
  auto t = cdc::buildDefinition(s);
  CHECK(columnsOf(*t) == "z,ident,label,y");
  // The key follows the rename.
  bool keyRenamed = false;
  for (const auto& c : t->constraints)
    for (const auto& k : c->columns) keyRenamed = keyRenamed || k.column.text == "ident";
  CHECK(keyRenamed);
  // Hints: the table's character set for columns without their own (label lost latin1 with
  // CHANGE, as MySQL does), signedness from the type.
  auto h = cdc::hintsFromDefinition(*t, {});
  REQUIRE(h.size() == 4);
  CHECK(h[2].name == "label");
  CHECK(h[2].charset == barge::mover::binlog::Charset::Utf8);
  auto h0 = cdc::hintsFromDefinition(*cdc::buildDefinition({s.createSql, {}}), {});
  CHECK(h0[1].charset == barge::mover::binlog::Charset::Latin1);
  CHECK(h0[2].isUnsigned);
  // What cannot be followed names the statement.
  s.ddls.push_back("ALTER TABLE t CONVERT TO CHARACTER SET latin1");
  CHECK_THROWS_WITH(cdc::buildDefinition(s), Catch::Contains("CONVERT TO CHARACTER SET"));
  s.ddls.back() = "ALTER TABLE t DROP COLUMN nope";
  CHECK_THROWS_WITH(cdc::buildDefinition(s), Catch::Contains("names no column nope"));
}

TEST_CASE("cdc ddl: target statements between two plans") {
  using barge::mover::ColumnPlan;
  using barge::mover::TablePlan;
  auto col = [](std::string src, std::string tgt, std::string type) {
    ColumnPlan c;
    c.source = src;
    c.target = tgt;
    c.pgType = type;
    return c;
  };
  TablePlan before;
  before.tgtSchema = "s";
  before.tgtTable = "t";
  before.columns = {col("id", "id", "integer"), col("a", "a", "varchar(10)"),
                    col("b", "b", "integer")};
  before.keyColumns = {0};
  TablePlan after = before;
  after.columns = {col("id", "id", "integer"), col("label", "label", "varchar(40)"),
                   col("n", "n", "bigint")};
  after.createTable =
      "CREATE TABLE s.t (\n    id integer NOT NULL,\n    label varchar(40) DEFAULT 'x' NOT "
      "NULL,\n    n bigint DEFAULT 7 CHECK (n >= 0),\n    PRIMARY KEY (id)\n);";
  after.tgtTable = "t2";
  auto sql = cdc::targetAlter(before, after, {{"a", "label"}}, {"label"});
  std::string all;
  for (const auto& s : sql) all += s + ";\n";
  INFO(all);
  CHECK(all.find("ALTER TABLE \"s\".\"t\" RENAME COLUMN \"a\" TO \"label\"") != std::string::npos);
  CHECK(all.find("ALTER COLUMN \"label\" TYPE varchar(40) USING \"label\"::varchar(40)") !=
        std::string::npos);
  CHECK(all.find("ALTER COLUMN \"label\" SET DEFAULT 'x'") != std::string::npos);
  CHECK(all.find("ALTER COLUMN \"label\" SET NOT NULL") != std::string::npos);
  CHECK(all.find("DROP COLUMN \"b\"") != std::string::npos);
  CHECK(all.find("ADD COLUMN n bigint DEFAULT 7 CHECK (n >= 0)") != std::string::npos);
  CHECK(sql.back() == "ALTER TABLE \"s\".\"t\" RENAME TO \"t2\"");
  // A changed replication key is refused.
  after.keyColumns = {2};
  CHECK_THROWS_WITH(cdc::targetAlter(before, after, {}, {}), Catch::Contains("replication key"));
}

TEST_CASE("precheck: binlog retention against the estimated full load") {
  using barge::mover::judgeRetention;
  const double mib = 1024.0 * 1024.0;
  // 10 GiB at 10 MiB/s: about 17 min.
  auto v = judgeRetention(600, 10240 * 1024ull * 1024ull, 10 * mib, true);
  CHECK(v.status == "fail");
  CHECK(v.detail.find("binlogs are kept 10 min") != std::string::npos);
  CHECK(v.detail.find("measured 10.0 MiB/s") != std::string::npos);
  CHECK(!v.fix.empty());
  CHECK(judgeRetention(2400, 10240 * 1024ull * 1024ull, 10 * mib, true).status == "warning");
  CHECK(judgeRetention(86400, 10240 * 1024ull * 1024ull, 10 * mib, true).status == "pass");
  CHECK(judgeRetention(std::nullopt, 1ull << 40, 1, true).status == "pass");
  // Nothing measured: the documented fixed rate (20 MiB/s) is assumed and said.
  auto f = judgeRetention(60, 4096 * 1024ull * 1024ull, 0, true);
  CHECK(f.status == "fail");
  CHECK(f.detail.find("assumed") != std::string::npos);
  // CDC without a load: a retention under a day is a warning (a stopped task loses its place).
  CHECK(judgeRetention(3600, 0, 0, false).status == "warning");
  CHECK(judgeRetention(7 * 86400, 0, 0, false).status == "pass");
}

TEST_CASE("cdc metrics: latencies and the Prometheus text") {
  cdc::CdcMetrics m;
  CHECK(cdc::latencySource(m, 1000) == 0);  // nothing read yet
  m.lastReadSourceTime = 990;
  m.lastAppliedSourceTime = 980;
  m.incomingChanges = 12;
  CHECK(cdc::latencySource(m, 1000) == 10);
  CHECK(cdc::latencyTarget(m, 1000) == 20);
  m.caughtUp = true;
  CHECK(cdc::latencySource(m, 1000) == 0);
  CHECK(cdc::latencyTarget(m, 1000) == 20);  // still changes to commit
  m.incomingChanges = 0;
  CHECK(cdc::latencyTarget(m, 1000) == 0);
  m.caughtUp = false;
  m.inserts = 7;
  m.throughputRowsTarget = 1234.5;
  std::string t = cdc::prometheusText(m, "my\"task", 1000);
  INFO(t);
  CHECK(t.find("# TYPE barge_cdc_incoming_changes "
               "gauge\nbarge_cdc_incoming_changes{task=\"my\\\"task\"} 0\n") != std::string::npos);
  CHECK(t.find("barge_cdc_latency_target_seconds{task=\"my\\\"task\"} 20\n") != std::string::npos);
  CHECK(t.find("barge_cdc_throughput_rows_target{task=\"my\\\"task\"} 1234.5\n") !=
        std::string::npos);
  CHECK(t.find("barge_cdc_row_changes_total{task=\"my\\\"task\",op=\"insert\"} 7\n") !=
        std::string::npos);
  CHECK(t.find("# HELP barge_cdc_latency_source_seconds CDCLatencySource") != std::string::npos);
}
