#pragma once
// The canonical text of a JSON value that validate hashes on both sides: what
// nlohmann::json::parse followed by dump() gives (keys sorted by bytes, the last of duplicate
// keys kept, numbers re-printed from their int64 / uint64 / double value, compact, strings
// re-escaped), or the text unchanged when it does not parse.
#include <string>
#include <string_view>

namespace barge::mover {

// The canonical text. A fast path builds it directly, without a DOM, for documents made of
// ASCII strings, numbers, literals, arrays and objects; anything else (non-ASCII bytes, \u
// escapes above U+007F, invalid JSON, deep nesting) goes through nlohmann itself. Both give
// the same bytes for the same input.
std::string canonicalJson(std::string_view text);

// The fast path alone: false when it does not handle `text` (out is then unspecified).
bool canonicalJsonFast(std::string_view text, std::string& out);

// The reference: nlohmann parse + dump, or the text when it does not parse.
std::string canonicalJsonNlohmann(std::string_view text);

}  // namespace barge::mover
