#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "converter/action_catalog.h"
#include "ir/expr.h"
#include "parser/parser.h"

namespace barge::converter {

// Emits an IR expression as PostgreSQL text. Constructs it cannot express are recorded as
// action items and make emit() return nullopt, so the caller can leave the clause out and
// say so, rather than emit something PostgreSQL would reject.
class ExprEmitter {
 public:
  ExprEmitter(parser::Dialect from, std::vector<ActionItem>& actions, std::string objectKind,
              std::string objectName)
      : from_(from),
        actions_(actions),
        objectKind_(std::move(objectKind)),
        objectName_(std::move(objectName)) {}

  std::optional<std::string> emit(const ir::Expr& e);

  // PostgreSQL type of a column referenced by name, when the caller knows it (table DDL does);
  // some rewrites depend on it.
  void setColumnTypes(std::function<std::string(const std::string& pgColumn)> lookup) {
    columnType_ = std::move(lookup);
  }

 private:
  std::string expr(const ir::Expr& e, bool& ok);
  void unsupported(const ir::Expr& e, const std::string& what, bool& ok);

  parser::Dialect from_;
  std::vector<ActionItem>& actions_;
  std::string objectKind_, objectName_;
  std::function<std::string(const std::string&)> columnType_;
};

}  // namespace barge::converter
