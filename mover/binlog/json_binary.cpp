#include "mover/binlog/json_binary.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "mover/binlog/byte_reader.h"
#include "mover/binlog/column_decode.h"
#include "mover/binlog/table_map.h"

namespace barge::mover::binlog {

namespace {

// Type bytes of the format.
constexpr uint8_t kSmallObject = 0x00;
constexpr uint8_t kLargeObject = 0x01;
constexpr uint8_t kSmallArray = 0x02;
constexpr uint8_t kLargeArray = 0x03;
constexpr uint8_t kLiteral = 0x04;
constexpr uint8_t kInt16 = 0x05;
constexpr uint8_t kUint16 = 0x06;
constexpr uint8_t kInt32 = 0x07;
constexpr uint8_t kUint32 = 0x08;
constexpr uint8_t kInt64 = 0x09;
constexpr uint8_t kUint64 = 0x0a;
constexpr uint8_t kDouble = 0x0b;
constexpr uint8_t kString = 0x0c;
constexpr uint8_t kOpaque = 0x0f;

// Field types an opaque value names (enum_field_types) that MySQL prints other than as base64.
constexpr uint8_t kFieldTimestamp = 7;
constexpr uint8_t kFieldDate = 10;
constexpr uint8_t kFieldTime = 11;
constexpr uint8_t kFieldDateTime = 12;

class JsonText {
 public:
  JsonText(std::string_view doc, std::string& out)
      : doc_(doc), out_(out), limit_(16 * doc.size() + 4096) {}

  void document() {
    if (doc_.empty()) {
      out_ += "null";
      return;
    }
    value(byte(0, doc_.size()), 1, doc_.size(), 0);
  }

 private:
  [[noreturn]] void fail(const std::string& what, size_t at) const {
    throw DecodeError("binary JSON: " + what + " at byte " + std::to_string(at) + " of " +
                      std::to_string(doc_.size()));
  }

  // `n` bytes little-endian at `at`, all before `end` (the enclosing value's end).
  uint64_t le(size_t at, size_t n, size_t end) const {
    if (at > end || n > end - at) fail("value runs past its container", at);
    uint64_t v = 0;
    for (size_t i = 0; i < n; ++i)
      v |= static_cast<uint64_t>(static_cast<uint8_t>(doc_[at + i])) << (8 * i);
    return v;
  }
  uint8_t byte(size_t at, size_t end) const { return static_cast<uint8_t>(le(at, 1, end)); }

  // The variable-length size of strings and opaque values: 7 bits a byte, low bits first, the
  // high bit set on every byte but the last; at most 5 bytes (a 32-bit length).
  size_t varLength(size_t& at, size_t end) const {
    uint64_t v = 0;
    for (int i = 0; i < 5; ++i) {
      uint8_t b = byte(at, end);
      ++at;
      v |= static_cast<uint64_t>(b & 0x7f) << (7 * i);
      if (!(b & 0x80)) {
        if (v > 0xffffffffULL) fail("length beyond 32 bits", at - 1);
        return static_cast<size_t>(v);
      }
    }
    fail("length field longer than 5 bytes", at - 1);
  }

  std::string_view span(size_t at, size_t n, size_t end) const {
    if (at > end || n > end - at)
      fail("data of " + std::to_string(n) + " bytes runs past its end", at);
    return doc_.substr(at, n);
  }

  // A value of `type` whose data starts at `at` and ends at the latest at `end`.
  void value(uint8_t type, size_t at, size_t end, int depth) {
    switch (type) {
      case kSmallObject:
      case kLargeObject:
        return container(true, type == kLargeObject, at, end, depth);
      case kSmallArray:
      case kLargeArray:
        return container(false, type == kLargeArray, at, end, depth);
      case kLiteral:
        return literal(byte(at, end), at);
      case kInt16:
        return signedInt(static_cast<int16_t>(le(at, 2, end)));
      case kUint16:
        return unsignedInt(le(at, 2, end));
      case kInt32:
        return signedInt(static_cast<int32_t>(le(at, 4, end)));
      case kUint32:
        return unsignedInt(le(at, 4, end));
      case kInt64:
        return signedInt(static_cast<int64_t>(le(at, 8, end)));
      case kUint64:
        return unsignedInt(le(at, 8, end));
      case kDouble: {
        uint64_t bits = le(at, 8, end);
        double d;
        std::memcpy(&d, &bits, 8);
        if (!std::isfinite(d)) fail("double that is not finite", at);
        return appendJsonDouble(d, out_);
      }
      case kString: {
        size_t n = varLength(at, end);
        return quoted(span(at, n, end));
      }
      case kOpaque:
        return opaque(at, end);
      default:
        fail("unknown type byte " + std::to_string(type), at > 0 ? at - 1 : 0);
    }
  }

  void literal(uint8_t v, size_t at) {
    switch (v) {
      case 0:
        out_ += "null";
        return;
      case 1:
        out_ += "true";
        return;
      case 2:
        out_ += "false";
        return;
      default:
        fail("unknown literal " + std::to_string(v), at);
    }
  }

  void signedInt(int64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
  }
  void unsignedInt(uint64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
  }

  // Objects: count, size, key entries (offset, 2-byte length), value entries (type, inlined
  // value or offset); arrays the same without keys. Offsets count from the count field, and
  // everything an entry points at lies inside the container's `size` bytes. MySQL prints
  // members in stored order (keys sorted by length, then bytes) as `{"k": v, "k2": v2}`.
  void container(bool isObject, bool large, size_t at, size_t end, int depth) {
    if (++depth > kJsonBinaryMaxDepth)
      fail("nesting deeper than " + std::to_string(kJsonBinaryMaxDepth) + " levels", at);
    const size_t w = large ? 4 : 2;
    const uint64_t count = le(at, w, end);
    const uint64_t size = le(at + w, w, end);
    if (size > end - at) fail("container size " + std::to_string(size) + " past its end", at);
    const size_t cend = at + static_cast<size_t>(size);
    const uint64_t keyEntry = isObject ? w + 2 : 0, valueEntry = 1 + w;
    if (size < 2 * w || count > (size - 2 * w) / (keyEntry + valueEntry))
      fail("element count " + std::to_string(count) + " does not fit the container", at);
    const size_t keys = at + 2 * w;
    const size_t values = keys + static_cast<size_t>(count * keyEntry);
    out_ += isObject ? '{' : '[';
    for (size_t i = 0; i < count; ++i) {
      if (out_.size() > limit_) fail("document expands far beyond its size (shared offsets)", at);
      if (i) out_ += ", ";
      if (isObject) {
        const size_t ke = keys + i * static_cast<size_t>(keyEntry);
        const uint64_t off = le(ke, w, cend), len = le(ke + w, 2, cend);
        if (off > size) fail("key offset " + std::to_string(off) + " past its object", ke);
        quoted(span(at + static_cast<size_t>(off), static_cast<size_t>(len), cend));
        out_ += ": ";
      }
      const size_t ve = values + i * static_cast<size_t>(valueEntry);
      const uint8_t type = byte(ve, cend);
      const bool inlinedValue = type == kLiteral || type == kInt16 || type == kUint16 ||
                                (large && (type == kInt32 || type == kUint32));
      if (inlinedValue) {
        value(type, ve + 1, ve + 1 + w, depth);
        continue;
      }
      const uint64_t off = le(ve + 1, w, cend);
      if (off >= size) fail("value offset " + std::to_string(off) + " past its container", ve + 1);
      value(type, at + static_cast<size_t>(off), cend, depth);
    }
    out_ += isObject ? '}' : ']';
  }

  // A custom value: a MySQL field type byte, a variable length, the field's binary form.
  void opaque(size_t at, size_t end) {
    const uint8_t fieldType = byte(at, end);
    size_t p = at + 1;
    const size_t n = varLength(p, end);
    const std::string_view data = span(p, n, end);
    switch (fieldType) {
      case kTypeNewDecimal: {
        // precision, scale, then the packed DECIMAL of the row format; printed as a number.
        if (data.size() < 2) fail("DECIMAL without precision and scale", p);
        const auto precision = static_cast<uint8_t>(data[0]);
        const auto scale = static_cast<uint8_t>(data[1]);
        try {
          out_ += decimalText(data.substr(2), precision, scale);
        } catch (const DecodeError& e) {
          fail(e.what(), p);
        }
        return;
      }
      case kFieldDate:
      case kFieldTime:
      case kFieldDateTime:
      case kFieldTimestamp: {
        if (data.size() != 8)
          fail("date/time value of " + std::to_string(data.size()) + " bytes (8 expected)", p);
        return temporal(fieldType, static_cast<int64_t>(le(p, 8, end)), p);
      }
      case kTypeVarString:
        return quoted(data);  // MySQL prints a string kept as opaque as a plain string
      default: {
        std::string text = "base64:type" + std::to_string(fieldType) + ":";
        base64(data, text);
        return quoted(text);
      }
    }
  }

  // The 8-byte packed form of MYSQL_TIME (my_time's longlong_*_packed): fraction in the low 24
  // bits, then hh << 12 | mm << 6 | ss in 17 bits, then (year * 13 + month) << 5 | day; TIME
  // has only the hours, minutes and seconds; negative values are negated. MySQL prints all
  // four as strings with 6 fraction digits (DATE without a time part).
  void temporal(uint8_t fieldType, int64_t packed, size_t at) {
    const bool neg = packed < 0;
    const uint64_t v = neg ? 0 - static_cast<uint64_t>(packed) : static_cast<uint64_t>(packed);
    const unsigned long micro = static_cast<unsigned long>(v % (1ULL << 24));
    const uint64_t ymdhms = v >> 24;
    const uint64_t hms = ymdhms % (1ULL << 17);
    const auto second = static_cast<unsigned>(hms % 64);
    const auto minute = static_cast<unsigned>((hms >> 6) % 64);
    if (micro > 999999) fail("fraction of a second beyond 999999", at);
    char buf[64];
    if (fieldType == kFieldTime) {
      const auto hour = static_cast<unsigned>((ymdhms >> 12) % 1024);  // up to 838
      std::snprintf(buf, sizeof buf, "%s%02u:%02u:%02u.%06lu", neg ? "-" : "", hour, minute, second,
                    micro);
    } else {
      if (neg) fail("negative date", at);
      const uint64_t ymd = ymdhms >> 17, ym = ymd >> 5;
      const auto year = static_cast<unsigned>(ym / 13), month = static_cast<unsigned>(ym % 13),
                 day = static_cast<unsigned>(ymd % 32);
      const unsigned hour = static_cast<unsigned>(hms >> 12);
      if (fieldType == kFieldDate)
        std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", year, month, day);
      else
        std::snprintf(buf, sizeof buf, "%04u-%02u-%02u %02u:%02u:%02u.%06lu", year, month, day,
                      hour, minute, second, micro);
    }
    quoted(buf);
  }

  // MySQL's base64 (mysys base64_encode): standard alphabet, '=' padding, a newline before
  // every further group once a line holds 76 characters.
  static void base64(std::string_view in, std::string& out) {
    static const char* alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t line = 0;
    for (size_t i = 0; i < in.size(); i += 3) {
      if (line == 76) {
        out += '\n';
        line = 0;
      }
      uint32_t group = static_cast<uint32_t>(static_cast<uint8_t>(in[i])) << 16;
      if (i + 1 < in.size()) group |= static_cast<uint32_t>(static_cast<uint8_t>(in[i + 1])) << 8;
      if (i + 2 < in.size()) group |= static_cast<uint8_t>(in[i + 2]);
      out += alphabet[(group >> 18) & 63];
      out += alphabet[(group >> 12) & 63];
      out += i + 1 < in.size() ? alphabet[(group >> 6) & 63] : '=';
      out += i + 2 < in.size() ? alphabet[group & 63] : '=';
      line += 4;
    }
  }

  // A JSON string as MySQL quotes it: \" \\ \b \f \n \r \t, other bytes below 0x20 as \u00xx,
  // everything else (UTF-8 included) as it is.
  void quoted(std::string_view s) {
    static const char* hex = "0123456789abcdef";
    out_ += '"';
    for (char ch : s) {
      const auto c = static_cast<unsigned char>(ch);
      switch (c) {
        case '"':
          out_ += "\\\"";
          break;
        case '\\':
          out_ += "\\\\";
          break;
        case '\b':
          out_ += "\\b";
          break;
        case '\f':
          out_ += "\\f";
          break;
        case '\n':
          out_ += "\\n";
          break;
        case '\r':
          out_ += "\\r";
          break;
        case '\t':
          out_ += "\\t";
          break;
        default:
          if (c < 0x20) {
            out_ += "\\u00";
            out_ += hex[c >> 4];
            out_ += hex[c & 15];
          } else {
            out_ += ch;
          }
      }
    }
    out_ += '"';
  }

  std::string_view doc_;
  std::string& out_;
  size_t limit_;
};

}  // namespace

void appendJsonDouble(double d, std::string& out) {
  // Shortest round-trip digits and the decimal exponent, from the scientific form.
  char sci[40];
  auto r = std::to_chars(sci, sci + sizeof sci, d, std::chars_format::scientific);
  std::string_view s(sci, static_cast<size_t>(r.ptr - sci));
  const bool neg = !s.empty() && s[0] == '-';
  if (neg) s.remove_prefix(1);
  const size_t e = s.find('e');
  std::string digits;
  for (char c : s.substr(0, e)) {
    if (c != '.') digits += c;
  }
  std::string_view ex = s.substr(e + 1);
  const bool expNeg = !ex.empty() && ex[0] == '-';
  if (!ex.empty() && (ex[0] == '-' || ex[0] == '+')) ex.remove_prefix(1);
  int exp10 = 0;
  std::from_chars(ex.data(), ex.data() + ex.size(), exp10);
  if (expNeg) exp10 = -exp10;
  const int decpt = exp10 + 1;  // digits d1 d2 .. = 0.d1d2.. * 10^decpt
  const int len = static_cast<int>(digits.size());

  const size_t start = out.size();
  if (neg) out += '-';
  if (decpt >= -14 && (decpt <= 15 || len > decpt)) {
    if (decpt <= 0) {
      out += "0.";
      out.append(static_cast<size_t>(-decpt), '0');
      out += digits;
    } else if (decpt < len) {
      out.append(digits, 0, static_cast<size_t>(decpt));
      out += '.';
      out.append(digits, static_cast<size_t>(decpt));
    } else {
      out += digits;
      out.append(static_cast<size_t>(decpt - len), '0');
    }
  } else {
    out += digits[0];
    if (len > 1) {
      out += '.';
      out.append(digits, 1);
    }
    out += 'e';
    int x = decpt - 1;
    if (x < 0) {
      out += '-';
      x = -x;
    }
    out += std::to_string(x);
  }
  if (out.find_first_of(".e", start) == std::string::npos) out += ".0";
}

std::string jsonBinaryText(std::string_view doc) {
  std::string out;
  out.reserve(doc.size() * 2 + 8);
  JsonText(doc, out).document();
  return out;
}

}  // namespace barge::mover::binlog
