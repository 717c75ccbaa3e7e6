// Queries: WITH, set operations, SELECT blocks, FROM items and joins -> ir::Query.
#include "parser/oracle/transform.h"

namespace barge::parser::oracle {

std::vector<ir::Ptr<ir::OrderItem>> transformOrderBy(P::OrderByClauseContext* ctx,
                                                     const ParseContext& pc) {
  std::vector<ir::Ptr<ir::OrderItem>> out;
  if (!ctx) return out;
  for (auto* o : ctx->orderItem()) {
    auto item = std::make_unique<ir::OrderItem>();
    at(*item, o, pc);
    item->expr = transformExpression(o->expression(), pc);
    item->descending = o->K_DESC() != nullptr;
    if (o->K_NULLS())
      item->nulls = o->K_FIRST() ? ir::OrderItem::Nulls::First : ir::OrderItem::Nulls::Last;
    out.push_back(std::move(item));
  }
  return out;
}

namespace {

ir::TableRefPtr tableRef(P::TableRefContext* ctx, const ParseContext& pc);

// VALUES (a, b), (c, d): a table value constructor (23ai).
ir::QueryPtr valuesConstructor(P::ValuesConstructorContext* ctx, const ParseContext& pc) {
  auto v = std::make_unique<ir::Values>();
  at(*v, ctx, pc);
  for (auto* row : ctx->valuesRow()) {
    std::vector<ir::ExprPtr> r;
    for (auto* e : row->expression()) r.push_back(transformExpression(e, pc));
    v->rows.push_back(std::move(r));
  }
  return v;
}

ir::TableRefPtr tableSource(P::TableSourceContext* src, const ParseContext& pc) {
  if (auto* vc = src->valuesConstructor()) {
    auto d = std::make_unique<ir::DerivedTable>();
    at(*d, src, pc);
    d->query = valuesConstructor(vc, pc);
    return d;
  }
  if (auto* q = src->query()) {
    auto d = std::make_unique<ir::DerivedTable>();
    at(*d, src, pc);
    d->lateral = src->K_LATERAL() != nullptr;
    d->query = transformQuery(q, pc);
    return d;
  }
  if (src->K_TABLE()) {
    auto f = std::make_unique<ir::FunctionTable>();
    at(*f, src, pc);
    f->call = transformExpression(src->expression(), pc);
    return f;
  }
  if (src->parenGroup()) {
    auto f = std::make_unique<ir::FunctionTable>();
    at(*f, src, pc);
    f->call = rawExpr(src, pc, upperText(src->qualifiedName(0)->getText()));
    return f;
  }
  auto t = std::make_unique<ir::NamedTable>();
  at(*t, src, pc);
  t->name = transformQualifiedName(src->qualifiedName(0));
  if (src->AT_SIGN()) t->name.dbLink = ir::Identifier{src->qualifiedName(1)->getText(), false};
  if (auto* p = src->partitionExtension()) t->partition = normalizedText(p);
  if (auto* s = src->sampleClause()) t->hints.push_back(normalizedText(s));
  return t;
}

std::vector<ir::Identifier> pivotColumns(P::PivotColumnsContext* ctx) {
  std::vector<ir::Identifier> out;
  for (auto* id : ctx->identifier()) out.push_back(transformIdentifier(id));
  return out;
}

ir::Ptr<ir::Pivot> pivot(P::PivotClauseContext* ctx, const ParseContext& pc) {
  auto p = std::make_unique<ir::Pivot>();
  at(*p, ctx, pc);
  p->unpivot = ctx->K_UNPIVOT() != nullptr;
  if (ctx->K_XML()) {
    p->xml = true;
    p->raw = normalizedText(ctx);
    return p;
  }
  p->includeNulls = ctx->K_INCLUDE() != nullptr;
  for (auto* a : ctx->pivotAggregate()) {
    p->aggregates.push_back(transformExpression(a->expression(), pc));
    p->aggregateAliases.push_back(a->identifier() ? transformIdentifier(a->identifier())
                                                  : ir::Identifier{});
  }
  auto cols = ctx->pivotColumns();
  if (p->unpivot) {
    p->valueColumns = pivotColumns(cols[0]);
    p->forColumns = pivotColumns(cols[1]);
  } else {
    p->forColumns = pivotColumns(cols[0]);
  }
  for (auto* i : ctx->pivotInItem()) {
    ir::PivotIn in;
    in.loc = pc.locate(i);
    auto e = transformExpression(i->expression(), pc);
    // (v1, v2) for several FOR columns is one tuple
    if (p->forColumns.size() > 1 && e->kind == ir::ExprKind::Row) {
      for (auto& v : e->as<ir::RowExpr>().items) in.values.push_back(std::move(v));
    } else {
      in.values.push_back(std::move(e));
    }
    if (i->identifier()) in.alias = transformIdentifier(i->identifier());
    p->in.push_back(std::move(in));
  }
  for (auto* i : ctx->unpivotInItem()) {
    ir::PivotIn in;
    in.loc = pc.locate(i);
    in.columns = pivotColumns(i->pivotColumns());
    if (auto* v = i->simpleExpr()) {
      auto e = transformSimpleExpr(v, pc);
      if (p->forColumns.size() > 1 && e->kind == ir::ExprKind::Row) {
        for (auto& x : e->as<ir::RowExpr>().items) in.values.push_back(std::move(x));
      } else {
        in.values.push_back(std::move(e));
      }
    }
    p->in.push_back(std::move(in));
  }
  return p;
}

ir::TableRefPtr primaryRef(P::TableRefPrimaryContext* ctx, const ParseContext& pc) {
  if (auto* inner = ctx->tableRef()) {
    auto t = tableRef(inner, pc);
    // "(t a) b": only the outer alias is visible to the query
    if (auto* a = ctx->tableAlias()) {
      t->alias = transformIdentifier(a->identifier());
      t->columnAliases = transformColumnList(a->columnList());
    }
    return t;
  }
  auto t = tableSource(ctx->tableSource(), pc);
  if (auto* pv = ctx->pivotClause()) t->pivot = pivot(pv, pc);
  if (auto* f = ctx->flashbackClause()) {
    if (t->kind == ir::TableRefKind::Named)
      static_cast<ir::NamedTable&>(*t).flashback = normalizedText(f);
  }
  if (auto* a = ctx->tableAlias()) {
    t->alias = transformIdentifier(a->identifier());
    t->columnAliases = transformColumnList(a->columnList());
  }
  return t;
}

}  // namespace

ir::TableRefPtr transformTableRefPrimary(P::TableRefPrimaryContext* ctx, const ParseContext& pc) {
  return primaryRef(ctx, pc);
}

namespace {

ir::TableRefPtr tableRef(P::TableRefContext* ctx, const ParseContext& pc) {
  ir::TableRefPtr left = primaryRef(ctx->tableRefPrimary(), pc);
  for (auto* j : ctx->joinClause()) {
    auto join = std::make_unique<ir::Join>();
    at(*join, j, pc);
    std::string type = j->joinType() ? normalizedText(j->joinType()) : "INNER";
    if (j->K_APPLY()) type = j->K_CROSS() ? "CROSS APPLY" : "OUTER APPLY";
    join->joinType = type;
    join->left = std::move(left);
    join->right = primaryRef(j->tableRefPrimary(), pc);
    if (auto* on = j->expression()) join->on = transformExpression(on, pc);
    if (auto* cols = j->columnList()) join->usingColumns = transformColumnList(cols);
    // PARTITION BY before JOIN belongs to the left side, after the right table to the right.
    for (auto* q : j->queryPartitionClause()) {
      bool leftSide =
          q->getStart()->getTokenIndex() < j->tableRefPrimary()->getStart()->getTokenIndex();
      auto& out = leftSide ? join->leftPartitionBy : join->rightPartitionBy;
      for (auto* e : q->expression()) out.push_back(transformExpression(e, pc));
    }
    left = std::move(join);
  }
  return left;
}

// The select-item alias or the pivot text would be lost without these: keep them.
// A GROUP BY element: ROLLUP (...) and CUBE (...) parse as calls, GROUPING SETS has its own rule;
// both become GroupingExpr. `()` is the empty grouping set (a Row with no items).
ir::ExprPtr groupItem(P::GroupItemContext* gi, const ParseContext& pc) {
  if (gi->K_SETS()) {
    auto g = std::make_unique<ir::GroupingExpr>();
    at(*g, gi, pc);
    g->grouping = ir::GroupingKind::Sets;
    for (auto* sub : gi->groupItem()) g->items.push_back(groupItem(sub, pc));
    return g;
  }
  if (!gi->expression()) {
    auto r = std::make_unique<ir::RowExpr>();
    at(*r, gi, pc);
    return r;
  }
  auto e = transformExpression(gi->expression(), pc);
  if (e->kind != ir::ExprKind::Call) return e;
  auto& call = e->as<ir::Call>();
  std::string n = call.function.parts.size() == 1 ? upperText(call.function.parts[0].text) : "";
  if ((n != "ROLLUP" && n != "CUBE") || call.over || call.distinct) return e;
  auto g = std::make_unique<ir::GroupingExpr>();
  at(*g, gi, pc);
  g->grouping = n == "ROLLUP" ? ir::GroupingKind::Rollup : ir::GroupingKind::Cube;
  for (auto& a : call.args) g->items.push_back(std::move(a.value));
  return g;
}

ir::Ptr<ir::Select> queryBlock(P::QueryBlockContext* ctx, const ParseContext& pc) {
  auto s = std::make_unique<ir::Select>();
  at(*s, ctx, pc);
  s->hints = hintsAfter(ctx->K_SELECT(), pc);
  s->distinct = ctx->K_DISTINCT() != nullptr || ctx->K_UNIQUE() != nullptr;
  for (auto* item : ctx->selectItem()) {
    auto si = std::make_unique<ir::SelectItem>();
    at(*si, item, pc);
    if (item->STAR()) {
      auto st = std::make_unique<ir::Star>();
      at(*st, item, pc);
      si->expr = std::move(st);
    } else {
      si->expr = transformExpression(item->expression(), pc);
      if (auto* a = item->alias()) {
        if (a->identifier())
          si->alias = transformIdentifier(a->identifier());
        else
          si->alias = ir::Identifier{unquoteString(a->STRING()->getText()), true};
      }
    }
    s->items.push_back(std::move(si));
  }
  if (auto* into = ctx->intoClause()) {
    s->bulkCollect = into->K_BULK() != nullptr;
    for (auto* t : into->simpleExpr()) s->into.push_back(transformSimpleExpr(t, pc));
  }
  for (auto* t : ctx->tableRef()) {
    auto ref = tableRef(t, pc);
    s->from.push_back(std::move(ref));
  }
  if (auto* w = ctx->whereClause()) {
    if (w->expression()) s->where = transformExpression(w->expression(), pc);
  }
  if (auto* h = ctx->hierarchicalClause()) {
    auto exprs = h->expression();
    bool startFirst = h->getStart()->getType() == P::K_START;
    if (h->K_START()) {
      s->startWith = transformExpression(exprs[startFirst ? 0 : 1], pc);
      s->connectBy = transformExpression(exprs[startFirst ? 1 : 0], pc);
    } else {
      s->connectBy = transformExpression(exprs[0], pc);
    }
    s->noCycle = h->K_NOCYCLE() != nullptr;
  }
  if (auto* g = ctx->groupByClause()) {
    for (auto* gi : g->groupItem()) s->groupBy.push_back(groupItem(gi, pc));
    if (auto* h = g->expression()) s->having = transformExpression(h, pc);
  }
  if (auto* h = ctx->expression()) s->having = transformExpression(h, pc);
  return s;
}

ir::QueryPtr queryTerm(P::QueryTermContext* ctx, const ParseContext& pc) {
  if (auto* b = ctx->queryBlock()) return queryBlock(b, pc);
  return transformQuery(ctx->query(), pc);
}

}  // namespace

ir::QueryPtr transformQuery(P::QueryContext* ctx, const ParseContext& pc) {
  auto* set = ctx->queryBlockSet();
  auto terms = set->queryTerm();
  ir::QueryPtr q = queryTerm(terms[0], pc);
  auto ops = set->setOperator();
  for (size_t i = 0; i < ops.size(); ++i) {
    auto s = std::make_unique<ir::SetOp>();
    at(*s, ops[i], pc);
    s->op = normalizedText(ops[i]);
    s->left = std::move(q);
    s->right = queryTerm(terms[i + 1], pc);
    q = std::move(s);
  }
  if (auto* w = ctx->withClause()) {
    for (auto* d : w->plsqlDeclaration())
      q->plsqlDeclarations.push_back(transformPlsqlDeclaration(d, pc));
    for (auto* ct : w->commonTable()) {
      auto c = std::make_unique<ir::CommonTable>();
      at(*c, ct, pc);
      c->name = transformIdentifier(ct->identifier());
      c->columns = transformColumnList(ct->columnList());
      c->query = ct->query() ? transformQuery(ct->query(), pc)
                             : valuesConstructor(ct->valuesConstructor(), pc);
      q->with.push_back(std::move(c));
    }
  }
  auto* order = ctx->orderByClause();
  if (!order && ctx->lateOrderBy()) order = ctx->lateOrderBy()->orderByClause();
  if (auto* o = order) {
    q->orderBy = transformOrderBy(o, pc);
    q->orderSiblings = o->K_SIBLINGS() != nullptr;
  }
  if (auto* r = ctx->rowLimitingClause()) {
    if (r->K_OFFSET()) q->offset = transformExpression(r->expression(), pc);
    if (auto* f = r->fetchFirst()) {
      if (f->expression()) q->limit = transformExpression(f->expression(), pc);
      q->limitPercent = f->K_PERCENT() != nullptr;
      q->fetchWithTies = f->K_TIES() != nullptr;
    }
  }
  if (auto* fu = ctx->forUpdateClause()) q->forUpdate = normalizedText(fu);
  at(*q, ctx, pc);
  return q;
}

}  // namespace barge::parser::oracle
