// Every MySQL type the converter maps arrives exactly: values checked one by one in PostgreSQL.
#include <catch2/catch.hpp>

#include "tests/db/mover_fixture.h"

using barge::test::MoverFixture;

namespace {

struct Col {
  const char* name;
  const char* type;
};

const std::vector<Col> kCols = {{"id", "int unsigned NOT NULL PRIMARY KEY"},
                                {"ti", "tinyint"},
                                {"tiu", "tinyint unsigned"},
                                {"si", "smallint"},
                                {"siu", "smallint unsigned"},
                                {"mi", "mediumint"},
                                {"miu", "mediumint unsigned"},
                                {"i", "int"},
                                {"iu", "int unsigned"},
                                {"bi", "bigint"},
                                {"biu", "bigint unsigned"},
                                {"d", "decimal(65,30)"},
                                {"d2", "decimal(10,2)"},
                                {"f", "float"},
                                {"db", "double"},
                                {"b1", "bit(1)"},
                                {"b13", "bit(13)"},
                                {"b64", "bit(64)"},
                                {"c", "char(10)"},
                                {"vc", "varchar(100)"},
                                {"vl", "varchar(50) CHARACTER SET latin1"},
                                {"tx", "text"},
                                {"bn", "binary(4)"},
                                {"vb", "varbinary(300)"},
                                {"bl", "blob"},
                                {"dt", "date"},
                                {"dtm", "datetime(6)"},
                                {"dtm0", "datetime"},
                                {"dz", "datetime NOT NULL DEFAULT '2000-01-01 00:00:00'"},
                                {"ts", "timestamp(6) NULL DEFAULT NULL"},
                                {"tm", "time(6)"},
                                {"yr", "year"},
                                {"e", "enum('a','b','c d')"},
                                {"s", "set('x','y','z')"},
                                {"j", "json"},
                                {"g", "geometry"},
                                {"bo", "boolean"},
                                // MariaDB's JSON spelled out: LONGTEXT + json_valid check.
                                {"jl", "longtext CHECK (json_valid(`jl`))"}};

std::string allBytes() {
  std::string s = "x'";
  const char* h = "0123456789abcdef";
  for (int i = 0; i < 256; ++i) {
    s += h[i >> 4];
    s += h[i & 15];
  }
  return s + "'";
}

}  // namespace

TEST_CASE("mover: every mapped MySQL type round-trips value by value") {
  MoverFixture f("mv_types");
  std::string ddl = "CREATE TABLE alltypes (";
  for (size_t i = 0; i < kCols.size(); ++i)
    ddl += (i ? ", `" : "`") + std::string(kCols[i].name) + "` " + kCols[i].type;
  f.mysql(ddl + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
  f.mysql("SET SESSION sql_mode = '', time_zone = '+00:00'");
  // Row 1: limits and awkward text; row 2: NULL everywhere it is allowed; row 3: zeros, zero
  // dates, special floats, every byte value.
  f.mysql(
      "INSERT INTO alltypes VALUES (1, -128, 255, -32768, 65535, -8388608, 16777215, -2147483648, "
      "4294967295, -9223372036854775808, 18446744073709551615, "
      "'-12345678901234567890123456789012345.123456789012345678901234567890', -99999999.99, "
      "3.4028234e38, -1.7976931348623157e308, b'1', b'1010101010101', "
      "b'1111111111111111111111111111111111111111111111111111111111111111', 'ab', "
      "'it''s \"q\" \\\\ back \xF0\x9F\x98\x80 \xE4\xB8\xAD', '\xC3\x84rger \xC3\xA9', REPEAT('x', "
      "1000), "
      "x'00ff0001', x'000102fffe', x'00', '1000-01-01', '9999-12-31 23:59:59.999999', "
      "'0000-00-00 00:00:00', '2000-01-01 00:00:00', '2038-01-19 03:14:07.123456', "
      "'-838:59:59.000000', "
      "1901, 'c d', 'x,z', '{\"a\": [1, 2.5, \"s\"], \"b\": null}', ST_GeomFromText('POINT(1 2)'), "
      "1, '{\"z\": 1,  \"a\": {\"k\": [true, null, \"\\\\u00e9\"]}}')");
  f.mysql("INSERT INTO alltypes (id, dz) VALUES (2, '1970-01-01 00:00:01')");
  f.mysql(
      "INSERT INTO alltypes VALUES (3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1.17549435e-38, "
      "4.9e-324, "
      "b'0', b'0', b'0', '', '', '', '', '', " +
      allBytes() +
      ", '', '0000-00-00', "
      "'2024-02-29 12:00:00', '0000-00-00 00:00:00', '0000-00-00 00:00:00', '1970-01-01 00:00:01', "
      "'838:59:59.999999', 0, 'a', '', '[]', NULL, 0, '\"text\"')");
  auto task = f.writeTask();
  std::string out;
  int rc = f.barge("migrate --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);

  // char(n)::text drops the pad spaces PostgreSQL keeps in bpchar, as MySQL does on read.
  std::string sel;
  for (const auto& c : kCols) sel += (sel.empty() ? "" : ", ") + std::string(c.name) + "::text";
  f.pg().exec("SET TimeZone = 'UTC'");
  auto rows = f.pgRows("SELECT " + sel + " FROM mv_types.alltypes ORDER BY id");
  REQUIRE(rows.size() == 3);
  std::string bytes = "\\x";
  for (int i = 0; i < 256; ++i) {
    char b[3];
    std::snprintf(b, sizeof b, "%02x", i);
    bytes += b;
  }
  const std::vector<std::vector<std::string>> expected = {
      {"1",
       "-128",
       "255",
       "-32768",
       "65535",
       "-8388608",
       "16777215",
       "-2147483648",
       "4294967295",
       "-9223372036854775808",
       "18446744073709551615",
       "-12345678901234567890123456789012345.123456789012345678901234567890",
       "-99999999.99",
       "3.4028235e+38",
       "-1.7976931348623157e+308",
       "1",
       "1010101010101",
       std::string(64, '1'),
       "ab",
       "it's \"q\" \\ back \xF0\x9F\x98\x80 \xE4\xB8\xAD",
       "\xC3\x84rger \xC3\xA9",
       std::string(1000, 'x'),
       "\\x00ff0001",
       "\\x000102fffe",
       "\\x00",
       "1000-01-01",
       "9999-12-31 23:59:59.999999",
       "<NULL>",
       "2000-01-01 00:00:00",
       "2038-01-19 03:14:07.123456+00",
       "-838:59:59",
       "1901",
       "c d",
       "{x,z}",
       "{\"a\": [1, 2.5, \"s\"], \"b\": null}",
       "\\x0101000000000000000000f03f0000000000000040",
       "1",
       "{\"a\": {\"k\": [true, null, \"\u00e9\"]}, \"z\": 1}"},
      {"2",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "1970-01-01 00:00:01",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>",
       "<NULL>"},
      {"3",
       "0",
       "0",
       "0",
       "0",
       "0",
       "0",
       "0",
       "0",
       "0",
       "0",
       "0.000000000000000000000000000000",
       "0.00",
       "1.1754944e-38",
       "5e-324",
       "0",
       "0000000000000",
       std::string(64, '0'),
       "",
       "",
       "",
       "",
       "\\x00000000",
       bytes,
       "\\x",
       "<NULL>",
       "2024-02-29 12:00:00",
       "<NULL>",
       "-infinity",
       "1970-01-01 00:00:01+00",
       "838:59:59.999999",
       "0",
       "a",
       "{}",
       "[]",
       "<NULL>",
       "0",
       "\"text\""}};
  for (size_t r = 0; r < 3; ++r)
    for (size_t c = 0; c < kCols.size(); ++c) {
      INFO("row " << r + 1 << " column " << kCols[c].name);
      CHECK(rows[r][c] == expected[r][c]);
    }
  // Both JSON spellings arrive as jsonb, without the now redundant json_valid CHECK.
  CHECK(f.pgScalar("SELECT string_agg(format_type(atttypid, atttypmod), ',' ORDER BY attname) "
                   "FROM pg_attribute WHERE attrelid = 'mv_types.alltypes'::regclass AND attname "
                   "IN ('j', 'jl')") == "jsonb,jsonb");
  CHECK(f.pgScalar(
            "SELECT count(*) FROM pg_constraint WHERE conrelid = "
            "'mv_types.alltypes'::regclass AND pg_get_constraintdef(oid) ~ 'jsonb|jl|\\mj\\M'") ==
        "0");
  CHECK(f.pgScalar("SELECT jl = '{\"a\": {\"k\": [true, null, \"\u00e9\"]}, \"z\": 1}'::jsonb FROM "
                   "mv_types.alltypes WHERE id = 1") == "t");
  rc = f.barge("validate --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 0);
  CHECK(out.find("mv_types.alltypes: Validated") != std::string::npos);
  CHECK(f.pgScalar("SELECT count(*) FROM barge_control.validation_failures") == "0");

  // The normalisation must not hide a difference: each column of row 3 set to NULL in the
  // target in turn ('' and 0 there must differ from NULL) is reported as that column's
  // RECORD_DIFF, then restored.
  f.pg().exec("CREATE TABLE mv_types.backup AS SELECT * FROM mv_types.alltypes");
  for (const auto& c : kCols) {
    std::string n = c.name;
    if (n == "id" || n == "dz") continue;  // key, NOT NULL
    // Zero dates and the NULL geometry are NULL already.
    if (f.pgScalar("SELECT " + n + " IS NULL FROM mv_types.alltypes WHERE id = 3") == "t") continue;
    INFO("column " << n);
    f.pg().exec("UPDATE mv_types.alltypes SET " + n + " = NULL WHERE id = 3");
    rc = f.barge("validate --task " + task.string(), out);
    CHECK(rc == 1);
    CHECK(f.pgScalar("SELECT string_agg(failure_type || ' ' || key || ' ' || (SELECT "
                     "string_agg(k, ',') FROM jsonb_object_keys(details->'columns') k), ';') "
                     "FROM barge_control.validation_failures") ==
          "RECORD_DIFF {\"id\":\"3\"} " + n);
    f.pg().exec("UPDATE mv_types.alltypes a SET " + n + " = b." + n +
                " FROM mv_types.backup b WHERE a.id = b.id AND a.id = 3");
  }
  rc = f.barge("validate --task " + task.string(), out);
  CHECK(rc == 0);
}

TEST_CASE("mover: values longer than the source read buffer arrive whole") {
  MoverFixture f("mv_longvals");
  f.mysql("CREATE TABLE lv (id int PRIMARY KEY, t longtext, b longblob, d double)");
  // Row 2's values outgrow the buffers sized by row 1; row 3 is short again.
  f.mysql(
      "INSERT INTO lv VALUES (1, 'short', x'00', 0.1), (2, REPEAT('a\xC3\xA9', 1500000), "
      "REPEAT(x'00ff', 150000), 1e300), (3, 'x', x'01', -2.5)");
  auto task = f.writeTask();
  std::string out;
  int rc = f.barge("migrate --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  CHECK(f.pgScalar("SELECT string_agg(id || ':' || length(t) || ':' || length(b) || ':' || "
                   "md5(t) || ':' || d, ',' ORDER BY id) FROM mv_longvals.lv") ==
        "1:5:1:" + std::string("4f09daa9d95bcb166a302407a0e0babe") +
            ":0.1,2:3000000:300000:" + f.pgScalar("SELECT md5(repeat('a\xC3\xA9', 1500000))") +
            ":1e+300,3:1:1:" + f.pgScalar("SELECT md5('x')") + ":-2.5");
  CHECK(f.pgScalar("SELECT b = decode(repeat('00ff', 150000), 'hex') FROM mv_longvals.lv WHERE "
                   "id = 2") == "t");
  rc = f.barge("validate --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 0);
}
