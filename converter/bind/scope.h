#pragma once
#include <map>
#include <string>
#include <vector>

#include "converter/catalog/catalog.h"

namespace barge::converter {

// One FROM item as the binder sees it: its name in the query and its columns.
struct RangeVar {
  std::string alias;  // PostgreSQL name the query uses for it (alias, or the table name)
  const ir::TableRef* ref = nullptr;
  const Relation* relation = nullptr;  // a catalog table or view; null for derived tables
  std::vector<CatalogColumn> columns;
  bool columnsKnown = false;  // false: names may resolve here without being checked
};

// A name scope: a query block's FROM items, or a PL/SQL block's variables and parameters
// (part 2 fills `variables`). Lookups go outwards through `parent` (correlated subqueries,
// nested blocks).
struct Scope {
  const Scope* parent = nullptr;
  std::vector<RangeVar> rangeVars;
  std::map<std::string, ir::ValueType> variables;      // PostgreSQL name -> type
  std::map<std::string, ir::ValueType> selectAliases;  // for ORDER BY
  bool hierarchical = false;                           // CONNECT BY: LEVEL and friends are in scope

  const RangeVar* findRangeVar(const std::string& alias) const;
};

}  // namespace barge::converter
