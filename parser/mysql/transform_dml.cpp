// DML: INSERT / REPLACE, UPDATE, DELETE, CALL, and SET (variables and session settings).
#include "ir/query.h"
#include "parser/mysql/transform.h"

namespace barge::parser::mysql {

namespace {

ir::Assignment assignment(P::AssignmentContext* a, const ParseContext& pc) {
  ir::Assignment out;
  out.targets.push_back(transformQualifiedName(a->qualifiedName()));
  out.value = transformExpression(a->expression(), pc);
  return out;
}

}  // namespace

ir::StmtPtr transformInsert(P::InsertStatementContext* ctx, const ParseContext& pc) {
  auto ins =
      std::make_unique<ir::Insert>(ctx->K_REPLACE() ? ir::StmtKind::Replace : ir::StmtKind::Insert);
  ins->loc = pc.locate(ctx);
  for (size_t i = 1; i < ctx->children.size(); ++i) {
    auto* t = dynamic_cast<antlr4::tree::TerminalNode*>(ctx->children[i]);
    if (!t) break;
    size_t type = t->getSymbol()->getType();
    if (type == P::K_LOW_PRIORITY || type == P::K_DELAYED || type == P::K_HIGH_PRIORITY ||
        type == P::K_IGNORE)
      ins->modifiers.push_back(upper(t->getText()));
  }
  ins->table = transformQualifiedName(ctx->qualifiedName(0));
  ins->tableLoc = pc.locate(ctx->qualifiedName(0));
  auto ids = ctx->identifier();
  size_t firstColumn = 0;
  if (ctx->K_PARTITION()) {
    // the partition list comes first; keep it visible to the report
    std::string parts;
    size_t rparen = ctx->RPAREN(0)->getSymbol()->getTokenIndex();
    while (firstColumn < ids.size() && ids[firstColumn]->getStart()->getTokenIndex() < rparen)
      parts += (parts.empty() ? "" : ", ") + transformIdentifier(ids[firstColumn++]).text;
    ins->modifiers.push_back("PARTITION (" + parts + ")");
  }
  for (auto* c : ctx->qualifiedName()) {
    if (c == ctx->qualifiedName(0)) continue;  // the table
    ins->columns.push_back(transformQualifiedName(c).last());
  }
  if (ctx->K_AS() && firstColumn < ids.size()) ins->alias = transformIdentifier(ids[firstColumn]);
  if (!ctx->rowValue().empty()) {
    auto v = make<ir::Values>(ctx->rowValue(0), pc);
    for (auto* row : ctx->rowValue()) {
      std::vector<ir::ExprPtr> items;
      items.reserve(row->expression().size());
      for (auto* e : row->expression()) items.push_back(transformExpression(e, pc));
      v->rows.push_back(std::move(items));
    }
    ins->source = std::move(v);
  } else if (ctx->queryExpression()) {
    ins->source = transformQuery(ctx->queryExpression(), pc);
  }
  auto assigns = ctx->assignment();
  size_t k = 0;
  if (ctx->K_SET()) {
    size_t dup = ctx->K_DUPLICATE() ? ctx->K_DUPLICATE()->getSymbol()->getTokenIndex() : SIZE_MAX;
    for (; k < assigns.size() && assigns[k]->getStart()->getTokenIndex() < dup; ++k)
      ins->setItems.push_back(assignment(assigns[k], pc));
  }
  for (; k < assigns.size(); ++k) ins->onDuplicateKey.push_back(assignment(assigns[k], pc));
  return ins;
}

ir::StmtPtr transformUpdate(P::UpdateStatementContext* ctx, const ParseContext& pc) {
  auto up = make<ir::Update>(ctx, pc);
  for (auto* t : ctx->K_LOW_PRIORITY()) up->modifiers.push_back(upper(t->getText()));
  for (auto* t : ctx->K_IGNORE()) up->modifiers.push_back(upper(t->getText()));
  for (auto* r : ctx->tableReference()) up->tables.push_back(transformTableReference(r, pc));
  for (auto* a : ctx->assignment()) up->set.push_back(assignment(a, pc));
  if (ctx->whereClause()) up->where = transformExpression(ctx->whereClause()->expression(), pc);
  up->orderBy = transformOrderBy(ctx->orderByClause(), pc);
  if (ctx->limitClause()) up->limit = transformLimitValue(ctx->limitClause()->limitValue(0), pc);
  return up;
}

ir::StmtPtr transformDelete(P::DeleteStatementContext* ctx, const ParseContext& pc) {
  auto del = make<ir::Delete>(ctx, pc);
  for (auto* t : ctx->K_LOW_PRIORITY()) del->modifiers.push_back(upper(t->getText()));
  for (auto* t : ctx->K_QUICK()) del->modifiers.push_back(upper(t->getText()));
  for (auto* t : ctx->K_IGNORE()) del->modifiers.push_back(upper(t->getText()));
  auto targets = ctx->deleteTarget();
  bool multi = !ctx->tableReference().empty();
  if (!multi && targets.size() == 1) {
    // DELETE FROM t [AS a] WHERE ...: one table, kept as a table reference
    auto* t = targets[0];
    auto nt = make<ir::NamedTable>(t, pc);
    nt->name = transformQualifiedName(t->qualifiedName());
    auto ids = t->identifier();
    if (t->K_PARTITION()) {
      std::string parts;
      for (size_t i = 0; i < ids.size(); ++i) {
        if (ids[i]->getStart()->getTokenIndex() > t->RPAREN()->getSymbol()->getTokenIndex()) {
          nt->alias = transformIdentifier(ids[i]);
          break;
        }
        parts += (parts.empty() ? "" : ", ") + transformIdentifier(ids[i]).text;
      }
      nt->partition = parts;
    } else if (!ids.empty()) {
      nt->alias = transformIdentifier(ids.back());
    }
    del->from.push_back(std::move(nt));
  } else {
    for (auto* t : targets) del->targets.push_back(transformQualifiedName(t->qualifiedName()));
    auto& refs = ctx->K_USING() ? del->usingTables : del->from;
    for (auto* r : ctx->tableReference()) refs.push_back(transformTableReference(r, pc));
  }
  if (ctx->whereClause()) del->where = transformExpression(ctx->whereClause()->expression(), pc);
  del->orderBy = transformOrderBy(ctx->orderByClause(), pc);
  if (ctx->limitClause()) del->limit = transformLimitValue(ctx->limitClause()->limitValue(0), pc);
  return del;
}

ir::StmtPtr transformCall(P::CallStatementContext* ctx, const ParseContext& pc) {
  auto stmt = make<ir::CallStmt>(ctx, pc);
  if (ctx->LPAREN()) {
    auto call = make<ir::Call>(ctx->qualifiedName(), pc);
    call->function = transformQualifiedName(ctx->qualifiedName());
    for (auto* e : ctx->expression()) {
      ir::Argument a;
      a.value = transformExpression(e, pc);
      call->args.push_back(std::move(a));
    }
    stmt->call = std::move(call);
  } else {
    auto name = make<ir::NameRef>(ctx->qualifiedName(), pc);
    name->name = transformQualifiedName(ctx->qualifiedName());
    stmt->call = std::move(name);
  }
  return stmt;
}

namespace {

ir::ExprPtr setTarget(P::SetTargetContext* t, const std::string& scope, const ParseContext& pc) {
  if (t->USER_VAR() || t->SYS_VAR()) {
    auto v =
        std::make_unique<ir::VarRef>(t->USER_VAR() ? ir::ExprKind::UserVar : ir::ExprKind::SysVar);
    v->loc = pc.locate(t);
    std::string text = t->getText();
    text = text.substr(t->USER_VAR() ? 1 : 2);
    if (!text.empty() && (text[0] == '\'' || text[0] == '"' || text[0] == '`'))
      text = text.substr(1, text.size() - 2);
    if (t->SYS_VAR()) {
      size_t dot = text.find('.');
      std::string s = dot == std::string::npos ? "" : upper(text.substr(0, dot));
      if (s == "GLOBAL" || s == "SESSION" || s == "LOCAL") {
        v->scope = s;
        text = text.substr(dot + 1);
      }
    }
    v->name = text;
    return v;
  }
  if (!scope.empty()) {
    // SET GLOBAL x = ...: a system variable with an explicit scope
    auto v = std::make_unique<ir::VarRef>(ir::ExprKind::SysVar);
    v->loc = pc.locate(t);
    v->scope = scope;
    v->name = t->getText();
    return v;
  }
  auto n = std::make_unique<ir::NameRef>();
  n->loc = pc.locate(t);
  n->name = transformQualifiedName(t->qualifiedName());
  return n;
}

}  // namespace

ir::StmtPtr transformSet(P::SetStatementContext* ctx, const ParseContext& pc) {
  auto* vars = dynamic_cast<P::SetVariablesContext*>(ctx);
  if (!vars) {
    // SET TRANSACTION / PASSWORD / ROLE
    if (auto* tx = dynamic_cast<P::SetTransactionContext*>(ctx)) {
      auto t = make<ir::TransactionStmt>(tx, pc);
      t->action = "SET TRANSACTION";
      std::string opts;
      for (auto* c : tx->transactionCharacteristic()) opts += (opts.empty() ? "" : ", ") + words(c);
      t->options = opts;
      return t;
    }
    auto o = make<ir::OutOfScopeStmt>(ctx, pc);
    o->what = dynamic_cast<P::SetPasswordContext*>(ctx) ? "SET PASSWORD" : "SET ROLE";
    o->text = pc.text(ctx);
    return o;
  }
  auto stmt = make<ir::SetVarStmt>(ctx, pc);
  for (auto* item : vars->setItem()) {
    auto a = make<ir::AssignStmt>(item, pc);
    if (item->K_NAMES() || item->K_CHARACTER() || item->K_CHARSET()) {
      auto v = std::make_unique<ir::VarRef>(ir::ExprKind::SysVar);
      v->loc = pc.locate(item);
      v->name = item->K_NAMES() ? "NAMES" : "CHARACTER SET";
      a->target = std::move(v);
      auto names = item->charsetName();
      auto lit = make<ir::Literal>(names[0], pc);
      lit->literalKind = ir::LiteralKind::String;
      lit->value = charsetNameText(names[0]);
      if (names.size() > 1) {
        auto col = make<ir::Collate>(names[1], pc);
        col->operand = std::move(lit);
        col->collation = charsetNameText(names[1]);
        a->value = std::move(col);
      } else {
        a->value = std::move(lit);
      }
    } else {
      std::string scope;
      for (auto* t : {item->K_GLOBAL(), item->K_SESSION(), item->K_LOCAL(), item->K_PERSIST(),
                      item->K_PERSIST_ONLY()})
        if (t) scope = upper(t->getText());
      a->target = setTarget(item->setTarget(), scope, pc);
      auto* v = item->setValue();
      if (v->expression()) {
        a->value = transformExpression(v->expression(), pc);
      } else {
        auto lit = make<ir::Literal>(v, pc);
        lit->literalKind = ir::LiteralKind::String;
        lit->value = upper(v->getText());
        a->value = std::move(lit);
      }
    }
    stmt->items.push_back(std::move(a));
  }
  return stmt;
}

}  // namespace barge::parser::mysql
