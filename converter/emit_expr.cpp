#include "converter/emit_expr.h"

#include "converter/bind/scope.h"
#include "converter/emit/pg_printer.h"
#include "converter/emit_table.h"
#include "converter/identifiers.h"
#include "converter/passes/pass.h"
#include "converter/passes/walk.h"
#include "converter/type_rules.h"
#include "ir/clone.h"

namespace barge::converter {

ExprEmitter::ExprEmitter(ir::Dialect from, ActionSink& sink, std::string objectKind,
                         std::string objectName, std::string targetSchema,
                         std::set<std::string>* compatUsed)
    : from_(from),
      actions_(sink, std::move(objectKind), std::move(objectName)),
      targetSchema_(targetSchema),
      compatUsed_(compatUsed ? compatUsed : &ownCompat_),
      catalog_(from, std::move(targetSchema)) {}

std::optional<std::string> ExprEmitter::emit(const ir::Expr& e, ExprContext context) {
  Scope scope;
  if (table_) {
    RangeVar rv;
    rv.alias = pgName(from_, table_->name.last());
    for (const auto& c : table_->columns) {
      CatalogColumn col;
      col.name = pgName(from_, c->name);
      col.type = c->type.get();
      col.valueType = c->type ? valueTypeOf(*c->type) : ir::ValueType::Unknown;
      if (c->type && mapType(from_, *c->type).conversion == ValueConversion::Integer)
        col.valueType = ir::ValueType::Integer;
      rv.columns.push_back(std::move(col));
    }
    rv.columnsKnown = true;
    scope.rangeVars.push_back(std::move(rv));
  }
  PgNaming naming{
      [this](const ir::Identifier& id) { return pgName(from_, id); },
      [this](const ir::QualifiedName& n) { return pgTableName(from_, n, targetSchema_); }};
  PassContext ctx{from_,  catalog_,     actions_,
                  naming, *compatUsed_, context == ExprContext::Immutable};
  ir::ExprPtr copy = ir::clone(e);
  convertExpr(copy, ctx, scope);
  if (context == ExprContext::Default) {
    // MySQL 8 lets a DEFAULT name other columns; PostgreSQL rejects it ("cannot use column
    // reference in DEFAULT expression").
    bool column = false;
    Visitor v;
    v.expr = [&](ir::ExprPtr& x) {
      // a name that is no column of the table still reads as a column reference there
      if (x->kind == ir::ExprKind::Name && (x->as<ir::NameRef>().role == ir::NameRole::Column ||
                                            x->as<ir::NameRef>().role == ir::NameRole::Unknown))
        column = true;
    };
    walk(copy, v);
    if (column) {
      actions_.add("BRG-3015", e.loc,
                   "default names another column; PostgreSQL allows no column references in "
                   "DEFAULT (use a BEFORE INSERT trigger)");
      return std::nullopt;
    }
  }
  PgPrinter printer(actions_, naming);
  return printer.expr(*copy);
}

}  // namespace barge::converter
