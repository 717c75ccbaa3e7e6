#include "converter/function_rules.h"

namespace barge::converter {

namespace {
const std::vector<FunctionRule>& rulesFor(ir::Dialect from) {
  return from == ir::Dialect::MySql ? mysqlFunctionRules() : oracleFunctionRules();
}
}  // namespace

const FunctionRule* findFunctionRule(ir::Dialect from, std::string_view upperName, int args) {
  for (const auto& r : rulesFor(from))
    if (r.name == upperName && (args < 0 || (args >= r.minArgs && args <= r.maxArgs))) return &r;
  return nullptr;
}

const FunctionRule* findNoParensRule(ir::Dialect from, std::string_view upperName) {
  for (const auto& r : rulesFor(from))
    if (r.name == upperName && r.noParens) return &r;
  return nullptr;
}

}  // namespace barge::converter
