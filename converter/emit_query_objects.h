#pragma once
#include <optional>
#include <set>
#include <string>

#include "converter/action_sink.h"
#include "converter/catalog/catalog.h"
#include "ir/statements.h"

namespace barge::converter {

// What the objects built on queries share: the catalog of the whole input, the naming rule and
// the barge_compat functions the output uses.
struct QueryEnv {
  ir::Dialect from;
  Catalog& catalog;
  std::string targetSchema;
  std::set<std::string>& compatUsed;
};

// One converted statement, or nullopt when it is left out (the reasons are action items).
struct ViewSql {
  std::optional<std::string> sql;
  std::vector<std::string> notes;  // SQL comments to put before it (advice such as REFRESH)
};

// The tables and views a query reads (FROM items at any depth, subqueries included).
std::vector<ir::QualifiedName> referencedRelations(const ir::Query& q);

// CREATE [MATERIALIZED] VIEW; fills the view's columns in the catalog for later views.
ViewSql emitView(const ir::CreateViewStmt& v, QueryEnv& env, ObjectActions& actions);
// INSERT / UPDATE / DELETE / MERGE of a script (the data of sample schemas).
std::optional<std::string> emitDml(const ir::Stmt& s, QueryEnv& env, ObjectActions& actions);
// A synonym for a table or view becomes a view; other targets are reported.
std::optional<std::string> emitSynonym(const ir::Synonym& s, QueryEnv& env, ObjectActions& actions);

}  // namespace barge::converter
