// INSERT / UPDATE / DELETE / MERGE and queries used as statements.
#include "parser/oracle/transform.h"

namespace barge::parser::oracle {

namespace {

ir::TableRefPtr dmlTarget(P::DmlTargetContext* ctx, const ParseContext& pc) {
  ir::TableRefPtr t;
  if (auto* q = ctx->query()) {
    auto d = std::make_unique<ir::DerivedTable>();
    d->query = transformQuery(q, pc);
    t = std::move(d);
  } else if (ctx->K_TABLE()) {
    auto f = std::make_unique<ir::FunctionTable>();
    f->call = transformExpression(ctx->expression(), pc);
    t = std::move(f);
  } else {
    auto n = std::make_unique<ir::NamedTable>();
    n->name = transformQualifiedName(ctx->qualifiedName(0));
    if (ctx->AT_SIGN()) n->name.dbLink = ir::Identifier{ctx->qualifiedName(1)->getText(), false};
    if (auto* p = ctx->partitionExtension()) n->partition = normalizedText(p);
    t = std::move(n);
  }
  at(*t, ctx, pc);
  if (auto* a = ctx->identifier()) t->alias = transformIdentifier(a);
  return t;
}

void returning(P::ReturningClauseContext* r, std::vector<ir::ExprPtr>& values,
               std::vector<ir::ExprPtr>& into, bool& bulk, const ParseContext& pc) {
  if (!r) return;
  for (auto* e : r->expression()) values.push_back(transformExpression(e, pc));
  for (auto* e : r->simpleExpr()) into.push_back(transformSimpleExpr(e, pc));
  bulk = r->K_BULK() != nullptr;
}

std::vector<ir::Assignment> assignments(const std::vector<P::UpdateSetContext*>& sets,
                                        const ParseContext& pc) {
  std::vector<ir::Assignment> out;
  for (auto* s : sets) {
    ir::Assignment a;
    for (auto* q : s->qualifiedName()) a.targets.push_back(transformQualifiedName(q));
    if (s->K_ROW()) a.targets.push_back(ir::QualifiedName{{ir::Identifier{"ROW", false}}, {}});
    a.value = transformExpression(s->expression(), pc);
    out.push_back(std::move(a));
  }
  return out;
}

ir::ExprPtr where(P::WhereClauseContext* w, bool& currentOf, const ParseContext& pc) {
  if (!w) return nullptr;
  if (w->K_CURRENT()) {
    currentOf = true;
    auto n = std::make_unique<ir::NameRef>();
    at(*n, w, pc);
    n->name.parts.push_back(transformIdentifier(w->identifier()));
    return n;
  }
  return transformExpression(w->expression(), pc);
}

ir::StmtPtr insert(P::InsertStatementContext* ctx, const ParseContext& pc) {
  auto ins = std::make_unique<ir::Insert>();
  at(*ins, ctx, pc);
  ins->hints = hintsAfter(ctx->K_INSERT(), pc);
  if (!ctx->multiInsertInto().empty()) {
    // INSERT ALL / FIRST: the WHEN branches are kept as text, the source query is modelled.
    ins->multiTable = normalizedText(ctx);
    ins->source = transformQuery(ctx->query(), pc);
    return ins;
  }
  auto target = dmlTarget(ctx->dmlTarget(), pc);
  if (target->kind == ir::TableRefKind::Named)
    ins->table = static_cast<ir::NamedTable&>(*target).name;
  ins->tableLoc = target->loc;
  ins->alias = target->alias;
  ins->columns = transformColumnList(ctx->columnList());
  auto* src = ctx->insertSource();
  if (src->K_VALUES()) {
    auto v = std::make_unique<ir::Values>();
    at(*v, src, pc);
    std::vector<ir::ExprPtr> row;
    auto values = transformSimpleExpr(src->simpleExpr(), pc);  // (a, b, c), (a) or a record
    if (values->kind == ir::ExprKind::Row) {
      for (auto& x : values->as<ir::RowExpr>().items) row.push_back(std::move(x));
    } else {
      row.push_back(std::move(values));
    }
    v->rows.push_back(std::move(row));
    ins->source = std::move(v);
  } else {
    ins->source = transformQuery(src->query(), pc);
  }
  returning(ctx->returningClause(), ins->returning, ins->returningInto, ins->bulkReturning, pc);
  if (auto* l = ctx->errorLogging()) ins->logErrors = normalizedText(l);
  return ins;
}

ir::StmtPtr update(P::UpdateStatementContext* ctx, const ParseContext& pc) {
  auto u = std::make_unique<ir::Update>();
  at(*u, ctx, pc);
  u->hints = hintsAfter(ctx->K_UPDATE(), pc);
  u->tables.push_back(dmlTarget(ctx->dmlTarget(), pc));
  u->set = assignments(ctx->updateSet(), pc);
  u->where = where(ctx->whereClause(), u->whereCurrentOf, pc);
  returning(ctx->returningClause(), u->returning, u->returningInto, u->bulkReturning, pc);
  if (auto* l = ctx->errorLogging()) u->logErrors = normalizedText(l);
  return u;
}

ir::StmtPtr remove(P::DeleteStatementContext* ctx, const ParseContext& pc) {
  auto d = std::make_unique<ir::Delete>();
  at(*d, ctx, pc);
  d->hints = hintsAfter(ctx->K_DELETE(), pc);
  d->from.push_back(dmlTarget(ctx->dmlTarget(), pc));
  d->where = where(ctx->whereClause(), d->whereCurrentOf, pc);
  returning(ctx->returningClause(), d->returning, d->returningInto, d->bulkReturning, pc);
  if (auto* l = ctx->errorLogging()) d->logErrors = normalizedText(l);
  return d;
}

ir::StmtPtr merge(P::MergeStatementContext* ctx, const ParseContext& pc) {
  auto m = std::make_unique<ir::Merge>();
  at(*m, ctx, pc);
  m->hints = hintsAfter(ctx->K_MERGE(), pc);
  m->target = dmlTarget(ctx->dmlTarget(), pc);
  m->source = transformTableRefPrimary(ctx->tableRefPrimary(), pc);
  m->on = transformExpression(ctx->expression(), pc);
  for (auto* c : ctx->mergeClause()) {
    bool unused = false;
    if (auto* up = dynamic_cast<P::MergeUpdateContext*>(c)) {
      m->updateSet = assignments(up->updateSet(), pc);
      auto w = up->whereClause();
      bool del = up->K_DELETE() != nullptr;
      if (w.size() == 2 || (w.size() == 1 && !del)) m->updateWhere = where(w[0], unused, pc);
      if (del && !w.empty()) m->deleteWhere = where(w.back(), unused, pc);
    } else if (auto* in = dynamic_cast<P::MergeInsertContext*>(c)) {
      if (auto* cols = in->mergeColumnList())
        for (auto* q : cols->qualifiedName())  // t.col names the target's column col
          m->insertColumns.push_back(transformQualifiedName(q).last());
      for (auto* e : in->expression()) m->insertValues.push_back(transformExpression(e, pc));
      if (in->whereClause()) m->insertWhere = where(in->whereClause(), unused, pc);
    }
  }
  if (auto* l = ctx->errorLogging()) m->logErrors = normalizedText(l);
  return m;
}

}  // namespace

ir::StmtPtr transformDmlPart(P::InsertStatementContext* c, const ParseContext& pc) {
  return insert(c, pc);
}
ir::StmtPtr transformDmlPart(P::UpdateStatementContext* c, const ParseContext& pc) {
  return update(c, pc);
}
ir::StmtPtr transformDmlPart(P::DeleteStatementContext* c, const ParseContext& pc) {
  return remove(c, pc);
}
ir::StmtPtr transformDmlPart(P::MergeStatementContext* c, const ParseContext& pc) {
  return merge(c, pc);
}

ir::StmtPtr transformDml(P::DmlStatementContext* ctx, const ParseContext& pc) {
  if (auto* q = ctx->query()) return transformQuery(q, pc);
  if (auto* i = ctx->insertStatement()) return insert(i, pc);
  if (auto* u = ctx->updateStatement()) return update(u, pc);
  if (auto* d = ctx->deleteStatement()) return remove(d, pc);
  if (auto* m = ctx->mergeStatement()) return merge(m, pc);
  return unmodelled(ctx, pc, "LOCK TABLE");
}

}  // namespace barge::parser::oracle
