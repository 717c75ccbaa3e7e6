// CREATE TABLE and ALTER TABLE.
#include "parser/oracle/transform.h"

namespace barge::parser::oracle {

namespace {

std::vector<ir::KeyPart> keyParts(P::ColumnListContext* ctx) {
  std::vector<ir::KeyPart> parts;
  for (auto& id : transformColumnList(ctx)) {
    ir::KeyPart k;
    k.column = id;
    parts.push_back(std::move(k));
  }
  return parts;
}

void applyReferences(ir::Constraint& c, P::ReferencesClauseContext* r) {
  c.kind = ir::ConstraintKind::ForeignKey;
  c.refTable = transformQualifiedName(r->qualifiedName());
  c.refColumns = transformColumnList(r->columnList());
  if (r->K_CASCADE()) c.onDelete = "CASCADE";
  if (r->K_SET()) c.onDelete = "SET NULL";
}

void applyStates(ir::Constraint& c, const std::vector<P::ConstraintStateContext*>& states,
                 const ParseContext& pc) {
  for (auto* s : states) {
    if (s->K_DEFERRABLE()) {
      c.deferrable = s->K_NOT() == nullptr;
    } else if (s->K_INITIALLY()) {
      c.initiallyDeferred = s->K_DEFERRED() != nullptr;
    } else if (s->K_ENABLE() || s->K_DISABLE()) {
      c.enabled = s->K_ENABLE() != nullptr;
    } else if (s->K_VALIDATE() || s->K_NOVALIDATE()) {
      c.validated = s->K_VALIDATE() != nullptr;
    } else {
      std::string t = normalizedText(s);
      c.ignored.push_back({t.substr(0, t.find(' ')), t, pc.locate(s)});
    }
  }
}

ir::Ptr<ir::Constraint> inlineConstraint(P::InlineConstraintContext* ctx, const ParseContext& pc) {
  auto c = std::make_unique<ir::Constraint>();
  at(*c, ctx, pc);
  if (auto* id = ctx->identifier()) c->name = transformIdentifier(id);
  if (ctx->K_NULL()) {
    c->kind = ctx->K_NOT() ? ir::ConstraintKind::NotNull : ir::ConstraintKind::Null;
  } else if (ctx->K_PRIMARY()) {
    c->kind = ir::ConstraintKind::PrimaryKey;
  } else if (ctx->K_UNIQUE()) {
    c->kind = ir::ConstraintKind::Unique;
  } else if (ctx->K_CHECK()) {
    c->kind = ir::ConstraintKind::Check;
    c->check = transformExpression(ctx->expression(), pc);
  } else if (auto* r = ctx->referencesClause()) {
    applyReferences(*c, r);
  }
  applyStates(*c, ctx->constraintState(), pc);
  return c;
}

void identityOptions(ir::Identity& id, const std::vector<P::SequenceOptionContext*>& opts) {
  for (auto* o : opts) {
    std::string v = o->signedNumber() ? o->signedNumber()->getText() : "";
    if (o->K_START())
      id.start = v;
    else if (o->K_INCREMENT())
      id.increment = v;
    else if (o->K_MAXVALUE())
      id.maxValue = v;
    else if (o->K_MINVALUE())
      id.minValue = v;
    else if (o->ID() && upperText(o->ID()->getText()) == "CACHE")
      id.cache = v;
    else if (o->ID() && upperText(o->ID()->getText()) == "CYCLE")
      id.cycle = true;
  }
}

}  // namespace

ir::Ptr<ir::Constraint> transformOutOfLineConstraint(P::OutOfLineConstraintContext* ctx,
                                                     const ParseContext& pc) {
  auto c = std::make_unique<ir::Constraint>();
  at(*c, ctx, pc);
  if (auto* id = ctx->identifier()) c->name = transformIdentifier(id);
  c->columns = keyParts(ctx->columnList());
  if (ctx->K_PRIMARY()) {
    c->kind = ir::ConstraintKind::PrimaryKey;
  } else if (ctx->K_UNIQUE()) {
    c->kind = ir::ConstraintKind::Unique;
  } else if (ctx->K_FOREIGN()) {
    applyReferences(*c, ctx->referencesClause());
  } else {
    c->kind = ir::ConstraintKind::Check;
    c->check = transformExpression(ctx->expression(), pc);
  }
  applyStates(*c, ctx->constraintState(), pc);
  return c;
}

namespace {
// VIRTUAL BY USER FOR STATISTICS marks the hidden column of an extended statistic.
void statisticsMarker(P::VirtualKeywordContext* v, ir::Column& col, const ParseContext& pc) {
  if (v && v->K_BY()) col.ignored.push_back({"VIRTUAL", normalizedText(v), pc.locate(v)});
}
}  // namespace

ir::Ptr<ir::Column> transformColumn(P::ColumnDefinitionContext* ctx, const ParseContext& pc) {
  auto col = std::make_unique<ir::Column>();
  at(*col, ctx, pc);
  col->name = transformIdentifier(ctx->identifier());
  if (auto* t = ctx->dataType()) col->type = transformDataType(t, pc);
  for (auto* attr : ctx->columnAttr()) {
    if (auto* d = dynamic_cast<P::DefaultAttrContext*>(attr)) {
      col->defaultValue = transformExpression(d->expression(), pc);
      col->defaultOnNull = d->K_ON() != nullptr;
    } else if (auto* g = dynamic_cast<P::GeneratedAttrContext*>(attr)) {
      if (g->K_IDENTITY()) {
        ir::Identity id;
        id.generated = g->K_ALWAYS() || !g->K_BY() ? "ALWAYS"
                       : g->K_ON()                 ? "BY DEFAULT ON NULL"
                                                   : "BY DEFAULT";
        identityOptions(id, g->sequenceOption());
        col->identity = id;
      } else {
        col->generatedExpr = transformExpression(g->expression(), pc);
        statisticsMarker(g->virtualKeyword(), *col, pc);
      }
    } else if (auto* v = dynamic_cast<P::VirtualAttrContext*>(attr)) {
      col->generatedExpr = transformExpression(v->expression(), pc);
      statisticsMarker(v->virtualKeyword(), *col, pc);
    } else if (auto* c = dynamic_cast<P::ConstraintAttrContext*>(attr)) {
      auto con = inlineConstraint(c->inlineConstraint(), pc);
      if (con->kind == ir::ConstraintKind::NotNull || con->kind == ir::ConstraintKind::Null) {
        col->nullable = con->kind == ir::ConstraintKind::Null;
        if (con->name.empty() && con->ignored.empty()) continue;  // named: kept as constraint
      }
      col->inlineConstraints.push_back(std::move(con));
    } else if (auto* vis = dynamic_cast<P::VisibilityAttrContext*>(attr)) {
      col->invisible = vis->K_INVISIBLE() != nullptr;
    } else {
      std::string t = normalizedText(attr);
      col->ignored.push_back({t.substr(0, t.find(' ')), t, pc.locate(attr)});
    }
  }
  return col;
}

namespace {

// Groups the unmodelled tokens after the column list into attributes that each start with a
// head word (TABLESPACE users, STORAGE (...), LOB (c) STORE AS ...).
void soupAttributes(const std::vector<P::TableTailContext*>& tails, ir::Table& table,
                    const ParseContext& pc) {
  static const char* kHeads[] = {"TABLESPACE",
                                 "STORAGE",
                                 "PCTFREE",
                                 "PCTUSED",
                                 "INITRANS",
                                 "MAXTRANS",
                                 "LOGGING",
                                 "NOLOGGING",
                                 "COMPRESS",
                                 "NOCOMPRESS",
                                 "CACHE",
                                 "NOCACHE",
                                 "PARALLEL",
                                 "NOPARALLEL",
                                 "LOB",
                                 "NESTED",
                                 "ENABLE",
                                 "DISABLE",
                                 "SEGMENT",
                                 "MONITORING",
                                 "NOMONITORING",
                                 "ROWDEPENDENCIES",
                                 "NOROWDEPENDENCIES",
                                 "RESULT_CACHE",
                                 "FLASHBACK",
                                 "OVERFLOW",
                                 "INCLUDING",
                                 "PCTTHRESHOLD",
                                 "MAPPING",
                                 "VARRAY",
                                 "COLUMN",
                                 "XMLTYPE",
                                 "CLUSTER",
                                 "OBJECT",
                                 "OIDINDEX",
                                 "INMEMORY",
                                 "NO",
                                 "SUBSTITUTABLE",
                                 "NOT",
                                 "REJECT",
                                 "PARTITION",
                                 "ORGANIZATION",
                                 "DEFAULT",
                                 "SHARING",
                                 "OPTIMIZE",
                                 "ILM",
                                 "MEMOPTIMIZE",
                                 "COLUMN",
                                 "SUPPLEMENTAL",
                                 "READ"};
  ir::IgnoredAttribute* current = nullptr;
  for (auto* t : tails) {
    if (!dynamic_cast<P::SoupTailContext*>(t)) {
      current = nullptr;
      continue;
    }
    std::string text = pc.text(t);
    std::string head = upperText(t->getStart()->getText());
    bool isHead = false;
    for (const char* h : kHeads) isHead = isHead || head == h;
    if (!current || isHead) {
      table.ignored.push_back({head, text, pc.locate(t)});
      current = &table.ignored.back();
    } else {
      current->value += " " + text;
    }
  }
}

}  // namespace

ir::StmtPtr transformCreateTable(P::CreateTableContext* ctx, const ParseContext& pc) {
  auto stmt = std::make_unique<ir::CreateTableStmt>();
  auto* create = dynamic_cast<P::CreateStatementContext*>(ctx->parent->parent);
  at(*stmt, create ? static_cast<antlr4::ParserRuleContext*>(create) : ctx, pc);
  auto table = std::make_unique<ir::Table>();
  at(*table, ctx->qualifiedName(0), pc);
  table->name = transformQualifiedName(ctx->qualifiedName(0));
  if (create) {
    stmt->orReplace = create->K_REPLACE() != nullptr;
    for (auto* m : create->createModifier()) {
      if (m->K_GLOBAL()) table->temporary = "GLOBAL TEMPORARY";
      if (m->K_PRIVATE()) table->temporary = "PRIVATE TEMPORARY";
      if (m->K_SHARDED() || m->K_DUPLICATED())
        table->ignored.push_back({upperText(m->getText()), m->getText(), pc.locate(m)});
    }
  }
  if (ctx->K_OF()) table->ofType = transformQualifiedName(ctx->qualifiedName(1));
  for (auto* prop : ctx->relationalProperty()) {
    if (auto* cd = prop->columnDefinition()) table->columns.push_back(transformColumn(cd, pc));
    if (auto* oc = prop->outOfLineConstraint())
      table->constraints.push_back(transformOutOfLineConstraint(oc, pc));
  }
  auto tails = ctx->tableTail();
  for (auto* t : tails) {
    if (auto* oc = dynamic_cast<P::OnCommitTailContext*>(t)) {
      table->onCommit = oc->K_PRESERVE() ? "PRESERVE ROWS" : "DELETE ROWS";
    } else if (auto* org = dynamic_cast<P::OrganizationTailContext*>(t)) {
      table->organization = upperText(org->children[1]->getText());
    } else if (auto* part = dynamic_cast<P::PartitionTailContext*>(t)) {
      table->partitioning = transformPartitioning(part->partitionClause(), pc);
    }
  }
  if (auto* q = ctx->query()) table->asQuery = transformQuery(q, pc);
  soupAttributes(tails, *table, pc);
  stmt->table = std::move(table);
  return stmt;
}

ir::StmtPtr transformAlterTable(P::AlterTableContext* ctx, const ParseContext& pc) {
  auto stmt = std::make_unique<ir::AlterTableStmt>();
  at(*stmt, ctx, pc);
  stmt->table = transformQualifiedName(ctx->qualifiedName());
  ir::AlterAction* other = nullptr;  // consecutive unmodelled tokens form one action
  for (auto* a : ctx->alterTableAction()) {
    if (auto* pa = dynamic_cast<P::PartitionActionContext*>(a)) {
      // partition maintenance: the soup tokens that follow join this action
      auto act = std::make_unique<ir::AlterAction>();
      at(*act, pa, pc);
      act->action = ir::AlterActionKind::Other;
      act->text = pc.text(pa);
      other = act.get();
      stmt->actions.push_back(std::move(act));
      continue;
    }
    if (auto* o = dynamic_cast<P::OtherActionContext*>(a)) {
      if (other) {
        other->text += " " + pc.text(o);
        continue;
      }
      auto act = std::make_unique<ir::AlterAction>();
      at(*act, o, pc);
      act->action = ir::AlterActionKind::Other;
      act->text = pc.text(o);
      other = act.get();
      stmt->actions.push_back(std::move(act));
      continue;
    }
    other = nullptr;
    if (auto* add = dynamic_cast<P::AddActionContext*>(a)) {
      for (auto* item : add->addItem()) {
        auto act = std::make_unique<ir::AlterAction>();
        at(*act, item, pc);
        if (auto* c = item->outOfLineConstraint()) {
          act->action = ir::AlterActionKind::AddConstraint;
          act->constraint = transformOutOfLineConstraint(c, pc);
        } else {
          act->action = ir::AlterActionKind::AddColumn;
          act->column = transformColumn(item->columnDefinition(), pc);
        }
        stmt->actions.push_back(std::move(act));
      }
    } else if (auto* mod = dynamic_cast<P::ModifyColumnActionContext*>(a)) {
      for (auto* cd : mod->columnDefinition()) {
        auto act = std::make_unique<ir::AlterAction>();
        at(*act, cd, pc);
        act->action = ir::AlterActionKind::ModifyColumn;
        act->column = transformColumn(cd, pc);
        stmt->actions.push_back(std::move(act));
      }
    } else if (auto* mc = dynamic_cast<P::ModifyConstraintActionContext*>(a)) {
      auto act = std::make_unique<ir::AlterAction>();
      at(*act, mc, pc);
      act->action = ir::AlterActionKind::ModifyConstraint;
      if (mc->identifier()) act->name = transformIdentifier(mc->identifier());
      act->text = normalizedText(mc);
      stmt->actions.push_back(std::move(act));
    } else if (auto* d = dynamic_cast<P::DropActionContext*>(a)) {
      auto ids = d->identifier();
      bool constraint = d->K_CONSTRAINT() || d->K_PRIMARY() || d->K_UNIQUE();
      if (constraint) {
        auto act = std::make_unique<ir::AlterAction>();
        at(*act, d, pc);
        act->action = ir::AlterActionKind::DropConstraint;
        if (!ids.empty()) act->name = transformIdentifier(ids[0]);
        act->text = normalizedText(d);
        stmt->actions.push_back(std::move(act));
      } else {
        for (auto* id : ids) {
          auto act = std::make_unique<ir::AlterAction>();
          at(*act, id, pc);
          act->action = ir::AlterActionKind::DropColumn;
          act->name = transformIdentifier(id);
          stmt->actions.push_back(std::move(act));
        }
      }
    } else if (auto* r = dynamic_cast<P::RenameActionContext*>(a)) {
      auto act = std::make_unique<ir::AlterAction>();
      at(*act, r, pc);
      if (r->K_COLUMN()) {
        act->action = ir::AlterActionKind::RenameColumn;
        act->name = transformIdentifier(r->identifier(0));
        act->newName = transformIdentifier(r->identifier(1));
      } else if (r->K_CONSTRAINT() || r->K_PARTITION() || r->K_SUBPARTITION()) {
        act->action = ir::AlterActionKind::Other;
        act->text = normalizedText(r);
      } else {
        act->action = ir::AlterActionKind::RenameTo;
        act->newTableName = transformQualifiedName(r->qualifiedName());
      }
      stmt->actions.push_back(std::move(act));
    }
  }
  return stmt;
}

}  // namespace barge::parser::oracle
