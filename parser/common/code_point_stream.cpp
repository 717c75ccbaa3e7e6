#include "parser/common/code_point_stream.h"

#include <Token.h>
#include <misc/Interval.h>

#include "parser/common/text_input.h"

namespace barge::parser {

void CodePointStream::reset(std::string_view utf8, std::string sourceName) {
  utf8_ = utf8;
  sourceName_ = std::move(sourceName);
  pos_ = 0;
  // No clear(): every element up to the new size is written below, and resize() after clear()
  // zero-filled both buffers once per statement.
  // A huge statement (a dump's multi-megabyte INSERT) should not pin its buffers for good.
  constexpr size_t kKeep = size_t{4} << 20;
  if (data_.capacity() > kKeep && utf8.size() < kKeep) {
    data_.clear();
    byteOffsets_.clear();
    data_.shrink_to_fit();
    byteOffsets_.shrink_to_fit();
  }
  data_.resize(utf8.size());
  byteOffsets_.resize(utf8.size() + 1);
  size_t n = 0;
  for (size_t i = 0; i < utf8.size(); ++n) {
    byteOffsets_[n] = static_cast<uint32_t>(i);
    auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      data_[n] = c;
      ++i;
    } else {
      data_[n] = decodeUtf8(utf8, i);
    }
  }
  byteOffsets_[n] = static_cast<uint32_t>(utf8.size());
  data_.resize(n);
  byteOffsets_.resize(n + 1);
}

void CodePointStream::consume() {
  if (pos_ < data_.size()) ++pos_;
}

size_t CodePointStream::LA(ssize_t i) {
  if (i == 0) return 0;
  ssize_t at = i > 0 ? static_cast<ssize_t>(pos_) + i - 1 : static_cast<ssize_t>(pos_) + i;
  if (at < 0 || at >= static_cast<ssize_t>(data_.size())) return antlr4::Token::EOF;
  return data_[static_cast<size_t>(at)];
}

std::string CodePointStream::getText(const antlr4::misc::Interval& interval) {
  if (interval.a < 0 || interval.b < interval.a) return {};
  size_t a = static_cast<size_t>(interval.a);
  size_t b = static_cast<size_t>(interval.b) + 1;
  if (a >= data_.size()) return {};
  if (b > data_.size()) b = data_.size();
  return std::string(utf8_.substr(byteOffsets_[a], byteOffsets_[b] - byteOffsets_[a]));
}

}  // namespace barge::parser
