// Mover building blocks without a database: PostgreSQL binary encodings, DMS wildcards and
// name rules, source filters, task defaults.
#include <catch2/catch.hpp>

#include "mover/task.h"
#include "mover/value_codec.h"

using namespace barge::mover;

namespace {
std::string hex(const std::string& s) {
  static const char* h = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    out += h[c >> 4];
    out += h[c & 15];
  }
  return out;
}
std::string field(PgKind k, std::string_view v, bool notNull = false, bool bits = false,
                  int bitLen = 0) {
  ColumnCodec c;
  c.kind = k;
  c.notNull = notNull;
  c.sourceBits = bits;
  c.bitLength = bitLen;
  CopyBuffer b;
  std::string err;
  if (!encodeValue(c, v, b, err)) return "error: " + err;
  return hex(b.data());
}
}  // namespace

// Expected bytes are PostgreSQL 15's own *_send output for the same values (numeric_send,
// interval_send, timestamp_send, date_send, varbit_send), behind the 4-byte field length.
TEST_CASE("mover codec: numeric binary form matches PostgreSQL's numeric_send") {
  std::string out, err;
  // 12345.678: digits 1 2345 6780, weight 1, dscale 3.
  REQUIRE(parseNumericToBinary("12345.678", out, err));
  CHECK(hex(out) ==
        "000300010000000300010929"
        "1a7c");
  REQUIRE(parseNumericToBinary("-0.00012", out, err));
  CHECK(hex(out) ==
        "0002ffff4000000500010"
        "7d0");
  REQUIRE(parseNumericToBinary("0.000", out, err));
  CHECK(hex(out) == "0000000000000003");
  REQUIRE(parseNumericToBinary("18446744073709551615", out, err));
  CHECK(hex(out) == "000500040000000007341a5802e103bb064f");
  REQUIRE(parseNumericToBinary("1e3", out, err));
  CHECK(hex(out) ==
        "0001000000000000"
        "03e8");
  CHECK_FALSE(parseNumericToBinary("12a", out, err));
}

TEST_CASE("mover codec: the plain DECIMAL fast path agrees with the general numeric parser") {
  const char* values[] = {"0",
                          "-0",
                          "0.00",
                          "1",
                          "-1",
                          "9999",
                          "10000",
                          "12345.678",
                          "-0.00012",
                          "0.0001",
                          "0.00000001",
                          "100000000",
                          "123.4500",
                          "+7.5",
                          ".5",
                          "5.",
                          "000123.000",
                          "99999999999999999999999999999999999.999999999999999999999999999999",
                          "-12345678901234567890123456789012345.000000000000000000000000000001"};
  for (const char* v : values) {
    std::string bin, err;
    REQUIRE(parseNumericToBinary(v, bin, err));
    CopyBuffer expected;
    expected.putBytes(bin);
    INFO(v);
    CHECK(field(PgKind::Numeric, v) == hex(expected.data()));
  }
  CHECK(field(PgKind::Numeric, "1.5e2") == "0000000a00010000000000000096");  // general path
  CHECK(field(PgKind::Numeric, "12a").rfind("error", 0) == 0);
}

TEST_CASE("mover codec: integers, dates, times, zero dates, bits") {
  CHECK(field(PgKind::Int2, "-32768") == "000000028000");
  CHECK(field(PgKind::Int2, "32768").rfind("error", 0) == 0);
  CHECK(field(PgKind::Int8, "-9223372036854775808") == "000000088000000000000000");
  CHECK(field(PgKind::Date, "2000-01-02") == "0000000400000001");
  CHECK(field(PgKind::Date, "1999-12-31") == "00000004ffffffff");
  CHECK(field(PgKind::Date, "0000-00-00") == "ffffffff");  // NULL in a nullable column
  CHECK(field(PgKind::Date, "2024-00-10", true) == "0000000480000000");  // -infinity
  CHECK(field(PgKind::Date, "2023-02-29").rfind("error", 0) == 0);
  CHECK(field(PgKind::Timestamp, "2000-01-01 00:00:01.5") == "00000008000000000016e360");
  CHECK(field(PgKind::Interval, "-838:59:59") ==
        "00000010"
        "fffffd40c230c640"
        "00000000"
        "00000000");
  CHECK(field(PgKind::Time, "25:00:00").rfind("error", 0) == 0);
  // BIT(13) value 0b1010101010101 arrives as two big-endian bytes 0x15 0x55.
  CHECK(field(PgKind::Bit, std::string("\x15\x55", 2), false, true, 13) ==
        "00000006"
        "0000000d"
        "aaa8");
  CHECK(field(PgKind::Bool, std::string("\x01", 1), false, true) == "0000000101");
  CHECK(field(PgKind::Jsonb, "[]") ==
        "00000003"
        "01"
        "5b5d");
  CHECK(field(PgKind::TextArray, "") ==
        "0000000c"
        "00000000"
        "00000000"
        "00000019");
}

TEST_CASE("mover mappings: wildcards, names, filters") {
  CHECK(likeMatch("%", "anything"));
  CHECK(likeMatch("tmp_%", "tmp_x"));
  CHECK_FALSE(likeMatch("tmp_%", "xtmp_"));
  CHECK(likeMatch("a%b%c", "aXXbYYc"));
  CHECK_FALSE(likeMatch("a%b%c", "aXXbYY"));
  Task t = parseTask(R"({"ReplicationTaskIdentifier": "x", "MigrationType": "full-load",
    "SourceEndpoint": {"DatabaseName": "d", "Username": "u"},
    "TargetEndpoint": {"DatabaseName": "d", "Username": "u"},
    "TableMappings": {"rules": [
      {"rule-type": "selection", "rule-id": 1, "object-locator": {"schema-name": "d", "table-name": "%"}, "rule-action": "include",
       "filters": [{"filter-type": "source", "column-name": "st", "filter-conditions": [
          {"filter-operator": "eq", "value": "paid"}, {"filter-operator": "between", "start-value": 1, "end-value": 5}]}]},
      {"rule-type": "selection", "rule-id": 2, "object-locator": {"schema-name": "d", "table-name": "log%"}, "rule-action": "exclude"},
      {"rule-type": "transformation", "rule-id": 3, "rule-target": "table", "object-locator": {"schema-name": "d", "table-name": "%"},
       "rule-action": "add-prefix", "value": "x_"},
      {"rule-type": "transformation", "rule-id": 4, "rule-target": "table", "object-locator": {"schema-name": "d", "table-name": "old_%"},
       "rule-action": "replace-prefix", "old-value": "x_old_", "value": "new_"}]}})",
                     "t.json");
  CHECK(t.prepMode == PrepMode::DropAndCreate);
  CHECK(t.commitRate == 10000);
  CHECK(t.maxFullLoadSubTasks == 8);
  CHECK_FALSE(selectTable(t.mappings, "d", "log_2024"));
  auto choice = selectTable(t.mappings, "d", "orders");
  REQUIRE(choice);
  auto q = [](const std::string& s) { return "'" + s + "'"; };
  auto qi = [](const std::string& s) { return "`" + s + "`"; };
  CHECK(filterSql(choice->filters, qi, q) == "(`st` = 'paid' OR `st` BETWEEN '1' AND '5')");
  CHECK(mapTableName(t.mappings, "d", "orders", "orders") == "x_orders");
  CHECK(mapTableName(t.mappings, "d", "old_orders", "old_orders") == "new_orders");
  // `touched` tells the planner to use the result exactly (no folding to lower case).
  bool touched = false;
  CHECK(mapTableName(t.mappings, "d", "Orders", "Orders", &touched) == "x_Orders");
  CHECK(touched);
  touched = false;
  CHECK(mapTableName(t.mappings, "other", "Orders", "Orders", &touched) == "Orders");
  CHECK_FALSE(touched);
}
