#pragma once
// Hand-written scanner for the Oracle lexer's most frequent tokens, used ahead of the generated
// OracleLexer (see parser/common/quick_token.h). grammars/oracle/
// OracleLexer.g4 stays the definition: every token this scanner is not certain of, it leaves to
// the generated lexer.
#include <string>
#include <string_view>

#include "parser/common/quick_token.h"

namespace barge::parser::oracle {

bool quickScan(std::u32string_view text, size_t pos, QuickToken& out);

// One line per token: "type channel start stop line:column" (code point indexes), for the test
// that the quick scanner and the generated lexer produce the same token stream. `bytes` is read
// as the front end reads a file (UTF-8, else Latin-1).
std::string dumpTokens(std::string_view bytes, bool quick);

}  // namespace barge::parser::oracle
