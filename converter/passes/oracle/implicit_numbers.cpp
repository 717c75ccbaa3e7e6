// Oracle converts a character value to NUMBER where it meets a number in arithmetic or in a
// comparison (Oracle Database SQL Language Reference, "Data Type Comparison Rules", "Implicit
// Data Conversion": '10' + 5 is 15, code = 10 compares numerically). PostgreSQL has no
// varchar + integer or varchar = integer operator, so the character side is cast to numeric.
// Both sides character in arithmetic ('1' + '2' = 3) are both cast; comparisons of two
// character values stay character comparisons, as in Oracle.
#include "converter/passes/oracle/oracle_passes.h"

namespace barge::converter::oracle {

namespace {

bool isNumber(ir::ValueType t) {
  return t == ir::ValueType::Integer || t == ir::ValueType::Number;
}

void toNumeric(ir::ExprPtr& operand) {
  castTo(operand, "numeric", ir::ValueType::Number);
}

}  // namespace

void implicitNumbers(ir::ExprPtr& e, PassContext&) {
  if (e->kind != ir::ExprKind::Binary) return;
  auto& b = e->as<ir::Binary>();
  if (!b.left || !b.right) return;
  using Op = ir::BinaryOp;
  bool arithmetic = b.op == Op::Add || b.op == Op::Sub || b.op == Op::Mul || b.op == Op::Div;
  bool comparison = b.op == Op::Eq || b.op == Op::Ne || b.op == Op::Lt || b.op == Op::Le ||
                    b.op == Op::Gt || b.op == Op::Ge;
  if (!arithmetic && !comparison) return;
  ir::ValueType l = b.left->valueType, r = b.right->valueType;
  bool lText = l == ir::ValueType::Text, rText = r == ir::ValueType::Text;
  if (arithmetic && lText && rText) {
    toNumeric(b.left);
    toNumeric(b.right);
  } else if (lText && isNumber(r)) {
    toNumeric(b.left);
  } else if (rText && isNumber(l)) {
    toNumeric(b.right);
  } else {
    return;
  }
  if (arithmetic) e->valueType = ir::ValueType::Number;
}

}  // namespace barge::converter::oracle
