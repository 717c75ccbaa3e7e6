// Queries: WITH, set operations, SELECT cores, FROM / joins, ORDER BY / LIMIT / locking.
#include "ir/query.h"
#include "parser/mysql/transform.h"

namespace barge::parser::mysql {

namespace {

ir::TableRefPtr transformTableFactor(P::TableFactorContext* ctx, const ParseContext& pc) {
  if (auto* n = dynamic_cast<P::NamedTableContext*>(ctx)) {
    auto t = make<ir::NamedTable>(n, pc);
    t->name = transformQualifiedName(n->qualifiedName());
    if (n->identifier().size() > 0 && n->K_PARTITION()) {
      // PARTITION (p1, p2) names come first; the alias, if any, is the last identifier
      std::string parts;
      auto ids = n->identifier();
      size_t count = ids.size();
      bool hasAlias = false;
      // an alias follows the closing parenthesis
      for (size_t i = 0; i < ids.size(); ++i)
        if (ids[i]->getStart()->getTokenIndex() > n->RPAREN()->getSymbol()->getTokenIndex())
          hasAlias = true;
      size_t partCount = hasAlias ? count - 1 : count;
      for (size_t i = 0; i < partCount; ++i)
        parts += (i ? ", " : "") + transformIdentifier(ids[i]).text;
      t->partition = parts;
      if (hasAlias) t->alias = transformIdentifier(ids.back());
    } else if (!n->identifier().empty()) {
      t->alias = transformIdentifier(n->identifier().back());
    }
    for (auto* h : n->indexHint()) t->hints.push_back(words(h));
    return t;
  }
  if (auto* d = dynamic_cast<P::DerivedTableContext*>(ctx)) {
    auto t = make<ir::DerivedTable>(d, pc);
    t->query = transformQuery(d->queryExpression(), pc);
    t->lateral = d->K_LATERAL() != nullptr;
    t->alias = transformIdentifier(d->identifier());
    if (d->columnList())
      for (auto* id : d->columnList()->identifier())
        t->columnAliases.push_back(transformIdentifier(id));
    return t;
  }
  if (auto* n = dynamic_cast<P::NestedTableContext*>(ctx)) {
    auto refs = n->tableReference();
    ir::TableRefPtr acc = transformTableReference(refs[0], pc);
    for (size_t i = 1; i < refs.size(); ++i) {
      auto j = make<ir::Join>(refs[i], pc);
      j->joinType = "CROSS";
      j->left = std::move(acc);
      j->right = transformTableReference(refs[i], pc);
      acc = std::move(j);
    }
    return acc;
  }
  auto* o = dynamic_cast<P::OdbcTableContext*>(ctx);
  return transformTableReference(o->tableReference(), pc);
}

void joinCondition(ir::Join& j, P::JoinConditionContext* c, const ParseContext& pc) {
  if (!c) return;
  if (c->expression()) {
    j.on = transformExpression(c->expression(), pc);
  } else {
    for (auto* id : c->identifier()) j.usingColumns.push_back(transformIdentifier(id));
  }
}

void addInto(ir::Select& s, P::IntoClauseContext* into, const ParseContext& pc) {
  if (!into) return;
  if (into->K_OUTFILE() || into->K_DUMPFILE()) {
    auto e = make<ir::RawExpr>(into, pc);
    e->construct = into->K_OUTFILE() ? "INTO OUTFILE" : "INTO DUMPFILE";
    e->text = pc.text(into);
    s.into.push_back(std::move(e));
    return;
  }
  for (auto* v : into->variable()) s.into.push_back(transformVariable(v, pc));
}

ir::QueryPtr transformSpecification(P::QuerySpecificationContext* ctx, const ParseContext& pc) {
  auto s = make<ir::Select>(ctx, pc);
  for (auto* o : ctx->selectOption()) {
    if (o->K_DISTINCT() || o->K_DISTINCTROW()) {
      s->distinct = true;
    } else if (!o->K_ALL()) {
      s->modifiers.push_back(upper(o->getText()));
    }
  }
  for (auto* item : ctx->selectItem()) {
    auto si = make<ir::SelectItem>(item, pc);
    if (dynamic_cast<P::AllColumnsContext*>(item)) {
      si->expr = make<ir::Star>(item, pc);
    } else if (auto* tc = dynamic_cast<P::TableColumnsContext*>(item)) {
      auto star = make<ir::Star>(item, pc);
      for (auto* id : tc->identifier()) star->qualifier.parts.push_back(transformIdentifier(id));
      si->expr = std::move(star);
    } else {
      auto* ei = dynamic_cast<P::ExpressionItemContext*>(item);
      si->expr = transformExpression(ei->expression(), pc);
      if (ei->identifier()) si->alias = transformIdentifier(ei->identifier());
      if (ei->STRING()) si->alias = {unquoteString(ei->STRING()->getText()), true};
    }
    s->items.push_back(std::move(si));
  }
  addInto(*s, ctx->intoClause(), pc);
  if (auto* f = ctx->fromClause())
    for (auto* r : f->tableReference()) s->from.push_back(transformTableReference(r, pc));
  if (ctx->whereClause()) s->where = transformExpression(ctx->whereClause()->expression(), pc);
  if (auto* g = ctx->groupByClause()) {
    for (auto* o : g->orderItem()) s->groupBy.push_back(transformExpression(o->expression(), pc));
    if (g->K_ROLLUP()) s->groupByModifier = "WITH ROLLUP";
  }
  if (ctx->havingClause()) s->having = transformExpression(ctx->havingClause()->expression(), pc);
  if (auto* w = ctx->windowClause()) {
    for (auto* d : w->windowDefinition()) {
      auto spec = transformWindowSpec(d->windowSpec(), pc);
      spec->name = transformIdentifier(d->identifier());
      s->windows.push_back(std::move(spec));
    }
  }
  return s;
}

ir::QueryPtr transformTerm(P::QueryTermContext* ctx, const ParseContext& pc) {
  if (ctx->querySpecification()) return transformSpecification(ctx->querySpecification(), pc);
  if (ctx->queryExpression()) return transformQuery(ctx->queryExpression(), pc);
  if (ctx->K_TABLE()) {
    auto s = make<ir::Select>(ctx, pc);
    auto si = make<ir::SelectItem>(ctx, pc);
    si->expr = make<ir::Star>(ctx, pc);
    s->items.push_back(std::move(si));
    auto t = make<ir::NamedTable>(ctx->qualifiedName(), pc);
    t->name = transformQualifiedName(ctx->qualifiedName());
    s->from.push_back(std::move(t));
    return s;
  }
  auto v = make<ir::Values>(ctx, pc);
  for (auto* row : ctx->rowValue()) {
    std::vector<ir::ExprPtr> items;
    for (auto* e : row->expression()) items.push_back(transformExpression(e, pc));
    v->rows.push_back(std::move(items));
  }
  return v;
}

}  // namespace

ir::ExprPtr transformLimitValue(P::LimitValueContext* ctx, const ParseContext& pc) {
  if (ctx->NUMBER()) {
    auto l = make<ir::Literal>(ctx, pc);
    l->literalKind = ir::LiteralKind::Integer;
    l->value = ctx->NUMBER()->getText();
    return l;
  }
  if (ctx->identifier()) {
    auto n = make<ir::NameRef>(ctx, pc);
    n->name.parts.push_back(transformIdentifier(ctx->identifier()));
    return n;
  }
  auto v =
      std::make_unique<ir::VarRef>(ctx->QUESTION() ? ir::ExprKind::BindVar : ir::ExprKind::UserVar);
  v->loc = pc.locate(ctx);
  v->name = ctx->QUESTION() ? "?" : ctx->getText().substr(1);
  return v;
}

ir::TableRefPtr transformTableReference(P::TableReferenceContext* ctx, const ParseContext& pc) {
  ir::TableRefPtr acc = transformTableFactor(ctx->tableFactor(), pc);
  for (auto* jp : ctx->joinPart()) {
    auto j = make<ir::Join>(jp, pc);
    if (auto* in = dynamic_cast<P::InnerJoinContext*>(jp)) {
      j->joinType = in->K_CROSS() ? "CROSS" : "INNER";
      j->right = transformTableFactor(in->tableFactor(), pc);
      joinCondition(*j, in->joinCondition(), pc);
      if (j->joinType == "CROSS" && (j->on || !j->usingColumns.empty())) j->joinType = "INNER";
    } else if (auto* sj = dynamic_cast<P::StraightJoinContext*>(jp)) {
      j->joinType = "STRAIGHT_JOIN";
      j->right = transformTableFactor(sj->tableFactor(), pc);
      if (sj->expression()) j->on = transformExpression(sj->expression(), pc);
    } else if (auto* oj = dynamic_cast<P::OuterJoinContext*>(jp)) {
      j->joinType = oj->K_LEFT() ? "LEFT" : "RIGHT";
      j->right = transformTableReference(oj->tableReference(), pc);
      joinCondition(*j, oj->joinCondition(), pc);
    } else {
      auto* nj = dynamic_cast<P::NaturalJoinContext*>(jp);
      j->joinType = nj->K_LEFT() ? "NATURAL LEFT" : nj->K_RIGHT() ? "NATURAL RIGHT" : "NATURAL";
      j->right = transformTableFactor(nj->tableFactor(), pc);
    }
    j->left = std::move(acc);
    acc = std::move(j);
  }
  return acc;
}

ir::QueryPtr transformQuery(P::QueryExpressionContext* ctx, const ParseContext& pc) {
  auto* body = ctx->queryBody();
  auto terms = body->queryTerm();
  auto ops = body->setOperator();
  ir::QueryPtr q = transformTerm(terms[0], pc);
  for (size_t i = 1; i < terms.size(); ++i) {
    auto s = make<ir::SetOp>(ops[i - 1], pc);
    auto* op = ops[i - 1];
    s->op = op->K_UNION() ? "UNION" : op->K_EXCEPT() ? "EXCEPT" : "INTERSECT";
    if (op->K_ALL()) s->op += " ALL";
    s->left = std::move(q);
    s->right = transformTerm(terms[i], pc);
    q = std::move(s);
  }
  bool hasTail = ctx->withClause() || ctx->orderByClause() || ctx->limitClause() ||
                 !ctx->lockingClause().empty() || !ctx->intoClause().empty();
  bool innerTail = q->limit || !q->orderBy.empty() || !q->with.empty() || !q->forUpdate.empty();
  if ((q->queryKind != ir::QueryKind::Select && !ctx->intoClause().empty()) ||
      (hasTail && innerTail)) {
    // (SELECT ... LIMIT 1) ORDER BY ...: the outer clauses apply to a wrapped query
    auto outer = make<ir::Select>(ctx, pc);
    auto si = make<ir::SelectItem>(ctx, pc);
    si->expr = make<ir::Star>(ctx, pc);
    outer->items.push_back(std::move(si));
    auto d = make<ir::DerivedTable>(ctx, pc);
    d->query = std::move(q);
    outer->from.push_back(std::move(d));
    q = std::move(outer);
  }
  if (auto* w = ctx->withClause()) {
    q->recursiveWith = w->K_RECURSIVE() != nullptr;
    for (auto* cte : w->commonTableExpression()) {
      auto c = make<ir::CommonTable>(cte, pc);
      c->name = transformIdentifier(cte->identifier());
      if (cte->columnList())
        for (auto* id : cte->columnList()->identifier())
          c->columns.push_back(transformIdentifier(id));
      c->query = transformQuery(cte->queryExpression(), pc);
      q->with.push_back(std::move(c));
    }
  }
  if (ctx->orderByClause()) q->orderBy = transformOrderBy(ctx->orderByClause(), pc);
  if (auto* l = ctx->limitClause()) {
    auto vals = l->limitValue();
    if (vals.size() == 2 && l->COMMA()) {
      q->offset = transformLimitValue(vals[0], pc);
      q->limit = transformLimitValue(vals[1], pc);
    } else {
      q->limit = transformLimitValue(vals[0], pc);
      if (vals.size() == 2) q->offset = transformLimitValue(vals[1], pc);
    }
  }
  std::string lock;
  for (auto* lc : ctx->lockingClause()) lock += (lock.empty() ? "" : " ") + words(lc);
  q->forUpdate = lock;
  for (auto* into : ctx->intoClause()) addInto(q->as<ir::Select>(), into, pc);
  return q;
}

}  // namespace barge::parser::mysql
