// Oracle format models mapped to PostgreSQL templates, run in PostgreSQL: to_char / to_date /
// to_timestamp / to_number with the mapped template give the result Oracle documents for the
// original model (Oracle SQL Language Reference, "Format Models" and its examples). Reading
// goes through barge_compat.to_timestamp / to_timestamp_oracle, as the converter's output does.
#include <catch2/catch.hpp>

#include "converter/compat/compat.h"
#include "converter/rules/oracle_pg_format_models.h"
#include "tests/db/db_env.h"
#include "tests/db/pg_eval.h"

using namespace barge;
using converter::FormatUse;

namespace {

std::string literal(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

struct Case {
  const char* fn;        // to_char, to_date, to_timestamp, to_number
  const char* value;     // SQL expression: the value (to_char) or the text (the others)
  const char* oracle;    // the Oracle format model
  const char* expected;  // Oracle's result, as PostgreSQL prints the mapped call's result
};

// A Thursday, with microseconds.
#define TS "timestamp '2009-10-15 08:05:09.123456'"

// clang-format off
const Case kCases[] = {
    {"to_char", TS, "YYYY-MM-DD HH24:MI:SS", "2009-10-15 08:05:09"},
    {"to_char", TS, "yyyy-mm-dd hh24:mi:ss", "2009-10-15 08:05:09"},
    {"to_char", TS, "DD-MON-RR", "15-OCT-09"},
    {"to_char", TS, "DD-Mon-YYYY", "15-Oct-2009"},
    {"to_char", TS, "dd-mon-yyyy", "15-oct-2009"},
    {"to_char", TS, "Month DD, YYYY", "October   15, 2009"},
    {"to_char", "timestamp '2009-10-05 00:00:00'", "FMMonth DD, YYYY", "October 5, 2009"},
    {"to_char", "timestamp '2009-10-05 00:00:00'", "FMMonth FMDD, YYYY", "October 05, 2009"},
    {"to_char", TS, "Day", "Thursday "},
    {"to_char", TS, "fmDay", "Thursday"},
    {"to_char", TS, "DY dy Dy", "THU thu Thu"},
    {"to_char", TS, "HH:MI:SS AM", "08:05:09 AM"},
    {"to_char", "timestamp '2009-10-15 20:00:00'", "HH12 P.M.", "08 P.M."},
    {"to_char", TS, "HH24:MI:SS.FF3", "08:05:09.123"},
    {"to_char", TS, "HH24:MI:SSXFF3", "08:05:09.123"},
    {"to_char", TS, "FF", "123456"},
    {"to_char", TS, "FF1", "1"},
    {"to_char", TS, "FF9", "123456000"},
    {"to_char", TS, "SSSSS", "29109"},
    {"to_char", TS, "DDD", "288"},
    {"to_char", TS, "Q WW IW W", "4 42 42 3"},
    {"to_char", "timestamp '2000-01-01 00:00:00'", "J", "2451545"},
    {"to_char", TS, "DDTH ddth", "15TH 15th"},
    {"to_char", "timestamp '2009-10-01 00:00:00'", "DDTH", "01ST"},
    {"to_char", TS, "\"Week\" IW", "Week 42"},
    {"to_char", TS, "CC Y,YYY", "21 2,009"},
    {"to_char", TS, "D", "5"},
    {"to_char", TS, "AD B.C.", "AD A.D."},
    {"to_char", TS, "YYYYMMDDHH24MISS", "20091015080509"},
    {"to_char", TS, "FMRM", "X"},
    {"to_char", TS, "ID", "95"},      // Oracle: I then D, not PostgreSQL's ISO weekday
    {"to_char", TS, "SSSS", "0909"},  // Oracle: SS twice, not seconds past midnight
    {"to_char", "timestamptz '2009-10-15 08:05:09+02'", "TZH:TZM", "+02:00"},
    {"to_date", "'15-OCT-2009'", "DD-MON-YYYY", "2009-10-15 00:00:00"},
    {"to_date", "'15-oct-2009'", "DD-MON-YYYY", "2009-10-15 00:00:00"},
    {"to_date", "'15-OCT-45'", "DD-MON-RR", "2045-10-15 00:00:00"},
    {"to_date", "'15-OCT-99'", "DD-MON-RR", "1999-10-15 00:00:00"},
    {"to_date", "'15-MAR-65'", "DD-MON-RR", "1965-03-15 00:00:00"},  // while now is 2000-2049
    {"to_date", "'15-MAR-1965'", "DD-MON-RR", "1965-03-15 00:00:00"},
    {"to_date", "'15-MAR-65'", "DD-MON-RRRR", "1965-03-15 00:00:00"},
    {"to_date", "'15-MAR-2065'", "DD-MON-RRRR", "2065-03-15 00:00:00"},
    {"to_date", "'15-MAR-75'", "DD-MON-YY", "2075-03-15 00:00:00"},  // current century
    {"to_date", "'15-MAR-1975'", "DD-MON-YY", "1975-03-15 00:00:00"},
    {"to_timestamp", "'2024-03-31 02:30:00'", "YYYY-MM-DD HH24:MI:SS", "2024-03-31 02:30:00"},
    {"to_date", "'2009 288'", "YYYY DDD", "2009-10-15 00:00:00"},
    {"to_date", "'2451545'", "J", "2000-01-01 00:00:00"},
    {"to_date", "'20091015'", "YYYYMMDD", "2009-10-15 00:00:00"},
    {"to_timestamp", "'January 15, 1989, 11:00 A.M.'", "Month dd, YYYY, HH:MI A.M.",
     "1989-01-15 11:00:00"},
    {"to_timestamp", "'2009-10-15 08:05:09.123'", "YYYY-MM-DD HH24:MI:SS.FF3",
     "2009-10-15 08:05:09.123"},
    {"to_timestamp", "'2009-10-15 20:05:09'", "YYYY-MM-DD HH:MI:SS", "ERROR:"},
    // Number models: Oracle's "Results of Number Conversions" and the rules around them.
    {"to_char", "1234.5", "9,999.99", " 1,234.50"},
    {"to_char", "-1234.5", "9,999.99", "-1,234.50"},
    {"to_char", "0.1", "99.99", "   .10"},
    {"to_char", "-0.2", "99.99", "  -.20"},
    {"to_char", "0", "90.99", "  0.00"},
    {"to_char", "-0.2", "90.99", " -0.20"},
    {"to_char", "0", "9999", "    0"},
    {"to_char", "123.456", "999.999", " 123.456"},
    {"to_char", "-123.456", "999.999", "-123.456"},
    {"to_char", "123.456", "FM999.009", "123.456"},
    {"to_char", "123.45", "FM999.009", "123.45"},
    {"to_char", "123", "FM999.009", "123.00"},
    {"to_char", "121.976", "FM99.99EEEE", "1.22E+02"},
    {"to_char", "1234", "FM9.9EEEE", "1.2E+03"},
    {"to_char", "123.456", "FM9.9EEEE", "1.2E+02"},
    {"to_char", "1234567890", "9999999999S", "1234567890+"},
    {"to_char", "-1234567890", "9999999999S", "1234567890-"},
    {"to_char", "3040", "S999999", "  +3040"},
    {"to_char", "-87", "999PR", " <87>"},
    {"to_char", "-12345", "999999MI", " 12345-"},
    {"to_char", "3040", "99999V99", "  304000"},
    {"to_char", "11", "FMRN", "XI"},
    {"to_char", "11", "FMrn", "xi"},
    {"to_char", "0.66", "fm99.99", ".66"},
    {"to_char", "0.60", "fm90.90", "0.60"},
    {"to_char", "123", "0000", " 0123"},
    {"to_number", "'1,234.50'", "9,999.99", "1234.50"},
    {"to_number", "'1234-'", "9999MI", "-1234"},
    {"to_number", "'<87>'", "999PR", "-87"},
};
// clang-format on
#undef TS

}  // namespace

TEST_CASE("mapped Oracle format models give Oracle's results in PostgreSQL", "[db][format]") {
  test::dbEnv();
  const std::string db = "barge_format_oracle";
  test::freshDatabase(db);
  std::string out;
  auto readers = converter::compat::createScript({"barge_compat.to_timestamp_oracle"});
  REQUIRE(readers.unknown.empty());
  REQUIRE(test::runSql(db, readers.sql, out) == 0);
  size_t checked = 0;
  for (const auto& c : kCases) {
    std::string fn = c.fn;
    bool number = fn == "to_number" ||
                  (fn == "to_char" && std::string(c.value).find("time") == std::string::npos);
    FormatUse use = fn == "to_char" ? FormatUse::Print : FormatUse::Parse;
    auto m = number ? converter::mapOracleNumberFormat(c.oracle, use)
                    : converter::mapOracleDatetimeFormat(c.oracle, use);
    INFO(fn << "(" << c.value << ", '" << c.oracle << "') -> '" << m.pg << "'");
    REQUIRE(m.ok());
    std::string call = fn + "(" + c.value + ", " + literal(m.pg) + ")";
    if (fn == "to_date" || fn == "to_timestamp")
      call =
          !m.needsOracleReader()
              ? "barge_compat.to_timestamp(" + std::string(c.value) + ", " + literal(m.pg) + ")"
              : "barge_compat.to_timestamp_oracle(" + std::string(c.value) + ", " + literal(m.pg) +
                    ", " + (m.yearProbe.empty() ? "NULL" : literal(m.yearProbe)) + ", " +
                    (m.yearRule.empty() ? "NULL" : literal(m.yearRule)) + ", " +
                    (m.fillYear ? "true" : "false") + ", " + (m.fillMonth ? "true" : "false") + ")";
    if (m.trimResult) call = "btrim(" + call + ")";
    if (m.upperResult) call = "upper(" + call + ")";
    INFO(call);
    // Europe/Berlin: a daylight-saving gap must not move a wall-clock time that was read.
    auto v = test::pgEval(db, call, "Europe/Berlin");
    std::string_view expected = c.expected;
    if (expected.starts_with("ERROR:")) {
      CHECK_FALSE(v.ok);  // Oracle: ORA-01849 hour must be between 1 and 12
    } else {
      INFO(v.error);
      CHECK(v.ok);
      CHECK(v.text == expected);
    }
    ++checked;
  }
  CHECK(checked == std::size(kCases));
}

// Known and documented (oracle_pg_format_models.h), not flagged per model: Oracle prints
// '######' for 666.66 in '99.99'; PostgreSQL keeps the decimal point. Pinned so that a change on
// either side shows.
TEST_CASE("number overflow prints differently (known difference)", "[db][format]") {
  test::dbEnv();
  auto m = converter::mapOracleNumberFormat("99.99", FormatUse::Print);
  auto v = test::pgEval("postgres", "to_char(666.66, " + literal(m.pg) + ")");
  REQUIRE(v.ok);
  CHECK(v.text == " ##.##");
  CHECK(v.text != "######");  // Oracle's result
}
