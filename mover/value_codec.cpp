#include "mover/value_codec.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace barge::mover {

namespace {

// GCC extension: exact arithmetic for unsigned 64-bit sources and range checks.
__extension__ typedef __int128 Int128;

constexpr int64_t kPgEpochDays = 10957;  // 2000-01-01 - 1970-01-01
constexpr int64_t kUsPerDay = 86400LL * 1000000LL;

bool parseInt128(std::string_view s, Int128& out) {
  if (s.empty()) return false;
  bool neg = false;
  size_t i = 0;
  if (s[0] == '-' || s[0] == '+') {
    neg = s[0] == '-';
    i = 1;
  }
  if (i == s.size()) return false;
  Int128 v = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
    if (v > (static_cast<Int128>(1) << 100)) return false;
  }
  out = neg ? -v : v;
  return true;
}

uint64_t bitsValue(std::string_view v) {
  uint64_t x = 0;
  for (unsigned char c : v) x = (x << 8) | c;
  return x;
}

bool digits(std::string_view s, size_t pos, size_t n, int& out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  return true;
}

enum class DateParse { Ok, Zero, Bad };

DateParse parseDate(std::string_view s, int& y, int& m, int& d) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-' || !digits(s, 0, 4, y) || !digits(s, 5, 2, m) ||
      !digits(s, 8, 2, d))
    return DateParse::Bad;
  if (m == 0 || d == 0) return DateParse::Zero;  // zero date, or zero in date
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m > 12 || d > kDays[m - 1]) return DateParse::Bad;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29 && !leap) return DateParse::Bad;
  return DateParse::Ok;
}

// "HH:MM:SS[.ffffff]" from `pos`; hours may exceed 2 digits (TIME).
bool parseClock(std::string_view s, size_t pos, int64_t& us) {
  size_t colon = s.find(':', pos);
  if (colon == std::string_view::npos || colon == pos) return false;
  int64_t h = 0;
  for (size_t i = pos; i < colon; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    h = h * 10 + (s[i] - '0');
  }
  int mi = 0, se = 0;
  if (!digits(s, colon + 1, 2, mi) || colon + 3 >= s.size() || s[colon + 3] != ':' ||
      !digits(s, colon + 4, 2, se) || mi > 59 || se > 59)
    return false;
  int64_t frac = 0;
  size_t p = colon + 6;
  if (p < s.size()) {
    if (s[p] != '.') return false;
    int n = 0;
    for (++p; p < s.size(); ++p, ++n) {
      if (s[p] < '0' || s[p] > '9' || n >= 6) return false;
      frac = frac * 10 + (s[p] - '0');
    }
    for (; n < 6; ++n) frac *= 10;
  }
  us = ((h * 60 + mi) * 60 + se) * 1000000LL + frac;
  return true;
}

bool zeroDate(const ColumnCodec& c, CopyBuffer& out, bool isDate) {
  // Documented policy (mover/README.md): a zero date becomes NULL, or -infinity in a NOT NULL
  // column, so no row is lost and no invented calendar date appears.
  if (!c.notNull) {
    out.putNull();
  } else if (isDate) {
    out.putInt32(4);
    out.putInt32(std::numeric_limits<int32_t>::min());
  } else {
    out.putInt32(8);
    out.putInt64(std::numeric_limits<int64_t>::min());
  }
  return true;
}

bool putInteger(const ColumnCodec& c, Int128 v, CopyBuffer& out, std::string& err) {
  switch (c.kind) {
    case PgKind::Int2:
      if (v < -32768 || v > 32767) break;
      out.putInt32(2);
      out.putInt16(static_cast<int16_t>(v));
      return true;
    case PgKind::Int4:
      if (v < std::numeric_limits<int32_t>::min() || v > std::numeric_limits<int32_t>::max()) break;
      out.putInt32(4);
      out.putInt32(static_cast<int32_t>(v));
      return true;
    case PgKind::Int8:
      if (v < std::numeric_limits<int64_t>::min() || v > std::numeric_limits<int64_t>::max()) break;
      out.putInt32(8);
      out.putInt64(static_cast<int64_t>(v));
      return true;
    default:
      break;
  }
  err = "integer value out of range for " + std::string(pgKindName(c.kind));
  return false;
}

// The usual MySQL DECIMAL text ([-]digits[.digits]) straight into the buffer, without the
// allocations of parseNumericToBinary. Returns false for any other form (exponent, too long):
// the caller then uses the general parser.
bool putPlainNumeric(std::string_view s, CopyBuffer& out) {
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
  auto isDigit = [&](size_t k) { return s[k] >= '0' && s[k] <= '9'; };
  size_t intStart = i;
  while (i < s.size() && isDigit(i)) ++i;
  const size_t intEnd = i;
  size_t fracStart = i, fracEnd = i;
  if (i < s.size() && s[i] == '.') {
    fracStart = ++i;
    while (i < s.size() && isDigit(i)) ++i;
    fracEnd = i;
  }
  if (i != s.size() || (intEnd == intStart && fracEnd == fracStart)) return false;
  while (intStart < intEnd && s[intStart] == '0') ++intStart;
  const size_t nInt = intEnd - intStart, nFrac = fracEnd - fracStart;
  const size_t intGroups = (nInt + 3) / 4;
  constexpr size_t kMax = 64;
  if (intGroups + (nFrac + 3) / 4 > kMax || nFrac > 16383) return false;
  int16_t g[kMax];
  size_t ng = 0, pos = intStart;
  for (size_t k = 0; k < intGroups; ++k) {
    size_t len = k == 0 ? nInt - 4 * (intGroups - 1) : 4;
    int v = 0;
    for (size_t j = 0; j < len; ++j) v = v * 10 + (s[pos++] - '0');
    g[ng++] = static_cast<int16_t>(v);
  }
  for (size_t k = 0; k < nFrac; k += 4) {
    int v = 0;
    for (size_t j = 0; j < 4; ++j) v = v * 10 + (k + j < nFrac ? s[fracStart + k + j] - '0' : 0);
    g[ng++] = static_cast<int16_t>(v);
  }
  int weight = static_cast<int>(intGroups) - 1;
  size_t lo = 0, hi = ng;
  while (lo < hi && g[lo] == 0) {
    ++lo;
    --weight;
  }
  while (hi > lo && g[hi - 1] == 0) --hi;
  const size_t n = hi - lo;
  out.putInt32(static_cast<int32_t>(8 + 2 * n));
  out.putInt16(static_cast<int16_t>(n));
  out.putInt16(static_cast<int16_t>(n ? weight : 0));
  out.putInt16(static_cast<int16_t>(n && neg ? 0x4000 : 0));
  out.putInt16(static_cast<int16_t>(nFrac));
  for (size_t k = lo; k < hi; ++k) out.putInt16(g[k]);
  return true;
}

}  // namespace

int64_t daysFromCivil(int64_t y, unsigned m, unsigned d) {
  // Proleptic Gregorian day count (the calendar both MySQL and PostgreSQL use).
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

bool parseNumericToBinary(std::string_view s, std::string& out, std::string& err) {
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
  std::string digitsStr;
  int64_t intDigits = 0, fracDigits = 0;
  bool seenPoint = false, any = false;
  for (; i < s.size(); ++i) {
    char ch = s[i];
    if (ch >= '0' && ch <= '9') {
      digitsStr.push_back(ch);
      any = true;
      (seenPoint ? fracDigits : intDigits)++;
    } else if (ch == '.' && !seenPoint) {
      seenPoint = true;
    } else {
      break;
    }
  }
  int64_t exp = 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    Int128 e = 0;
    if (!parseInt128(s.substr(i + 1), e) || e > 100000 || e < -100000) {
      err = "invalid numeric value";
      return false;
    }
    exp = static_cast<int64_t>(e);
    i = s.size();
  }
  if (!any || i != s.size()) {
    err = "invalid numeric value";
    return false;
  }
  int64_t dscale = std::max<int64_t>(0, fracDigits - exp);
  int64_t point = intDigits + exp;  // position of the decimal point within digitsStr
  size_t lead = digitsStr.find_first_not_of('0');
  std::vector<int16_t> groups;
  int64_t weight = 0;
  if (lead != std::string::npos) {
    digitsStr.erase(0, lead);
    point -= static_cast<int64_t>(lead);
    int64_t mod = ((point % 4) + 4) % 4;
    int64_t leftPad = (4 - mod) % 4;
    digitsStr.insert(0, static_cast<size_t>(leftPad), '0');
    point += leftPad;
    while (static_cast<int64_t>(digitsStr.size()) < point || digitsStr.size() % 4)
      digitsStr.push_back('0');
    weight = point / 4 - 1;
    for (size_t g = 0; g < digitsStr.size(); g += 4)
      groups.push_back(
          static_cast<int16_t>((digitsStr[g] - '0') * 1000 + (digitsStr[g + 1] - '0') * 100 +
                               (digitsStr[g + 2] - '0') * 10 + (digitsStr[g + 3] - '0')));
    while (!groups.empty() && groups.back() == 0) groups.pop_back();
  }
  if (groups.size() > 32767 || weight > 32767 || weight < -32768 || dscale > 16383) {
    err = "numeric value out of range";
    return false;
  }
  CopyBuffer b;
  b.putInt16(static_cast<int16_t>(groups.size()));
  b.putInt16(groups.empty() ? 0 : static_cast<int16_t>(weight));
  b.putInt16(static_cast<int16_t>(groups.empty() || !neg ? 0x0000 : 0x4000));
  b.putInt16(static_cast<int16_t>(dscale));
  for (int16_t g : groups) b.putInt16(g);
  out = b.data();
  return true;
}

PgKind pgKindOf(uint32_t oid, char typtype, uint32_t elemOid) {
  if (typtype == 'e') return PgKind::Text;  // enum: binary form is the label
  switch (oid) {
    case 16:
      return PgKind::Bool;
    case 21:
      return PgKind::Int2;
    case 23:
      return PgKind::Int4;
    case 20:
      return PgKind::Int8;
    case 1700:
      return PgKind::Numeric;
    case 700:
      return PgKind::Float4;
    case 701:
      return PgKind::Float8;
    case 25:
    case 1043:
    case 1042:
    case 19:
    case 18:
      return PgKind::Text;
    case 17:
      return PgKind::Bytea;
    case 1082:
      return PgKind::Date;
    case 1083:
      return PgKind::Time;
    case 1114:
      return PgKind::Timestamp;
    case 1184:
      return PgKind::TimestampTz;
    case 1186:
      return PgKind::Interval;
    case 114:
      return PgKind::Json;
    case 3802:
      return PgKind::Jsonb;
    case 1560:
      return PgKind::Bit;
    case 1562:
      return PgKind::VarBit;
    case 1009:
    case 1015:
      return elemOid == 25 || elemOid == 1043 ? PgKind::TextArray : PgKind::Unsupported;
    default:
      return PgKind::Unsupported;
  }
}

const char* pgKindName(PgKind k) {
  static const char* names[] = {
      "boolean", "smallint", "integer", "bigint", "numeric",   "real",        "double precision",
      "text",    "bytea",    "date",    "time",   "timestamp", "timestamptz", "interval",
      "json",    "jsonb",    "bit",     "varbit", "text[]",    "unsupported"};
  return names[static_cast<int>(k)];
}

bool encodeDouble(const ColumnCodec& c, double d, CopyBuffer& out, std::string& err) {
  if (c.kind == PgKind::Float8) {
    uint64_t bits;
    std::memcpy(&bits, &d, 8);
    out.putInt32(8);
    out.putInt64(static_cast<int64_t>(bits));
    return true;
  }
  if (c.kind == PgKind::Float4) {
    float f = static_cast<float>(d);
    uint32_t bits;
    std::memcpy(&bits, &f, 4);
    out.putInt32(4);
    out.putInt32(static_cast<int32_t>(bits));
    return true;
  }
  char text[64];
  auto r = std::to_chars(text, text + sizeof text, d);
  return encodeValue(c, std::string_view(text, static_cast<size_t>(r.ptr - text)), out, err);
}

bool encodeInteger(const ColumnCodec& c, long long v, bool isUnsigned, CopyBuffer& out,
                   std::string& err) {
  if (!c.sourceBits && (c.kind == PgKind::Int2 || c.kind == PgKind::Int4 || c.kind == PgKind::Int8))
    return putInteger(c,
                      isUnsigned ? static_cast<Int128>(static_cast<unsigned long long>(v))
                                 : static_cast<Int128>(v),
                      out, err);
  char text[32];
  auto r = isUnsigned ? std::to_chars(text, text + sizeof text, static_cast<unsigned long long>(v))
                      : std::to_chars(text, text + sizeof text, v);
  return encodeValue(c, std::string_view(text, static_cast<size_t>(r.ptr - text)), out, err);
}

bool tryEncodeTimestamp(const ColumnCodec& c, unsigned year, unsigned month, unsigned day,
                        unsigned hour, unsigned minute, unsigned second, unsigned long micro,
                        CopyBuffer& out) {
  static const unsigned kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if ((c.kind != PgKind::Timestamp && c.kind != PgKind::TimestampTz) || month < 1 || month > 12 ||
      day < 1 || day > kDays[month - 1] || hour > 23 || minute > 59 || second > 59 ||
      micro > 999999)
    return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return false;
  int64_t us = ((static_cast<int64_t>(hour) * 60 + minute) * 60 + second) * 1000000LL +
               static_cast<int64_t>(micro);
  out.putInt32(8);
  out.putInt64((daysFromCivil(year, month, day) - kPgEpochDays) * kUsPerDay + us);
  return true;
}

bool encodeValue(const ColumnCodec& c, std::string_view v, CopyBuffer& out, std::string& err) {
  switch (c.kind) {
    case PgKind::Text:
    case PgKind::Bytea:
    case PgKind::Json:
      out.putBytes(v);
      return true;
    case PgKind::Jsonb: {
      out.putInt32(static_cast<int32_t>(v.size() + 1));
      out.putByte(1);  // jsonb binary format version
      out.putRaw(v);
      return true;
    }
    case PgKind::Bool: {
      bool b;
      if (c.sourceBits) {
        b = bitsValue(v) != 0;
      } else if (v == "1" || v == "true" || v == "t") {
        b = true;
      } else if (v == "0" || v == "false" || v == "f") {
        b = false;
      } else {
        Int128 x;
        if (!parseInt128(v, x)) {
          err = "not a boolean value";
          return false;
        }
        b = x != 0;
      }
      out.putInt32(1);
      out.putByte(b ? 1 : 0);
      return true;
    }
    case PgKind::Int2:
    case PgKind::Int4:
    case PgKind::Int8: {
      Int128 x;
      if (c.sourceBits) {
        if (v.size() > 8) {
          err = "bit value wider than 64 bits";
          return false;
        }
        x = bitsValue(v);
      } else if (!parseInt128(v, x)) {
        err = "not an integer value";
        return false;
      }
      return putInteger(c, x, out, err);
    }
    case PgKind::Numeric: {
      if (!c.sourceBits && putPlainNumeric(v, out)) return true;
      std::string bin;
      if (c.sourceBits) {
        if (!parseNumericToBinary(std::to_string(bitsValue(v)), bin, err)) return false;
      } else if (!parseNumericToBinary(v, bin, err)) {
        return false;
      }
      out.putBytes(bin);
      return true;
    }
    case PgKind::Float4:
    case PgKind::Float8: {
      double d = 0;
      auto r = std::from_chars(v.data(), v.data() + v.size(), d);
      if (r.ec != std::errc() || r.ptr != v.data() + v.size()) {
        err = "not a floating-point value";
        return false;
      }
      return encodeDouble(c, d, out, err);
    }
    case PgKind::Date: {
      int y, m, d;
      auto st = parseDate(v, y, m, d);
      if (st == DateParse::Zero) return zeroDate(c, out, true);
      if (st == DateParse::Bad || v.size() != 10) {
        err = "invalid date value";
        return false;
      }
      out.putInt32(4);
      out.putInt32(static_cast<int32_t>(daysFromCivil(y, m, d) - kPgEpochDays));
      return true;
    }
    case PgKind::Timestamp:
    case PgKind::TimestampTz: {
      int y, m, d;
      auto st = parseDate(v, y, m, d);
      if (st == DateParse::Zero) return zeroDate(c, out, false);
      int64_t us = 0;
      if (st == DateParse::Bad) {
        err = "invalid date/time value";
        return false;
      }
      if (v.size() > 10) {
        if (v[10] != ' ' && v[10] != 'T') {
          err = "invalid date/time value";
          return false;
        }
        if (!parseClock(v, 11, us) || us >= kUsPerDay) {
          err = "invalid time of day";
          return false;
        }
      }
      out.putInt32(8);
      out.putInt64((daysFromCivil(y, m, d) - kPgEpochDays) * kUsPerDay + us);
      return true;
    }
    case PgKind::Time:
    case PgKind::Interval: {
      bool neg = !v.empty() && v[0] == '-';
      int64_t us = 0;
      if (!parseClock(v, neg ? 1 : 0, us)) {
        err = "invalid time value";
        return false;
      }
      if (neg) us = -us;
      if (c.kind == PgKind::Time) {
        if (us < 0 || us > kUsPerDay) {
          err = "time value outside 00:00:00..24:00:00 (map TIME to interval)";
          return false;
        }
        out.putInt32(8);
        out.putInt64(us);
      } else {
        out.putInt32(16);
        out.putInt64(us);
        out.putInt32(0);
        out.putInt32(0);
      }
      return true;
    }
    case PgKind::Bit:
    case PgKind::VarBit: {
      int n = c.bitLength > 0 ? c.bitLength : static_cast<int>(v.size() * 8);
      if (!c.sourceBits) {
        // A text of 0/1 characters.
        n = static_cast<int>(v.size());
        std::string bytes((n + 7) / 8, '\0');
        for (int i = 0; i < n; ++i) {
          if (v[i] != '0' && v[i] != '1') {
            err = "not a bit string";
            return false;
          }
          if (v[i] == '1') bytes[i / 8] = static_cast<char>(bytes[i / 8] | (0x80 >> (i % 8)));
        }
        out.putInt32(static_cast<int32_t>(4 + bytes.size()));
        out.putInt32(n);
        out.putRaw(bytes);
        return true;
      }
      size_t k = v.size();
      if (k * 8 < static_cast<size_t>(n)) {
        // Fewer source bytes than bits: leading bytes are zero.
      }
      std::string bytes((n + 7) / 8, '\0');
      for (int i = 0; i < n; ++i) {
        int j = n - 1 - i;  // value bit for output position i
        size_t byteFromEnd = static_cast<size_t>(j / 8);
        int bit = 0;
        if (byteFromEnd < k)
          bit = (static_cast<unsigned char>(v[k - 1 - byteFromEnd]) >> (j % 8)) & 1;
        if (bit) bytes[i / 8] = static_cast<char>(bytes[i / 8] | (0x80 >> (i % 8)));
      }
      out.putInt32(static_cast<int32_t>(4 + bytes.size()));
      out.putInt32(n);
      out.putRaw(bytes);
      return true;
    }
    case PgKind::TextArray: {
      size_t at = out.beginField();
      if (v.empty()) {
        out.putInt32(0);
        out.putInt32(0);
        out.putInt32(static_cast<int32_t>(c.elemOid));
      } else {
        int32_t count = 1;
        for (char ch : v) count += ch == ',';
        out.putInt32(1);
        out.putInt32(0);
        out.putInt32(static_cast<int32_t>(c.elemOid));
        out.putInt32(count);
        out.putInt32(1);
        size_t start = 0;
        while (true) {
          size_t comma = v.find(',', start);
          out.putBytes(v.substr(start, comma == std::string_view::npos ? v.npos : comma - start));
          if (comma == std::string_view::npos) break;
          start = comma + 1;
        }
      }
      out.endField(at);
      return true;
    }
    case PgKind::Unsupported:
      break;
  }
  err = "no binary encoder for the target type";
  return false;
}

}  // namespace barge::mover
