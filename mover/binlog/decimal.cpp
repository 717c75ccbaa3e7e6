// Packed DECIMAL of the row format: groups of 9 digits in 4 bytes, big-endian, a partial group
// of the leading integer digits and of the trailing fraction digits; the sign is the inverted
// top bit, negative values have every byte inverted.
#include <string>

#include "mover/binlog/column_decode.h"

namespace barge::mover::binlog {

namespace {

constexpr unsigned kDigBytes[10] = {0, 1, 1, 2, 2, 3, 3, 4, 4, 4};

}  // namespace

size_t decimalBinarySize(unsigned precision, unsigned scale) {
  unsigned intg = precision - scale;
  return (intg / 9) * 4 + kDigBytes[intg % 9] + (scale / 9) * 4 + kDigBytes[scale % 9];
}

std::string decimalText(std::string_view packed, unsigned precision, unsigned scale) {
  if (scale > precision || precision > 65 || packed.size() != decimalBinarySize(precision, scale))
    throw DecodeError("invalid DECIMAL(" + std::to_string(precision) + "," + std::to_string(scale) +
                      ") value");
  std::string b(packed);
  const bool neg = (static_cast<uint8_t>(b[0]) & 0x80) == 0;
  b[0] = static_cast<char>(b[0] ^ 0x80);
  if (neg)
    for (auto& ch : b) ch = static_cast<char>(~ch);
  ByteReader r(b);
  const unsigned intg = precision - scale;
  std::string ip, fp;
  auto group = [&](unsigned digits, bool pad, std::string& to) {
    uint64_t v = r.uintBE(kDigBytes[digits]);
    std::string s = std::to_string(v);
    if (s.size() > digits) throw DecodeError("invalid DECIMAL digits");
    if (pad) s.insert(0, digits - s.size(), '0');
    to += s;
  };
  if (intg % 9) group(intg % 9, true, ip);
  for (unsigned k = 0; k < intg / 9; ++k) group(9, true, ip);
  for (unsigned k = 0; k < scale / 9; ++k) group(9, true, fp);
  if (scale % 9) group(scale % 9, true, fp);
  size_t nz = ip.find_first_not_of('0');
  ip = nz == std::string::npos ? "0" : ip.substr(nz);
  bool zero = ip == "0" && fp.find_first_not_of('0') == std::string::npos;
  std::string out = neg && !zero ? "-" : "";
  out += ip;
  if (scale) out += "." + fp;
  return out;
}

}  // namespace barge::mover::binlog
