// Pieces of the binlog decoder that need no server: packed DECIMAL, character sets, CRC32,
// ENUM/SET labels from COLUMN_TYPE, CdcStartPosition forms. Whole events are tested on binlogs
// MariaDB writes (tests/db/test_binlog_decoder.cpp).
#include <catch2/catch.hpp>

#include "mover/binlog/byte_reader.h"
#include "mover/binlog/charset.h"
#include "mover/binlog/column_decode.h"
#include "mover/binlog/crc32.h"
#include "mover/cdc/position.h"
#include "mover/cdc/source_columns.h"
#include "mover/json_check.h"

namespace bl = barge::mover::binlog;

TEST_CASE("binlog: packed DECIMAL to text") {
  using S = std::string;
  CHECK(bl::decimalBinarySize(10, 2) == 5);
  CHECK(bl::decimalText(S("\x80\x00\x04\xd2\x38", 5), 10, 2) == "1234.56");
  CHECK(bl::decimalText(S("\x7f\xff\xfb\x2d\xc7", 5), 10, 2) == "-1234.56");
  CHECK(bl::decimalText(S("\x80\x00\x00\x00\x00", 5), 10, 2) == "0.00");
  CHECK(bl::decimalText(S("\x80\x00\x00\x00\x01", 5), 10, 2) == "0.01");
  // DECIMAL(18,0): two full groups of 9 digits.
  CHECK(bl::decimalText(S("\x80\x00\x00\x01\x00\x00\x00\x02", 8), 18, 0) == "1000000002");
  CHECK_THROWS_AS(bl::decimalText(S("\x80", 1), 10, 2), bl::DecodeError);
}

TEST_CASE("binlog: latin1 (Windows-1252) to UTF-8, CRC32, truncated input") {
  std::string out;
  bl::latin1ToUtf8("caf\xe9 \x80\x81", out);
  CHECK(out == "café €\xc2\x81");
  CHECK(bl::charsetByName("utf8mb4") == bl::Charset::Utf8);
  CHECK(bl::charsetByName("latin1") == bl::Charset::Latin1);
  CHECK(bl::charsetByName("sjis") == bl::Charset::Unsupported);
  CHECK(bl::charsetByCollation(8) == bl::Charset::Latin1);
  CHECK(bl::charsetByCollation(63) == bl::Charset::Binary);
  CHECK(bl::charsetByCollation(255) == bl::Charset::Utf8);
  CHECK(bl::crc32("123456789") == 0xCBF43926u);
  bl::ByteReader r(std::string_view("\x01\x02", 2));
  CHECK(r.u16() == 0x0201);
  CHECK_THROWS_AS(r.u8(), bl::DecodeError);
}

TEST_CASE("cdc: ENUM/SET labels from COLUMN_TYPE and CdcStartPosition forms") {
  using V = std::vector<std::string>;
  CHECK(barge::mover::cdc::parseTypeLabels("enum('a','b''c','d,e')") == V{"a", "b'c", "d,e"});
  CHECK(barge::mover::cdc::parseTypeLabels("set('x')") == V{"x"});
  auto p = barge::mover::cdc::parseStartPosition("binlog.000012:4567");
  REQUIRE(p);
  CHECK(p->file == "binlog.000012");
  CHECK(p->pos == 4567);
  p = barge::mover::cdc::parseStartPosition("0-1-42,1-2-7");
  REQUIRE(p);
  CHECK(p->file.empty());
  CHECK(p->gtid == "0-1-42,1-2-7");
  CHECK(!barge::mover::cdc::parseStartPosition("now"));
  CHECK(!barge::mover::cdc::parseStartPosition(""));
  CHECK_THROWS_AS(barge::mover::cdc::parseStartPosition("binlog.000001"),
                  barge::mover::ConfigError);
  CHECK_THROWS_AS(barge::mover::cdc::parseStartPosition("f:2"), barge::mover::ConfigError);
}
