#pragma once
// The full load: prepares target tables, splits tables into key-range segments, and runs
// MaxFullLoadSubTasks workers that stream each segment from the source and COPY it in binary
// format in byte-bounded batches, each committed together with its segment checkpoint.
#include <filesystem>
#include <string>
#include <vector>

#include "mover/table_plan.h"
#include "mover/task.h"

namespace barge::mover {

struct LoadSummary {
  int tables = 0, completed = 0, failed = 0;
  uint64_t rows = 0, rejected = 0;  // this run
  double seconds = 0;
  bool stopped = false;               // STOP_TASK fired
  std::vector<std::string> problems;  // one line each (table errors, DDL that failed)
};

struct LoadOptions {
  std::filesystem::path workDir;
  bool terminal = false;
  uint64_t segmentRows = 100000;  // automatic split: about this many rows per segment
};

LoadSummary runFullLoad(const Task& task, std::vector<TablePlan>& plans, const LoadOptions& o);

// Target column types -> codecs; sets plan.error when a column is missing or has no encoder.
class PgConn;
void resolveTarget(PgConn& pg, TablePlan& plan);

}  // namespace barge::mover
