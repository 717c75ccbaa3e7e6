// CREATE PROCEDURE / FUNCTION and the compound statements of routine bodies.
#include "ir/objects.h"
#include "parser/mysql/transform.h"

namespace barge::parser::mysql {

namespace {

std::vector<ir::StmtPtr> statements(const std::vector<P::ProcedureStatementContext*>& list,
                                    const ParseContext& pc) {
  std::vector<ir::StmtPtr> out;
  out.reserve(list.size());
  for (auto* s : list) out.push_back(transformProcedureStatement(s, pc));
  return out;
}

// Statements of an IF / CASE branch: those between two tokens of the rule.
std::vector<ir::StmtPtr> between(const std::vector<P::ProcedureStatementContext*>& all,
                                 size_t fromToken, size_t toToken, const ParseContext& pc) {
  std::vector<P::ProcedureStatementContext*> picked;
  for (auto* s : all) {
    size_t i = s->getStart()->getTokenIndex();
    if (i > fromToken && i < toToken) picked.push_back(s);
  }
  return statements(picked, pc);
}

ir::DeclPtr transformDeclaration(P::DeclarationContext* ctx, const ParseContext& pc,
                                 std::vector<ir::DeclPtr>& extra) {
  if (auto* v = dynamic_cast<P::DeclareVariableContext*>(ctx)) {
    // DECLARE a, b INT DEFAULT 0: one VarDecl per name, sharing the type and default
    auto ids = v->identifier();
    ir::DeclPtr first;
    for (size_t i = 0; i < ids.size(); ++i) {
      auto d = make<ir::VarDecl>(ids[i], pc);
      d->name = transformIdentifier(ids[i]);
      d->type = transformDataType(v->dataType(), pc);
      if (v->expression()) d->defaultValue = transformExpression(v->expression(), pc);
      if (i == 0) {
        first = std::move(d);
      } else {
        extra.push_back(std::move(d));
      }
    }
    return first;
  }
  if (auto* c = dynamic_cast<P::DeclareConditionContext*>(ctx)) {
    auto d = make<ir::ConditionDecl>(c, pc);
    d->name = transformIdentifier(c->identifier());
    d->value = c->string() ? "SQLSTATE '" + stringValue(c->string()) + "'" : c->NUMBER()->getText();
    return d;
  }
  if (auto* c = dynamic_cast<P::DeclareCursorContext*>(ctx)) {
    auto d = make<ir::CursorDecl>(c, pc);
    d->name = transformIdentifier(c->identifier());
    d->query = transformQuery(c->queryExpression(), pc);
    return d;
  }
  auto* h = dynamic_cast<P::DeclareHandlerContext*>(ctx);
  auto d = make<ir::HandlerDecl>(h, pc);
  d->action = upper(h->children[1]->getText());
  for (auto* hc : h->handlerCondition()) {
    if (hc->string()) {
      d->conditions.push_back("SQLSTATE '" + stringValue(hc->string()) + "'");
    } else if (hc->identifier()) {
      d->conditions.push_back(transformIdentifier(hc->identifier()).text);
    } else {
      d->conditions.push_back(words(hc));
    }
  }
  d->body = transformProcedureStatement(h->procedureStatement(), pc);
  return d;
}

ir::StmtPtr labeledBody(P::LabeledBodyContext* body, const ir::Identifier& label,
                        const ParseContext& pc, antlr4::ParserRuleContext* at) {
  if (auto* b = dynamic_cast<P::BeginEndContext*>(body)) {
    auto block = make<ir::Block>(at, pc);
    block->label = label;
    for (auto* item : b->blockItem()) {
      if (item->declaration()) {
        std::vector<ir::DeclPtr> extra;
        block->decls.push_back(transformDeclaration(item->declaration(), pc, extra));
        for (auto& e : extra) block->decls.push_back(std::move(e));
      } else {
        block->body.push_back(transformProcedureStatement(item->procedureStatement(), pc));
      }
    }
    return block;
  }
  auto loop = make<ir::LoopStmt>(at, pc);
  loop->label = label;
  if (auto* l = dynamic_cast<P::LoopBodyContext*>(body)) {
    loop->loopKind = ir::LoopKind::Basic;
    loop->body = statements(l->procedureStatement(), pc);
  } else if (auto* w = dynamic_cast<P::WhileBodyContext*>(body)) {
    loop->loopKind = ir::LoopKind::While;
    loop->condition = transformExpression(w->expression(), pc);
    loop->body = statements(w->procedureStatement(), pc);
  } else {
    auto* r = dynamic_cast<P::RepeatBodyContext*>(body);
    loop->loopKind = ir::LoopKind::Repeat;
    loop->condition = transformExpression(r->expression(), pc);
    loop->body = statements(r->procedureStatement(), pc);
  }
  return loop;
}

ir::StmtPtr ifStatement(P::IfStatementContext* ctx, const ParseContext& pc) {
  auto s = make<ir::IfStmt>(ctx, pc);
  auto conds = ctx->expression();
  auto body = ctx->procedureStatement();
  // branch boundaries: THEN tokens start bodies, ELSEIF / ELSE / END end them
  auto thens = ctx->K_THEN();
  std::vector<size_t> ends;
  for (auto* e : ctx->K_ELSEIF()) ends.push_back(e->getSymbol()->getTokenIndex());
  size_t elseAt = ctx->K_ELSE() ? ctx->K_ELSE()->getSymbol()->getTokenIndex() : SIZE_MAX;
  size_t endAt = ctx->K_END()->getSymbol()->getTokenIndex();
  ends.push_back(std::min(elseAt, endAt));
  for (size_t i = 0; i < conds.size(); ++i) {
    ir::IfStmt::Branch b;
    b.condition = transformExpression(conds[i], pc);
    b.body = between(body, thens[i]->getSymbol()->getTokenIndex(), ends[i], pc);
    s->branches.push_back(std::move(b));
  }
  if (ctx->K_ELSE()) s->elseBody = between(body, elseAt, endAt, pc);
  return s;
}

ir::StmtPtr caseStatement(P::CaseStatementContext* ctx, const ParseContext& pc) {
  auto s = make<ir::CaseStmt>(ctx, pc);
  auto exprs = ctx->expression();
  auto whens = ctx->K_WHEN();
  auto thens = ctx->K_THEN();
  auto body = ctx->procedureStatement();
  size_t k = 0;
  if (exprs.size() > whens.size()) s->operand = transformExpression(exprs[k++], pc);
  size_t elseAt = ctx->K_ELSE() ? ctx->K_ELSE()->getSymbol()->getTokenIndex() : SIZE_MAX;
  size_t endAt = ctx->K_END()->getSymbol()->getTokenIndex();
  for (size_t i = 0; i < whens.size(); ++i) {
    ir::IfStmt::Branch b;
    b.condition = transformExpression(exprs[k++], pc);
    size_t stop =
        i + 1 < whens.size() ? whens[i + 1]->getSymbol()->getTokenIndex() : std::min(elseAt, endAt);
    b.body = between(body, thens[i]->getSymbol()->getTokenIndex(), stop, pc);
    s->whens.push_back(std::move(b));
  }
  if (ctx->K_ELSE()) {
    s->hasElse = true;
    s->elseBody = between(body, elseAt, endAt, pc);
  }
  return s;
}

ir::ExprPtr cursorName(P::IdentifierContext* id, const ParseContext& pc) {
  auto n = make<ir::NameRef>(id, pc);
  n->name.parts.push_back(transformIdentifier(id));
  return n;
}

}  // namespace

ir::StmtPtr transformProcedureStatement(P::ProcedureStatementContext* ctx, const ParseContext& pc) {
  if (auto* s = dynamic_cast<P::SqlStmtContext*>(ctx))
    return transformInnerStatement(s->statement(), pc);
  if (auto* l = dynamic_cast<P::LabeledStatementContext*>(ctx)) {
    ir::Identifier label;
    if (l->identifier()) label = transformIdentifier(l->identifier());
    return labeledBody(l->labeledBody(), label, pc, l);
  }
  if (auto* i = dynamic_cast<P::IfStmtContext*>(ctx)) return ifStatement(i->ifStatement(), pc);
  if (auto* c = dynamic_cast<P::CaseStmtContext*>(ctx))
    return caseStatement(c->caseStatement(), pc);
  if (auto* l = dynamic_cast<P::LeaveStmtContext*>(ctx)) {
    auto e = std::make_unique<ir::ExitStmt>(ir::StmtKind::Exit);
    e->loc = pc.locate(l);
    e->label = transformIdentifier(l->identifier());
    return e;
  }
  if (auto* it = dynamic_cast<P::IterateStmtContext*>(ctx)) {
    auto e = std::make_unique<ir::ExitStmt>(ir::StmtKind::Continue);
    e->loc = pc.locate(it);
    e->label = transformIdentifier(it->identifier());
    return e;
  }
  if (auto* r = dynamic_cast<P::ReturnStmtContext*>(ctx)) {
    auto e = make<ir::ReturnStmt>(r, pc);
    e->value = transformExpression(r->expression(), pc);
    return e;
  }
  if (auto* o = dynamic_cast<P::OpenStmtContext*>(ctx)) {
    auto e = make<ir::OpenStmt>(o, pc);
    e->cursor = cursorName(o->identifier(), pc);
    return e;
  }
  if (auto* f = dynamic_cast<P::FetchStmtContext*>(ctx)) {
    auto e = make<ir::FetchStmt>(f, pc);
    e->cursor = cursorName(f->identifier(), pc);
    for (auto* v : f->variable()) e->into.push_back(transformVariable(v, pc));
    return e;
  }
  if (auto* c = dynamic_cast<P::CloseStmtContext*>(ctx)) {
    auto e = make<ir::CloseStmt>(c, pc);
    e->cursor = cursorName(c->identifier(), pc);
    return e;
  }
  return unmodelled(ctx, "procedure statement", pc);
}

ir::StmtPtr transformRoutineBody(P::RoutineBodyContext* ctx, const ParseContext& pc) {
  return transformProcedureStatement(ctx->procedureStatement(), pc);
}

std::string createDefiner(P::CreateStatementContext* create) {
  for (auto* p : create->createPrefix())
    if (auto* d = dynamic_cast<P::DefinerPrefixContext*>(p)) return userNameText(d->userName());
  return {};
}

ir::StmtPtr transformCreateRoutine(P::CreateStatementContext* create, const ParseContext& pc) {
  auto stmt = make<ir::CreateRoutineStmt>(create, pc);
  stmt->orReplace = create->K_REPLACE() != nullptr;
  stmt->definer = createDefiner(create);
  auto routine = std::make_unique<ir::Routine>();
  P::QualifiedNameContext* name = nullptr;
  std::vector<P::RoutineCharacteristicContext*> chars;
  P::RoutineBodyContext* body = nullptr;
  if (auto* p = create->createProcedure()) {
    routine->routineKind = ir::RoutineKind::Procedure;
    name = p->qualifiedName();
    for (auto* param : p->procedureParameter()) {
      auto prm = make<ir::Parameter>(param, pc);
      prm->name = transformIdentifier(param->identifier());
      prm->mode = param->K_OUT() ? "OUT" : param->K_INOUT() ? "INOUT" : "IN";
      prm->type = transformDataType(param->dataType(), pc);
      routine->params.push_back(std::move(prm));
    }
    chars = p->routineCharacteristic();
    body = p->routineBody();
  } else {
    auto* f = create->createFunction();
    routine->routineKind = ir::RoutineKind::Function;
    name = f->qualifiedName();
    for (auto* param : f->functionParameter()) {
      auto prm = make<ir::Parameter>(param, pc);
      prm->name = transformIdentifier(param->identifier());
      prm->type = transformDataType(param->dataType(), pc);
      routine->params.push_back(std::move(prm));
    }
    routine->returnType = transformDataType(f->dataType(), pc);
    chars = f->routineCharacteristic();
    body = f->routineBody();
  }
  routine->loc = pc.locate(name);
  routine->name = transformQualifiedName(name);
  for (auto* p : create->createPrefix())
    if (dynamic_cast<P::AggregatePrefixContext*>(p))
      routine->characteristics.push_back("AGGREGATE");
  for (auto* c : chars) {
    if (c->K_COMMENT()) {
      routine->characteristics.push_back("COMMENT " + stringValue(c->string()));
    } else {
      routine->characteristics.push_back(words(c));
    }
  }
  ir::StmtPtr b = transformRoutineBody(body, pc);
  if (b->kind == ir::StmtKind::Block) {
    routine->body.reset(static_cast<ir::Block*>(b.release()));
  } else {
    routine->body = make<ir::Block>(body, pc);
    routine->body->body.push_back(std::move(b));
  }
  stmt->routine = std::move(routine);
  return stmt;
}

}  // namespace barge::parser::mysql
