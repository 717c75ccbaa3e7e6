#include "converter/passes/walk.h"

namespace barge::converter {

namespace {

void walkAll(std::vector<ir::ExprPtr>& v, const Visitor& vis) {
  for (auto& e : v) walk(e, vis);
}
void walkOrder(std::vector<ir::Ptr<ir::OrderItem>>& v, const Visitor& vis) {
  for (auto& o : v)
    if (o) walk(o->expr, vis);
}
void walkWindow(ir::WindowSpec* w, const Visitor& vis) {
  if (!w) return;
  walkAll(w->partitionBy, vis);
  walkOrder(w->orderBy, vis);
}

void walkTable(ir::TableRefPtr& t, const Visitor& vis) {
  if (!t) return;
  switch (t->kind) {
    case ir::TableRefKind::Derived:
      walk(static_cast<ir::DerivedTable&>(*t).query, vis);
      break;
    case ir::TableRefKind::Function:
      walk(static_cast<ir::FunctionTable&>(*t).call, vis);
      break;
    case ir::TableRefKind::Join: {
      auto& j = static_cast<ir::Join&>(*t);
      walkTable(j.left, vis);
      walkTable(j.right, vis);
      walk(j.on, vis);
      walkAll(j.leftPartitionBy, vis);
      walkAll(j.rightPartitionBy, vis);
      break;
    }
    case ir::TableRefKind::Named:
    case ir::TableRefKind::Raw:
      break;
  }
}

void walkAssignments(std::vector<ir::Assignment>& v, const Visitor& vis) {
  for (auto& a : v) walk(a.value, vis);
}

}  // namespace

void walk(ir::ExprPtr& e, const Visitor& vis) {
  if (!e) return;
  switch (e->kind) {
    case ir::ExprKind::Unary:
      walk(e->as<ir::Unary>().operand, vis);
      break;
    case ir::ExprKind::Binary:
      walk(e->as<ir::Binary>().left, vis);
      walk(e->as<ir::Binary>().right, vis);
      break;
    case ir::ExprKind::Call: {
      auto& c = e->as<ir::Call>();
      for (auto& a : c.args) walk(a.value, vis);
      walkOrder(c.withinGroup, vis);
      walkOrder(c.aggregateOrder, vis);
      walkWindow(c.over.get(), vis);
      break;
    }
    case ir::ExprKind::Case: {
      auto& c = e->as<ir::CaseExpr>();
      walk(c.operand, vis);
      for (auto& w : c.whens) {
        walk(w.condition, vis);
        walk(w.result, vis);
      }
      walk(c.elseResult, vis);
      break;
    }
    case ir::ExprKind::Cast:
      walk(e->as<ir::Cast>().operand, vis);
      break;
    case ir::ExprKind::Subquery:
      walk(e->as<ir::SubqueryExpr>().query, vis);
      break;
    case ir::ExprKind::Exists:
      walk(e->as<ir::Exists>().subquery, vis);
      break;
    case ir::ExprKind::InList:
      walk(e->as<ir::InList>().operand, vis);
      walkAll(e->as<ir::InList>().items, vis);
      break;
    case ir::ExprKind::Between: {
      auto& b = e->as<ir::Between>();
      walk(b.operand, vis);
      walk(b.low, vis);
      walk(b.high, vis);
      break;
    }
    case ir::ExprKind::Like: {
      auto& l = e->as<ir::Like>();
      walk(l.operand, vis);
      walk(l.pattern, vis);
      walk(l.escape, vis);
      break;
    }
    case ir::ExprKind::IsNull:
      walk(e->as<ir::IsNull>().operand, vis);
      break;
    case ir::ExprKind::Interval:
      walk(e->as<ir::IntervalExpr>().value, vis);
      break;
    case ir::ExprKind::Row:
      walkAll(e->as<ir::RowExpr>().items, vis);
      break;
    case ir::ExprKind::Grouping:
      walkAll(e->as<ir::GroupingExpr>().items, vis);
      break;
    case ir::ExprKind::Collate:
      walk(e->as<ir::Collate>().operand, vis);
      break;
    case ir::ExprKind::Attribute:
      walk(e->as<ir::AttributeRef>().base, vis);
      break;
    case ir::ExprKind::AtTimeZone:
      walk(e->as<ir::AtTimeZone>().operand, vis);
      walk(e->as<ir::AtTimeZone>().zone, vis);
      break;
    case ir::ExprKind::Literal:
    case ir::ExprKind::Name:
    case ir::ExprKind::Star:
    case ir::ExprKind::BindVar:
    case ir::ExprKind::UserVar:
    case ir::ExprKind::SysVar:
    case ir::ExprKind::Raw:
      break;
  }
  if (vis.expr) vis.expr(e);
}

void walk(ir::QueryPtr& q, const Visitor& vis) {
  if (!q) return;
  for (auto& c : q->with) walk(c->query, vis);
  switch (q->queryKind) {
    case ir::QueryKind::Select: {
      auto& s = static_cast<ir::Select&>(*q);
      for (auto& f : s.from) walkTable(f, vis);
      for (auto& i : s.items) walk(i->expr, vis);
      walk(s.where, vis);
      walk(s.startWith, vis);
      walk(s.connectBy, vis);
      walkAll(s.groupBy, vis);
      walk(s.having, vis);
      for (auto& w : s.windows) walkWindow(w.get(), vis);
      break;
    }
    case ir::QueryKind::SetOp:
      walk(static_cast<ir::SetOp&>(*q).left, vis);
      walk(static_cast<ir::SetOp&>(*q).right, vis);
      break;
    case ir::QueryKind::Values:
      for (auto& r : static_cast<ir::Values&>(*q).rows) walkAll(r, vis);
      break;
  }
  walkOrder(q->orderBy, vis);
  walk(q->limit, vis);
  walk(q->offset, vis);
  if (vis.select && q->queryKind == ir::QueryKind::Select) vis.select(static_cast<ir::Select&>(*q));
  if (vis.query) vis.query(q);
}

void walk(ir::Stmt& s, const Visitor& vis) {
  switch (s.kind) {
    case ir::StmtKind::Insert:
    case ir::StmtKind::Replace: {
      auto& i = s.as<ir::Insert>();
      walk(i.source, vis);
      walkAssignments(i.setItems, vis);
      walkAssignments(i.onDuplicateKey, vis);
      walkAll(i.returning, vis);
      break;
    }
    case ir::StmtKind::Update: {
      auto& u = s.as<ir::Update>();
      for (auto& t : u.tables) walkTable(t, vis);
      walkAssignments(u.set, vis);
      walk(u.where, vis);
      walkOrder(u.orderBy, vis);
      walk(u.limit, vis);
      walkAll(u.returning, vis);
      break;
    }
    case ir::StmtKind::Delete: {
      auto& d = s.as<ir::Delete>();
      for (auto& t : d.from) walkTable(t, vis);
      for (auto& t : d.usingTables) walkTable(t, vis);
      walk(d.where, vis);
      walkOrder(d.orderBy, vis);
      walk(d.limit, vis);
      walkAll(d.returning, vis);
      break;
    }
    case ir::StmtKind::Merge: {
      auto& m = s.as<ir::Merge>();
      walkTable(m.target, vis);
      walkTable(m.source, vis);
      walk(m.on, vis);
      walkAssignments(m.updateSet, vis);
      walk(m.updateWhere, vis);
      walk(m.deleteWhere, vis);
      walk(m.matchedDelete, vis);
      walkAll(m.insertValues, vis);
      walk(m.insertWhere, vis);
      break;
    }
    default:
      break;
  }
}

}  // namespace barge::converter
