#include "converter/function_rules.h"

namespace barge::converter {

const FunctionRule* findFunctionRule(parser::Dialect from, std::string_view upperName) {
  const auto& rules = from == parser::Dialect::MySql ? mysqlFunctionRules() : oracleFunctionRules();
  for (const auto& r : rules)
    if (r.name == upperName) return &r;
  return nullptr;
}

}  // namespace barge::converter
