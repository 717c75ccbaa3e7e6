#pragma once
// Change data capture: reads the source binlog from the task's position (the checkpoint, else
// the earliest full-load snapshot for full-load-and-cdc, else CdcStartPosition / now), decodes
// it with our decoder, and applies each source transaction of the selected tables in one
// PostgreSQL transaction together with the checkpoint of its end position.
#include <atomic>
#include <filesystem>
#include <string>
#include <vector>

#include "mover/cdc/held_changes.h"
#include "mover/cdc/metrics.h"
#include "mover/cdc/position.h"
#include "mover/table_plan.h"
#include "mover/task.h"

namespace barge::mover::cdc {

struct CdcOptions {
  std::filesystem::path workDir;
  bool untilCaughtUp = false;  // stop at the end of the binlog instead of waiting for more
  bool terminal = false;
  const std::atomic<bool>* stop = nullptr;  // set by a signal handler: stop after the current tx
  CdcMetrics* metrics = nullptr;            // updated while running (e.g. for --metrics-port)
  // Where the engine keeps the counts of held changes up to date (metrics); may be null.
  HeldChangesStats* held = nullptr;
};

struct CdcSummary {
  int64_t transactions = 0, changes = 0, inserts = 0, updates = 0, deletes = 0, rejected = 0;
  uint64_t events = 0;
  Position start, end;
  double seconds = 0;
  bool stopped = false;      // STOP_TASK fired
  bool cutoverStop = false;  // stopped because barge cutover asked (the source was idle)
  // Batch apply: the most rows held at once in memory / in spill files, spill chunks written.
  int64_t heldPeakMemoryRows = 0, heldPeakDiskRows = 0, spillChunks = 0;
  std::vector<std::string> problems;
  std::vector<std::string> notes;  // what a DDL changed nothing for on the target (indexes)
};

CdcSummary runCdc(const Task& task, std::vector<TablePlan>& plans, const CdcOptions& o);

// A task resumed after change capture began: tables of the live schema the task has no state
// for (created or renamed on the source since) are left to CDC, which follows their CREATE /
// RENAME from the binlog, instead of being loaded or taken at today's state. Removes them from
// `plans` and returns their names (nothing before the first checkpoint, or for full-load).
std::vector<std::string> leaveNewTablesToCdc(const Task& task, std::vector<TablePlan>& plans);

// full-load-and-cdc before its load: stores each planned table's source definition (SHOW CREATE
// TABLE, the one the load's target DDL comes from) where none is stored yet, so a DDL made
// during or after the load is replayed from the binlog onto that definition.
void recordTableShapes(const Task& task, const std::vector<TablePlan>& plans);

// The server id barge announces to the source when it reads the binlog (derived from the task,
// so two tasks do not collide; BargeSettings.CdcServerId overrides).
uint32_t replicaServerId(const Task& task);

// `barge cutover`: asks a running CDC process to stop once the source is idle, waits for it
// (at most timeoutSeconds, printing the gap), applies whatever is left up to the end of the
// binlog, sets every target sequence/identity past the maximum of its column, and records the
// final position with state "stopped". The application must have stopped writing to the source.
struct CutoverResult {
  bool ok = false;
  std::string message;
  CdcSummary cdc;
};
CutoverResult runCutover(const Task& task, std::vector<TablePlan>& plans, const CdcOptions& o,
                         int timeoutSeconds);

}  // namespace barge::mover::cdc
