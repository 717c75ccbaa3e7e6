#pragma once
#include <cstdint>
#include <memory>
#include <string>

namespace barge::ir {

// Where a node came from. line == 0 means "unknown": synthesized nodes say so honestly.
struct SourceLocation {
  std::shared_ptr<const std::string> file;  // shared: thousands of nodes point at one file name
  uint32_t line = 0;                        // 1-based
  uint32_t column = 0;                      // 1-based, in characters
  uint64_t offset = 0;                      // byte offset in the (UTF-8 normalised) input

  bool known() const { return line != 0; }
  const std::string& fileName() const;
  // "file:line:col", or "file" / "<unknown>" when parts are missing.
  std::string str() const;
  // "line:col" only: used by the golden printer so goldens do not depend on paths.
  std::string shortStr() const;
};

}  // namespace barge::ir
