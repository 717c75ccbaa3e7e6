#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace barge::parser {

enum class Encoding { Auto, Utf8, Latin1 };

// Encoding problems found while normalising input: byte offsets in the original bytes.
struct EncodingIssue {
  uint64_t offset;
  std::string message;
};

struct NormalizedText {
  std::string utf8;  // always valid UTF-8, CRLF kept (the splitter treats \r\n as one break)
  bool wasLatin1 = false;
  std::vector<EncodingIssue> issues;
};

// Auto: valid UTF-8 stays as is; otherwise the input is read as Latin-1 (the common case for
// legacy exports) and that is reported once. Utf8: invalid bytes become U+FFFD, each reported.
NormalizedText normalizeText(std::string_view bytes, Encoding enc);

// Decode one code point at s[i] (valid UTF-8 assumed); returns the code point, advances i.
char32_t decodeUtf8(std::string_view s, size_t& i);
void appendUtf8(std::string& out, char32_t cp);

}  // namespace barge::parser
