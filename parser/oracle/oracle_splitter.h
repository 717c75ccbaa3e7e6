#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parser/common/chunk.h"

namespace barge::parser::oracle {

// Cuts a SQL*Plus script into statements and SQL*Plus commands. A SQL statement ends at `;`
// or at a `/` line; a PL/SQL unit (CREATE PROCEDURE/FUNCTION/PACKAGE/TRIGGER/TYPE, DECLARE,
// BEGIN) and a query starting WITH FUNCTION / WITH PROCEDURE run to their `/` line, semicolons
// included.
std::vector<Chunk> splitScript(std::string_view utf8);

// SQL*Plus joins a line ending in "-" with the next one. Where that "-" cannot be a minus sign
// (before , ) ' or after ( ,) it becomes a \v, in place, so offsets stay valid: whitespace to
// the lexer, and still a continuation mark for SQL*Plus command lines.
void joinContinuationLines(std::string& utf8);

// True when a statement cut by splitScript is a PL/SQL unit or a query starting with PL/SQL
// declarations (which run to their "/" line).
bool isPlsqlUnitText(std::string_view statement);

// The heading of a unit obfuscated by the wrap utility:
// CREATE [OR REPLACE] [[NON]EDITIONABLE] kind [BODY] [schema.]name WRAPPED ...
struct WrappedHeading {
  std::string kind;                                // upper case: PACKAGE BODY, FUNCTION, ...
  std::vector<std::pair<std::string, bool>> name;  // parts as written (quotes removed), quoted?
  bool orReplace = false;
};
std::optional<WrappedHeading> wrappedHeading(std::string_view statement);

// Substitution variables (&name, &&name) outside literals and comments, in order of appearance.
std::vector<std::string> substitutionVariables(std::string_view statement);

}  // namespace barge::parser::oracle
