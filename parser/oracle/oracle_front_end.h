#pragma once
#include <string>
#include <string_view>

#include "parser/parser.h"

namespace barge::parser::oracle {

// Oracle scripts (SQL*Plus layer, SQL and PL/SQL) -> IR.
ParseResult parseScript(std::string_view bytes, const std::string& sourceName,
                        const ParseOptions& options);

}  // namespace barge::parser::oracle
