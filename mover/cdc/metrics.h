#pragma once
// CDC metrics as AWS DMS names them, updated by the engine while it runs and read by the
// Prometheus responder (mover/metrics_http) from another thread: plain atomics, no locks.
#include <atomic>
#include <cstdint>
#include <string>

namespace barge::mover::cdc {

struct CdcMetrics {
  // CDCIncomingChanges: row changes read from the source and not yet committed on the target.
  std::atomic<int64_t> incomingChanges{0};
  // Source commit times (s since the epoch) of the last event read / last transaction applied:
  // CDCLatencySource = now - lastRead, CDCLatencyTarget = now - lastApplied (0 while caught up).
  std::atomic<uint32_t> lastReadSourceTime{0}, lastAppliedSourceTime{0};
  std::atomic<bool> caughtUp{false};  // at the end of the binlog with nothing open
  // CDCThroughputRowsTarget: row changes applied per second over the last few seconds.
  std::atomic<double> throughputRowsTarget{0};
  // CDCChangesMemorySource / CDCChangesDiskSource: changes held in memory / spilled to disk
  // (0 until held changes exist: the apply path applies each rows event as it is read).
  std::atomic<int64_t> changesMemorySource{0}, changesDiskSource{0};
  std::atomic<int64_t> transactions{0}, changes{0}, inserts{0}, updates{0}, deletes{0}, ddls{0};
  std::atomic<int64_t> events{0};
};

// Latencies in seconds at `now` (0 while caught up, and before anything was read).
int64_t latencySource(const CdcMetrics& m, int64_t now);
int64_t latencyTarget(const CdcMetrics& m, int64_t now);

// Prometheus text exposition format 0.0.4 of the metrics, labelled with the task.
std::string prometheusText(const CdcMetrics& m, const std::string& task, int64_t now);

}  // namespace barge::mover::cdc
