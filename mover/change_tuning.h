#pragma once
// How CDC applies changes (DMS ChangeProcessingTuning, TargetMetadata.BatchApplyEnabled, and
// barge's spill budget), with DMS's defaults.
#include <cstdint>

#include <nlohmann/json.hpp>

#include "mover/json_check.h"

namespace barge::mover {

struct ChangeTuning {
  // Transactional mode: source transactions are grouped into one target transaction until it
  // holds at least minTransactionSize changes, or commitTimeout seconds after the group began,
  // and always when the source is idle.
  int minTransactionSize = 1000;
  int commitTimeout = 1;  // seconds
  // Batch mode: the net change per key, applied set-wise.
  bool batchApplyEnabled = false;
  int batchApplyTimeoutMin = 1, batchApplyTimeoutMax = 30;  // seconds
  int batchApplyMemoryLimitMB = 500;
  int batchSplitSize = 0;  // changes per batch at most (0 = no limit)
  // Changes held for a batch beyond these spill to files in the work dir.
  int memoryLimitTotalMB = 1024;
  int memoryKeepTime = 60;  // seconds
  // barge extension (BargeSettings.SpillDiskLimitMB): disk the spill files may use.
  int64_t spillDiskLimitMB = 10240;
};

// $.ReplicationTaskSettings.ChangeProcessingTuning (keys checked; DMS keys barge does not use
// are accepted and ignored).
void parseChangeTuning(const nlohmann::json& obj, const std::string& path, const JsonCheck& c,
                       ChangeTuning& t);

}  // namespace barge::mover
