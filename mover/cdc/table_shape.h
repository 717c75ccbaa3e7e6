#pragma once
// The source definition of a replicated table as CDC has followed it: the CREATE TABLE read
// when replication of the table began plus every DDL applied since, in binlog order. It is kept
// in barge_control.cdc_table_shapes and written in the target transaction that applies a DDL,
// so after a crash the shape, the target table and the checkpoint agree (the live source may
// already be further on: its schema is not the one of the binlog position being read).
#include <optional>
#include <string>
#include <vector>

#include "ir/statements.h"
#include "mover/binlog/column_decode.h"
#include "mover/mysql_reader.h"
#include "mover/pg_conn.h"

namespace barge::mover::cdc {

struct TableShape {
  std::string createSql;          // MySQL CREATE TABLE
  std::vector<std::string> ddls;  // MySQL ALTER TABLE statements applied after it, in order
};

void ensureShapeTable(PgConn& pg);
std::optional<TableShape> readShape(PgConn& pg, const std::string& task, const std::string& schema,
                                    const std::string& table);
// Inside the caller's transaction. writeShape replaces the row; renameShape moves it.
void writeShape(PgConn& pg, const std::string& task, const std::string& schema,
                const std::string& table, const TableShape& s);
void renameShape(PgConn& pg, const std::string& task, const std::string& schema,
                 const std::string& from, const std::string& to);
// Source tables (schema, table) with a stored shape.
std::vector<std::pair<std::string, std::string>> shapedTables(PgConn& pg, const std::string& task);
void deleteShape(PgConn& pg, const std::string& task, const std::string& schema,
                 const std::string& table);

std::string showCreateTable(SourceConn& c, const std::string& schema, const std::string& table);

// Parses one statement with the MySQL front end (`barge convert --from mysql`'s).
struct ParsedDdl {
  ir::Script script;  // owns the statement
  ir::Stmt* stmt = nullptr;
  std::string error;  // the parser's message when it did not parse
};
ParsedDdl parseDdl(const std::string& sql);

// The definition the shape describes: CREATE TABLE parsed, then each DDL applied. Throws
// std::runtime_error naming the statement it cannot follow.
ir::Ptr<ir::Table> buildDefinition(const TableShape& s);

// ALTER TABLE's actions on a definition (ADD / DROP / MODIFY / CHANGE / RENAME COLUMN, keys,
// defaults, RENAME TO). Returns "" or why the statement cannot be followed (then the definition
// may be half changed: callers work on a copy built for the purpose).
std::string applyAlter(ir::Table& t, const ir::AlterTableStmt& a);

// Decoder hints (signedness, character set, ENUM/SET labels) for the definition's columns in
// source order. A character column without its own character set takes the table's default,
// else the one `previous` had for the same name, else utf8mb4.
std::vector<binlog::ColumnHint> hintsFromDefinition(
    const ir::Table& t, const std::vector<binlog::ColumnHint>& previous);

}  // namespace barge::mover::cdc
