#include "parser/oracle/transform.h"

namespace barge::parser::oracle {

namespace {

std::vector<ir::KeyPart> keyParts(P::ColumnListContext* ctx) {
  std::vector<ir::KeyPart> parts;
  if (!ctx) return parts;
  for (auto* id : ctx->identifier()) {
    ir::KeyPart k;
    k.column = transformIdentifier(id);
    parts.push_back(std::move(k));
  }
  return parts;
}

void applyReferences(ir::Constraint& c, P::ReferencesClauseContext* r) {
  c.kind = ir::ConstraintKind::ForeignKey;
  c.refTable = transformQualifiedName(r->qualifiedName());
  for (auto& k : keyParts(r->columnList())) c.refColumns.push_back(k.column);
  if (r->K_CASCADE()) c.onDelete = "CASCADE";
  if (r->K_SET()) c.onDelete = "SET NULL";
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
  return c;
}

ir::Ptr<ir::Constraint> outOfLineConstraint(P::OutOfLineConstraintContext* ctx,
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
  return c;
}

ir::Ptr<ir::Column> column(P::ColumnDefinitionContext* ctx, const ParseContext& pc) {
  auto col = std::make_unique<ir::Column>();
  at(*col, ctx, pc);
  col->name = transformIdentifier(ctx->identifier());
  col->type = transformDataType(ctx->dataType(), pc);
  if (auto* d = ctx->expression()) col->defaultValue = transformExpression(d, pc);
  for (auto* ic : ctx->inlineConstraint()) {
    auto c = inlineConstraint(ic, pc);
    if (c->kind == ir::ConstraintKind::NotNull || c->kind == ir::ConstraintKind::Null) {
      col->nullable = c->kind == ir::ConstraintKind::Null;
      if (c->name.empty()) continue;  // a named NOT NULL constraint is kept as a constraint
    }
    col->inlineConstraints.push_back(std::move(c));
  }
  return col;
}

}  // namespace

ir::StmtPtr transformCreateTable(P::CreateTableContext* ctx, const ParseContext& pc) {
  auto stmt = std::make_unique<ir::CreateTableStmt>();
  at(*stmt, ctx, pc);
  auto table = std::make_unique<ir::Table>();
  at(*table, ctx->qualifiedName(), pc);
  table->name = transformQualifiedName(ctx->qualifiedName());
  if (ctx->K_GLOBAL()) table->temporary = "GLOBAL TEMPORARY";
  if (ctx->K_COMMIT()) table->onCommit = ctx->K_PRESERVE() ? "PRESERVE ROWS" : "DELETE ROWS";
  for (auto* prop : ctx->relationalProperty()) {
    if (auto* cd = prop->columnDefinition()) table->columns.push_back(column(cd, pc));
    if (auto* oc = prop->outOfLineConstraint())
      table->constraints.push_back(outOfLineConstraint(oc, pc));
  }
  stmt->table = std::move(table);
  return stmt;
}

}  // namespace barge::parser::oracle
