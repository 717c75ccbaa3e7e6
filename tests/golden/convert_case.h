#pragma once
// Shared by the converter golden test and the PostgreSQL deploy test.
#include <filesystem>
#include <string>

#include "converter/convert.h"
#include "parser/parser.h"

namespace barge::test {

struct ConvertedCase {
  parser::ParseResult parsed;
  converter::ConversionResult result;
  std::string actions;  // one "CODE line:col message" per action item, in order
};

ConvertedCase convertCase(parser::Dialect dialect, const std::filesystem::path& file);

}  // namespace barge::test
