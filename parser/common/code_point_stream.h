#pragma once
#include <CharStream.h>

#include <string>
#include <string_view>
#include <vector>

namespace barge::parser {

// An ANTLR character stream over valid UTF-8 (see normalizeText). Unlike ANTLRInputStream it
// never throws on input, and it maps code point indexes back to byte offsets so IR locations
// carry byte offsets as well as line:column.
class CodePointStream : public antlr4::CharStream {
 public:
  CodePointStream() = default;
  CodePointStream(std::string_view utf8, std::string sourceName) {
    reset(utf8, std::move(sourceName));
  }
  // Starts over on new text, keeping the buffers' capacity.
  void reset(std::string_view utf8, std::string sourceName);

  void consume() override;
  size_t LA(ssize_t i) override;
  ssize_t mark() override { return -1; }
  void release(ssize_t) override {}
  size_t index() override { return pos_; }
  void seek(size_t index) override { pos_ = index > data_.size() ? data_.size() : index; }
  size_t size() override { return data_.size(); }
  std::string getSourceName() const override { return sourceName_; }
  std::string getText(const antlr4::misc::Interval& interval) override;
  std::string toString() const override { return std::string(utf8_); }

  // Byte offset (within the chunk) of code point `cpIndex`.
  size_t byteOffset(size_t cpIndex) const {
    return cpIndex < byteOffsets_.size() ? byteOffsets_[cpIndex] : utf8_.size();
  }
  std::string_view utf8() const { return utf8_; }
  std::u32string_view codePoints() const { return data_; }

 private:
  std::string_view utf8_;
  std::u32string data_;
  std::vector<uint32_t> byteOffsets_;  // one per code point, plus the end
  size_t pos_ = 0;
  std::string sourceName_;
};

}  // namespace barge::parser
