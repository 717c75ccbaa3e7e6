#include "mover/copy_binary.h"

namespace barge::mover {

std::string_view CopyBuffer::header() {
  static const char h[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0";
  return std::string_view(h, 19);
}

std::string_view CopyBuffer::trailer() {
  static const char t[] = "\377\377";
  return std::string_view(t, 2);
}

}  // namespace barge::mover
