// Oracle `/` on NUMBER never truncates (7 / 2 = 3.5). NUMBER(p) columns become PostgreSQL
// integer types and integer / integer truncates there, so such a division computes in
// numeric.
#include "converter/passes/oracle/oracle_passes.h"

namespace barge::converter::oracle {

void division(ir::ExprPtr& e, PassContext&) {
  if (e->kind != ir::ExprKind::Binary) return;
  auto& b = e->as<ir::Binary>();
  if (b.op != ir::BinaryOp::Div || !b.left || !b.right) return;
  if (b.left->valueType != ir::ValueType::Integer || b.right->valueType != ir::ValueType::Integer)
    return;
  auto c = std::make_unique<ir::Cast>();
  c->loc = b.left->loc;
  c->style = "CAST";
  c->pgType = "numeric";
  c->valueType = ir::ValueType::Number;
  c->operand = std::move(b.left);
  b.left = std::move(c);
}

}  // namespace barge::converter::oracle
