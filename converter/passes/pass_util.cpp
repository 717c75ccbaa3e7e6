#include "converter/passes/pass.h"

namespace barge::converter {

ir::ExprPtr reportedRaw(const ir::Expr& original, std::string construct) {
  auto r = std::make_unique<ir::RawExpr>();
  r->loc = original.loc;
  r->construct = std::move(construct);
  r->reported = true;
  return r;
}

void castTo(ir::ExprPtr& e, std::string pgType, ir::ValueType type) {
  auto c = std::make_unique<ir::Cast>();
  c->loc = e->loc;
  c->style = "CAST";
  c->pgType = std::move(pgType);
  c->valueType = type;
  c->operand = std::move(e);
  e = std::move(c);
}

ir::ExprPtr templateCall(const ir::SourceLocation& loc, std::string pgTemplate,
                         std::vector<ir::ExprPtr> args, ir::ValueType type) {
  auto c = std::make_unique<ir::Call>();
  c->loc = loc;
  c->pgTemplate = std::move(pgTemplate);
  c->target = true;
  c->valueType = type;
  for (auto& a : args) c->args.push_back({{}, std::move(a)});
  return c;
}

}  // namespace barge::converter
