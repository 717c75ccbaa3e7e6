// MySQL 8's binary JSON decoder (mover/binlog/json_binary.cpp). No MySQL 8 server runs here
// (Debian ships none), so every document is built by hand from the documented format
// (sql/json_binary.h): a type byte, then the value; objects and arrays as count, size, key
// entries (offset, length), value entries (type, inlined value or offset), offsets counted from
// the count field, 2-byte fields in the small form and 4-byte ones in the large form. The
// expected texts are what MySQL's Json_wrapper::to_string prints.
#include <catch2/catch.hpp>

#include <cstring>
#include <initializer_list>
#include <string>
#include <vector>

#include "mover/binlog/byte_reader.h"
#include "mover/binlog/column_decode.h"
#include "mover/binlog/event_header.h"
#include "mover/binlog/json_binary.h"
#include "mover/binlog/rows_event.h"
#include "mover/binlog/table_map.h"

namespace bl = barge::mover::binlog;

namespace {

std::string B(std::initializer_list<int> bytes) {
  std::string s;
  for (int b : bytes) s += static_cast<char>(b);
  return s;
}
std::string le(uint64_t v, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += static_cast<char>((v >> (8 * i)) & 0xff);
  return s;
}
std::string dbl(double d) {  // float8store: IEEE 754, little-endian
  uint64_t bits;
  std::memcpy(&bits, &d, 8);
  return le(bits, 8);
}
std::string text(const std::string& doc) {
  return bl::jsonBinaryText(doc);
}
std::string dtext(double d) {
  std::string s;
  bl::appendJsonDouble(d, s);
  return s;
}

}  // namespace

TEST_CASE("binary JSON: scalars at the top level") {
  CHECK(text("") == "null");                   // empty value: MySQL reads it as the null literal
  CHECK(text(B({0x04, 0x00})) == "null");      // literal null
  CHECK(text(B({0x04, 0x01})) == "true");      // literal true
  CHECK(text(B({0x04, 0x02})) == "false");     // literal false
  CHECK(text(B({0x05, 0xfe, 0xff})) == "-2");  // int16 -2
  CHECK(text(B({0x05, 0x00, 0x80})) == "-32768");                                // int16 min
  CHECK(text(B({0x06, 0xff, 0xff})) == "65535");                                 // uint16 max
  CHECK(text(B({0x07, 0x00, 0x00, 0x00, 0x80})) == "-2147483648");               // int32 min
  CHECK(text(B({0x08, 0xff, 0xff, 0xff, 0xff})) == "4294967295");                // uint32 max
  CHECK(text("\x09" + le(0x8000000000000000ULL, 8)) == "-9223372036854775808");  // int64 min
  CHECK(text("\x09" + le(0x7fffffffffffffffULL, 8)) == "9223372036854775807");   // int64 max
  CHECK(text("\x0a" + le(~0ULL, 8)) == "18446744073709551615");                  // uint64 max
  CHECK(text("\x0b" + dbl(1.5)) == "1.5");                                       // double
  CHECK(text("\x0b" + dbl(3.0)) == "3.0");    // integral double keeps ".0" (MySQL 8)
  CHECK(text("\x0b" + dbl(1e20)) == "1e20");  // exponent form, no ".0"
  // string: 1-byte length 3, "a\"b"
  CHECK(text(B({0x0c, 0x03, 'a', '"', 'b'})) == R"("a\"b")");
}

TEST_CASE("binary JSON: string escaping and lengths") {
  // Escapes as MySQL's double_quote: \" \\ \b \f \n \r \t, other bytes < 0x20 as \u00xx
  // (lowercase), 0x7f and UTF-8 ("é" = c3 a9, "€" = e2 82 ac) as they are.
  std::string s =
      std::string("q\"b\\\b\f\n\r\t") + '\x01' + '\x1f' + '\x7f' + "\xc3\xa9\xe2\x82\xac";
  std::string doc = "\x0c" + std::string(1, static_cast<char>(s.size())) + s;
  CHECK(text(doc) == "\"q\\\"b\\\\\\b\\f\\n\\r\\t\\u0001\\u001f\x7f\xc3\xa9\xe2\x82\xac\"");
  // 200 bytes: the length 200 takes two 7-bit groups, c8 01 (0x48 | continuation, then 1).
  std::string big(200, 'x');
  CHECK(text(B({0x0c, 0xc8, 0x01}) + big) == "\"" + big + "\"");
  // 16384 bytes: three groups, 80 80 01.
  std::string huge(16384, 'y');
  CHECK(text(B({0x0c, 0x80, 0x80, 0x01}) + huge) == "\"" + huge + "\"");
  CHECK(text(B({0x0c, 0x00})) == "\"\"");  // empty string
}

TEST_CASE("binary JSON: small object, inlined and offset values, stored key order") {
  // {"a": 1, "bb": "x"}: count 2, size 23; key entries (18, 1) (19, 2); value entries
  // int16 1 inlined, string at offset 21; then the keys "a" "bb" and the string (length 1, x).
  std::string doc = B({0x00, 0x02, 0x00, 0x17, 0x00,  // small object, count 2, size 23
                       0x12, 0x00, 0x01, 0x00,        // key 0 at 18, length 1
                       0x13, 0x00, 0x02, 0x00,        // key 1 at 19, length 2
                       0x05, 0x01, 0x00,              // value 0: int16 1, inlined
                       0x0c, 0x15, 0x00,              // value 1: string at 21
                       'a',  'b',  'b',  0x01, 'x'});
  CHECK(text(doc) == R"({"a": 1, "bb": "x"})");
  // Keys are printed as stored (MySQL stores them by length, then bytes): "b" before "aa".
  std::string doc2 = B({0x00, 0x02, 0x00, 0x15, 0x00,  // small object, count 2, size 21
                        0x12, 0x00, 0x01, 0x00,        // key "b" at 18
                        0x13, 0x00, 0x02, 0x00,        // key "aa" at 19
                        0x04, 0x01, 0x00,              // true, inlined
                        0x04, 0x00, 0x00,              // null, inlined
                        'b',  'a',  'a'});
  CHECK(text(doc2) == R"({"b": true, "aa": null})");
  CHECK(text(B({0x00, 0x00, 0x00, 0x04, 0x00})) == "{}");  // empty object: count 0, size 4
  CHECK(text(B({0x02, 0x00, 0x00, 0x04, 0x00})) == "[]");  // empty array
}

TEST_CASE("binary JSON: small array with values at offsets") {
  // [true, null, -1, 70000, 1.5, -70000]: count 6, header 4 + 6 * 3 = 22; int32 70000 at 22,
  // double at 26, int32 -70000 at 34 (int32 is not inlined in the small form); size 38.
  std::string doc = B({0x02, 0x06, 0x00, 0x26, 0x00,  // small array, count 6, size 38
                       0x04, 0x01, 0x00,              // true
                       0x04, 0x00, 0x00,              // null
                       0x05, 0xff, 0xff,              // int16 -1
                       0x07, 0x16, 0x00,              // int32 at 22
                       0x0b, 0x1a, 0x00,              // double at 26
                       0x07, 0x22, 0x00}) +           // int32 at 34
                    le(70000, 4) +
                    dbl(1.5) + le(static_cast<uint32_t>(-70000), 4);
  CHECK(text(doc) == "[true, null, -1, 70000, 1.5, -70000]");
  // uint16 inlined, int64 and uint64 at offsets: [65535, -9223372036854775808,
  // 18446744073709551615]; header 4 + 9 = 13, int64 at 13, uint64 at 21, size 29.
  std::string ints = B({0x02, 0x03, 0x00, 0x1d, 0x00,  // small array, count 3, size 29
                        0x06, 0xff, 0xff,              // uint16 65535 inlined
                        0x09, 0x0d, 0x00,              // int64 at 13
                        0x0a, 0x15, 0x00}) +           // uint64 at 21
                     le(0x8000000000000000ULL, 8) +
                     le(~0ULL, 8);
  CHECK(text(ints) == "[65535, -9223372036854775808, 18446744073709551615]");
}

TEST_CASE("binary JSON: large object and array (4-byte fields, int32 inlined)") {
  // {"k": [1, 4294967295]} in the large form: object count 1, size 38; key entry (19, 1);
  // value entry: large array at 20. The array: count 2, size 18, int32 1 and uint32 max
  // inlined in its 4-byte value fields.
  std::string doc = "\x01" + le(1, 4) + le(38, 4) +  // large object, count 1, size 38
                    le(19, 4) + le(1, 2) +           // key at 19, length 1
                    "\x03" + le(20, 4) +             // value: large array at 20
                    "k" +                            // the key
                    le(2, 4) + le(18, 4) +           // array: count 2, size 18
                    "\x07" + le(1, 4) +              // int32 1, inlined
                    "\x08" + le(0xffffffffULL, 4);   // uint32 max, inlined
  CHECK(text(doc) == R"({"k": [1, 4294967295]})");
  // A large array holding a string at an offset: ["hi"]; header 8 + 5 = 13, string at 13.
  std::string arr = "\x03" + le(1, 4) + le(16, 4) + "\x0c" + le(13, 4) + B({0x02, 'h', 'i'});
  CHECK(text(arr) == R"(["hi"])");
}

TEST_CASE("binary JSON: nested containers") {
  // [{"a": [[]]}, 7]: outer small array count 2 (header 10); object at 10: count 1, size 23:
  // header 4 + 4 + 3 = 11, key "a" at 11, array at 12 (count 1, size 7, entry: array at 7),
  // innermost empty array (count 0, size 4) at 7 of that array.
  std::string inner =
      B({0x01, 0x00, 0x07 + 4, 0x00, 0x02, 0x07, 0x00}) + B({0x00, 0x00, 0x04, 0x00});
  std::string obj = B({0x01, 0x00}) + le(12 + inner.size(), 2) + B({0x0b, 0x00, 0x01, 0x00}) +
                    B({0x02, 0x0c, 0x00}) + "a" + inner;
  std::string doc = B({0x02, 0x02, 0x00}) + le(10 + obj.size(), 2) +  // small array, count 2
                    B({0x00, 0x0a, 0x00}) +                           // object at 10
                    B({0x05, 0x07, 0x00}) + obj;                      // int16 7, inlined
  CHECK(text(doc) == R"([{"a": [[]]}, 7])");
}

TEST_CASE("binary JSON: opaque DECIMAL, DATE, TIME, DATETIME, TIMESTAMP and others") {
  // DECIMAL(10,2) 1234.56: field type 246, length 7: precision, scale, packed decimal.
  CHECK(text(B({0x0f, 246, 7, 10, 2, 0x80, 0x00, 0x04, 0xd2, 0x38})) == "1234.56");
  CHECK(text(B({0x0f, 246, 7, 10, 2, 0x7f, 0xff, 0xfb, 0x2d, 0xc7})) == "-1234.56");
  // Packed MYSQL_TIME, 8 bytes little-endian: ((((y*13+m) << 5 | d) << 17 | h << 12 | mi << 6 |
  // s) << 24) + microseconds; TIME without the date part; negative TIME negated.
  // DATETIME (12) 2015-01-15 23:24:25
  CHECK(text(B({0x0f, 12, 8, 0x00, 0x00, 0x00, 0x19, 0x76, 0x1f, 0x95, 0x19})) ==
        R"("2015-01-15 23:24:25.000000")");
  // DATETIME 2024-02-29 01:02:03.456789
  CHECK(text(B({0x0f, 12, 8, 0x55, 0xf8, 0x06, 0x83, 0x10, 0xba, 0xb2, 0x19})) ==
        R"("2024-02-29 01:02:03.456789")");
  // TIMESTAMP (7) 1970-01-01 00:00:01.5
  CHECK(text(B({0x0f, 7, 8, 0x20, 0xa1, 0x07, 0x01, 0x00, 0xc2, 0x02, 0x19})) ==
        R"("1970-01-01 00:00:01.500000")");
  // DATE (10) 2015-01-15
  CHECK(text(B({0x0f, 10, 8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x1e, 0x95, 0x19})) ==
        R"("2015-01-15")");
  // TIME (11) 12:34:56.789 and -838:59:59
  CHECK(text(B({0x0f, 11, 8, 0x08, 0x0a, 0x0c, 0xb8, 0xc8, 0x00, 0x00, 0x00})) ==
        R"("12:34:56.789000")");
  CHECK(text(B({0x0f, 11, 8, 0x00, 0x00, 0x00, 0x05, 0x91, 0xcb, 0xff, 0xff})) ==
        R"("-838:59:59.000000")");
  // VARCHAR (15) bytes 01 02: "base64:type15:" and MySQL's base64.
  CHECK(text(B({0x0f, 15, 2, 0x01, 0x02})) == R"("base64:type15:AQI=")");
  // BLOB (252) of 60 bytes: 80 base64 characters, a newline after the first 76 (escaped).
  std::string blob(60, '\xff');
  std::string b64 = std::string(76, '/') + "\\n" + "////";
  CHECK(text(B({0x0f, 252, 60}) + blob) == "\"base64:type252:" + b64 + "\"");
  // VAR_STRING (253) is printed as a plain string.
  CHECK(text(B({0x0f, 253, 3, 'a', 'b', 'c'})) == R"("abc")");
  // Opaque values inside an array: [DATE, DECIMAL]; header 4 + 6 = 10, date at 10 (10 bytes),
  // decimal at 20 (9 bytes); size 29.
  std::string arr = B({0x02, 0x02, 0x00, 0x1d, 0x00, 0x0f, 0x0a, 0x00, 0x0f, 0x14, 0x00}) +
                    B({10, 8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x1e, 0x95, 0x19}) +
                    B({246, 7, 10, 2, 0x80, 0x00, 0x00, 0x00, 0x01});
  CHECK(text(arr) == R"(["2015-01-15", 0.01])");
}

TEST_CASE("binary JSON: doubles print as MySQL's my_gcvt and round-trip") {
  CHECK(dtext(0.1 + 0.2) == "0.30000000000000004");
  CHECK(dtext(0.0) == "0.0");
  CHECK(dtext(-0.0) == "-0.0");
  CHECK(dtext(100.0) == "100.0");
  CHECK(dtext(-2.5) == "-2.5");
  CHECK(dtext(999999999999999.0) == "999999999999999.0");    // 15 digits: fixed
  CHECK(dtext(1e15) == "1e15");                              // decimal exponent 16: e form
  CHECK(dtext(1234567890123456.8) == "1234567890123456.8");  // fraction digits: fixed
  CHECK(dtext(1.2345678901234568e17) == "1.2345678901234568e17");
  CHECK(dtext(1e-5) == "0.00001");
  CHECK(dtext(1.5e-14) == "0.000000000000015");  // exponent -13: still fixed
  CHECK(dtext(1e-15) == "0.000000000000001");    // exponent -14: the last fixed one
  CHECK(dtext(1e-16) == "1e-16");
  CHECK(dtext(-1.25e-20) == "-1.25e-20");
  CHECK(dtext(1.7976931348623157e308) == "1.7976931348623157e308");
  CHECK(dtext(5e-324) == "5e-324");
  // Every text parses back to the same double (jsonb then holds the same number).
  for (double d : {0.1, 1.0 / 3, 2.0 / 3 * 1e-10, 123456.789, 6.02214076e23, -1e300}) {
    std::string s = dtext(d);
    CHECK(std::strtod(s.c_str(), nullptr) == d);
  }
}

TEST_CASE("binary JSON: malformed documents are errors, never out-of-bounds reads") {
  auto bad = [](const std::string& doc, const char* what) {
    INFO(what);
    CHECK_THROWS_AS(bl::jsonBinaryText(doc), bl::DecodeError);
  };
  bad(B({0x0d}), "unknown type byte 0x0d");
  bad(B({0x10, 0x00}), "unknown type byte 0x10");
  bad(B({0x04, 0x03}), "literal 3");
  bad(B({0x04}), "literal without its byte");
  bad(B({0x07, 0x01, 0x02}), "int32 cut short");
  bad(B({0x0b, 0, 0, 0, 0, 0, 0, 0xf0}), "double cut short");
  bad("\x0b" + le(0x7ff0000000000000ULL, 8), "infinite double");
  bad(B({0x0c, 0x05, 'a'}), "string longer than the document");
  bad(B({0x0c, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}), "length of 6 bytes");
  bad(B({0x00, 0x01, 0x00}), "object header cut short");
  bad(B({0x00, 0x01, 0x00, 0xff, 0x00}), "object size beyond the document");
  bad(B({0x02, 0x09, 0x00, 0x07, 0x00, 0x04, 0x01, 0x00}), "count larger than the entries");
  bad(B({0x02, 0x00, 0x00, 0x02, 0x00}), "size smaller than the header");
  // key offset 200 past the object; a key of 5 bytes at 11 where the object has 1 more
  bad(B({0x00, 0x01, 0x00, 0x0b, 0x00, 0xc8, 0x00, 0x01, 0x00, 0x04, 0x01, 0x00}), "key offset");
  bad(B({0x00, 0x01, 0x00, 0x0c, 0x00, 0x0b, 0x00, 0x05, 0x00, 0x04, 0x01, 0x00, 'a'}),
      "key length");
  // value offset 50 past the array; an int32 at offset 5 runs past the array's 8 bytes (the
  // document has the bytes, the container does not)
  bad(B({0x02, 0x01, 0x00, 0x07, 0x00, 0x07, 0x32, 0x00}), "value offset");
  bad(B({0x02, 0x01, 0x00, 0x08, 0x00, 0x07, 0x05, 0x00, 0x01, 0x02, 0x03, 0x04}),
      "value past container");
  bad(B({0x02, 0x01, 0x00, 0x07, 0x00, 0x0e, 0x05, 0x00}), "unknown type in a value entry");
  bad(B({0x0f, 246, 3, 10, 2, 0x80}), "DECIMAL of the wrong size");
  bad(B({0x0f, 246, 1, 10}), "DECIMAL without scale");
  bad(B({0x0f, 12, 7, 0, 0, 0, 0, 0, 0, 0}), "DATETIME of 7 bytes");
  bad(B({0x0f, 12}), "opaque without length");

  // Nesting: 100 arrays inside each other decode, 101 are refused. Each level is a small array
  // with one entry pointing at the next level at offset 7.
  auto nested = [](int levels) {
    std::string v = B({0x00, 0x00, 0x04, 0x00});  // innermost: empty array (count 0, size 4)
    for (int i = 1; i < levels; ++i)
      v = B({0x01, 0x00}) + le(7 + v.size(), 2) + B({0x02, 0x07, 0x00}) + v;
    return "\x02" + v;
  };
  CHECK(text(nested(100)) == std::string(100, '[') + std::string(100, ']'));
  bad(nested(101), "101 levels");

  // Entries sharing one child: each level's two entries point at the same nested array, so
  // 40 levels would print 2^40 values; refused once the text outgrows the document.
  std::string v = B({0x00, 0x00, 0x04, 0x00});
  for (int i = 0; i < 40; ++i)
    v = B({0x02, 0x00}) + le(10 + v.size(), 2) + B({0x02, 0x0a, 0x00, 0x02, 0x0a, 0x00}) + v;
  bad("\x02" + v, "shared offsets");

  // The message says what and where.
  try {
    bl::jsonBinaryText(B({0x02, 0x01, 0x00, 0x07, 0x00, 0x07, 0x32, 0x00}));
    FAIL("no error");
  } catch (const bl::DecodeError& e) {
    CHECK(std::string(e.what()) ==
          "binary JSON: value offset 50 past its container at byte 6 of 8");
  }
}

TEST_CASE("binary JSON: the JSON column in a row image") {
  bl::MappedColumn c;
  c.type = c.realType = bl::kTypeJson;
  c.meta = 4;  // the length takes 4 bytes
  bl::ColumnHint h;
  h.name = "doc";
  bl::Value v;
  std::string doc = B({0x02, 0x01, 0x00, 0x07, 0x00, 0x05, 0x2a, 0x00});  // [42]
  {
    std::string img = le(doc.size(), 4) + doc;
    bl::ByteReader r(img);
    bl::decodeValue(r, c, &h, v);
    CHECK(v.kind == bl::Value::Kind::Text);
    CHECK(v.text == "[42]");
    CHECK(r.atEnd());
  }
  {
    std::string img = le(0, 4);  // length 0: the JSON null literal, not SQL NULL
    bl::ByteReader r(img);
    bl::decodeValue(r, c, &h, v);
    CHECK(v.kind == bl::Value::Kind::Text);
    CHECK(v.text == "null");
  }
  {
    std::string img = le(100, 4) + doc;  // length beyond the event
    bl::ByteReader r(img);
    CHECK_THROWS_AS(bl::decodeValue(r, c, &h, v), bl::DecodeError);
  }
  // A malformed document in a WRITE_ROWS v2 event: the error names the table and the column.
  bl::TableMap t;
  t.schema = "shop";
  t.table = "orders";
  t.columns = {c};
  std::string body = le(1, 6) + le(0, 2) + le(2, 2) +  // table id, flags, no extra data
                     B({0x01, 0x01, 0x00}) +           // 1 column, all present, no NULLs
                     le(2, 4) + B({0x04, 0x07});       // literal 7 does not exist
  std::vector<bl::RowChange> rows;
  std::vector<bl::ColumnHint> hints = {h};
  try {
    bl::parseRowsEvent(bl::kWriteRowsV2, body, 10, t, &hints, rows);
    FAIL("no error");
  } catch (const bl::DecodeError& e) {
    CHECK(std::string(e.what()) ==
          "table shop.orders: column doc: binary JSON: unknown literal 7 at byte 1 of 2");
  }
  body = le(1, 6) + le(0, 2) + le(2, 2) + B({0x01, 0x01, 0x00}) + le(doc.size(), 4) + doc;
  REQUIRE(bl::parseRowsEvent(bl::kWriteRowsV2, body, 10, t, &hints, rows) == 1);
  CHECK(rows[0].after[0].text == "[42]");
}

TEST_CASE("binary JSON: every truncation and byte change of valid documents is handled") {
  // Valid documents from above; each prefix and each byte set to 00 / 7f / 80 / ff must decode
  // or throw DecodeError (run under a sanitizer this also shows no read outside the buffer).
  std::vector<std::string> docs = {
      B({0x00, 0x02, 0x00, 0x17, 0x00, 0x12, 0x00, 0x01, 0x00, 0x13, 0x00, 0x02,
         0x00, 0x05, 0x01, 0x00, 0x0c, 0x15, 0x00, 'a',  'b',  'b',  0x01, 'x'}),
      B({0x02, 0x02, 0x00, 0x1d, 0x00, 0x0f, 0x0a, 0x00, 0x0f, 0x14, 0x00, 10,   8,    0x00, 0x00,
         0x00, 0x00, 0x00, 0x1e, 0x95, 0x19, 246,  7,    10,   2,    0x80, 0x00, 0x00, 0x00, 0x01}),
      "\x01" + le(1, 4) + le(38, 4) + le(19, 4) + le(1, 2) + "\x03" + le(20, 4) + "k" + le(2, 4) +
          le(18, 4) + "\x07" + le(1, 4) + "\x08" + le(0xffffffffULL, 4),
  };
  size_t decoded = 0, refused = 0;
  auto attempt = [&](const std::string& d) {
    try {
      bl::jsonBinaryText(d);
      ++decoded;
    } catch (const bl::DecodeError&) {
      ++refused;
    }
  };
  for (const auto& doc : docs) {
    for (size_t n = 0; n < doc.size(); ++n) attempt(doc.substr(0, n));
    for (size_t i = 0; i < doc.size(); ++i)
      for (int b : {0x00, 0x7f, 0x80, 0xff}) {
        std::string d = doc;
        d[i] = static_cast<char>(b);
        attempt(d);
      }
  }
  CHECK(decoded > 0);
  CHECK(refused > 0);
}
