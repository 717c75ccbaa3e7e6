// CREATE TRIGGER (BEFORE/AFTER, FOLLOWS/PRECEDES) and CREATE EVENT.
#include "ir/objects.h"
#include "parser/mysql/transform.h"

namespace barge::parser::mysql {

ir::StmtPtr transformCreateTrigger(P::CreateStatementContext* create, const ParseContext& pc) {
  auto* ctx = create->createTrigger();
  auto stmt = std::make_unique<ir::CreateTriggerStmt>();
  stmt->loc = pc.locate(create);
  stmt->orReplace = create->K_REPLACE() != nullptr;
  stmt->definer = createDefiner(create);
  auto trig = std::make_unique<ir::Trigger>();
  auto names = ctx->qualifiedName();
  trig->loc = pc.locate(names[0]);
  trig->name = transformQualifiedName(names[0]);
  trig->table = transformQualifiedName(names[1]);
  trig->timing = ctx->K_BEFORE() ? "BEFORE" : "AFTER";
  trig->events.push_back(ctx->K_INSERT() ? "INSERT" : ctx->K_UPDATE() ? "UPDATE" : "DELETE");
  trig->forEachRow = true;
  trig->level = "TABLE";
  if (ctx->identifier())
    trig->order = std::string(ctx->K_FOLLOWS() ? "FOLLOWS " : "PRECEDES ") +
                  transformIdentifier(ctx->identifier()).text;
  trig->body = transformRoutineBody(ctx->routineBody(), pc);
  stmt->trigger = std::move(trig);
  return stmt;
}

ir::StmtPtr transformCreateEvent(P::CreateStatementContext* create, const ParseContext& pc) {
  auto* ctx = create->createEvent();
  auto stmt = std::make_unique<ir::CreateEventStmt>();
  stmt->loc = pc.locate(create);
  stmt->definer = createDefiner(create);
  stmt->ifNotExists = ctx->ifNotExists() != nullptr;
  stmt->name = transformQualifiedName(ctx->qualifiedName());
  auto* s = ctx->eventSchedule();
  stmt->schedule = words(s);
  auto exprs = s->expression();
  if (s->K_AT()) {
    stmt->at = transformExpression(exprs[0], pc);
  } else {
    stmt->every = transformExpression(exprs[0], pc);
    stmt->everyUnit = upper(s->identifier()->getText());
    size_t k = 1;
    if (s->K_STARTS()) stmt->starts = transformExpression(exprs[k++], pc);
    if (s->K_ENDS()) stmt->ends = transformExpression(exprs[k], pc);
  }
  stmt->preserve = ctx->K_PRESERVE() && ctx->K_NOT() == nullptr;
  if (ctx->K_ENABLE()) stmt->status = "ENABLE";
  if (ctx->K_DISABLE()) stmt->status = ctx->K_SLAVE() ? "DISABLE ON SLAVE" : "DISABLE";
  if (ctx->string()) stmt->comment = stringValue(ctx->string());
  stmt->body = transformRoutineBody(ctx->routineBody(), pc);
  return stmt;
}

}  // namespace barge::parser::mysql
