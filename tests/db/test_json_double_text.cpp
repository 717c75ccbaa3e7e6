// The doubles of MySQL 8's binary JSON are printed as MySQL's my_gcvt prints them (plus ".0"
// when the text has neither '.' nor 'e'). No MySQL 8 server runs here, but MariaDB prints a
// DOUBLE expression over the text protocol with the same my_gcvt (shortest round-trip digits;
// any field width of 34 or more gives the same text): this compares barge's appendJsonDouble with
// the server for edge values and a few thousand pseudo-random doubles.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <random>

#include "mover/binlog/json_binary.h"
#include "parser/mysql/connection.h"
#include "tests/db/db_env.h"
#include "tests/db/my_params.h"

namespace bl = barge::mover::binlog;

TEST_CASE("binary JSON doubles: the same text as the server's my_gcvt") {
  auto cp = barge::test::mariaDbParams();
  barge::parser::mysql::Connection conn(cp);

  std::vector<double> values = {0.0,
                                1.0,
                                -1.0,
                                100.0,
                                0.5,
                                0.1 + 0.2,
                                1e14,
                                1e15,
                                1e16,
                                999999999999999.0,
                                1234567890123456.8,
                                1e-4,
                                1e-5,
                                1e-14,
                                1e-15,
                                1e-16,
                                1.5e-14,
                                1.5e-15,
                                1e20,
                                1e100,
                                1e-100,
                                1.7976931348623157e308,
                                5e-324,
                                2.2250738585072014e-308,
                                123456789012345678.0,
                                0.000123456789};
  std::mt19937_64 rng(20261204);
  std::uniform_int_distribution<int> exp10(-330, 310);
  std::uniform_real_distribution<double> mant(1.0, 10.0);
  while (values.size() < 3000) {
    // Half spread over the whole range, half integers and short decimals near the 15-16 digit
    // border where the fixed / exponent choice turns.
    if (values.size() % 2) {
      uint64_t bits = rng();
      double d;
      std::memcpy(&d, &bits, 8);
      if (std::isfinite(d)) values.push_back(d);
    } else {
      double d = std::round(mant(rng) * 1e6) / 1e6 * std::pow(10.0, exp10(rng) % 20);
      values.push_back(rng() % 2 ? d : -d);
    }
  }

  size_t compared = 0;
  for (size_t i = 0; i < values.size(); i += 100) {
    std::string sql = "SELECT ";
    std::vector<std::string> ours;
    for (size_t k = i; k < values.size() && k < i + 100; ++k) {
      std::string t;
      bl::appendJsonDouble(values[k], t);
      // What the server would print: our text without the ".0" MySQL's JSON adds.
      if (t.size() > 2 && t.compare(t.size() - 2, 2, ".0") == 0 &&
          t.find_first_of(".e") == t.size() - 2)
        t.resize(t.size() - 2);
      ours.push_back(t);
      if (k > i) sql += ", ";
      char lit[40];
      std::snprintf(lit, sizeof lit, "%.17e", values[k]);  // parsed back exactly
      sql += "CAST(" + std::string(lit) + " AS DOUBLE)";
    }
    auto rows = conn.query(sql);
    REQUIRE(rows.size() == 1);
    REQUIRE(rows[0].size() == ours.size());
    for (size_t k = 0; k < ours.size(); ++k) {
      INFO("value " << values[i + k]);
      REQUIRE(rows[0][k]);
      CHECK(*rows[0][k] == ours[k]);
      ++compared;
    }
  }
  CHECK(compared == values.size());
}
