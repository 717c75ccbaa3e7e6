// FETCH FIRST n PERCENT ROWS (Oracle Database SQL Language Reference, SELECT,
// row_limiting_clause): n percent of the rows the query selects, rounded up (50 percent of 6
// rows is 3; 0 or less returns no row). PostgreSQL's LIMIT takes a count, and an uncorrelated
// subquery may give it: LIMIT (SELECT ceil(count(*) * n / 100) FROM (the query without its
// ORDER BY and row limit)). OFFSET and WITH TIES apply as before.
#include "converter/passes/oracle/oracle_passes.h"
#include "ir/clone.h"

namespace barge::converter::oracle {

void fetchPercent(ir::QueryPtr& q, PassContext&) {
  if (!q || !q->limitPercent || !q->limit) return;
  ir::QueryPtr rows = ir::clone(*q);
  rows->orderBy.clear();
  rows->orderSiblings = false;
  rows->limit = nullptr;
  rows->offset = nullptr;
  rows->fetchWithTies = false;
  rows->limitPercent = false;
  rows->forUpdate.clear();

  auto derived = std::make_unique<ir::DerivedTable>();
  derived->loc = q->loc;
  derived->alias = ir::Identifier{"barge_percent", false};
  derived->query = std::move(rows);
  auto count = std::make_unique<ir::Select>();
  count->loc = q->loc;
  count->from.push_back(std::move(derived));
  auto item = std::make_unique<ir::SelectItem>();
  item->loc = q->loc;
  std::vector<ir::ExprPtr> args;
  args.push_back(std::move(q->limit));
  item->expr = templateCall(q->loc, "CAST(ceil(count(*) * ({0}) / 100.0) AS bigint)",
                            std::move(args), ir::ValueType::Integer);
  count->items.push_back(std::move(item));
  auto sub = std::make_unique<ir::SubqueryExpr>();
  sub->loc = q->loc;
  sub->query = std::move(count);
  sub->valueType = ir::ValueType::Integer;
  q->limit = std::move(sub);
  q->limitPercent = false;
}

}  // namespace barge::converter::oracle
