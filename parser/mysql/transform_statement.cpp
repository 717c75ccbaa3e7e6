// Statement dispatch, and the session / script statements (USE, LOCK, transactions,
// PREPARE / EXECUTE, administration) that need no family of their own.
#include <algorithm>
#include <cctype>

#include "parser/mysql/transform.h"

namespace barge::parser::mysql {

namespace {

ir::StmtPtr outOfScope(antlr4::ParserRuleContext* ctx, std::string what, const ParseContext& pc) {
  auto o = make<ir::OutOfScopeStmt>(ctx, pc);
  o->what = std::move(what);
  o->text = redactSecrets(pc.text(ctx));
  return o;
}

ir::StmtPtr scriptCommand(antlr4::ParserRuleContext* ctx, std::string command,
                          const ParseContext& pc) {
  auto c = make<ir::ScriptCommandStmt>(ctx, pc);
  c->command = std::move(command);
  c->text = pc.text(ctx);
  return c;
}

ir::StmtPtr transaction(P::TransactionStatementContext* ctx, const ParseContext& pc) {
  auto t = make<ir::TransactionStmt>(ctx, pc);
  std::string first = upper(ctx->children[0]->getText());
  if (ctx->K_START()) {
    t->action = "START TRANSACTION";
    std::string opts;
    for (auto* o : ctx->transactionStartOption()) opts += (opts.empty() ? "" : ", ") + words(o);
    t->options = opts;
  } else if (first == "RELEASE") {
    t->action = "RELEASE SAVEPOINT";
  } else if (ctx->K_ROLLBACK() && ctx->K_TO()) {
    t->action = "ROLLBACK TO SAVEPOINT";
  } else {
    t->action = first;
    std::string all = words(ctx);
    size_t sp = all.find(' ');
    if (first != "SAVEPOINT" && sp != std::string::npos) t->options = all.substr(sp + 1);
  }
  if (ctx->identifier()) t->savepoint = transformIdentifier(ctx->identifier());
  return t;
}

ir::StmtPtr createStatement(P::CreateStatementContext* c, const ParseContext& pc) {
  if (auto* t = c->createTable()) {
    auto s = transformCreateTable(t, pc);
    s->loc = pc.locate(c);
    return s;
  }
  if (auto* v = c->createView()) return transformCreateView(c, v, pc);
  if (c->createProcedure() || c->createFunction()) return transformCreateRoutine(c, pc);
  if (c->createTrigger()) return transformCreateTrigger(c, pc);
  if (c->createEvent()) return transformCreateEvent(c, pc);
  if (auto* i = c->createIndex()) {
    auto s = transformCreateIndex(i, pc);
    s->loc = pc.locate(c);
    return s;
  }
  if (auto* d = c->createDatabase()) {
    auto s = transformCreateDatabase(d, pc);
    s->loc = pc.locate(c);
    return s;
  }
  return outOfScope(c, "CREATE " + upper(c->createOther()->children[0]->getText()), pc);
}

}  // namespace

// Passwords never reach the IR (and so no report or log): string literals after
// IDENTIFIED / PASSWORD words become '***'.
std::string redactSecrets(const std::string& text) {
  std::string out;
  bool secret = false;
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == '\'' || c == '"') {
      size_t j = i + 1;
      while (j < text.size() && text[j] != c) j += text[j] == '\\' ? 2 : 1;
      if (secret) {
        out += "'***'";
      } else {
        out.append(text, i, std::min(j + 1, text.size()) - i);
      }
      i = j + 1;
      continue;
    }
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      size_t j = i;
      while (j < text.size() &&
             (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_'))
        ++j;
      std::string w = upper(text.substr(i, j - i));
      if (w == "IDENTIFIED" || w.find("PASSWORD") != std::string::npos) secret = true;
      out.append(text, i, j - i);
      i = j;
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

ir::StmtPtr unmodelled(antlr4::ParserRuleContext* ctx, const std::string& construct,
                       const ParseContext& pc) {
  auto u = make<ir::UnmodelledStmt>(ctx, pc);
  u->construct = construct;
  u->text = pc.text(ctx);
  return u;
}

ir::StmtPtr transformInnerStatement(P::StatementContext* s, const ParseContext& pc) {
  if (auto* c = s->createStatement()) return createStatement(c, pc);
  if (auto* q = s->queryStatement()) return transformQuery(q->queryExpression(), pc);
  if (auto* i = s->insertStatement()) return transformInsert(i, pc);
  if (auto* u = s->updateStatement()) return transformUpdate(u, pc);
  if (auto* d = s->deleteStatement()) return transformDelete(d, pc);
  if (auto* a = s->alterStatement()) return transformAlter(a, pc);
  if (auto* d = s->dropStatement()) return transformDrop(d, pc);
  if (auto* c = s->callStatement()) return transformCall(c, pc);
  if (auto* st = s->setStatement()) return transformSet(st, pc);
  if (auto* t = s->transactionStatement()) return transaction(t, pc);
  if (s->K_BEGIN()) {
    auto t = make<ir::TransactionStmt>(s, pc);
    t->action = "START TRANSACTION";
    return t;
  }
  if (auto* p = s->prepareStatement()) {
    auto d = std::make_unique<ir::DynamicSqlStmt>(ir::StmtKind::Prepare);
    d->loc = pc.locate(p);
    d->statementName = transformIdentifier(p->identifier());
    if (p->string()) {
      auto lit = make<ir::Literal>(p->string(), pc);
      lit->literalKind = ir::LiteralKind::String;
      lit->value = stringValue(p->string());
      d->source = std::move(lit);
    } else {
      auto v = std::make_unique<ir::VarRef>(ir::ExprKind::UserVar);
      v->loc = pc.locate(p->USER_VAR()->getSymbol());
      v->name = p->USER_VAR()->getText().substr(1);
      d->source = std::move(v);
    }
    return d;
  }
  if (auto* e = s->executeStatement()) {
    auto d = std::make_unique<ir::DynamicSqlStmt>(ir::StmtKind::Execute);
    d->loc = pc.locate(e);
    d->statementName = transformIdentifier(e->identifier());
    for (auto* u : e->USER_VAR()) {
      auto v = std::make_unique<ir::VarRef>(ir::ExprKind::UserVar);
      v->loc = pc.locate(u->getSymbol());
      v->name = u->getText().substr(1);
      d->usingArgs.push_back(std::move(v));
    }
    return d;
  }
  if (auto* d = s->deallocateStatement()) {
    auto x = std::make_unique<ir::DynamicSqlStmt>(ir::StmtKind::Deallocate);
    x->loc = pc.locate(d);
    x->statementName = transformIdentifier(d->identifier());
    return x;
  }
  if (auto* r = s->renameTable()) {
    if (auto* rt = dynamic_cast<P::RenameTablesContext*>(r)) {
      // RENAME TABLE a TO b, c TO d: one ALTER ... RENAME TO per pair
      auto names = rt->qualifiedName();
      if (names.size() == 2) {
        auto alter = make<ir::AlterTableStmt>(rt, pc);
        alter->table = transformQualifiedName(names[0]);
        auto a = make<ir::AlterAction>(names[1], pc);
        a->action = ir::AlterActionKind::RenameTo;
        a->newTableName = transformQualifiedName(names[1]);
        a->newName = a->newTableName.last();
        alter->actions.push_back(std::move(a));
        return alter;
      }
      return unmodelled(r, "RENAME TABLE (several)", pc);
    }
    return outOfScope(r, "RENAME USER", pc);
  }
  if (auto* t = s->truncateTable()) return unmodelled(t, "TRUNCATE TABLE", pc);
  if (auto* u = s->useStatement()) return scriptCommand(u, "USE", pc);
  if (auto* l = s->lockTables()) return scriptCommand(l, "LOCK TABLES", pc);
  if (auto* u = s->unlockTables()) return scriptCommand(u, "UNLOCK TABLES", pc);
  if (auto* d = s->doStatement()) return unmodelled(d, "DO", pc);
  if (auto* sg = s->signalStatement()) {
    auto e = make<ir::SignalStmt>(sg, pc);
    e->resignal = sg->K_RESIGNAL() != nullptr;
    if (auto* c = sg->signalCondition()) {
      e->condition = c->string() ? "SQLSTATE '" + stringValue(c->string()) + "'"
                                 : transformIdentifier(c->identifier()).text;
    }
    for (auto* item : sg->signalItem())
      e->items.emplace_back(upper(item->identifier()->getText()),
                            transformExpression(item->expression(), pc));
    return e;
  }
  // GET DIAGNOSTICS: parsed; the IR has no node for it yet, so it travels as text
  if (auto* g = s->getDiagnosticsStatement()) return unmodelled(g, "GET DIAGNOSTICS", pc);
  auto* a = s->adminStatement();
  std::string what = upper(a->children[0]->getText());
  if (a->children.size() > 1 && !dynamic_cast<antlr4::tree::TerminalNode*>(a->children[1]))
    what += " " + upper(a->children[1]->getText());
  return outOfScope(a, what, pc);
}

ir::StmtPtr transformStatement(P::SqlStatementContext* ctx, const ParseContext& pc) {
  return transformInnerStatement(ctx->statement(), pc);
}

}  // namespace barge::parser::mysql
