// DECODE(expr, search, result [, search, result]... [, default]) (Oracle Database SQL
// Language Reference, "DECODE"): compares expr with each search in order and "Oracle
// Database considers two nulls to be equivalent", so a NULL search matches a NULL expr.
// -> CASE WHEN expr IS NOT DISTINCT FROM search THEN result ... ELSE default END; a search
// that is a non-NULL literal compares with =, a NULL literal with IS NULL.
#include "converter/passes/oracle/oracle_passes.h"
#include "ir/clone.h"

namespace barge::converter::oracle {

void decode(ir::ExprPtr& e, PassContext& ctx) {
  if (e->kind != ir::ExprKind::Call) return;
  auto& c = e->as<ir::Call>();
  if (c.target || c.function.parts.size() != 1 || c.function.last().quoted) return;
  std::string n = c.function.last().text;
  for (auto& ch : n) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  if (n != "DECODE") return;
  if (c.args.size() < 3) {
    ctx.actions.add("BRG-2005", e->loc, "DECODE with fewer than 3 arguments");
    e = reportedRaw(*e, "DECODE");
    return;
  }
  auto out = std::make_unique<ir::CaseExpr>();
  out->loc = e->loc;
  out->valueType = e->valueType;
  const ir::Expr& subject = *c.args[0].value;
  size_t i = 1;
  for (; i + 1 < c.args.size(); i += 2) {
    ir::ExprPtr search = std::move(c.args[i].value);
    ir::CaseExpr::When w;
    if (search->kind == ir::ExprKind::Literal &&
        search->as<ir::Literal>().literalKind == ir::LiteralKind::Null) {
      auto is = std::make_unique<ir::IsNull>();
      is->loc = search->loc;
      is->operand = ir::clone(subject);
      is->valueType = ir::ValueType::Boolean;
      w.condition = std::move(is);
    } else {
      auto b = std::make_unique<ir::Binary>();
      b->loc = search->loc;
      b->op = search->kind == ir::ExprKind::Literal ? ir::BinaryOp::Eq : ir::BinaryOp::NullSafeEq;
      b->valueType = ir::ValueType::Boolean;
      b->left = ir::clone(subject);
      b->right = std::move(search);
      w.condition = std::move(b);
    }
    w.result = std::move(c.args[i + 1].value);
    out->whens.push_back(std::move(w));
  }
  if (i < c.args.size()) out->elseResult = std::move(c.args[i].value);
  e = std::move(out);
}

}  // namespace barge::converter::oracle
