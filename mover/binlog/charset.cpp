#include "mover/binlog/charset.h"

namespace barge::mover::binlog {

Charset charsetByName(std::string_view n) {
  if (n.empty() || n == "binary") return Charset::Binary;
  if (n == "utf8mb4" || n == "utf8mb3" || n == "utf8" || n == "ascii") return Charset::Utf8;
  if (n == "latin1") return Charset::Latin1;
  return Charset::Unsupported;
}

Charset charsetByCollation(uint32_t id) {
  switch (id) {
    case 5:
    case 8:
    case 15:
    case 31:
    case 47:
    case 48:
    case 49:
    case 94:
      return Charset::Latin1;
    case 63:
      return Charset::Binary;
    case 11:
    case 65:  // ascii
    case 33:
    case 83:  // utf8mb3
    case 45:
    case 46:  // utf8mb4
      return Charset::Utf8;
    default:
      // utf8mb3 192-223, utf8mb4 224-247 and 255-323 (MySQL 8), MariaDB's UCA-14 collations.
      if ((id >= 192 && id <= 247) || (id >= 255 && id <= 323) || id >= 2048) return Charset::Utf8;
      return Charset::Unsupported;
  }
}

void latin1ToUtf8(std::string_view in, std::string& out) {
  static const uint16_t kHigh[32] = {
      0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
  out.clear();
  out.reserve(in.size() + in.size() / 4);
  for (unsigned char c : in) {
    uint32_t u = c >= 0x80 && c < 0xA0 ? kHigh[c - 0x80] : c;
    if (u < 0x80) {
      out.push_back(static_cast<char>(u));
    } else if (u < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (u >> 6)));
      out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xE0 | (u >> 12)));
      out.push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
    }
  }
}

}  // namespace barge::mover::binlog
