#pragma once
// DDL during CDC: what one statement of the binlog (a QUERY event) does to the replicated
// tables. The statement is read by the MySQL front end (`barge convert --from mysql`'s), applied
// to the table's source definition (table_shape), and the table is planned again through the
// planner (converter::emitTable and the mapping rules, as for the full load); the target
// statements are the difference between the plan before and after. A statement that cannot be
// followed gives a Suspend step for its table only.
#include <functional>
#include <string>
#include <vector>

#include "mover/binlog/column_decode.h"
#include "mover/cdc/table_shape.h"
#include "mover/mysql_reader.h"
#include "mover/table_plan.h"
#include "mover/task.h"

namespace barge::mover::cdc {

struct DdlStep {
  enum class Kind { Truncate, Alter, Create, Drop, Suspend } kind = Kind::Suspend;
  std::string table;                   // source table it concerns (its name before the DDL)
  std::string newTable;                // Alter with RENAME TO, Create: the name after it
  std::vector<std::string> targetSql;  // in order, in the target transaction
  TablePlan plan;                      // Alter / Create: planned from the new definition
  TableShape shape;                    // Alter / Create: the definition to store
  std::vector<binlog::ColumnHint> hints;
  std::string reason;              // Suspend: why
  std::vector<std::string> notes;  // what the target does not follow (indexes)
  std::string sql;                 // the source statement
};

// A replicated table as CDC knows it.
struct ReplicatedTable {
  const TablePlan* plan = nullptr;
  const TableShape* shape = nullptr;
  const std::vector<binlog::ColumnHint>* hints = nullptr;
};

// `find(table)`: the replicated table of that source name (nullptr: not replicated). `src` is
// only used to quote values (selection filters) when planning. `understood`: the statement was
// an ALTER / RENAME / CREATE / DROP TABLE the front end read (false: the caller falls back to
// suspending the tables it names).
std::vector<DdlStep> planDdl(const Task& task, const std::string& database, const std::string& sql,
                             const std::function<ReplicatedTable(const std::string&)>& find,
                             SourceConn& src, bool& understood);

// The target statements that take the table from plan `before` to plan `after`
// (exposed for unit tests). `renamed`: old source column -> new source column; `modified`: new
// source columns whose definition the statement gave again. Throws std::runtime_error when the
// change cannot be made on the target (the replication key changed).
std::vector<std::string> targetAlter(
    const TablePlan& before, const TablePlan& after,
    const std::vector<std::pair<std::string, std::string>>& renamed,
    const std::vector<std::string>& modified);

}  // namespace barge::mover::cdc
