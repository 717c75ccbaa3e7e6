#pragma once
#include <map>

#include "converter/action_sink.h"
#include "converter/bind/scope.h"
#include "converter/catalog/catalog.h"

namespace barge::converter {

// Resolves names against the catalog and the enclosing scopes and gives every expression a
// value type (or Unknown, honestly). It only annotates: rewrites are passes.
//   NameRef::role / NameRef::from, Expr::type
// Dialect knowledge comes from the function rule table (which names are calls without
// parentheses, what calls return) and the pseudo-column list of the dialect.
class Binder {
 public:
  Binder(const Catalog& catalog, ObjectActions& actions) : catalog_(catalog), actions_(actions) {}

  void bindQuery(ir::Query& q, const Scope* outer);
  void bindExpr(ir::Expr& e, const Scope& scope);
  void bindDml(ir::Stmt& s, const Scope* outer);

  // The output columns of a bound query (names and types), for views and derived tables.
  std::vector<CatalogColumn> outputColumns(const ir::Query& q) const;

  // Tables or views named in FROM that neither the input nor the query defines (reported as
  // BRG-2011): PostgreSQL would reject the statement.
  int unresolvedTables() const { return unresolved_; }

 private:
  void bindSelect(ir::Select& s, const Scope* outer);
  void addFromItem(ir::TableRef& t, Scope& scope, const Scope* outer);
  void bindName(ir::NameRef& n, const Scope& scope);
  void bindCall(ir::Call& c, const Scope& scope);
  ir::ValueType binaryType(const ir::Binary& b) const;
  RangeVar rangeVarForTable(ir::NamedTable& t);

  const Catalog& catalog_;
  ObjectActions& actions_;
  std::vector<std::map<std::string, std::vector<CatalogColumn>>> ctes_;  // WITH names in scope
  std::map<const ir::Select*, std::vector<CatalogColumn>> outputs_;
  int unresolved_ = 0;
};

// Pseudo-columns of the source dialect (ROWNUM, LEVEL, ROWID, ...), upper case.
bool isPseudoColumn(ir::Dialect d, const std::string& upperName);

}  // namespace barge::converter
