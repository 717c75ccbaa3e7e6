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

}  // namespace barge::parser
