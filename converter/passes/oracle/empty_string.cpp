// Oracle treats a zero-length character value as NULL (Oracle Database SQL Language
// Reference, "Nulls": "Oracle Database currently treats a character value with a length of
// zero as null"). Writing '' as NULL keeps every use behaving the same: comparisons with ''
// are never true, INSERT of '' stores NULL, NVL(x, '') is NULL when x is.
#include "converter/passes/oracle/oracle_passes.h"

namespace barge::converter::oracle {

void emptyStringIsNull(ir::ExprPtr& e, PassContext&) {
  if (e->kind != ir::ExprKind::Literal) return;
  auto& l = e->as<ir::Literal>();
  if ((l.literalKind == ir::LiteralKind::String ||
       l.literalKind == ir::LiteralKind::NationalString) &&
      l.value.empty()) {
    l.literalKind = ir::LiteralKind::Null;
    l.valueType = ir::ValueType::Null;
  }
}

}  // namespace barge::converter::oracle
