#pragma once
// barge_control.cdc_checkpoints: one row per task with the source position after the last
// applied source transaction. It is written inside the target transaction that applies the
// changes it covers, so after any crash the target and the position agree: a restart continues
// right after the last committed source transaction, with no gap and no duplicate.
#include <cstdint>
#include <optional>
#include <string>

#include "mover/cdc/position.h"
#include "mover/pg_conn.h"

namespace barge::mover::cdc {

struct Checkpoint {
  Position position;
  uint32_t sourceTime = 0;  // source commit time (s) of the last applied transaction
  int64_t transactions = 0, changes = 0;
  std::string state;  // "running", "stopped" (after cutover)
  std::string appliedAt;
};

void ensureCheckpointTable(PgConn& pg);
std::optional<Checkpoint> readCheckpoint(PgConn& pg, const std::string& task);
// Inside the caller's transaction.
void writeCheckpoint(PgConn& pg, const std::string& task, const Position& p, uint32_t sourceTime,
                     int64_t addTransactions, int64_t addChanges);
// The same statement as text (to send it with others in one round trip).
std::string checkpointSql(PgConn& pg, const std::string& task, const Position& p,
                          uint32_t sourceTime, int64_t addTransactions, int64_t addChanges);
void setCdcState(PgConn& pg, const std::string& task, const std::string& state);

// The earliest snapshot the full load recorded (where capture must start so that no change
// made after any part of the load was read is missed).
std::optional<Position> earliestSnapshot(PgConn& pg, const std::string& task);

}  // namespace barge::mover::cdc
