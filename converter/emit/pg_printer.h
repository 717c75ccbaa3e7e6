#pragma once
#include <functional>
#include <optional>
#include <string>

#include "converter/action_sink.h"
#include "ir/query.h"

namespace barge::converter {

// How source names become PostgreSQL names. The printer quotes what these return; it does not
// know the source dialect (the caller builds the rule from identifiers.h and the options).
struct PgNaming {
  std::function<std::string(const ir::Identifier&)> ident;  // unquoted PostgreSQL name
  // (schema, name) of a table, view or sequence; schema "" = unqualified
  std::function<std::pair<std::string, std::string>(const ir::QualifiedName&)> object;
};

// Prints IR as PostgreSQL 15. It prints only what PostgreSQL has: a construct the passes did
// not rewrite (an Oracle (+), ROWNUM, CONNECT BY, a source-only operator) is recorded as an
// action item at its position and makes the result nullopt, so the caller never emits SQL
// that PostgreSQL would reject or misread.
class PgPrinter {
 public:
  PgPrinter(ObjectActions& actions, PgNaming naming)
      : actions_(actions), naming_(std::move(naming)) {}

  std::optional<std::string> expr(const ir::Expr& e);
  std::optional<std::string> query(const ir::Query& q);
  std::optional<std::string> statement(const ir::Stmt& s);  // Insert, Update, Delete, Merge

  // The object name as PostgreSQL text (quoted, schema-qualified when the naming says so).
  std::string objectName(const ir::QualifiedName& n) const;
  std::string ident(const ir::Identifier& id) const;

 private:
  std::string e(const ir::Expr& x);
  std::string q(const ir::Query& x);
  std::string select(const ir::Select& s);
  std::string from(const ir::TableRef& t);
  std::string order(const std::vector<ir::Ptr<ir::OrderItem>>& items);
  std::string window(const ir::WindowSpec& w);
  std::string call(const ir::Call& c);
  std::string assignments(const std::vector<ir::Assignment>& set);
  std::string insert(const ir::Insert& i);
  std::string update(const ir::Update& u);
  std::string del(const ir::Delete& d);
  std::string merge(const ir::Merge& m);
  void unsupported(const ir::SourceLocation& loc, const std::string& what);

  ObjectActions& actions_;
  PgNaming naming_;
  bool failed_ = false;
  int derivedAliases_ = 0;
};

}  // namespace barge::converter
