#include "mover/cdc/metrics.h"

#include <cstdio>

namespace barge::mover::cdc {

namespace {

std::string labelValue(const std::string& v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace

int64_t latencySource(const CdcMetrics& m, int64_t now) {
  uint32_t t = m.lastReadSourceTime.load();
  if (m.caughtUp.load() || t == 0) return 0;
  return now > t ? now - t : 0;
}

int64_t latencyTarget(const CdcMetrics& m, int64_t now) {
  uint32_t t = m.lastAppliedSourceTime.load();
  if ((m.caughtUp.load() && m.incomingChanges.load() == 0) || t == 0) return 0;
  return now > t ? now - t : 0;
}

std::string prometheusText(const CdcMetrics& m, const std::string& task, int64_t now) {
  const std::string l = "{task=\"" + labelValue(task) + "\"}";
  std::string out;
  auto metric = [&](const char* name, const char* type, const char* help, double v,
                    const std::string& labels) {
    char num[64];
    std::snprintf(num, sizeof num, "%.17g", v);
    out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " " + type + "\n" +
           name + labels + " " + num + "\n";
  };
  metric("barge_cdc_incoming_changes", "gauge",
         "CDCIncomingChanges: row changes read from the source, not yet committed on the target",
         double(m.incomingChanges.load()), l);
  metric("barge_cdc_latency_source_seconds", "gauge",
         "CDCLatencySource: now minus the source commit time of the last event read",
         double(latencySource(m, now)), l);
  metric("barge_cdc_latency_target_seconds", "gauge",
         "CDCLatencyTarget: now minus the source commit time of the last transaction applied",
         double(latencyTarget(m, now)), l);
  metric("barge_cdc_throughput_rows_target", "gauge",
         "CDCThroughputRowsTarget: row changes applied per second", m.throughputRowsTarget.load(),
         l);
  metric("barge_cdc_changes_memory_source", "gauge",
         "CDCChangesMemorySource: changes held in memory", double(m.changesMemorySource.load()), l);
  metric("barge_cdc_changes_disk_source", "gauge", "CDCChangesDiskSource: changes spilled to disk",
         double(m.changesDiskSource.load()), l);
  metric("barge_cdc_transactions_total", "counter", "source transactions applied by this process",
         double(m.transactions.load()), l);
  metric("barge_cdc_events_total", "counter", "binlog events read by this process",
         double(m.events.load()), l);
  out +=
      "# HELP barge_cdc_row_changes_total row changes applied by this process\n"
      "# TYPE barge_cdc_row_changes_total counter\n";
  const std::string t = "task=\"" + labelValue(task) + "\"";
  out += "barge_cdc_row_changes_total{" + t + ",op=\"insert\"} " +
         std::to_string(m.inserts.load()) + "\n";
  out += "barge_cdc_row_changes_total{" + t + ",op=\"update\"} " +
         std::to_string(m.updates.load()) + "\n";
  out += "barge_cdc_row_changes_total{" + t + ",op=\"delete\"} " +
         std::to_string(m.deletes.load()) + "\n";
  metric("barge_cdc_ddls_total", "counter", "DDL statements applied by this process",
         double(m.ddls.load()), l);
  return out;
}

}  // namespace barge::mover::cdc
