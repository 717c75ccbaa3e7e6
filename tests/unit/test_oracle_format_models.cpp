// Oracle format models -> PostgreSQL templates (converter/rules/oracle_pg_format_models.h).
// tests/db/test_format_models_oracle.cpp runs the mapped templates in PostgreSQL.
#include <catch2/catch.hpp>

#include "converter/rules/oracle_pg_format_models.h"

using namespace barge::converter;

namespace {
bool flags(const std::vector<FormatElementIssue>& issues, const std::string& element) {
  for (const auto& i : issues)
    if (i.element == element) return true;
  return false;
}
}  // namespace

TEST_CASE("datetime models that map one to one", "[format]") {
  struct Row {
    const char* oracle;
    const char* pg;
  };
  const Row rows[] = {
      {"YYYY-MM-DD HH24:MI:SS", "YYYY-MM-DD HH24:MI:SS"},
      {"yyyy-mm-dd hh24:mi:ss", "YYYY-MM-DD HH24:MI:SS"},
      {"DD-Mon-YYYY", "DD-Mon-YYYY"},
      {"DD-MON-YYYY", "DD-MON-YYYY"},
      {"dd-mon-yyyy", "DD-mon-YYYY"},
      {"Month DD, YYYY", "Month DD, YYYY"},
      {"Day, DY dy", "Day, DY dy"},
      {"HH:MI:SS AM", "HH12:MI:SS AM"},
      {"hh12 a.m.", "HH12 a.m."},
      {"HH24:MI:SS.FF3", "HH24:MI:SS.FF3"},
      {"SSSSS", "SSSSS"},
      {"IYYY-IW", "IYYY-IW"},
      {"Q WW W DDD J CC", "Q WW W DDD J CC"},
      {"Y,YYY", "Y,YYY"},
      {"DDTH ddth", "DDTH DDth"},
      {"RM rm", "RM rm"},
      {"AD B.C.", "AD B.C."},
      {"TZH:TZM", "TZH:TZM"},
      {"YYYYMMDDHH24MISS", "YYYYMMDDHH24MISS"},
      {"\"Week\" IW", "\"Week\" IW"},
      {"\"a\\b\"", "\"a\\\\b\""},
      {"/;:.,-", "/;:.,-"},
  };
  for (const auto& r : rows) {
    INFO(r.oracle);
    auto m = mapOracleDatetimeFormat(r.oracle, FormatUse::Print);
    CHECK(m.ok());
    CHECK(m.pg == r.pg);
    CHECK(m.differences.empty());
  }
}

TEST_CASE("FM toggles for the rest of the model", "[format]") {
  CHECK(mapOracleDatetimeFormat("FMMonth DD, YYYY", FormatUse::Print).pg == "FMMonth FMDD, FMYYYY");
  CHECK(mapOracleDatetimeFormat("FMMonth FMDD", FormatUse::Print).pg == "FMMonth DD");
  CHECK(mapOracleDatetimeFormat("fmDay", FormatUse::Print).pg == "FMDay");
}

TEST_CASE("FX is PostgreSQL-global", "[format]") {
  auto m = mapOracleDatetimeFormat("FXDD/MM/YYYY", FormatUse::Parse);
  CHECK(m.pg == "FXDD/MM/YYYY");
  CHECK(m.differences.empty());
  auto late = mapOracleDatetimeFormat("DD/FXMM/YYYY", FormatUse::Parse);
  CHECK(late.pg == "FXDD/MM/YYYY");
  CHECK(flags(late.differences, "FX"));
  CHECK(mapOracleDatetimeFormat("FXDD", FormatUse::Print).pg == "DD");  // no meaning in TO_CHAR
}

TEST_CASE("datetime elements with a behaviour difference are flagged", "[format]") {
  CHECK(mapOracleDatetimeFormat("RRRR", FormatUse::Print).pg == "YYYY");
  CHECK(flags(mapOracleDatetimeFormat("DD-MM-YYY", FormatUse::Parse).differences, "YYY"));
  CHECK(flags(mapOracleDatetimeFormat("D", FormatUse::Print).differences, "D"));
  auto ff = mapOracleDatetimeFormat("SS.FF", FormatUse::Print);
  CHECK(ff.pg == "SS.US");
  CHECK(flags(ff.differences, "FF"));
  CHECK(mapOracleDatetimeFormat("SS.FF9", FormatUse::Print).pg == "SS.US\"000\"");
  CHECK(flags(mapOracleDatetimeFormat("SYYYY", FormatUse::Print).differences, "SYYYY"));
  auto x = mapOracleDatetimeFormat("HH24:MI:SSXFF3", FormatUse::Print);
  CHECK(x.pg == "HH24:MI:SS.FF3");
  CHECK(flags(x.differences, "X"));
  auto tzr = mapOracleDatetimeFormat("TZR", FormatUse::Print);
  CHECK(tzr.pg == "TZ");
  CHECK(flags(tzr.differences, "TZR"));
  auto am = mapOracleDatetimeFormat("Am", FormatUse::Print);
  CHECK(am.pg == "AM");
  CHECK(flags(am.differences, "Am"));
}

TEST_CASE("datetime elements without an equivalent are listed with their offset", "[format]") {
  struct Row {
    const char* oracle;
    FormatUse use;
    const char* element;
    size_t offset;
  };
  const Row rows[] = {
      {"YEAR", FormatUse::Print, "YEAR", 0}, {"DD Year", FormatUse::Print, "Year", 3},
      {"DDSP", FormatUse::Print, "DDSP", 0}, {"DDSPTH", FormatUse::Print, "DDSPTH", 0},
      {"DL", FormatUse::Print, "DL", 0},     {"DS TS", FormatUse::Print, "TS", 3},
      {"EE", FormatUse::Print, "EE", 0},     {"SS.FF9", FormatUse::Parse, "FF9", 3},
      {"TZR", FormatUse::Parse, "TZR", 0},   {"TZD", FormatUse::Parse, "TZD", 0},
      {"YYYY*MM", FormatUse::Print, "*", 4}, {"DD \"open", FormatUse::Print, "\"open", 3},
  };
  for (const auto& r : rows) {
    INFO(r.oracle);
    auto m = mapOracleDatetimeFormat(r.oracle, r.use);
    CHECK_FALSE(m.ok());
    bool found = false;
    for (const auto& u : m.unsupported)
      if (u.element == r.element && u.offset == r.offset && !u.note.empty()) found = true;
    CHECK(found);
  }
}

TEST_CASE("number models", "[format]") {
  struct Row {
    const char* oracle;
    const char* pg;
  };
  const Row rows[] = {
      {"9,999.99", "9,999.99"},
      {"FM990.00", "FM990.00"},
      {"S9999", "S9999"},
      {"9999S", "9999S"},
      {"9999MI", "9999MI"},
      {"999PR", "999PR"},
      {"99999V99", "99999V99"},
      {"RN", "RN"},
      {"rn", "rn"},
      {"fm99.99", "FM99.99"},
      {"0000.0000", "0000.0000"},
      {"9999999999", "9999999999"},
  };
  for (const auto& r : rows) {
    INFO(r.oracle);
    auto m = mapOracleNumberFormat(r.oracle, FormatUse::Print);
    CHECK(m.ok());
    CHECK(m.pg == r.pg);
    CHECK(m.differences.empty());
    CHECK_FALSE(m.upperResult);
  }
  auto e = mapOracleNumberFormat("9.9EEEE", FormatUse::Print);
  CHECK(e.pg == "9.9EEEE");
  CHECK(e.upperResult);
  REQUIRE(e.differences.size() == 1);
  CHECK(e.differences[0].offset == 3);
  auto fme = mapOracleNumberFormat("FM9.9EEEE", FormatUse::Print);
  CHECK(fme.pg == "9.9EEEE");
  CHECK(fme.upperResult);
  CHECK(fme.trimResult);
  CHECK(fme.differences.empty());
  CHECK_FALSE(mapOracleNumberFormat("FM9.99", FormatUse::Print).trimResult);
  CHECK(mapOracleNumberFormat("99.99FM", FormatUse::Print).pg == "FM99.99");
  auto dg = mapOracleNumberFormat("9G999D99", FormatUse::Print);
  CHECK(dg.pg == "9G999D99");
  CHECK(flags(dg.differences, "D"));
  CHECK(flags(dg.differences, "G"));
  for (const char* bad : {"$9,999", "L999", "C999", "U999", "B999", "XXXX", "TM9", "TM", "TME"}) {
    INFO(bad);
    CHECK_FALSE(mapOracleNumberFormat(bad, FormatUse::Print).ok());
  }
  auto q = mapOracleNumberFormat("99Q", FormatUse::Print);
  REQUIRE(q.unsupported.size() == 1);
  CHECK(q.unsupported[0].element == "Q");
  CHECK(q.unsupported[0].offset == 2);
}

TEST_CASE("reading RR, RRRR, YY and models without year or month", "[format]") {
  auto rr = mapOracleDatetimeFormat("DD-MON-RR", FormatUse::Parse);
  CHECK(rr.pg == "DD-MON-YY");
  CHECK(rr.yearRule == "RR");
  CHECK(rr.yearProbe == "DD-MON-YYYY");
  CHECK(rr.differences.empty());
  CHECK(rr.needsOracleReader());
  auto yy = mapOracleDatetimeFormat("DD.MM.YY HH24:MI", FormatUse::Parse);
  CHECK(yy.pg == "DD.MM.YY HH24:MI");
  CHECK(yy.yearRule == "YY");
  CHECK(yy.yearProbe == "DD.MM.YYYY HH24:MI");
  auto rrrr = mapOracleDatetimeFormat("FXfmDD/MM/RRRR", FormatUse::Parse);
  CHECK(rrrr.pg == "FXFMDD/FMMM/FMYYYY");
  CHECK(rrrr.yearProbe == "FXFMDD/FMMM/FMYYYY");
  CHECK(rrrr.yearRule == "RR");
  CHECK(mapOracleDatetimeFormat("\"RR\" RR", FormatUse::Parse).yearProbe == "\"RR\" YYYY");
  auto plain = mapOracleDatetimeFormat("DD-MON-YYYY", FormatUse::Parse);
  CHECK(plain.yearRule.empty());
  CHECK(plain.yearProbe.empty());
  CHECK_FALSE(plain.needsOracleReader());
  auto print = mapOracleDatetimeFormat("DD-MON-RR", FormatUse::Print);
  CHECK(print.yearRule.empty());
  CHECK_FALSE(print.needsOracleReader());
  auto time = mapOracleDatetimeFormat("HH24:MI", FormatUse::Parse);
  CHECK(time.fillYear);
  CHECK(time.fillMonth);
  auto year = mapOracleDatetimeFormat("YYYY", FormatUse::Parse);
  CHECK_FALSE(year.fillYear);
  CHECK(year.fillMonth);
  CHECK_FALSE(mapOracleDatetimeFormat("J", FormatUse::Parse).needsOracleReader());
  CHECK_FALSE(mapOracleDatetimeFormat("YYYY DDD", FormatUse::Parse).needsOracleReader());
}

TEST_CASE("adjacent elements stay apart in PostgreSQL", "[format]") {
  CHECK(mapOracleDatetimeFormat("ID", FormatUse::Print).pg == "I\"\"D");      // not ISO weekday
  CHECK(mapOracleDatetimeFormat("IDDD", FormatUse::Print).pg == "I\"\"DDD");  // not ISO day
  CHECK(mapOracleDatetimeFormat("SSSS", FormatUse::Print).pg == "SS\"\"SS");  // not SSSS
  CHECK(mapOracleDatetimeFormat("I-D", FormatUse::Print).pg == "I-D");
  CHECK(mapOracleDatetimeFormat("FMIDD", FormatUse::Print).pg == "FMIFMDD");
}

TEST_CASE("format mapping survives arbitrary input", "[format]") {
  // Every model over a small alphabet of element letters, quotes and punctuation, up to 4
  // characters: no throw, offsets inside the model, a note on every issue.
  const std::string alphabet = "DYMISFXRTHQWJEAPC9$0\".,- ";
  std::vector<std::string> models = {""};
  for (int len = 0; len < 3; ++len) {
    std::vector<std::string> next;
    for (const auto& m : models)
      for (char c : alphabet) next.push_back(m + c);
    models.insert(models.end(), next.begin(), next.end());
  }
  size_t checked = 0;
  std::string firstBad;
  for (const auto& model : models)
    for (auto use : {FormatUse::Print, FormatUse::Parse}) {
      for (const auto& m :
           {mapOracleDatetimeFormat(model, use), mapOracleNumberFormat(model, use)}) {
        for (const auto& issues : {m.unsupported, m.differences})
          for (const auto& i : issues) {
            bool inside = i.offset < model.size() || (i.element.empty() && i.offset == 0);
            if ((!inside || i.note.empty()) && firstBad.empty()) firstBad = "'" + model + "'";
          }
        ++checked;
      }
    }
  CHECK(firstBad.empty());
  CHECK(checked > 50000);
}
