// Oracle compares a character value with a number by converting the character value to a
// number (Oracle Database SQL Language Reference, "Data Type Comparison Rules" / "Implicit Data
// Conversion"). PostgreSQL has no text = integer operator and rejects the statement, so the
// character side gets an explicit CAST(... AS numeric): the same comparison, and the same error
// as Oracle's ORA-01722 when the text is not a number.
#include "converter/passes/oracle/oracle_passes.h"

namespace barge::converter::oracle {

namespace {
bool numeric(ir::ValueType t) {
  return t == ir::ValueType::Number || t == ir::ValueType::Integer;
}

void toNumber(ir::ExprPtr& e) {
  castTo(e, "numeric", ir::ValueType::Number);
}

bool isNumericLiteralOrTyped(const ir::ExprPtr& e) {
  return e && numeric(e->valueType);
}
bool isText(const ir::ExprPtr& e) {
  return e && e->valueType == ir::ValueType::Text;
}
}  // namespace

void implicitConversion(ir::ExprPtr& e, PassContext&) {
  if (e->kind == ir::ExprKind::Binary) {
    auto& b = e->as<ir::Binary>();
    if (!ir::isComparison(b.op)) return;
    if (isText(b.left) && isNumericLiteralOrTyped(b.right))
      toNumber(b.left);
    else if (isText(b.right) && isNumericLiteralOrTyped(b.left))
      toNumber(b.right);
  } else if (e->kind == ir::ExprKind::InList) {
    auto& in = e->as<ir::InList>();
    if (!isText(in.operand)) return;
    bool anyNumber = false;
    for (const auto& i : in.items) anyNumber = anyNumber || isNumericLiteralOrTyped(i);
    if (anyNumber) toNumber(in.operand);
  } else if (e->kind == ir::ExprKind::Between) {
    auto& b = e->as<ir::Between>();
    if (isText(b.operand) && (isNumericLiteralOrTyped(b.low) || isNumericLiteralOrTyped(b.high)))
      toNumber(b.operand);
  }
}

}  // namespace barge::converter::oracle
