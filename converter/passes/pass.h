#pragma once
#include <set>
#include <string>

#include "converter/action_sink.h"
#include "converter/catalog/catalog.h"
#include "converter/emit/pg_printer.h"
#include "ir/query.h"

namespace barge::converter {

// What every pass may use. Passes rewrite the IR in place (IR -> IR) after binding; each one
// is a free function in its own file, citing the vendor rule it follows.
struct PassContext {
  ir::Dialect from;
  const Catalog& catalog;
  ObjectActions& actions;
  const PgNaming& naming;
  std::set<std::string>& compatUsed;  // barge_compat functions the output calls
  // The expression must be IMMUTABLE in PostgreSQL (generated columns, index expressions):
  // rewrites then avoid STABLE functions such as concat().
  bool immutable = false;
};

// A node a pass could not convert: it stays visible as a RawExpr whose action item the pass
// has already recorded, so the printer leaves the statement out without a second item.
ir::ExprPtr reportedRaw(const ir::Expr& original, std::string construct);

// Wraps e in CAST(e AS pgType), typed `type` for the passes after.
void castTo(ir::ExprPtr& e, std::string pgType, ir::ValueType type);

// A call whose PostgreSQL text is a template over its arguments ({0}, {1}, ...).
ir::ExprPtr templateCall(const ir::SourceLocation& loc, std::string pgTemplate,
                         std::vector<ir::ExprPtr> args, ir::ValueType type);

// Runs the binder and every pass of the dialect over a query, a DML statement or an
// expression (table DEFAULT / CHECK / generated column, with `scope`).
struct Scope;
struct ConvertedQuery {
  std::vector<CatalogColumn> columns;  // output columns as bound (before the passes)
  bool unresolvedTables = false;       // reported; the statement must be left out
};
ConvertedQuery convertQuery(ir::QueryPtr& q, PassContext& ctx, const Scope* outer = nullptr);
ConvertedQuery convertStatement(ir::Stmt& s, PassContext& ctx);
void convertExpr(ir::ExprPtr& e, PassContext& ctx, const Scope& scope);

}  // namespace barge::converter
