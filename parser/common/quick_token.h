#pragma once
#include <cstddef>
#include <string_view>

namespace barge::parser {

// A dialect's hand-written scanner for its most frequent tokens (whitespace, plain names,
// integers, plain strings, comments, punctuation). It returns false whenever the generated
// lexer could decide differently (and at the end of input); the generated lexer then lexes
// that one token, so the .g4 lexer stays the definition. The ANTLR lexer pays two mutex
// operations and a hash lookup per character; this was most of the lexing time.
struct QuickToken {
  size_t type = 0;
  size_t channel = 0;
  size_t end = 0;  // one past the token's last code point
};
using QuickScanner = bool (*)(std::u32string_view text, size_t pos, QuickToken& out);

}  // namespace barge::parser
