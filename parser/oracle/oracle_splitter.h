#pragma once
#include <string_view>
#include <vector>

#include "parser/common/chunk.h"

namespace barge::parser::oracle {

// Cuts a SQL*Plus script into statements and SQL*Plus commands. A SQL statement ends at `;`
// or at a `/` line; a PL/SQL unit (CREATE PROCEDURE/FUNCTION/PACKAGE/TRIGGER/TYPE, DECLARE,
// BEGIN) runs to its `/` line, semicolons included.
std::vector<Chunk> splitScript(std::string_view utf8);

}  // namespace barge::parser::oracle
