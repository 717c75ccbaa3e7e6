#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "parser/common/chunk.h"

namespace barge::parser::oracle {

// Cuts a SQL*Plus script into statements and SQL*Plus commands. A SQL statement ends at `;`
// or at a `/` line; a PL/SQL unit (CREATE PROCEDURE/FUNCTION/PACKAGE/TRIGGER/TYPE, DECLARE,
// BEGIN) runs to its `/` line, semicolons included.
std::vector<Chunk> splitScript(std::string_view utf8);

// SQL*Plus joins a line ending in "-" with the next one. Where that "-" cannot be a minus sign
// (before , ) ' or after ( ,) it becomes a \v, in place, so offsets stay valid: whitespace to
// the lexer, and still a continuation mark for SQL*Plus command lines.
void joinContinuationLines(std::string& utf8);

// Substitution variables (&name, &&name) outside literals and comments, in order of appearance.
std::vector<std::string> substitutionVariables(std::string_view statement);

}  // namespace barge::parser::oracle
