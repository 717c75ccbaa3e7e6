#include "tests/golden/convert_case.h"

#include "tests/golden/golden.h"

namespace barge::test {

ConvertedCase convertCase(parser::Dialect dialect, const std::filesystem::path& file) {
  ConvertedCase c;
  c.parsed = parser::parseText(dialect, readFile(file), file.filename().string());
  c.result = converter::convert(dialect, {&c.parsed.script}, {});
  for (const auto& a : c.result.actions)
    c.actions += a.code + " " + a.loc.shortStr() + "\n";  // codes and positions, not text
  return c;
}

}  // namespace barge::test
