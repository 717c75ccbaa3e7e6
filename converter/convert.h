#pragma once
#include <map>
#include <string>
#include <vector>

#include "converter/action_catalog.h"
#include "ir/dialect.h"
#include "ir/statements.h"

namespace barge::converter {

struct ConvertOptions {
  std::string targetSchema;  // put every object in this schema; empty: keep source schemas
};

// Deploy order: each phase only needs objects of earlier phases.
enum class Phase {
  Schema,
  Compat,  // barge_compat functions the output calls
  Type,    // object types (composite types) and collection domains
  Sequence,
  Table,
  UniqueKey,
  Data,  // INSERT / UPDATE / DELETE / MERGE of the scripts, in input order
  Index,
  ForeignKey,
  View,     // views, materialized views and synonyms, in dependency order
  Trigger,  // triggers barge writes itself (identity DEFAULT ON NULL)
  Comment
};

struct ConvertedStatement {
  Phase phase;
  std::string sql;
  int order = 0;  // within a phase: dependency order (views), else input order
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
  ir::Dialect from = ir::Dialect::Oracle;
  std::vector<SourceObject> objects;
  std::vector<ActionItem> actions;  // every action, incl. ones not tied to an object

  // The whole deploy script for `psql -v ON_ERROR_STOP=1 -f`, in one transaction.
  std::string deployScript() const;
  // Every statement as (object index, statement index), in deploy order: by phase, then by
  // `order`, then as listed. schema.sql and --verify both follow it.
  std::vector<std::pair<size_t, size_t>> deployOrder() const;
  // One object's SQL (all its statements, in deploy order).
  std::string objectScript(const SourceObject& o) const;
};

ConversionResult convert(ir::Dialect from, const std::vector<const ir::Script*>& scripts,
                         const ConvertOptions& options);

}  // namespace barge::converter
