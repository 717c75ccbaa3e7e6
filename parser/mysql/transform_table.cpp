// Tables and their relatives: CREATE TABLE / INDEX / DATABASE, ALTER, DROP, RENAME, TRUNCATE.
#include <algorithm>

#include "parser/mysql/transform.h"

namespace barge::parser::mysql {

namespace {

std::vector<ir::KeyPart> keyParts(P::KeyListContext* ctx, const ParseContext& pc) {
  std::vector<ir::KeyPart> parts;
  if (!ctx) return parts;
  for (auto* kp : ctx->keyPart()) {
    ir::KeyPart k;
    if (kp->identifier()) {
      k.column = transformIdentifier(kp->identifier());
      if (kp->NUMBER()) k.prefixLength = toInt(kp->NUMBER()->getText());  // unset: whole value
    } else {
      k.expr = transformExpression(kp->expression(), pc);
    }
    k.descending = kp->K_DESC() != nullptr;
    parts.push_back(std::move(k));
  }
  return parts;
}

ir::IgnoredAttribute ignored(antlr4::ParserRuleContext* ctx, std::string name, std::string value,
                             const ParseContext& pc) {
  ir::IgnoredAttribute a;
  a.loc = pc.locate(ctx);
  a.name = std::move(name);
  a.value = std::move(value);
  return a;
}

void indexOptions(std::vector<P::IndexOptionContext*> opts, ir::Index* index,
                  std::vector<ir::IgnoredAttribute>& ignoredOut, const ParseContext& pc) {
  for (auto* o : opts) {
    if (o->indexType() && index) {
      index->using_ = upper(o->indexType()->identifier()->getText());
      continue;
    }
    if (o->K_COMMENT()) {
      ignoredOut.push_back(ignored(o, "COMMENT", stringValue(o->string()), pc));
      continue;
    }
    std::string text = words(o);
    size_t sp = text.find(' ');
    ignoredOut.push_back(ignored(o, sp == std::string::npos ? text : text.substr(0, sp),
                                 sp == std::string::npos ? "" : text.substr(sp + 1), pc));
  }
}

void applyReferences(ir::Constraint& c, P::ReferencesClauseContext* r, const ParseContext& pc) {
  c.kind = ir::ConstraintKind::ForeignKey;
  c.refTable = transformQualifiedName(r->qualifiedName());
  for (auto& k : keyParts(r->keyList(), pc)) c.refColumns.push_back(k.column);
  if (r->K_MATCH()) c.match = upper(r->identifier()->getText());
  // ON DELETE / ON UPDATE pairs appear in any order: read them in sequence.
  auto actions = r->referenceAction();
  size_t a = 0;
  for (auto* child : r->children) {
    auto* term = dynamic_cast<antlr4::tree::TerminalNode*>(child);
    if (!term || a >= actions.size()) continue;
    size_t type = term->getSymbol()->getType();
    if (type == P::K_DELETE || type == P::K_UPDATE) {
      (type == P::K_DELETE ? c.onDelete : c.onUpdate) = words(actions[a]);
      ++a;
    }
  }
}

ir::Ptr<ir::Constraint> tableConstraint(P::TableConstraintContext* ctx, const ParseContext& pc) {
  auto c = make<ir::Constraint>(ctx, pc);
  auto ids = ctx->identifier();
  size_t k = 0;
  if (ctx->K_CONSTRAINT() && ids.size() > 0 &&
      ids[0]->getStart()->getTokenIndex() == ctx->K_CONSTRAINT()->getSymbol()->getTokenIndex() + 1)
    c->name = transformIdentifier(ids[k++]);
  // UNIQUE KEY name (...) / FOREIGN KEY name (...): the index name names the constraint
  // when no CONSTRAINT name was given.
  if (c->name.empty() && k < ids.size()) c->name = transformIdentifier(ids[k]);
  if (ctx->K_PRIMARY()) {
    c->kind = ir::ConstraintKind::PrimaryKey;
    c->name = {};  // MySQL ignores primary key names
    c->columns = keyParts(ctx->keyList(), pc);
    indexOptions(ctx->indexOption(), nullptr, c->ignored, pc);
    if (ctx->indexType())
      c->ignored.push_back(
          ignored(ctx->indexType(), "USING", upper(ctx->indexType()->identifier()->getText()), pc));
  } else if (ctx->K_UNIQUE()) {
    c->kind = ir::ConstraintKind::Unique;
    c->columns = keyParts(ctx->keyList(), pc);
    indexOptions(ctx->indexOption(), nullptr, c->ignored, pc);
    if (ctx->indexType())
      c->ignored.push_back(
          ignored(ctx->indexType(), "USING", upper(ctx->indexType()->identifier()->getText()), pc));
  } else if (ctx->K_FOREIGN()) {
    c->columns = keyParts(ctx->keyList(), pc);
    applyReferences(*c, ctx->referencesClause(), pc);
  } else {
    c->kind = ir::ConstraintKind::Check;
    c->check = transformExpression(ctx->expression(), pc);
    if (ctx->K_ENFORCED()) c->enforced = ctx->K_NOT() == nullptr;
  }
  return c;
}

ir::Ptr<ir::Index> indexDefinition(P::IndexDefinitionContext* ix, const ir::QualifiedName& table,
                                   const ParseContext& pc) {
  auto idx = make<ir::Index>(ix, pc);
  if (ix->identifier()) idx->name = transformIdentifier(ix->identifier());
  idx->table = table;
  if (ix->K_FULLTEXT()) idx->method = "FULLTEXT";
  if (ix->K_SPATIAL()) idx->method = "SPATIAL";
  if (ix->indexType()) idx->using_ = upper(ix->indexType()->identifier()->getText());
  idx->parts = keyParts(ix->keyList(), pc);
  indexOptions(ix->indexOption(), idx.get(), idx->ignored, pc);
  return idx;
}

void tableOption(P::TableOptionContext* opt, ir::Table& table, const ParseContext& pc) {
  if (auto* c = dynamic_cast<P::CommentOptionContext*>(opt)) {
    table.comment = stringValue(c->string());
    return;
  }
  // ENGINE, AUTO_INCREMENT=, CHARSET, COLLATE, ROW_FORMAT...: no PostgreSQL table equivalent,
  // kept for the report (the mover and converter read AUTO_INCREMENT / CHARSET from here).
  std::string name, value;
  if (auto* cs = dynamic_cast<P::CharsetOptionContext*>(opt)) {
    name = "CHARSET";
    value = charsetNameText(cs->charsetName());
  } else if (auto* co = dynamic_cast<P::CollateOptionContext*>(opt)) {
    name = "COLLATE";
    value = charsetNameText(co->charsetName());
  } else if (auto* ai = dynamic_cast<P::AutoIncrementOptionContext*>(opt)) {
    name = "AUTO_INCREMENT";
    value = ai->NUMBER()->getText();
  } else if (auto* g = dynamic_cast<P::GenericOptionContext*>(opt)) {
    name = upper(g->identifier(0)->getText());
    if (g->string()) {
      value = stringValue(g->string());
    } else {
      value = g->children.back()->getText();
    }
  } else {
    std::string text = words(opt);
    size_t eq = text.find(" = ");
    if (eq != std::string::npos) {
      name = text.substr(0, eq);
      value = text.substr(eq + 3);
    } else {
      name = text;
    }
  }
  table.ignored.push_back(ignored(opt, name, value, pc));
}

}  // namespace

ir::Ptr<ir::Column> transformColumn(P::ColumnDefinitionContext* ctx, const ParseContext& pc) {
  auto col = make<ir::Column>(ctx, pc);
  col->name = transformIdentifier(ctx->identifier());
  col->type = transformDataType(ctx->dataType(), pc);
  for (auto* attr : ctx->columnAttribute()) {
    if (auto* n = dynamic_cast<P::NullAttrContext*>(attr)) {
      col->nullable = n->K_NOT() == nullptr;
    } else if (auto* d = dynamic_cast<P::DefaultAttrContext*>(attr)) {
      col->defaultValue = transformBitExpr(d->bitExpr(), pc);
    } else if (dynamic_cast<P::AutoIncrementAttrContext*>(attr)) {
      col->autoIncrement = true;
    } else if (auto* u = dynamic_cast<P::OnUpdateAttrContext*>(attr)) {
      col->onUpdate = transformBitExpr(u->bitExpr(), pc);
    } else if (dynamic_cast<P::PrimaryKeyAttrContext*>(attr) ||
               dynamic_cast<P::UniqueAttrContext*>(attr)) {
      auto c = make<ir::Constraint>(attr, pc);
      c->kind = dynamic_cast<P::UniqueAttrContext*>(attr) ? ir::ConstraintKind::Unique
                                                          : ir::ConstraintKind::PrimaryKey;
      col->inlineConstraints.push_back(std::move(c));
    } else if (auto* cm = dynamic_cast<P::CommentAttrContext*>(attr)) {
      col->comment = stringValue(cm->string());
    } else if (auto* cs = dynamic_cast<P::CharsetAttrContext*>(attr)) {
      col->type->charset = charsetNameText(cs->charsetName());
    } else if (auto* co = dynamic_cast<P::CollateAttrContext*>(attr)) {
      col->type->collation = charsetNameText(co->charsetName());
    } else if (auto* g = dynamic_cast<P::GeneratedAttrContext*>(attr)) {
      col->generatedExpr = transformExpression(g->expression(), pc);
      col->generatedStored = g->K_STORED() != nullptr || g->K_PERSISTENT() != nullptr;
    } else if (auto* v = dynamic_cast<P::VisibilityAttrContext*>(attr)) {
      col->invisible = v->K_INVISIBLE() != nullptr;
    } else if (auto* ch = dynamic_cast<P::CheckAttrContext*>(attr)) {
      auto c = make<ir::Constraint>(ch, pc);
      c->kind = ir::ConstraintKind::Check;
      if (ch->identifier()) c->name = transformIdentifier(ch->identifier());
      c->check = transformExpression(ch->expression(), pc);
      if (ch->K_ENFORCED()) c->enforced = ch->K_NOT() == nullptr;
      col->inlineConstraints.push_back(std::move(c));
    } else if (auto* r = dynamic_cast<P::ReferencesAttrContext*>(attr)) {
      auto c = make<ir::Constraint>(r, pc);
      applyReferences(*c, r->referencesClause(), pc);
      col->inlineConstraints.push_back(std::move(c));
    } else {
      std::string text = words(attr);
      size_t sp = text.find(' ');
      col->ignored.push_back(ignored(attr, text.substr(0, sp),
                                     sp == std::string::npos ? "" : text.substr(sp + 1), pc));
    }
  }
  return col;
}

ir::StmtPtr transformCreateTable(P::CreateTableContext* ctx, const ParseContext& pc) {
  auto stmt = make<ir::CreateTableStmt>(ctx, pc);
  stmt->ifNotExists = ctx->ifNotExists() != nullptr;
  auto names = ctx->qualifiedName();
  auto table = make<ir::Table>(names[0], pc);
  table->name = transformQualifiedName(names[0]);
  if (ctx->K_TEMPORARY()) table->temporary = "TEMPORARY";
  if (ctx->K_LIKE()) stmt->likeTable = transformQualifiedName(names[1]);
  for (auto* el : ctx->tableElement()) {
    if (auto* cd = el->columnDefinition()) {
      table->columns.push_back(transformColumn(cd, pc));
    } else if (auto* tc = el->tableConstraint()) {
      table->constraints.push_back(tableConstraint(tc, pc));
    } else if (auto* ix = el->indexDefinition()) {
      table->indexes.push_back(indexDefinition(ix, table->name, pc));
    }
  }
  if (auto* opts = ctx->tableOptions())
    for (auto* opt : opts->tableOption()) tableOption(opt, *table, pc);
  if (ctx->partitionClause()) {
    // not modelled for MySQL yet: the converter reports the clause (BRG-3002)
    table->partitioning = std::make_unique<ir::Partitioning>();
    at(*table->partitioning, ctx->partitionClause(), pc);
    table->partitioning->text = words(ctx->partitionClause());
  }
  if (ctx->queryExpression()) {
    table->asQuery = transformQuery(ctx->queryExpression(), pc);
    if (ctx->K_IGNORE() || ctx->K_REPLACE())
      table->ignored.push_back(
          ignored(ctx, "DUPLICATES", ctx->K_IGNORE() ? "IGNORE" : "REPLACE", pc));
  }
  stmt->table = std::move(table);
  return stmt;
}

ir::StmtPtr transformCreateIndex(P::CreateIndexContext* ctx, const ParseContext& pc) {
  auto stmt = make<ir::CreateIndexStmt>(ctx, pc);
  stmt->ifNotExists = ctx->ifNotExists() != nullptr;
  auto idx = make<ir::Index>(ctx->identifier(0), pc);
  idx->name = transformIdentifier(ctx->identifier(0));
  idx->table = transformQualifiedName(ctx->qualifiedName());
  idx->method = ctx->K_UNIQUE()     ? "UNIQUE"
                : ctx->K_FULLTEXT() ? "FULLTEXT"
                : ctx->K_SPATIAL()  ? "SPATIAL"
                                    : "";
  if (ctx->indexType()) idx->using_ = upper(ctx->indexType()->identifier()->getText());
  idx->parts = keyParts(ctx->keyList(), pc);
  indexOptions(ctx->indexOption(), idx.get(), idx->ignored, pc);
  // ALGORITHM / LOCK options: how the server builds the index, kept for the report
  for (size_t i = 0; i < ctx->children.size(); ++i) {
    auto* t = dynamic_cast<antlr4::tree::TerminalNode*>(ctx->children[i]);
    if (!t ||
        (t->getSymbol()->getType() != P::K_ALGORITHM && t->getSymbol()->getType() != P::K_LOCK))
      continue;
    size_t v = i + 1;
    if (v < ctx->children.size() && ctx->children[v]->getText() == "=") ++v;
    ir::IgnoredAttribute a;
    a.loc = pc.locate(t->getSymbol());
    a.name = upper(t->getText());
    a.value = v < ctx->children.size() ? upper(ctx->children[v]->getText()) : "";
    idx->ignored.push_back(std::move(a));
  }
  stmt->index = std::move(idx);
  return stmt;
}

ir::StmtPtr transformCreateDatabase(P::CreateDatabaseContext* ctx, const ParseContext& pc) {
  auto stmt = make<ir::CreateSchemaStmt>(ctx, pc);
  stmt->name = transformIdentifier(ctx->identifier());
  stmt->ifNotExists = ctx->ifNotExists() != nullptr;
  for (auto* o : ctx->databaseOption()) {
    if (o->K_CHARACTER() || o->K_CHARSET()) stmt->charset = charsetNameText(o->charsetName());
    if (o->K_COLLATE()) stmt->collation = charsetNameText(o->charsetName());
  }
  return stmt;
}

namespace {

ir::Ptr<ir::AlterAction> alterAction(P::AlterSpecificationContext* spec,
                                     const ir::QualifiedName& table, ir::AlterTableStmt& stmt,
                                     const ParseContext& pc) {
  auto a = make<ir::AlterAction>(spec, pc);
  if (auto* add = dynamic_cast<P::AddColumnContext*>(spec)) {
    a->action = ir::AlterActionKind::AddColumn;
    a->column = transformColumn(add->columnDefinition(), pc);
    if (add->columnPosition()) a->text = words(add->columnPosition());
  } else if (auto* adds = dynamic_cast<P::AddColumnsContext*>(spec)) {
    // ADD (col ..., KEY ..., ...): one action per element, the first one returned
    bool first = true;
    for (auto* el : adds->tableElement()) {
      auto act = first ? std::move(a) : make<ir::AlterAction>(el, pc);
      if (el->columnDefinition()) {
        act->action = ir::AlterActionKind::AddColumn;
        act->column = transformColumn(el->columnDefinition(), pc);
      } else if (el->tableConstraint()) {
        act->action = ir::AlterActionKind::AddConstraint;
        act->constraint = tableConstraint(el->tableConstraint(), pc);
      } else {
        act->action = ir::AlterActionKind::AddIndex;
        act->index = indexDefinition(el->indexDefinition(), table, pc);
      }
      if (first) {
        a = std::move(act);
        first = false;
      } else {
        stmt.actions.push_back(std::move(act));
      }
    }
  } else if (auto* ac = dynamic_cast<P::AddConstraintContext*>(spec)) {
    if (ac->tableConstraint()) {
      a->action = ir::AlterActionKind::AddConstraint;
      a->constraint = tableConstraint(ac->tableConstraint(), pc);
    } else {
      a->action = ir::AlterActionKind::AddIndex;
      a->index = indexDefinition(ac->indexDefinition(), table, pc);
    }
  } else if (auto* m = dynamic_cast<P::ModifyColumnContext*>(spec)) {
    a->action = ir::AlterActionKind::ModifyColumn;
    a->column = transformColumn(m->columnDefinition(), pc);
    if (m->columnPosition()) a->text = words(m->columnPosition());
  } else if (auto* c = dynamic_cast<P::ChangeColumnContext*>(spec)) {
    // CHANGE old new type: a rename when the names differ, and a modify
    a->action = ir::AlterActionKind::ModifyColumn;
    a->name = transformIdentifier(c->identifier());
    a->column = transformColumn(c->columnDefinition(), pc);
    a->newName = a->column->name;
    if (c->columnPosition()) a->text = words(c->columnPosition());
  } else if (auto* d = dynamic_cast<P::DropColumnContext*>(spec)) {
    a->action = ir::AlterActionKind::DropColumn;
    a->name = transformIdentifier(d->identifier());
  } else if (dynamic_cast<P::DropPrimaryKeyContext*>(spec)) {
    a->action = ir::AlterActionKind::DropConstraint;
    a->text = "PRIMARY KEY";
  } else if (auto* di = dynamic_cast<P::DropIndexContext*>(spec)) {
    a->action = ir::AlterActionKind::DropIndex;
    a->name = transformIdentifier(di->identifier());
  } else if (auto* df = dynamic_cast<P::DropForeignKeyContext*>(spec)) {
    a->action = ir::AlterActionKind::DropConstraint;
    a->name = transformIdentifier(df->identifier());
    a->text = "FOREIGN KEY";
  } else if (auto* dc = dynamic_cast<P::DropConstraintContext*>(spec)) {
    a->action = ir::AlterActionKind::DropConstraint;
    a->name = transformIdentifier(dc->identifier());
    a->text = dc->K_CHECK() ? "CHECK" : "";
  } else if (auto* al = dynamic_cast<P::AlterColumnContext*>(spec)) {
    a->name = transformIdentifier(al->identifier());
    if (al->bitExpr()) {
      a->action = ir::AlterActionKind::SetDefault;
      a->defaultValue = transformBitExpr(al->bitExpr(), pc);
    } else if (al->K_DROP()) {
      a->action = ir::AlterActionKind::DropDefault;
    } else {
      a->action = ir::AlterActionKind::Other;
      a->text = words(spec);
    }
  } else if (auto* rc = dynamic_cast<P::RenameColumnContext*>(spec)) {
    a->action = rc->K_COLUMN() ? ir::AlterActionKind::RenameColumn : ir::AlterActionKind::Other;
    a->name = transformIdentifier(rc->identifier(0));
    a->newName = transformIdentifier(rc->identifier(1));
    if (!rc->K_COLUMN()) a->text = words(spec);
  } else if (auto* rt = dynamic_cast<P::RenameToContext*>(spec)) {
    a->action = ir::AlterActionKind::RenameTo;
    a->newTableName = transformQualifiedName(rt->qualifiedName());
    a->newName = a->newTableName.last();
  } else {
    // table options, keys on/off, partition maintenance, ALGORITHM / LOCK: kept as text
    a->action = ir::AlterActionKind::Other;
    a->text = words(spec);
  }
  return a;
}

}  // namespace

ir::StmtPtr transformAlter(P::AlterStatementContext* ctx, const ParseContext& pc) {
  if (auto* at = dynamic_cast<P::AlterTableContext*>(ctx)) {
    auto stmt = make<ir::AlterTableStmt>(at, pc);
    stmt->table = transformQualifiedName(at->qualifiedName());
    for (auto* spec : at->alterSpecification()) {
      auto a = alterAction(spec, stmt->table, *stmt, pc);
      // ADD COLUMN (a, b): the first column's action goes before the others it created
      size_t before = stmt->actions.size();
      stmt->actions.push_back(std::move(a));
      if (stmt->actions.size() > before + 1)
        std::rotate(stmt->actions.begin() + before, stmt->actions.end() - 1, stmt->actions.end());
    }
    if (at->partitionClause()) {
      auto a = make<ir::AlterAction>(at->partitionClause(), pc);
      a->action = ir::AlterActionKind::Other;
      a->text = words(at->partitionClause());
      stmt->actions.push_back(std::move(a));
    }
    return stmt;
  }
  if (dynamic_cast<P::AlterViewContext*>(ctx)) return unmodelled(ctx, "ALTER VIEW", pc);
  if (dynamic_cast<P::AlterRoutineContext*>(ctx)) return unmodelled(ctx, "ALTER ROUTINE", pc);
  if (dynamic_cast<P::AlterDatabaseContext*>(ctx)) return unmodelled(ctx, "ALTER DATABASE", pc);
  // ALTER USER / SERVER / ...: recognised, reported without any password it may carry
  auto out = make<ir::OutOfScopeStmt>(ctx, pc);
  out->what = "ALTER " + upper(ctx->children[1]->getText());
  out->text = redactSecrets(pc.text(ctx));
  return out;
}

ir::StmtPtr transformDrop(P::DropStatementContext* ctx, const ParseContext& pc) {
  auto d = make<ir::DropStmt>(ctx, pc);
  if (auto* t = dynamic_cast<P::DropTableContext*>(ctx)) {
    d->objectKind = t->K_TEMPORARY() ? "TEMPORARY TABLE" : "TABLE";
    d->ifExists = t->ifExists() != nullptr;
    d->cascade = t->K_CASCADE() != nullptr;
    for (auto* n : t->qualifiedName()) d->names.push_back(transformQualifiedName(n));
    return d;
  }
  if (auto* o = dynamic_cast<P::DropObjectContext*>(ctx)) {
    d->objectKind = upper(o->children[1]->getText());
    if (d->objectKind == "SCHEMA") d->objectKind = "DATABASE";
    d->ifExists = o->ifExists() != nullptr;
    d->cascade = o->K_CASCADE() != nullptr;
    for (auto* n : o->qualifiedName()) d->names.push_back(transformQualifiedName(n));
    return d;
  }
  if (auto* i = dynamic_cast<P::DropIndexStmtContext*>(ctx)) {
    d->objectKind = "INDEX";
    d->ifExists = i->ifExists() != nullptr;
    ir::QualifiedName n = transformQualifiedName(i->qualifiedName());
    n.parts.push_back(transformIdentifier(i->identifier(0)));
    d->names.push_back(std::move(n));  // table.index: MySQL index names are per table
    return d;
  }
  if (auto* p = dynamic_cast<P::DropPrepareContext*>(ctx)) {
    auto s = std::make_unique<ir::DynamicSqlStmt>(ir::StmtKind::Deallocate);
    s->loc = pc.locate(p);
    s->statementName = transformIdentifier(p->identifier());
    return s;
  }
  auto o = make<ir::OutOfScopeStmt>(ctx, pc);
  o->what = "DROP " + upper(ctx->children[1]->getText());
  o->text = redactSecrets(pc.text(ctx));
  return o;
}

}  // namespace barge::parser::mysql
