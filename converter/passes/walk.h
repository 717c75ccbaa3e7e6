#pragma once
#include <functional>

#include "ir/query.h"

namespace barge::converter {

// Visits every expression slot and every query block of a query, a DML statement or an
// expression, children first, so a callback sees rewritten children. Subqueries inside
// expressions, derived tables, WITH queries and set operands are all entered.
struct Visitor {
  std::function<void(ir::ExprPtr&)> expr;    // may replace the expression in its slot
  std::function<void(ir::Select&)> select;   // after the block's own expressions
  std::function<void(ir::QueryPtr&)> query;  // any query slot (may replace it)
};

void walk(ir::ExprPtr& e, const Visitor& v);
void walk(ir::QueryPtr& q, const Visitor& v);
void walk(ir::Stmt& dml, const Visitor& v);  // Insert, Update, Delete, Merge, Select

}  // namespace barge::converter
