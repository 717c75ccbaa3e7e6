#pragma once
// Source tables selected by the task -> TablePlans: the live schema read into the IR, the
// mapping rules applied, and the converter's table DDL and per-column type mappings.
#include <string>
#include <vector>

#include "ir/objects.h"
#include "mover/mysql_reader.h"
#include "mover/table_plan.h"
#include "mover/task.h"

namespace barge::mover {

struct Planning {
  std::vector<TablePlan> plans;  // selected tables (a table that cannot be planned has error set)
  std::vector<std::string> warnings;  // lossy mappings, dropped indexes, ...
  uint64_t estimatedBytes = 0;
};

Planning planTables(const Task& task, SourceConn& src);

// One table from a definition already in the IR (CDC: the source table as a DDL left it), with
// the same mapping rules and converter as planTables. Foreign keys are not checked.
TablePlan planTableFromIr(const Task& task, SourceConn& src, const std::string& table,
                          ir::Ptr<ir::Table> definition, std::vector<std::string>& warnings);

}  // namespace barge::mover
