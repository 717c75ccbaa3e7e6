#pragma once
// Oracle conditional compilation, applied to one statement's tokens before it is parsed, as
// Oracle's PL/SQL compiler does it: a selection directive ($IF c $THEN ... $ELSIF ... $ELSE ...
// $END) keeps the text of the first branch whose static condition is TRUE, an error directive
// ($ERROR msg $END) in selected text is reported, and an inquiry directive ($$name) in selected
// text becomes the literal of its value. Directive tokens and unselected text go to the hidden
// channel; every directive is kept as an ir::ConditionalCompilation with all branches' text.
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ir/stmt.h"
#include "parser/common/chunk.h"
#include "parser/common/code_point_stream.h"
#include "parser/common/statement_token_stream.h"
#include "parser/parser.h"

namespace barge::parser::oracle {

// A static value: what PLSQL_CCFLAGS and the inquiry directives can hold.
struct CcValue {
  enum class Kind { Null, Boolean, Integer, Text };
  Kind kind = Kind::Null;
  bool boolean = false;
  long long integer = 0;
  std::string text;
};

struct CcSettings {
  std::map<std::string, CcValue> flags;  // upper-case flag name -> value (the last one given)
  std::string ccflags;                   // the PLSQL_CCFLAGS text itself ($$PLSQL_CCFLAGS)
  int version = 19;                      // DBMS_DB_VERSION.VERSION
  int release = 0;                       // DBMS_DB_VERSION.RELEASE
};

// Reads ParseOptions::plsqlCcflags ("name:value,...", values TRUE, FALSE, NULL or an integer)
// and ParseOptions::oracleVersion ("19", "12.2"). Returns false with `error` set on bad input.
bool parseCcSettings(const ParseOptions& options, CcSettings& out, std::string& error);

// Cheap test before the token walk: every directive token starts with '$'.
inline bool mayHaveDirectives(std::string_view text) {
  return text.find('$') != std::string_view::npos;
}

// Applies every directive of the statement in `tokens` (already filled). Diagnostics (unknown
// inquiry directives, a selected $ERROR, an unterminated $IF) go to `out`.
std::vector<ir::Ptr<ir::ConditionalCompilation>> applyConditionalCompilation(
    StatementTokenStream& tokens, CodePointStream& chars, const Chunk& chunk,
    const std::shared_ptr<const std::string>& file, const CcSettings& settings, ParseResult& out);

}  // namespace barge::parser::oracle
