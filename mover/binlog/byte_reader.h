#pragma once
// Bounds-checked little-endian reads over one binlog event. Every read past the end throws
// DecodeError, so a truncated or corrupt event is an error naming the event, never a crash.
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

namespace barge::mover::binlog {

class DecodeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ByteReader {
 public:
  ByteReader() = default;
  explicit ByteReader(std::string_view b) : p_(b.data()), end_(b.data() + b.size()) {}

  size_t remaining() const { return static_cast<size_t>(end_ - p_); }
  bool atEnd() const { return p_ >= end_; }
  const char* pos() const { return p_; }

  std::string_view bytes(size_t n) {
    need(n);
    std::string_view v(p_, n);
    p_ += n;
    return v;
  }
  void skip(size_t n) {
    need(n);
    p_ += n;
  }
  uint8_t u8() {
    need(1);
    return static_cast<uint8_t>(*p_++);
  }
  // n = 1..8 bytes, little-endian.
  uint64_t uintLE(size_t n) {
    need(n);
    uint64_t v = 0;
    for (size_t i = 0; i < n; ++i)
      v |= static_cast<uint64_t>(static_cast<uint8_t>(p_[i])) << (8 * i);
    p_ += n;
    return v;
  }
  // n = 1..8 bytes, big-endian (packed temporal and decimal values).
  uint64_t uintBE(size_t n) {
    need(n);
    uint64_t v = 0;
    for (size_t i = 0; i < n; ++i) v = (v << 8) | static_cast<uint8_t>(p_[i]);
    p_ += n;
    return v;
  }
  uint16_t u16() { return static_cast<uint16_t>(uintLE(2)); }
  uint32_t u32() { return static_cast<uint32_t>(uintLE(4)); }
  uint64_t u64() { return uintLE(8); }
  // Length-encoded integer of the client/server protocol (also used inside binlog events).
  uint64_t packed() {
    uint8_t b = u8();
    if (b < 251) return b;
    if (b == 252) return uintLE(2);
    if (b == 253) return uintLE(3);
    if (b == 254) return uintLE(8);
    throw DecodeError("invalid length-encoded integer");
  }
  std::string_view packedString() { return bytes(static_cast<size_t>(packed())); }

 private:
  void need(size_t n) const {
    if (n > remaining()) throw DecodeError("event truncated");
  }
  const char* p_ = nullptr;
  const char* end_ = nullptr;
};

}  // namespace barge::mover::binlog
