#pragma once
// Encoder for PostgreSQL's COPY BINARY format: header, tuples of length-prefixed fields, trailer.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace barge::mover {

class CopyBuffer {
 public:
  static std::string_view header();   // signature, flags, extension length
  static std::string_view trailer();  // int16 -1

  void beginRow(int16_t fields) { putInt16(fields); }
  void putNull() { putInt32(-1); }
  void putBytes(std::string_view v) {
    putInt32(static_cast<int32_t>(v.size()));
    buf_.append(v.data(), v.size());
  }
  // A field whose payload is written after: returns the offset of the length word.
  size_t beginField() {
    size_t at = buf_.size();
    putInt32(0);
    return at;
  }
  void endField(size_t at) {
    uint32_t n = static_cast<uint32_t>(buf_.size() - at - 4);
    unsigned char b[4] = {static_cast<unsigned char>(n >> 24), static_cast<unsigned char>(n >> 16),
                          static_cast<unsigned char>(n >> 8), static_cast<unsigned char>(n)};
    std::memcpy(buf_.data() + at, b, 4);
  }
  void putInt16(int16_t v) { putBE(static_cast<uint16_t>(v), 2); }
  void putInt32(int32_t v) { putBE(static_cast<uint32_t>(v), 4); }
  void putInt64(int64_t v) { putBE(static_cast<uint64_t>(v), 8); }
  void putRaw(std::string_view v) { buf_.append(v.data(), v.size()); }
  void putByte(char c) { buf_.push_back(c); }

  size_t size() const { return buf_.size(); }
  void truncate(size_t n) { buf_.resize(n); }
  void clear() { buf_.clear(); }
  void reserve(size_t n) { buf_.reserve(n); }
  size_t capacity() const { return buf_.capacity(); }
  const std::string& data() const { return buf_; }
  std::string_view slice(size_t from, size_t to) const {
    return std::string_view(buf_).substr(from, to - from);
  }

 private:
  void putBE(uint64_t v, int n) {
    char b[8];
    for (int i = n - 1; i >= 0; --i) {
      b[i] = static_cast<char>(v & 0xff);
      v >>= 8;
    }
    buf_.append(b, static_cast<size_t>(n));
  }
  std::string buf_;
};

}  // namespace barge::mover
