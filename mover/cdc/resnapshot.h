#pragma once
// `migrate --resnapshot`: after the binlog CDC needed was purged (or to repair suspended
// tables), the replicated tables are loaded again from a new snapshot and change capture starts
// from that snapshot: never a silent skip over the lost changes.
#include <string>

#include "mover/pg_conn.h"
#include "mover/task.h"

namespace barge::mover::cdc {

// Forgets the task's change-capture position, snapshots, stored table definitions and load
// state (segments, table statistics, validation failures) in one transaction; the rejects are
// kept. Returns a line for the console naming the position given up.
std::string prepareResnapshot(PgConn& pg, const std::string& task);

// The task as the reload runs it: full load (TRUNCATE_BEFORE_LOAD, the target tables are kept)
// followed by change capture from the new snapshot.
void resnapshotTask(Task& t);

}  // namespace barge::mover::cdc
