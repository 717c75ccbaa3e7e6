#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "converter/action_sink.h"
#include "converter/type_rules.h"
#include "converter/user_types.h"
#include "ir/dialect.h"
#include "ir/objects.h"

namespace barge::converter {

struct EmitOptions {
  std::string targetSchema;        // replaces the source schema/database name when set
  bool primaryKeyInCreate = true;  // false: the PK comes as a separate ALTER (after a load)
  // Tables the script defines (PG names "schema.table" or "table"); foreign keys to tables not
  // in this set are reported, not emitted. Empty: no check.
  std::set<std::string> knownTables;
  // "schema.table.column" (PostgreSQL names) -> type to use instead of the mapped one; set by
  // the conversion so a foreign key's columns have the referenced columns' types.
  std::map<std::string, std::string> columnTypes;
  // barge_compat functions the emitted expressions call (collected for the deploy script).
  std::set<std::string>* compatUsed = nullptr;
  // Object and collection types of the input (columns of those types, object tables).
  const UserTypes* userTypes = nullptr;
};

// Constraints, indexes and comments that the source declared outside CREATE TABLE
// (ALTER TABLE ... ADD, CREATE INDEX, COMMENT ON).
struct TableExtras {
  std::vector<const ir::Constraint*> constraints;
  std::vector<const ir::Index*> indexes;
  std::vector<const ir::CommentOn*> comments;
};

struct ColumnInfo {
  std::string name;  // PostgreSQL name, unquoted
  TypeMapping type;
  bool nullable = true;
  bool identity = false;
  const ir::Column* source = nullptr;
};

struct TableDdl {
  std::string schema, name;  // PostgreSQL names, unquoted ("" schema: unqualified)
  std::string qualified;     // quoted, ready to use in SQL
  std::string createTable;
  std::vector<std::string> partitions;  // CREATE TABLE ... PARTITION OF ..., after createTable
  std::map<std::string, std::string> partitionTables;  // partition name -> its table
  std::string primaryKey;  // ALTER TABLE ... ADD PRIMARY KEY, when !primaryKeyInCreate
  std::vector<std::string> uniqueKeys;
  std::vector<std::string> indexes;
  std::vector<std::string> foreignKeys;
  std::vector<std::string> comments;
  std::vector<std::string> triggers;  // ON NULL defaults (function, then trigger)
  std::vector<ColumnInfo> columns;
  std::vector<std::string> primaryKeyColumns;  // PostgreSQL names
};

TableDdl emitTable(ir::Dialect from, const ir::Table& t, const EmitOptions& o, ActionSink& sink,
                   const TableExtras& extras = {});

// PostgreSQL schema and table name for a source table name (unquoted).
std::pair<std::string, std::string> pgTableName(ir::Dialect from, const ir::QualifiedName& n,
                                                const std::string& targetSchema);

}  // namespace barge::converter
