#include "mover/binlog/temporal.h"

#include <cstdio>

namespace barge::mover::binlog {

namespace {

// Fraction bytes after a packed temporal value, scaled to microseconds.
int64_t fraction(ByteReader& r, unsigned fsp, bool isSigned) {
  switch (fsp) {
    case 0:
      return 0;
    case 1:
    case 2: {
      uint64_t v = r.uintBE(1);
      return (isSigned ? static_cast<int8_t>(v) : static_cast<int64_t>(v)) * 10000;
    }
    case 3:
    case 4: {
      uint64_t v = r.uintBE(2);
      return (isSigned ? static_cast<int16_t>(v) : static_cast<int64_t>(v)) * 100;
    }
    case 5:
    case 6: {
      uint64_t v = r.uintBE(3);
      if (isSigned && (v & 0x800000)) return static_cast<int64_t>(v) - 0x1000000;
      return static_cast<int64_t>(v);
    }
    default:
      throw DecodeError("fractional seconds precision " + std::to_string(fsp));
  }
}

std::string timeText(bool neg, uint64_t h, unsigned m, unsigned s, unsigned long us, unsigned fsp) {
  char buf[48];
  int n = std::snprintf(buf, sizeof buf, "%s%02llu:%02u:%02u", neg ? "-" : "",
                        static_cast<unsigned long long>(h), m, s);
  std::string out(buf, static_cast<size_t>(n));
  if (fsp) {
    char f[24];
    std::snprintf(f, sizeof f, "%06lu", us);
    out += '.';
    out.append(f, fsp > 6 ? 6 : fsp);
  }
  return out;
}

void civilFromDays(int64_t z, unsigned& y, unsigned& m, unsigned& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t yy = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<unsigned>(yy + (m <= 2));
}

DateTimeParts fromEpoch(uint64_t sec, unsigned long us, unsigned fsp) {
  DateTimeParts t;
  t.fsp = fsp;
  if (sec == 0 && us == 0) return t;  // the zero TIMESTAMP '0000-00-00 00:00:00'
  civilFromDays(static_cast<int64_t>(sec / 86400), t.year, t.month, t.day);
  uint64_t s = sec % 86400;
  t.hour = static_cast<unsigned>(s / 3600);
  t.minute = static_cast<unsigned>(s / 60 % 60);
  t.second = static_cast<unsigned>(s % 60);
  t.micro = us;
  return t;
}

}  // namespace

std::string readDate(ByteReader& r) {
  uint32_t v = static_cast<uint32_t>(r.uintLE(3));
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", v >> 9, (v >> 5) & 15, v & 31);
  return buf;
}

std::string readTime2(ByteReader& r, unsigned fsp) {
  // Packed: (int part << 24) + fraction, offset so that the stored bytes sort.
  int64_t packed;
  if (fsp >= 5) {
    packed = static_cast<int64_t>(r.uintBE(6)) - 0x800000000000LL;
  } else {
    int64_t intpart = static_cast<int64_t>(r.uintBE(3)) - 0x800000;
    int64_t frac = 0;
    if (fsp == 1 || fsp == 2) {
      frac = static_cast<int64_t>(r.uintBE(1));
      if (intpart < 0 && frac) {
        intpart++;
        frac -= 0x100;
      }
      frac *= 10000;
    } else if (fsp == 3 || fsp == 4) {
      frac = static_cast<int64_t>(r.uintBE(2));
      if (intpart < 0 && frac) {
        intpart++;
        frac -= 0x10000;
      }
      frac *= 100;
    }
    packed = intpart * (1LL << 24) + frac;
  }
  bool neg = packed < 0;
  if (neg) packed = -packed;
  int64_t hms = packed >> 24;
  unsigned long us = static_cast<unsigned long>(packed % (1LL << 24));
  return timeText(neg, static_cast<uint64_t>((hms >> 12) % (1 << 10)),
                  static_cast<unsigned>((hms >> 6) % 64), static_cast<unsigned>(hms % 64), us, fsp);
}

DateTimeParts readDateTime2(ByteReader& r, unsigned fsp) {
  int64_t intpart = static_cast<int64_t>(r.uintBE(5)) - 0x8000000000LL;
  int64_t frac = fraction(r, fsp, true);
  DateTimeParts t;
  t.fsp = fsp;
  if (intpart < 0) throw DecodeError("negative DATETIME value");
  int64_t ymd = intpart >> 17, hms = intpart % (1 << 17);
  int64_t ym = ymd >> 5;
  t.day = static_cast<unsigned>(ymd % 32);
  t.month = static_cast<unsigned>(ym % 13);
  t.year = static_cast<unsigned>(ym / 13);
  t.second = static_cast<unsigned>(hms % 64);
  t.minute = static_cast<unsigned>((hms >> 6) % 64);
  t.hour = static_cast<unsigned>(hms >> 12);
  t.micro = static_cast<unsigned long>(frac < 0 ? 0 : frac);
  return t;
}

DateTimeParts readTimestamp2(ByteReader& r, unsigned fsp) {
  uint64_t sec = r.uintBE(4);
  int64_t frac = fraction(r, fsp, false);
  return fromEpoch(sec, static_cast<unsigned long>(frac), fsp);
}

std::string readOldTime(ByteReader& r) {
  uint32_t raw = static_cast<uint32_t>(r.uintLE(3));
  int32_t v = raw & 0x800000 ? static_cast<int32_t>(raw) - 0x1000000 : static_cast<int32_t>(raw);
  bool neg = v < 0;
  if (neg) v = -v;
  return timeText(neg, static_cast<uint64_t>(v / 10000), static_cast<unsigned>(v / 100 % 100),
                  static_cast<unsigned>(v % 100), 0, 0);
}

DateTimeParts readOldDateTime(ByteReader& r) {
  uint64_t v = r.u64();  // YYYYMMDDhhmmss as a number
  DateTimeParts t;
  uint64_t date = v / 1000000, time = v % 1000000;
  t.year = static_cast<unsigned>(date / 10000);
  t.month = static_cast<unsigned>(date / 100 % 100);
  t.day = static_cast<unsigned>(date % 100);
  t.hour = static_cast<unsigned>(time / 10000);
  t.minute = static_cast<unsigned>(time / 100 % 100);
  t.second = static_cast<unsigned>(time % 100);
  return t;
}

DateTimeParts readOldTimestamp(ByteReader& r) {
  return fromEpoch(r.u32(), 0, 0);
}

}  // namespace barge::mover::binlog
