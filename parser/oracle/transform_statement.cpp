// Statement dispatch: one sqlStatement -> one IR statement.
#include "parser/oracle/transform.h"

namespace barge::parser::oracle {

ir::StmtPtr unmodelled(antlr4::ParserRuleContext* ctx, const ParseContext& pc,
                       const std::string& construct) {
  auto u = std::make_unique<ir::UnmodelledStmt>();
  at(*u, ctx, pc);
  u->construct = construct;
  u->text = pc.text(ctx);
  return u;
}

ir::StmtPtr outOfScope(antlr4::ParserRuleContext* ctx, const ParseContext& pc,
                       const std::string& what) {
  auto o = std::make_unique<ir::OutOfScopeStmt>();
  at(*o, ctx, pc);
  o->what = what;
  o->text = pc.text(ctx);
  return o;
}

namespace {

// The first words of a statement, upper-cased: names an out-of-scope or unmodelled statement.
std::string leadingWords(antlr4::ParserRuleContext* ctx, size_t n) {
  std::string out;
  for (size_t i = 0; i < ctx->children.size() && n > 0; ++i) {
    auto* ch = ctx->children[i];
    if (auto* r = dynamic_cast<antlr4::ParserRuleContext*>(ch)) {
      if (dynamic_cast<P::AnyTokensContext*>(r)) {
        for (auto* t : r->children) {
          if (n == 0) break;
          std::string w = t->getText();
          if (w.empty() || !std::isalpha(static_cast<unsigned char>(w[0]))) break;
          out += (out.empty() ? "" : " ") + upperText(w);
          --n;
        }
        break;
      }
      std::string w = normalizedText(r);
      out += (out.empty() ? "" : " ") + w;
      --n;
      continue;
    }
    out += (out.empty() ? "" : " ") + upperText(ch->getText());
    --n;
  }
  return out;
}

// IF NOT EXISTS (23ai), read from the object rule and set on the statement.
void setIfNotExists(ir::Stmt& s) {
  switch (s.kind) {
    case ir::StmtKind::CreateTable:
      s.as<ir::CreateTableStmt>().ifNotExists = true;
      break;
    case ir::StmtKind::CreateIndex:
      s.as<ir::CreateIndexStmt>().ifNotExists = true;
      break;
    case ir::StmtKind::CreateSequence:
      s.as<ir::CreateSequenceStmt>().ifNotExists = true;
      break;
    case ir::StmtKind::CreateView:
      s.as<ir::CreateViewStmt>().ifNotExists = true;
      break;
    case ir::StmtKind::CreateSynonym:
      s.as<ir::CreateSynonymStmt>().ifNotExists = true;
      break;
    case ir::StmtKind::CreateRoutine:
      s.as<ir::CreateRoutineStmt>().ifNotExists = true;
      break;
    case ir::StmtKind::CreatePackage:
      s.as<ir::CreatePackageStmt>().ifNotExists = true;
      break;
    case ir::StmtKind::CreateTrigger:
      s.as<ir::CreateTriggerStmt>().ifNotExists = true;
      break;
    case ir::StmtKind::CreateType:
      s.as<ir::CreateTypeStmt>().ifNotExists = true;
      break;
    default:
      break;
  }
}

bool hasIfNotExists(P::CreateObjectContext* o) {
  auto* rule =
      o->children.empty() ? nullptr : dynamic_cast<antlr4::ParserRuleContext*>(o->children[0]);
  if (!rule) return false;
  for (auto* ch : rule->children)
    if (dynamic_cast<P::IfNotExistsContext*>(ch)) return true;
  return false;
}

ir::StmtPtr createObject(P::CreateStatementContext* c, const ParseContext& pc);

ir::StmtPtr create(P::CreateStatementContext* c, const ParseContext& pc) {
  ir::StmtPtr s = createObject(c, pc);
  if (s && hasIfNotExists(c->createObject())) setIfNotExists(*s);
  return s;
}

ir::StmtPtr createObject(P::CreateStatementContext* c, const ParseContext& pc) {
  auto* o = c->createObject();
  if (auto* x = o->createTable()) return transformCreateTable(x, pc);
  if (auto* x = o->createIndex()) return transformCreateIndex(c, x, pc);
  if (auto* x = o->createSequence()) return transformCreateSequence(x, pc);
  if (auto* x = o->createView()) return transformCreateView(c, x, pc);
  if (auto* x = o->createMaterializedView()) return transformCreateMaterializedView(x, pc);
  if (auto* x = o->createSynonym()) return transformCreateSynonym(c, x, pc);
  if (auto* x = o->createProcedure()) return transformCreateProcedure(c, x, pc);
  if (auto* x = o->createFunction()) return transformCreateFunction(c, x, pc);
  if (auto* x = o->createPackage()) return transformCreatePackage(c, x, pc);
  if (auto* x = o->createPackageBody()) return transformCreatePackageBody(c, x, pc);
  if (auto* x = o->createTrigger()) return transformCreateTrigger(c, x, pc);
  if (auto* x = o->createType()) return transformCreateType(c, x, pc);
  if (auto* x = o->createTypeBody()) return transformCreateTypeBody(c, x, pc);
  auto* admin = o->createAdmin();
  return outOfScope(c, pc, "CREATE " + normalizedText(admin->adminObject()));
}

}  // namespace

ir::StmtPtr transformStatement(P::SqlStatementContext* ctx, const ParseContext& pc) {
  auto* s = ctx->statement();
  if (auto* c = s->createStatement()) return create(c, pc);
  if (auto* d = s->dmlStatement()) return transformDml(d, pc);
  if (auto* b = s->anonymousBlock()) return transformAnonymousBlock(b, pc);
  if (auto* a = s->alterStatement()) {
    if (auto* t = dynamic_cast<P::AlterTableContext*>(a)) return transformAlterTable(t, pc);
    if (auto* t = dynamic_cast<P::AlterTypeContext*>(a)) return transformAlterType(t, pc);
    std::string what = leadingWords(a, 2);
    static const char* kAdmin[] = {"SESSION",  "SYSTEM",     "USER",      "ROLE",      "PROFILE",
                                   "DATABASE", "TABLESPACE", "RESOURCE",  "DISKGROUP", "PLUGGABLE",
                                   "AUDIT",    "LOCKDOWN",   "FLASHBACK", "OUTLINE",   "ROLLBACK",
                                   "CLUSTER",  "DIMENSION",  "INDEXTYPE", "OPERATOR",  "JAVA",
                                   "LIBRARY",  "CONTEXT",    "DIRECTORY", "EDITION"};
    std::string second = what.size() > 6 ? what.substr(6) : "";
    for (const char* k : kAdmin)
      if (second == k) return outOfScope(a, pc, what);
    return unmodelled(a, pc, what);
  }
  if (auto* d = s->dropStatement()) return transformDrop(d, pc);
  if (auto* c = s->commentStatement()) return transformComment(c, pc);
  if (auto* g = s->grantStatement()) return transformGrant(g, pc);
  if (auto* r = s->revokeStatement()) return transformRevoke(r, pc);
  if (auto* t = s->truncateStatement()) return unmodelled(t, pc, normalizedText(t).substr(0, 14));
  if (auto* r = s->renameStatement()) return unmodelled(r, pc, "RENAME");
  if (auto* t = s->transactionStatement()) {
    auto ts = std::make_unique<ir::TransactionStmt>();
    at(*ts, t, pc);
    ts->action = t->K_TRANSACTION() ? "SET TRANSACTION" : upperText(t->getStart()->getText());
    if (t->identifier()) ts->savepoint = transformIdentifier(t->identifier());
    ts->options = normalizedText(t);
    return ts;
  }
  if (auto* c = s->callStatement()) {
    auto cs = std::make_unique<ir::CallStmt>();
    at(*cs, c, pc);
    cs->call = transformSimpleExpr(c->simpleExpr(), pc);
    return cs;
  }
  if (auto* a = s->adminStatement()) return outOfScope(a, pc, leadingWords(a, 2));
  return unmodelled(s, pc, "statement");
}

}  // namespace barge::parser::oracle
