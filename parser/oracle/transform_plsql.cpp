// PL/SQL: blocks, declarations, statements, procedures, functions and packages.
#include "parser/oracle/transform.h"

namespace barge::parser::oracle {

namespace {

std::optional<int64_t> intValue(const std::string& s) {
  try {
    return std::stoll(s);
  } catch (...) {
    return std::nullopt;
  }
}

std::vector<ir::ExprPtr> simpleList(const std::vector<P::SimpleExprContext*>& v,
                                    const ParseContext& pc) {
  std::vector<ir::ExprPtr> out;
  for (auto* e : v) out.push_back(transformSimpleExpr(e, pc));
  return out;
}

// The statement-level target: a.b(1).c as an expression (name, call, or raw).
ir::ExprPtr target(P::PlsqlTargetContext* ctx, const ParseContext& pc) {
  auto parts = ctx->targetPart();
  if (ctx->K_AS()) return rawExpr(ctx, pc, "generalized invocation");  // (x AS t).m, TREAT(...)
  if (ctx->BIND_VAR()) {
    if (parts.empty()) {
      auto e = std::make_unique<ir::VarRef>(ir::ExprKind::BindVar);
      at(*e, ctx, pc);
      e->name = ctx->BIND_VAR()->getText().substr(1);
      return e;
    }
    // :new.col, :old.col: a name whose first part is the bind variable
    bool allNames = true;
    for (auto* p : parts) allNames = allNames && p->anyName();
    if (!allNames) return rawExpr(ctx, pc, "target");
    auto e = std::make_unique<ir::NameRef>();
    at(*e, ctx, pc);
    e->name.parts.push_back(ir::Identifier{ctx->BIND_VAR()->getText(), false});
    for (auto* p : parts) e->name.parts.push_back(transformAnyName(p->anyName()));
    return e;
  }
  ir::QualifiedName name;
  name.parts.push_back(transformDeclaredName(ctx->declaredName()));
  size_t i = 0;
  for (; i < parts.size() && parts[i]->anyName(); ++i)
    name.parts.push_back(transformAnyName(parts[i]->anyName()));
  if (i == parts.size()) {
    auto e = std::make_unique<ir::NameRef>();
    at(*e, ctx, pc);
    e->name = std::move(name);
    return e;
  }
  if (i + 1 == parts.size() && parts[i]->LPAREN()) {
    auto e = std::make_unique<ir::Call>();
    at(*e, ctx, pc);
    e->function = std::move(name);
    e->args = transformCallArgs(parts[i]->callArgs(), pc);
    return e;
  }
  return rawExpr(ctx, pc, "target");
}

ir::StmtPtr plsqlStatement(P::PlsqlStatementContext* ctx, const ParseContext& pc);

ir::Ptr<ir::VarDecl> field(P::FieldDeclContext* f, const ParseContext& pc) {
  auto v = std::make_unique<ir::VarDecl>();
  at(*v, f, pc);
  v->name = transformAnyName(f->anyName());
  v->type = transformDataType(f->dataType(), pc);
  v->notNull = f->K_NOT() != nullptr;
  v->defaultValue = transformExpression(f->expression(), pc);
  return v;
}

ir::DeclPtr typeDecl(P::TypeDeclContext* ctx, const ParseContext& pc) {
  auto t = std::make_unique<ir::TypeDecl>();
  at(*t, ctx, pc);
  t->name = transformIdentifier(ctx->identifier());
  auto* def = ctx->typeDefinition();
  auto types = def->dataType();
  if (def->K_RECORD()) {
    t->typeKind = "RECORD";
    for (auto* f : def->fieldDecl()) t->fields.push_back(field(f, pc));
  } else if (def->K_CURSOR()) {
    t->typeKind = "REF CURSOR";
    if (!types.empty()) t->elementType = transformDataType(types[0], pc);
  } else if (def->K_TABLE()) {
    t->typeKind = "TABLE";
    t->elementType = transformDataType(types[0], pc);
    if (types.size() > 1) t->indexBy = transformDataType(types[1], pc);
    t->notNull = def->K_NOT() != nullptr;
  } else {
    t->typeKind = "VARRAY";
    t->limit = intValue(def->expression()->getText());
    t->elementType = transformDataType(types[0], pc);
    t->notNull = def->K_NOT() != nullptr;
  }
  return t;
}

ir::Ptr<ir::Routine> routineHeading(P::ProcedureHeadingContext* ph, P::FunctionHeadingContext* fh,
                                    const ParseContext& pc) {
  auto r = std::make_unique<ir::Routine>();
  if (ph) {
    at(*r, ph, pc);
    r->routineKind = ir::RoutineKind::Procedure;
    r->name.parts.push_back(transformAnyName(ph->anyName()));
    r->params = transformParameters(ph->parameterList(), pc);
  } else {
    at(*r, fh, pc);
    r->routineKind = ir::RoutineKind::Function;
    r->name.parts.push_back(transformAnyName(fh->anyName()));
    r->params = transformParameters(fh->parameterList(), pc);
    r->returnType = transformDataType(fh->dataType(), pc);
  }
  return r;
}

// A local subprogram: in a declare section or in the WITH clause of a query.
ir::DeclPtr subprogramDecl(antlr4::ParserRuleContext* ctx, P::ProcedureHeadingContext* ph,
                           P::FunctionHeadingContext* fh,
                           const std::vector<P::RoutineOptionContext*>& options,
                           P::RoutineImplContext* impl, const ParseContext& pc) {
  auto d = std::make_unique<ir::SubprogramDecl>();
  at(*d, ctx, pc);
  d->routine = routineHeading(ph, fh, pc);
  d->name = d->routine->name.last();
  d->routine->characteristics = transformRoutineOptions(options);
  if (impl) transformRoutineImpl(impl, *d->routine, pc);
  return d;
}

ir::DeclPtr declItem(P::DeclItemContext* ctx, const ParseContext& pc);

ir::DeclPtr declItem(P::DeclItemContext* ctx, const ParseContext& pc) {
  if (auto* v = dynamic_cast<P::VariableDeclContext*>(ctx)) {
    auto d = std::make_unique<ir::VarDecl>();
    at(*d, ctx, pc);
    d->name = transformDeclaredName(v->declaredName());
    d->constant = v->K_CONSTANT() != nullptr;
    d->type = transformDataType(v->dataType(), pc);
    d->notNull = v->K_NOT() != nullptr;
    d->defaultValue = transformExpression(v->expression(), pc);
    return d;
  }
  if (auto* t = dynamic_cast<P::TypeDeclContext*>(ctx)) return typeDecl(t, pc);
  if (auto* s = dynamic_cast<P::SubtypeDeclContext*>(ctx)) {
    auto t = std::make_unique<ir::TypeDecl>();
    at(*t, ctx, pc);
    t->name = transformIdentifier(s->identifier());
    t->typeKind = "SUBTYPE";
    t->elementType = transformDataType(s->dataType(), pc);
    t->notNull = s->K_NOT() != nullptr;
    return t;
  }
  if (auto* c = dynamic_cast<P::CursorDeclContext*>(ctx)) {
    auto d = std::make_unique<ir::CursorDecl>();
    at(*d, ctx, pc);
    d->name = transformIdentifier(c->identifier());
    d->params = transformParameters(c->parameterList(), pc);
    if (c->dataType()) d->returnType = transformDataType(c->dataType(), pc);
    if (c->query()) d->query = transformQuery(c->query(), pc);
    return d;
  }
  if (auto* e = dynamic_cast<P::ExceptionDeclContext*>(ctx)) {
    auto d = std::make_unique<ir::ExceptionDecl>();
    at(*d, ctx, pc);
    d->name = transformIdentifier(e->identifier());
    return d;
  }
  if (auto* p = dynamic_cast<P::PragmaDeclContext*>(ctx)) {
    auto d = std::make_unique<ir::PragmaDecl>();
    at(*d, ctx, pc);
    d->name = transformIdentifier(p->identifier());
    d->name.text = upperText(d->name.text);
    if (auto* g = p->parenGroup()) {
      // arguments split at top-level commas
      std::string cur;
      int depth = 0;
      for (size_t k = 1; k + 1 < g->children.size(); ++k) {
        std::string t = g->children[k]->getText();
        if (t == "," && depth == 0) {
          d->args.push_back(cur);
          cur.clear();
          continue;
        }
        if (t == "(") ++depth;
        if (t == ")") --depth;
        cur += (cur.empty() ? "" : " ") + t;
      }
      if (!cur.empty()) d->args.push_back(cur);
    }
    return d;
  }
  if (auto* s = dynamic_cast<P::SubprogramDeclContext*>(ctx))
    return subprogramDecl(ctx, s->procedureHeading(), s->functionHeading(), s->routineOption(),
                          s->routineImpl(), pc);
  auto r = std::make_unique<ir::RawDecl>();
  at(*r, ctx, pc);
  r->construct = "declaration";
  r->text = pc.text(ctx);
  return r;
}

// A classic head (one untyped iterand, one range without BY or one cursor / query, no filters)
// fills the ForRange / ForCursor / ForQuery fields; anything else is a ForIterator.
void forHead(P::ForHeadContext* f, ir::LoopStmt& l, const ParseContext& pc) {
  auto iterands = f->iterand();
  auto controls = f->iterationControl();
  l.iterator = transformIdentifier(iterands[0]->identifier());
  auto* c0 = controls[0];
  bool classic = iterands.size() == 1 && !iterands[0]->dataType() && controls.size() == 1 &&
                 c0->iterationFilter().empty() && !c0->K_OF() && !c0->K_REPEAT() && !c0->K_BY() &&
                 !c0->K_EXECUTE();
  if (classic) {
    auto bounds = c0->simpleExpr();
    l.reverse = c0->K_REVERSE() != nullptr;
    if (c0->DOTDOT()) {
      l.loopKind = ir::LoopKind::ForRange;
      l.low = transformSimpleExpr(bounds[0], pc);
      l.high = transformSimpleExpr(bounds[1], pc);
      return;
    }
    auto e = transformSimpleExpr(bounds[0], pc);
    if (e->kind == ir::ExprKind::Subquery) {
      l.loopKind = ir::LoopKind::ForQuery;
      l.query = std::move(e->as<ir::SubqueryExpr>().query);
    } else {
      l.loopKind = ir::LoopKind::ForCursor;
      l.cursor = std::move(e);
    }
    return;
  }
  l.loopKind = ir::LoopKind::ForIterator;
  auto typeOf = [&](P::IterandContext* it, std::string* mutability) -> ir::Ptr<ir::DataType> {
    if (!it->dataType()) return nullptr;
    if (it->ID() && mutability) *mutability = upperText(it->ID()->getText());
    return transformDataType(it->dataType(), pc);
  };
  l.iteratorType = typeOf(iterands[0], &l.iteratorMutability);
  if (iterands.size() > 1) {
    l.secondIterator = transformIdentifier(iterands[1]->identifier());
    l.secondIteratorType = typeOf(iterands[1], nullptr);
  }
  for (auto* c : controls) {
    ir::IterationControl ic;
    auto exprs = c->simpleExpr();
    if (c->K_EXECUTE()) {
      ic.controlKind =
          c->K_OF() ? upperText(c->getStart()->getText()) + " OF DYNAMIC SQL" : "DYNAMIC SQL";
      ic.value = transformExpression(c->expression(), pc);
      if (auto* u = c->usingClause())
        for (auto* arg : u->usingArg())
          ic.usingArgs.push_back(transformExpression(arg->expression(), pc));
    } else if (c->K_OF()) {
      ic.controlKind = upperText(c->getStart()->getText()) + " OF";
      ic.value = transformSimpleExpr(exprs[0], pc);
    } else if (c->K_REPEAT()) {
      ic.controlKind = "REPEAT";
      ic.value = transformSimpleExpr(exprs[0], pc);
    } else if (c->DOTDOT()) {
      ic.controlKind = "RANGE";
      ic.reverse = c->K_REVERSE() != nullptr;
      ic.low = transformSimpleExpr(exprs[0], pc);
      ic.high = transformSimpleExpr(exprs[1], pc);
      if (exprs.size() > 2) ic.step = transformSimpleExpr(exprs[2], pc);
    } else {
      ic.controlKind = "SINGLE";
      ic.value = transformSimpleExpr(exprs[0], pc);
    }
    for (auto* flt : c->iterationFilter())
      (flt->K_WHILE() ? ic.whileCondition : ic.whenCondition) =
          transformExpression(flt->expression(), pc);
    l.controls.push_back(std::move(ic));
  }
}

ir::StmtPtr loop(P::LoopStatementContext* ctx, const ParseContext& pc) {
  auto l = std::make_unique<ir::LoopStmt>();
  at(*l, ctx, pc);
  if (ctx->K_WHILE()) {
    l->loopKind = ir::LoopKind::While;
    l->condition = transformExpression(ctx->expression(), pc);
  } else if (auto* f = ctx->forHead()) {
    forHead(f, *l, pc);
  }
  if (ctx->anyName()) l->label = transformAnyName(ctx->anyName());
  l->body = transformStatementList(ctx->statementList(), pc);
  return l;
}

ir::StmtPtr executeImmediate(P::ExecuteImmediateContext* x, const ParseContext& pc) {
  auto s = std::make_unique<ir::ExecImmediateStmt>();
  at(*s, x, pc);
  s->sql = transformExpression(x->expression(), pc);
  for (auto* into : x->intoClause()) {
    s->bulkCollect = s->bulkCollect || into->K_BULK();
    for (auto* t : into->simpleExpr()) s->into.push_back(transformSimpleExpr(t, pc));
  }
  for (auto* u : x->usingClause())
    for (auto* arg : u->usingArg()) {
      std::string mode =
          arg->K_IN() ? (arg->K_OUT() ? "IN OUT" : "IN") : (arg->K_OUT() ? "OUT" : "IN");
      s->usingArgs.emplace_back(mode, transformExpression(arg->expression(), pc));
    }
  s->returningInto = simpleList(x->simpleExpr(), pc);
  return s;
}

ir::StmtPtr plsqlStatement(P::PlsqlStatementContext* ctx, const ParseContext& pc) {
  if (auto* a = dynamic_cast<P::AssignOrCallStatementContext*>(ctx)) {
    if (a->ASSIGN()) {
      auto s = std::make_unique<ir::AssignStmt>();
      at(*s, ctx, pc);
      s->target = target(a->plsqlTarget(), pc);
      s->value = transformExpression(a->expression(), pc);
      return s;
    }
    auto s = std::make_unique<ir::CallStmt>();
    at(*s, ctx, pc);
    s->call = target(a->plsqlTarget(), pc);
    return s;
  }
  if (auto* i = dynamic_cast<P::IfStatementContext*>(ctx)) {
    auto s = std::make_unique<ir::IfStmt>();
    at(*s, ctx, pc);
    auto conds = i->expression();
    auto lists = i->statementList();
    for (size_t k = 0; k < conds.size(); ++k) {
      ir::IfStmt::Branch b;
      b.condition = transformExpression(conds[k], pc);
      b.body = transformStatementList(lists[k], pc);
      s->branches.push_back(std::move(b));
    }
    if (i->K_ELSE()) s->elseBody = transformStatementList(lists.back(), pc);
    return s;
  }
  if (auto* c = dynamic_cast<P::CaseStatementContext*>(ctx)) {
    auto s = std::make_unique<ir::CaseStmt>();
    at(*s, ctx, pc);
    auto exprs = c->expression();
    auto lists = c->statementList();
    size_t e = 0;
    if (exprs.size() > c->K_WHEN().size()) s->operand = transformExpression(exprs[e++], pc);
    for (size_t k = 0; k < c->K_WHEN().size(); ++k) {
      ir::IfStmt::Branch b;
      b.condition = transformExpression(exprs[e++], pc);
      b.body = transformStatementList(lists[k], pc);
      s->whens.push_back(std::move(b));
    }
    s->hasElse = c->K_ELSE() != nullptr;
    if (s->hasElse) s->elseBody = transformStatementList(lists.back(), pc);
    return s;
  }
  if (auto* l = dynamic_cast<P::LoopStatementContext*>(ctx)) return loop(l, pc);
  if (auto* x = dynamic_cast<P::ExitStatementContext*>(ctx)) {
    auto s = std::make_unique<ir::ExitStmt>(ir::StmtKind::Exit);
    at(*s, ctx, pc);
    if (x->identifier()) s->label = transformIdentifier(x->identifier());
    s->when = transformExpression(x->expression(), pc);
    return s;
  }
  if (auto* x = dynamic_cast<P::ContinueStatementContext*>(ctx)) {
    auto s = std::make_unique<ir::ExitStmt>(ir::StmtKind::Continue);
    at(*s, ctx, pc);
    if (x->identifier()) s->label = transformIdentifier(x->identifier());
    s->when = transformExpression(x->expression(), pc);
    return s;
  }
  if (auto* g = dynamic_cast<P::GotoStatementContext*>(ctx)) {
    auto s = std::make_unique<ir::GotoStmt>();
    at(*s, ctx, pc);
    s->label = transformIdentifier(g->identifier());
    return s;
  }
  if (dynamic_cast<P::NullStatementContext*>(ctx)) {
    auto s = std::make_unique<ir::NullStmt>();
    at(*s, ctx, pc);
    return s;
  }
  if (auto* r = dynamic_cast<P::ReturnStatementContext*>(ctx)) {
    auto s = std::make_unique<ir::ReturnStmt>();
    at(*s, ctx, pc);
    s->value = transformExpression(r->expression(), pc);
    return s;
  }
  if (auto* r = dynamic_cast<P::RaiseStatementContext*>(ctx)) {
    auto s = std::make_unique<ir::RaiseStmt>();
    at(*s, ctx, pc);
    s->exception = transformQualifiedName(r->qualifiedName());
    return s;
  }
  if (auto* o = dynamic_cast<P::OpenStatementContext*>(ctx)) {
    auto s = std::make_unique<ir::OpenStmt>();
    at(*s, ctx, pc);
    s->cursor = transformSimpleExpr(o->simpleExpr(), pc);
    if (o->query()) s->forQuery = transformQuery(o->query(), pc);
    if (o->expression()) s->forExpr = transformExpression(o->expression(), pc);
    if (auto* u = o->usingClause())
      for (auto* arg : u->usingArg())
        s->usingArgs.push_back(transformExpression(arg->expression(), pc));
    return s;
  }
  if (auto* f = dynamic_cast<P::FetchStatementContext*>(ctx)) {
    auto s = std::make_unique<ir::FetchStmt>();
    at(*s, ctx, pc);
    auto exprs = f->simpleExpr();
    s->cursor = transformSimpleExpr(exprs[0], pc);
    for (size_t k = 1; k < exprs.size(); ++k) s->into.push_back(transformSimpleExpr(exprs[k], pc));
    s->bulkCollect = f->K_BULK() != nullptr;
    s->limit = transformExpression(f->expression(), pc);
    return s;
  }
  if (auto* c = dynamic_cast<P::CloseStatementContext*>(ctx)) {
    auto s = std::make_unique<ir::CloseStmt>();
    at(*s, ctx, pc);
    s->cursor = transformSimpleExpr(c->simpleExpr(), pc);
    return s;
  }
  if (auto* xs = dynamic_cast<P::ExecuteImmediateStatementContext*>(ctx))
    return executeImmediate(xs->executeImmediate(), pc);
  if (auto* p = dynamic_cast<P::PipeRowStatementContext*>(ctx)) {
    auto s = std::make_unique<ir::PipeRowStmt>();
    at(*s, ctx, pc);
    s->value = transformExpression(p->expression(), pc);
    return s;
  }
  if (auto* f = dynamic_cast<P::ForallStatementContext*>(ctx)) {
    auto s = std::make_unique<ir::ForallStmt>();
    at(*s, ctx, pc);
    s->index = transformIdentifier(f->identifier());
    auto* b = f->forallBounds();
    auto bounds = b->simpleExpr();
    if (b->DOTDOT()) {
      s->boundsKind = "RANGE";
      s->low = transformSimpleExpr(bounds[0], pc);
      s->high = transformSimpleExpr(bounds[1], pc);
    } else {
      s->boundsKind = b->K_INDICES() ? "INDICES OF" : "VALUES OF";
      s->collection = transformSimpleExpr(bounds[0], pc);
      if (bounds.size() == 3) {
        s->low = transformSimpleExpr(bounds[1], pc);
        s->high = transformSimpleExpr(bounds[2], pc);
      }
    }
    s->saveExceptions = f->K_SAVE() != nullptr;
    auto* body = f->forallBody();
    if (auto* x = body->executeImmediate()) {
      s->statement = executeImmediate(x, pc);
    } else {
      // the DML statement: reuse the DML transform through a synthetic dispatch
      if (auto* i = body->insertStatement()) s->statement = transformDmlPart(i, pc);
      if (auto* u = body->updateStatement()) s->statement = transformDmlPart(u, pc);
      if (auto* d = body->deleteStatement()) s->statement = transformDmlPart(d, pc);
      if (auto* m = body->mergeStatement()) s->statement = transformDmlPart(m, pc);
    }
    return s;
  }
  if (auto* b = dynamic_cast<P::BlockStatementContext*>(ctx)) return transformBlock(b->block(), pc);
  if (auto* d = dynamic_cast<P::SqlStatementInBlockContext*>(ctx))
    return transformDml(d->dmlStatement(), pc);
  if (auto* t = dynamic_cast<P::TransactionInBlockContext*>(ctx)) {
    auto* ts = t->transactionStatement();
    auto s = std::make_unique<ir::TransactionStmt>();
    at(*s, ctx, pc);
    s->action = upperText(ts->getStart()->getText());
    if (ts->K_TRANSACTION()) s->action = "SET TRANSACTION";
    if (ts->identifier()) s->savepoint = transformIdentifier(ts->identifier());
    s->options = normalizedText(ts);
    return s;
  }
  return unmodelled(ctx, pc, upperText(ctx->getStart()->getText()));
}

}  // namespace

std::vector<ir::StmtPtr> transformStatementList(P::StatementListContext* ctx,
                                                const ParseContext& pc) {
  std::vector<ir::StmtPtr> out;
  if (!ctx) return out;
  for (auto* item : ctx->statementItem()) {
    for (auto* l : item->label()) {
      auto s = std::make_unique<ir::GotoStmt>(ir::StmtKind::Label);
      at(*s, l, pc);
      s->label = transformAnyName(l->anyName());
      out.push_back(std::move(s));
    }
    auto stmt = plsqlStatement(item->plsqlStatement(), pc);
    // A label right before a loop or block names it.
    if (!item->label().empty()) {
      auto name = transformAnyName(item->label().back()->anyName());
      if (stmt->kind == ir::StmtKind::Loop) stmt->as<ir::LoopStmt>().label = name;
      if (stmt->kind == ir::StmtKind::Block) stmt->as<ir::Block>().label = name;
    }
    out.push_back(std::move(stmt));
  }
  return out;
}

ir::DeclPtr transformPlsqlDeclaration(P::PlsqlDeclarationContext* ctx, const ParseContext& pc) {
  return subprogramDecl(ctx, ctx->procedureHeading(), ctx->functionHeading(), ctx->routineOption(),
                        ctx->routineImpl(), pc);
}

std::vector<ir::DeclPtr> transformDeclareSection(P::DeclareSectionContext* ctx,
                                                 const ParseContext& pc) {
  std::vector<ir::DeclPtr> out;
  if (!ctx) return out;
  for (auto* d : ctx->declItem()) out.push_back(declItem(d, pc));
  return out;
}

std::vector<ir::Ptr<ir::ExceptionHandler>> transformExceptionSection(
    P::ExceptionSectionContext* ctx, const ParseContext& pc) {
  std::vector<ir::Ptr<ir::ExceptionHandler>> out;
  if (!ctx) return out;
  for (auto* h : ctx->exceptionHandler()) {
    auto e = std::make_unique<ir::ExceptionHandler>();
    at(*e, h, pc);
    for (auto* q : h->qualifiedName()) e->exceptions.push_back(transformQualifiedName(q));
    e->body = transformStatementList(h->statementList(), pc);
    out.push_back(std::move(e));
  }
  return out;
}

namespace {
void fillBody(ir::Block& b, P::BodyContext* body, const ParseContext& pc) {
  b.body = transformStatementList(body->statementList(), pc);
  b.handlers = transformExceptionSection(body->exceptionSection(), pc);
}
}  // namespace

ir::Ptr<ir::Block> transformBlock(P::BlockContext* ctx, const ParseContext& pc) {
  auto b = std::make_unique<ir::Block>();
  at(*b, ctx, pc);
  b->decls = transformDeclareSection(ctx->declareSection(), pc);
  fillBody(*b, ctx->body(), pc);
  return b;
}

ir::StmtPtr transformAnonymousBlock(P::AnonymousBlockContext* ctx, const ParseContext& pc) {
  auto b = transformBlock(ctx->block(), pc);
  if (!ctx->label().empty()) b->label = transformAnyName(ctx->label().back()->anyName());
  at(*b, ctx, pc);
  return b;
}

std::vector<ir::Ptr<ir::Parameter>> transformParameters(P::ParameterListContext* ctx,
                                                        const ParseContext& pc) {
  std::vector<ir::Ptr<ir::Parameter>> out;
  if (!ctx) return out;
  for (auto* p : ctx->parameter()) {
    auto par = std::make_unique<ir::Parameter>();
    at(*par, p, pc);
    par->name = transformDeclaredName(p->declaredName());
    par->mode = p->K_IN() ? (p->K_OUT() ? "IN OUT" : "IN") : (p->K_OUT() ? "OUT" : "IN");
    par->noCopy = p->K_NOCOPY() != nullptr;
    par->type = transformDataType(p->dataType(), pc);
    par->defaultValue = transformExpression(p->expression(), pc);
    out.push_back(std::move(par));
  }
  return out;
}

std::vector<std::string> transformRoutineOptions(const std::vector<P::RoutineOptionContext*>& v) {
  std::vector<std::string> out;
  for (auto* o : v) out.push_back(normalizedText(o));
  return out;
}

void transformRoutineImpl(P::RoutineImplContext* ctx, ir::Routine& r, const ParseContext& pc) {
  if (auto* cs = ctx->callSpec()) {
    r.externalName = normalizedText(cs);
    return;
  }
  auto b = std::make_unique<ir::Block>();
  at(*b, ctx, pc);
  b->decls = transformDeclareSection(ctx->declareSection(), pc);
  fillBody(*b, ctx->body(), pc);
  r.body = std::move(b);
}

ir::StmtPtr transformCreateProcedure(P::CreateStatementContext* stmt,
                                     P::CreateProcedureContext* ctx, const ParseContext& pc) {
  auto s = std::make_unique<ir::CreateRoutineStmt>();
  at(*s, stmt, pc);
  s->orReplace = stmt->K_REPLACE() != nullptr;
  auto r = std::make_unique<ir::Routine>();
  at(*r, ctx, pc);
  r->routineKind = ir::RoutineKind::Procedure;
  r->name = transformQualifiedName(ctx->qualifiedName());
  r->params = transformParameters(ctx->parameterList(), pc);
  r->characteristics = transformRoutineOptions(ctx->routineOption());
  transformRoutineImpl(ctx->routineImpl(), *r, pc);
  s->routine = std::move(r);
  return s;
}

ir::StmtPtr transformCreateFunction(P::CreateStatementContext* stmt, P::CreateFunctionContext* ctx,
                                    const ParseContext& pc) {
  auto s = std::make_unique<ir::CreateRoutineStmt>();
  at(*s, stmt, pc);
  s->orReplace = stmt->K_REPLACE() != nullptr;
  auto r = std::make_unique<ir::Routine>();
  at(*r, ctx, pc);
  r->routineKind = ir::RoutineKind::Function;
  r->name = transformQualifiedName(ctx->qualifiedName(0));
  r->params = transformParameters(ctx->parameterList(), pc);
  r->returnType = transformDataType(ctx->dataType(), pc);
  r->characteristics = transformRoutineOptions(ctx->routineOption());
  if (ctx->K_AGGREGATE()) r->externalName = "AGGREGATE USING " + ctx->qualifiedName(1)->getText();
  if (auto* impl = ctx->routineImpl()) transformRoutineImpl(impl, *r, pc);
  s->routine = std::move(r);
  return s;
}

ir::StmtPtr transformCreatePackage(P::CreateStatementContext* stmt, P::CreatePackageContext* ctx,
                                   const ParseContext& pc) {
  auto s = std::make_unique<ir::CreatePackageStmt>();
  at(*s, stmt, pc);
  s->orReplace = stmt->K_REPLACE() != nullptr;
  auto p = std::make_unique<ir::Package>();
  at(*p, ctx, pc);
  p->name = transformQualifiedName(ctx->qualifiedName());
  p->characteristics = transformRoutineOptions(ctx->routineOption());
  p->decls = transformDeclareSection(ctx->declareSection(), pc);
  s->package = std::move(p);
  return s;
}

ir::StmtPtr transformCreatePackageBody(P::CreateStatementContext* stmt,
                                       P::CreatePackageBodyContext* ctx, const ParseContext& pc) {
  auto s = std::make_unique<ir::CreatePackageStmt>();
  at(*s, stmt, pc);
  s->orReplace = stmt->K_REPLACE() != nullptr;
  auto p = std::make_unique<ir::Package>();
  at(*p, ctx, pc);
  p->isBody = true;
  p->name = transformQualifiedName(ctx->qualifiedName());
  p->decls = transformDeclareSection(ctx->declareSection(), pc);
  p->initialization = transformStatementList(ctx->statementList(), pc);
  p->handlers = transformExceptionSection(ctx->exceptionSection(), pc);
  s->package = std::move(p);
  return s;
}

}  // namespace barge::parser::oracle
