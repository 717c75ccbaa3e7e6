// MERGE ... WHEN MATCHED THEN UPDATE SET ... [WHERE u] DELETE WHERE d (Oracle Database SQL
// Language Reference, MERGE, merge_update_clause): the DELETE applies to rows the UPDATE just
// changed, and d is evaluated on the updated values. PostgreSQL 15's MERGE takes the first
// WHEN branch that matches, so the rows to delete get a branch of their own before the UPDATE:
// WHEN MATCHED [AND u] AND d' THEN DELETE, with d' = d reading each updated target column as
// its SET expression (a column the UPDATE does not set keeps its value).
#include "converter/identifiers.h"
#include "converter/passes/oracle/oracle_passes.h"
#include "converter/passes/walk.h"
#include "ir/clone.h"

namespace barge::converter::oracle {

void mergeDelete(ir::Stmt& s, PassContext& ctx) {
  if (s.kind != ir::StmtKind::Merge) return;
  auto& m = s.as<ir::Merge>();
  if (!m.deleteWhere || m.updateSet.empty() || !m.target) return;
  std::string alias = pgName(ctx.from, m.target->alias);
  std::string table;
  if (m.target->kind == ir::TableRefKind::Named)
    table = pgName(ctx.from, static_cast<const ir::NamedTable&>(*m.target).name.last());
  auto setValue = [&](const ir::NameRef& n) -> const ir::Expr* {
    if (n.name.parts.size() > 2) return nullptr;
    if (n.from && n.from != m.target.get()) return nullptr;
    if (n.name.parts.size() == 2) {
      std::string q = pgName(ctx.from, n.name.parts[0]);
      if (q != alias && q != table) return nullptr;
    } else if (!n.from) {
      return nullptr;  // unresolved one-part name: leave it
    }
    std::string col = pgName(ctx.from, n.name.last());
    for (const auto& a : m.updateSet)
      if (a.targets.size() == 1 && pgName(ctx.from, a.targets[0].last()) == col && a.value)
        return a.value.get();
    return nullptr;
  };
  Visitor v;
  v.expr = [&](ir::ExprPtr& e) {
    if (!e || e->kind != ir::ExprKind::Name) return;
    if (const ir::Expr* value = setValue(e->as<ir::NameRef>())) e = ir::clone(*value);
  };
  ir::ExprPtr cond = std::move(m.deleteWhere);
  walk(cond, v);
  if (m.updateWhere) {
    auto both = std::make_unique<ir::Binary>();
    both->loc = cond->loc;
    both->op = ir::BinaryOp::And;
    both->left = ir::clone(*m.updateWhere);
    both->right = std::move(cond);
    both->valueType = ir::ValueType::Boolean;
    cond = std::move(both);
  }
  m.matchedDelete = std::move(cond);
}

}  // namespace barge::converter::oracle
