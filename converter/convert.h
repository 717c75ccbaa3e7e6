#pragma once
#include <map>
#include <string>
#include <vector>

#include "converter/action_catalog.h"
#include "ir/statements.h"
#include "parser/parser.h"

namespace barge::converter {

struct ConvertOptions {
  std::string targetSchema;  // put every object in this schema; empty: keep source schemas
};

// Deploy order: each phase only needs objects of earlier phases.
enum class Phase { Schema, Type, Sequence, Table, UniqueKey, Index, ForeignKey, Trigger, Comment };

struct ConvertedStatement {
  Phase phase;
  std::string sql;
};

// One source object (table, view, procedure, ...) as the report lists it.
struct SourceObject {
  std::string kind;    // TABLE, VIEW, PROCEDURE, FUNCTION, PACKAGE, TRIGGER, ...
  std::string name;    // source name as written
  std::string schema;  // PostgreSQL schema it lands in ("" = default)
  std::string pgName;  // PostgreSQL name
  ir::SourceLocation loc;
  uint32_t lines = 0;
  bool converted = false;  // PostgreSQL DDL emitted for it
  std::vector<ConvertedStatement> statements;
  std::vector<size_t> actions;  // indexes into ConversionResult::actions
};

struct ConversionResult {
  parser::Dialect from = parser::Dialect::Oracle;
  std::vector<SourceObject> objects;
  std::vector<ActionItem> actions;  // every action, incl. ones not tied to an object

  // The whole deploy script for `psql -v ON_ERROR_STOP=1 -f`, in one transaction.
  std::string deployScript() const;
  // One object's SQL (all its statements, in deploy order).
  std::string objectScript(const SourceObject& o) const;
};

ConversionResult convert(parser::Dialect from, const std::vector<const ir::Script*>& scripts,
                         const ConvertOptions& options);

}  // namespace barge::converter
