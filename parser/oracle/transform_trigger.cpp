// CREATE TRIGGER: simple, INSTEAD OF, DDL / database-event and compound triggers.
#include "parser/oracle/transform.h"

namespace barge::parser::oracle {

ir::StmtPtr transformCreateTrigger(P::CreateStatementContext* stmt, P::CreateTriggerContext* ctx,
                                   const ParseContext& pc) {
  auto s = std::make_unique<ir::CreateTriggerStmt>();
  at(*s, stmt, pc);
  s->orReplace = stmt->K_REPLACE() != nullptr;
  auto t = std::make_unique<ir::Trigger>();
  at(*t, ctx, pc);
  t->name = transformQualifiedName(ctx->qualifiedName());
  t->timing = normalizedText(ctx->triggerTiming());
  for (auto* e : ctx->triggerEvent()) t->events.push_back(normalizedText(e));
  auto* target = ctx->triggerTarget();
  if (target->K_NESTED()) {
    t->onNested = transformIdentifier(target->identifier()).text;
    t->table = transformQualifiedName(target->qualifiedName());
    t->level = "TABLE";
  } else if (target->K_SCHEMA()) {
    t->level = "SCHEMA";
  } else if (target->K_DATABASE()) {
    t->level = "DATABASE";
  } else {
    t->table = transformQualifiedName(target->qualifiedName());
    std::string last = upperText(t->table.last().text);
    t->level = last == "SCHEMA" && !t->table.last().quoted ? "SCHEMA" : "TABLE";
    if (t->level == "SCHEMA") t->table = {};
  }
  if (auto* r = ctx->referencingClause()) t->referencing = normalizedText(r);
  t->forEachRow = ctx->K_EACH() != nullptr;
  std::string order;
  for (auto* o : ctx->triggerOrdering()) order += (order.empty() ? "" : " ") + normalizedText(o);
  t->order = order;
  t->enabled = ctx->K_DISABLE() == nullptr;
  if (ctx->K_WHEN()) t->when = transformExpression(ctx->expression(), pc);
  auto* body = ctx->triggerBody();
  if (body->K_COMPOUND()) {
    t->compound = true;
    t->timing = "FOR";
    auto decls = std::make_unique<ir::Block>();
    at(*decls, body, pc);
    decls->decls = transformDeclareSection(body->declareSection(), pc);
    for (auto* sec : body->timingPointSection()) {
      auto b = std::make_unique<ir::Block>();
      at(*b, sec, pc);
      b->label.text = normalizedText(sec->timingPoint(0));
      b->body = transformStatementList(sec->statementList(), pc);
      b->handlers = transformExceptionSection(sec->exceptionSection(), pc);
      t->timingPoints.push_back(std::move(b));
    }
    t->body = std::move(decls);  // the compound trigger's shared declarations
  } else if (body->K_CALL()) {
    auto c = std::make_unique<ir::CallStmt>();
    at(*c, body, pc);
    c->call = transformSimpleExpr(body->simpleExpr(), pc);
    t->body = std::move(c);
  } else {
    auto b = transformBlock(body->block(), pc);
    if (!body->label().empty()) b->label = transformAnyName(body->label().back()->anyName());
    t->body = std::move(b);
  }
  s->trigger = std::move(t);
  return s;
}

}  // namespace barge::parser::oracle
