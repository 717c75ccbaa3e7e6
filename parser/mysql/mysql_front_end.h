#pragma once
#include <string>
#include <string_view>

#include "parser/parser.h"

namespace barge::parser::mysql {

// MySQL / MariaDB scripts (mysql client layer, DDL, routines) -> IR.
ParseResult parseScript(std::string_view bytes, const std::string& sourceName,
                        const ParseOptions& options);

}  // namespace barge::parser::mysql
