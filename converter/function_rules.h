#pragma once
#include <string_view>
#include <vector>

#include "parser/parser.h"

namespace barge::converter {

// Function and pseudo-column rewrites as data (converter/rules/<dialect>_pg_functions.cpp).
// A name listed with an empty `pg` exists in PostgreSQL with the same meaning.
struct FunctionRule {
  std::string_view name;  // upper-case source name
  std::string_view pg;    // PostgreSQL name, or a whole expression when `replaceCall`
  bool replaceCall;       // true: `pg` replaces the whole call (no-argument forms: SYSDATE)
};

const std::vector<FunctionRule>& mysqlFunctionRules();
const std::vector<FunctionRule>& oracleFunctionRules();
const FunctionRule* findFunctionRule(parser::Dialect from, std::string_view upperName);

}  // namespace barge::converter
