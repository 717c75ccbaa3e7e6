#include "parser/mysql/transform.h"

namespace barge::parser::mysql {

namespace {

std::vector<ir::KeyPart> keyParts(P::KeyListContext* ctx) {
  std::vector<ir::KeyPart> parts;
  for (auto* kp : ctx->keyPart()) {
    ir::KeyPart k;
    k.column = transformIdentifier(kp->identifier());
    if (kp->NUMBER()) k.prefixLength = std::stoll(kp->NUMBER()->getText());
    parts.push_back(std::move(k));
  }
  return parts;
}

void applyReferences(ir::Constraint& c, P::ReferencesClauseContext* r) {
  c.kind = ir::ConstraintKind::ForeignKey;
  c.refTable = transformQualifiedName(r->qualifiedName());
  for (auto& k : keyParts(r->keyList())) c.refColumns.push_back(k.column);
  // ON DELETE / ON UPDATE pairs appear in any order: read them in sequence.
  auto actions = r->referenceAction();
  size_t a = 0;
  for (auto* child : r->children) {
    auto* term = dynamic_cast<antlr4::tree::TerminalNode*>(child);
    if (!term || a >= actions.size()) continue;
    size_t type = term->getSymbol()->getType();
    if (type == P::K_DELETE || type == P::K_UPDATE) {
      std::string action;
      for (auto* t : actions[a]->children) action += (action.empty() ? "" : " ") + t->getText();
      for (auto& ch : action) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      (type == P::K_DELETE ? c.onDelete : c.onUpdate) = action;
      ++a;
    }
  }
}

ir::Ptr<ir::Column> column(P::ColumnDefinitionContext* ctx, const ParseContext& pc,
                           ir::Table& table) {
  auto col = std::make_unique<ir::Column>();
  at(*col, ctx, pc);
  col->name = transformIdentifier(ctx->identifier());
  col->type = transformDataType(ctx->dataType(), pc);
  for (auto* attr : ctx->columnAttribute()) {
    if (auto* n = dynamic_cast<P::NullAttrContext*>(attr)) {
      col->nullable = n->K_NOT() == nullptr;
    } else if (auto* d = dynamic_cast<P::DefaultAttrContext*>(attr)) {
      col->defaultValue = transformExpression(d->expression(), pc);
    } else if (dynamic_cast<P::AutoIncrementAttrContext*>(attr)) {
      col->autoIncrement = true;
    } else if (auto* u = dynamic_cast<P::OnUpdateAttrContext*>(attr)) {
      col->onUpdate = transformExpression(u->expression(), pc);
    } else if (dynamic_cast<P::PrimaryKeyAttrContext*>(attr) ||
               dynamic_cast<P::UniqueAttrContext*>(attr)) {
      auto c = std::make_unique<ir::Constraint>();
      at(*c, attr, pc);
      c->kind = dynamic_cast<P::UniqueAttrContext*>(attr) ? ir::ConstraintKind::Unique
                                                          : ir::ConstraintKind::PrimaryKey;
      col->inlineConstraints.push_back(std::move(c));
    } else if (auto* cm = dynamic_cast<P::CommentAttrContext*>(attr)) {
      col->comment = unquoteString(cm->STRING()->getText());
    } else if (auto* cs = dynamic_cast<P::CharsetAttrContext*>(attr)) {
      col->type->charset = cs->identifier()->getText();
    } else if (auto* co = dynamic_cast<P::CollateAttrContext*>(attr)) {
      col->type->collation = co->identifier()->getText();
    }
  }
  (void)table;
  return col;
}

ir::Ptr<ir::Constraint> tableConstraint(P::TableConstraintContext* ctx, const ParseContext& pc) {
  auto c = std::make_unique<ir::Constraint>();
  at(*c, ctx, pc);
  auto ids = ctx->identifier();
  if (ctx->K_CONSTRAINT() && !ids.empty()) c->name = transformIdentifier(ids[0]);
  // UNIQUE KEY name (...) / FOREIGN KEY name (...): the index name names the constraint
  // when no CONSTRAINT name was given.
  if (c->name.empty() && !ids.empty()) c->name = transformIdentifier(ids.back());
  if (ctx->K_PRIMARY()) {
    c->kind = ir::ConstraintKind::PrimaryKey;
    c->name = {};  // MySQL ignores primary key names
    c->columns = keyParts(ctx->keyList());
  } else if (ctx->K_UNIQUE()) {
    c->kind = ir::ConstraintKind::Unique;
    c->columns = keyParts(ctx->keyList());
  } else if (ctx->K_FOREIGN()) {
    c->columns = keyParts(ctx->keyList());
    applyReferences(*c, ctx->referencesClause());
  } else {
    c->kind = ir::ConstraintKind::Check;
    c->check = transformExpression(ctx->expression(), pc);
  }
  return c;
}

}  // namespace

ir::StmtPtr transformCreateTable(P::CreateTableContext* ctx, const ParseContext& pc) {
  auto stmt = std::make_unique<ir::CreateTableStmt>();
  at(*stmt, ctx, pc);
  stmt->ifNotExists = ctx->K_EXISTS() != nullptr;
  auto table = std::make_unique<ir::Table>();
  at(*table, ctx->qualifiedName(), pc);
  table->name = transformQualifiedName(ctx->qualifiedName());
  if (ctx->K_TEMPORARY()) table->temporary = "TEMPORARY";
  for (auto* el : ctx->tableElement()) {
    if (auto* cd = el->columnDefinition()) {
      table->columns.push_back(column(cd, pc, *table));
    } else if (auto* tc = el->tableConstraint()) {
      table->constraints.push_back(tableConstraint(tc, pc));
    } else if (auto* ix = el->indexDefinition()) {
      auto idx = std::make_unique<ir::Index>();
      at(*idx, ix, pc);
      if (ix->identifier()) idx->name = transformIdentifier(ix->identifier());
      idx->table = table->name;
      idx->parts = keyParts(ix->keyList());
      table->indexes.push_back(std::move(idx));
    }
  }
  for (auto* opt : ctx->tableOption()) {
    if (auto* c = dynamic_cast<P::CommentOptionContext*>(opt)) {
      table->comment = unquoteString(c->STRING()->getText());
      continue;
    }
    // ENGINE, AUTO_INCREMENT=, CHARSET, COLLATE: no PostgreSQL table equivalent, kept for the
    // report (the mover and converter read AUTO_INCREMENT / CHARSET from here).
    ir::IgnoredAttribute a;
    a.loc = pc.locate(opt);
    a.name = opt->children.size() ? opt->children.front()->getText() : "";
    for (auto& ch : a.name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (dynamic_cast<P::CharsetOptionContext*>(opt)) a.name = "CHARSET";
    if (dynamic_cast<P::CollateOptionContext*>(opt)) a.name = "COLLATE";
    a.value = opt->children.back()->getText();
    table->ignored.push_back(std::move(a));
  }
  stmt->table = std::move(table);
  return stmt;
}

}  // namespace barge::parser::mysql
