#pragma once
// One consistent view of the source for the whole full load. A coordinator connection locks the
// selected tables (FLUSH TABLES WITH READ LOCK, else LOCK TABLES ... READ), every worker
// connection starts a REPEATABLE READ transaction WITH CONSISTENT SNAPSHOT, the binlog position
// is read, and the lock is released: every segment on every worker reads the same instant, and
// the position says where change capture has to start.
#include <memory>
#include <string>
#include <vector>

#include "mover/mysql_reader.h"
#include "mover/pg_conn.h"
#include "mover/task.h"

namespace barge::mover {

struct SourceSnapshot {
  std::string method;      // "FLUSH TABLES WITH READ LOCK", "LOCK TABLES", "" = none
  std::string why;         // when there is none: the reason (missing privilege, ...)
  std::string binlogFile;  // SHOW MASTER STATUS ("" when unknown or binlog off)
  std::string binlogPos;
  std::string gtidPos;  // @@gtid_binlog_pos (MariaDB)
  bool consistent() const { return !method.empty(); }
};

// Opens `n` source connections into `pool`, each inside the common snapshot when one can be
// taken. `coordinator` takes the lock; `tables` are the selected tables (`db`.`t`).
SourceSnapshot openSnapshotPool(const Task& task, SourceConn& coordinator,
                                const std::vector<std::string>& tables, size_t n,
                                std::vector<std::unique_ptr<SourceConn>>& pool);

// barge_control.source_snapshots: one row per run (a resumed run reads from a new snapshot).
void recordSnapshot(PgConn& pg, const std::string& task, const SourceSnapshot& s);

// What SHOW GRANTS allows: RELOAD (global) or LOCK TABLES (global or on `db`).
struct SnapshotPrivileges {
  bool reload = false, lockTables = false;
};
SnapshotPrivileges snapshotPrivileges(SourceConn& c, const std::string& db);

}  // namespace barge::mover
