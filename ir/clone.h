#pragma once
#include "ir/query.h"

namespace barge::ir {

// Deep copies of expressions and queries. Rewrites need them where one source expression
// appears several times in the result (DECODE's operand in each WHEN, the anchor and the
// recursive member of a CONNECT BY). Locations and bound annotations are copied too.
ExprPtr clone(const Expr& e);
QueryPtr clone(const Query& q);
TableRefPtr clone(const TableRef& t);
Ptr<DataType> clone(const DataType& t);
Ptr<OrderItem> clone(const OrderItem& o);
Ptr<WindowSpec> clone(const WindowSpec& w);

// INSERT, UPDATE, DELETE, MERGE (anything else: null).
StmtPtr cloneDml(const Stmt& s);

template <typename T>
Ptr<T> cloneOrNull(const Ptr<T>& p) {
  return p ? clone(*p) : nullptr;
}

}  // namespace barge::ir
