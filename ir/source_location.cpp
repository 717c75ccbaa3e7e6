#include "ir/source_location.h"

namespace barge::ir {

const std::string& SourceLocation::fileName() const {
  static const std::string kNone;
  return file ? *file : kNone;
}

std::string SourceLocation::str() const {
  std::string f = file ? *file : std::string("<unknown>");
  if (!known()) return f;
  return f + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::string SourceLocation::shortStr() const {
  if (!known()) return "?";
  return std::to_string(line) + ":" + std::to_string(column);
}

}  // namespace barge::ir
