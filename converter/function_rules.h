#pragma once
#include <string_view>
#include <vector>

#include "ir/dialect.h"
#include "ir/expr.h"

namespace barge::converter {

// Function and pseudo-function rewrites as data (converter/rules/<dialect>_pg_functions.cpp).
// Each row is one small rewrite kind; a new mapping is a new row. Rewrites that need the IR
// (DECODE's NULL rule, date arithmetic) are passes, and their rows say `Pass`.
enum class FunctionRuleKind {
  Same,            // PostgreSQL has the function with the same name and meaning
  Rename,          // same arguments, another name (`pg`)
  Template,        // `pg` is PostgreSQL text with {0}, {1}, ... for the arguments
  Compat,          // a function of ours in barge_compat (`pg` is its name, without the schema)
  Pass,            // rewritten by a dedicated pass (converter/passes/...); the row types the call
  NotConvertible,  // no PostgreSQL equivalent: kept, flagged with `actionCode`
};

struct FunctionRule {
  std::string_view name;  // upper-case source name
  FunctionRuleKind kind;
  std::string_view pg;
  ir::ValueType returns = ir::ValueType::Unknown;  // the binder types calls with it
  int minArgs = 0, maxArgs = 255;                  // the arities this row applies to
  bool noParens = false;             // may be written without parentheses (SYSDATE, USER)
  std::string_view actionCode = {};  // converted with a known difference, or not convertible
  std::string_view note = {};        // what the action item says
};

const std::vector<FunctionRule>& mysqlFunctionRules();
const std::vector<FunctionRule>& oracleFunctionRules();

// The first row for this name whose arity range holds `args` (-1: any row of the name).
const FunctionRule* findFunctionRule(ir::Dialect from, std::string_view upperName, int args = -1);
// A row usable for a name written without parentheses.
const FunctionRule* findNoParensRule(ir::Dialect from, std::string_view upperName);

}  // namespace barge::converter
