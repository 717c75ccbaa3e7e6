#include "parser/common/chunk.h"

namespace barge::parser {

void PositionTracker::advanceTo(uint64_t to) {
  if (to > text_.size()) to = text_.size();
  while (pos_ < to) {
    unsigned char c = static_cast<unsigned char>(text_[pos_]);
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column_;  // count characters, not UTF-8 continuation bytes
    }
    ++pos_;
  }
}

void ChunkList::add(Chunk::Kind kind, uint64_t from, uint64_t to, std::string command) {
  auto blank = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
  };
  while (to > from && blank(text_[to - 1])) --to;
  if (to <= from) return;
  pos_.advanceTo(from);
  Chunk c;
  c.kind = kind;
  c.text = text_.substr(from, to - from);
  c.line = pos_.line();
  c.column = pos_.column();
  c.offset = from;
  c.command = std::move(command);
  chunks_.push_back(std::move(c));
}

}  // namespace barge::parser
