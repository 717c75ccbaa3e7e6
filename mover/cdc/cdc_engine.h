#pragma once
// Change data capture: reads the source binlog from the task's position (the checkpoint, else
// the earliest full-load snapshot for full-load-and-cdc, else CdcStartPosition / now), decodes
// it with our decoder, and applies each source transaction of the selected tables in one
// PostgreSQL transaction together with the checkpoint of its end position.
#include <atomic>
#include <filesystem>
#include <string>
#include <vector>

#include "mover/cdc/position.h"
#include "mover/table_plan.h"
#include "mover/task.h"

namespace barge::mover::cdc {

struct CdcOptions {
  std::filesystem::path workDir;
  bool untilCaughtUp = false;  // stop at the end of the binlog instead of waiting for more
  bool terminal = false;
  const std::atomic<bool>* stop = nullptr;  // set by a signal handler: stop after the current tx
};

struct CdcSummary {
  int64_t transactions = 0, changes = 0, inserts = 0, updates = 0, deletes = 0, rejected = 0;
  uint64_t events = 0;
  Position start, end;
  double seconds = 0;
  bool stopped = false;  // STOP_TASK fired
  std::vector<std::string> problems;
};

CdcSummary runCdc(const Task& task, std::vector<TablePlan>& plans, const CdcOptions& o);

// The server id barge announces to the source when it reads the binlog (derived from the task,
// so two tasks do not collide; BargeSettings.CdcServerId overrides).
uint32_t replicaServerId(const Task& task);

}  // namespace barge::mover::cdc
