#pragma once
#include <optional>
#include <set>
#include <string>

#include "converter/action_sink.h"
#include "converter/catalog/catalog.h"
#include "ir/dialect.h"
#include "ir/expr.h"
#include "ir/objects.h"

namespace barge::converter {

enum class ExprContext {
  Value,      // CHECK: any PostgreSQL expression over the table's columns
  Default,    // DEFAULT: PostgreSQL allows no column references there
  Immutable,  // generated columns, index expressions: PostgreSQL requires IMMUTABLE
};

// Converts one table-level expression (DEFAULT, CHECK, generated column, index expression)
// with the same machinery as queries: a copy is bound against the table's columns, rewritten
// by the dialect's passes and printed as PostgreSQL. A construct that cannot be converted is
// recorded as an action item and emit() returns nullopt, so the caller leaves the clause out
// and says so, rather than emit something PostgreSQL would reject.
class ExprEmitter {
 public:
  ExprEmitter(ir::Dialect from, ActionSink& sink, std::string objectKind, std::string objectName,
              std::string targetSchema = {}, std::set<std::string>* compatUsed = nullptr);

  std::optional<std::string> emit(const ir::Expr& e, ExprContext context = ExprContext::Value);

  // The table whose columns the expressions name.
  void setTable(const ir::Table& t) { table_ = &t; }

 private:
  ir::Dialect from_;
  ObjectActions actions_;
  std::string targetSchema_;
  std::set<std::string>* compatUsed_;
  std::set<std::string> ownCompat_;
  Catalog catalog_;
  const ir::Table* table_ = nullptr;
};

}  // namespace barge::converter
