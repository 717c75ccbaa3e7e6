#include "mover/change_tuning.h"

namespace barge::mover {

namespace {

int bounded(const nlohmann::json& o, const std::string& p, const JsonCheck& c, const char* key,
            int dflt, long long lo, long long hi, const char* unit) {
  auto v = c.integer(o, p, key).value_or(dflt);
  if (v < lo || v > hi)
    c.fail(child(p, key),
           "must be " + std::to_string(lo) + ".." + std::to_string(hi) + (*unit ? " " : "") + unit);
  return static_cast<int>(v);
}

}  // namespace

void parseChangeTuning(const nlohmann::json& o, const std::string& p, const JsonCheck& c,
                       ChangeTuning& t) {
  c.knownKeys(o, p,
              {"BatchApplyPreserveTransaction", "BatchApplyTimeoutMin", "BatchApplyTimeoutMax",
               "BatchApplyMemoryLimit", "BatchSplitSize", "MinTransactionSize", "CommitTimeout",
               "MemoryLimitTotal", "MemoryKeepTime", "StatementCacheSize", "RecoveryTimeout"});
  // A batch always holds whole source transactions: BatchApplyPreserveTransaction=true is what
  // barge does whatever the value says.
  c.boolean(o, p, "BatchApplyPreserveTransaction");
  t.batchApplyTimeoutMin =
      bounded(o, p, c, "BatchApplyTimeoutMin", t.batchApplyTimeoutMin, 0, 86400, "seconds");
  t.batchApplyTimeoutMax =
      bounded(o, p, c, "BatchApplyTimeoutMax", t.batchApplyTimeoutMax, 1, 86400, "seconds");
  if (t.batchApplyTimeoutMax < t.batchApplyTimeoutMin)
    c.fail(child(p, "BatchApplyTimeoutMax"), "must not be below BatchApplyTimeoutMin");
  t.batchApplyMemoryLimitMB =
      bounded(o, p, c, "BatchApplyMemoryLimit", t.batchApplyMemoryLimitMB, 1, 1 << 20, "MB");
  t.batchSplitSize = bounded(o, p, c, "BatchSplitSize", t.batchSplitSize, 0, 1 << 30, "");
  t.minTransactionSize =
      bounded(o, p, c, "MinTransactionSize", t.minTransactionSize, 1, 1 << 30, "");
  t.commitTimeout = bounded(o, p, c, "CommitTimeout", t.commitTimeout, 0, 86400, "seconds");
  t.memoryLimitTotalMB =
      bounded(o, p, c, "MemoryLimitTotal", t.memoryLimitTotalMB, 1, 1 << 20, "MB");
  t.memoryKeepTime = bounded(o, p, c, "MemoryKeepTime", t.memoryKeepTime, 0, 86400, "seconds");
  c.integer(o, p, "StatementCacheSize");
  c.integer(o, p, "RecoveryTimeout");
}

}  // namespace barge::mover
