#include "mover/binlog_retention.h"

#include <chrono>
#include <cmath>
#include <cstdio>

namespace barge::mover {

namespace {

// Used when nothing could be read (an empty source): a conservative figure for one reader.
constexpr double kFallbackBytesPerSecond = 20.0 * 1024 * 1024;

std::string duration(double s) {
  char buf[64];
  if (s >= 86400)
    std::snprintf(buf, sizeof buf, "%.1f days", s / 86400);
  else if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%.1f h", s / 3600);
  else if (s >= 60)
    std::snprintf(buf, sizeof buf, "%.0f min", s / 60);
  else
    std::snprintf(buf, sizeof buf, "%.0f s", s);
  return buf;
}

std::optional<std::string> variable(SourceConn& src, const char* name) {
  try {
    return src.scalar(std::string("SELECT @@GLOBAL.") + name);
  } catch (const std::exception&) {
    return std::nullopt;  // not a variable of this server
  }
}

}  // namespace

std::optional<uint64_t> binlogRetentionSeconds(SourceConn& src) {
  // MariaDB 10.6+ and MySQL 8 have binlog_expire_logs_seconds (MariaDB keeps it in step with
  // expire_logs_days); older servers only the days. 0 in both: no automatic purge.
  double seconds = 0;
  if (auto s = variable(src, "binlog_expire_logs_seconds"); s && !s->empty())
    seconds = std::stod(*s);
  if (seconds <= 0)
    if (auto d = variable(src, "expire_logs_days"); d && !d->empty())
      seconds = std::stod(*d) * 86400;
  if (seconds <= 0) return std::nullopt;
  return static_cast<uint64_t>(seconds);
}

double measureReadRate(SourceConn& src, const Planning& planning) {
  const TablePlan* big = nullptr;
  for (const auto& p : planning.plans)
    if (p.error.empty() && (!big || p.estBytes > big->estBytes)) big = &p;
  if (!big || big->estBytes == 0) return 0;
  try {
    using Clock = std::chrono::steady_clock;
    const auto t0 = Clock::now();
    // LIMIT bounds what the server sends even when the reading stops early.
    RowStream rs(src, "SELECT * FROM " + big->srcQualified() + " LIMIT 50000");
    uint64_t rows = 0;
    while (rs.next()) {
      ++rows;
      if ((rows & 255) == 0 && Clock::now() - t0 > std::chrono::seconds(2)) break;
    }
    double s = std::chrono::duration<double>(Clock::now() - t0).count();
    if (rows == 0 || s <= 0) return 0;
    // information_schema's DATA_LENGTH per row, so the rate and the size are the same measure.
    double perRow = big->estRows ? double(big->estBytes) / double(big->estRows) : 0;
    double bytes = perRow > 0 ? perRow * double(rows) : double(rs.bytesRead());
    return bytes / s;
  } catch (const std::exception&) {
    return 0;
  }
}

RetentionVerdict judgeRetention(std::optional<uint64_t> retention, uint64_t bytes,
                                double bytesPerSecond, bool fullLoad) {
  RetentionVerdict v;
  const std::string fix =
      "keep the binlogs longer (SET GLOBAL binlog_expire_logs_seconds = N, or expire_logs_days "
      "on older MariaDB), and in the server configuration";
  if (!retention) {
    v.status = "pass";
    v.detail =
        "binlogs are not purged automatically (binlog_expire_logs_seconds and "
        "expire_logs_days are 0)";
    return v;
  }
  const double keep = double(*retention);
  if (!fullLoad) {
    v.status = keep < 86400 ? "warning" : "pass";
    v.detail = "binlogs are kept " + duration(keep) +
               (keep < 86400 ? ": if barge is stopped longer, the changes after its checkpoint "
                               "are purged and the tables must be reloaded"
                             : "");
    if (keep < 86400) v.fix = fix;
    return v;
  }
  const bool measured = bytesPerSecond > 0;
  const double rate = measured ? bytesPerSecond : kFallbackBytesPerSecond;
  const double load = double(bytes) / rate;
  char r[64];
  std::snprintf(r, sizeof r, "%.1f MiB/s", rate / (1024 * 1024));
  const std::string how =
      std::string(measured ? "measured " : "assumed (nothing to measure) ") + r + " for one reader";
  v.detail = "binlogs are kept " + duration(keep) + "; the full load is estimated at " +
             duration(load) + " (" + how + ")";
  if (keep < load) {
    v.status = "fail";
    v.detail +=
        ": the binlog from the load's snapshot would be purged before change capture "
        "reads it";
    v.fix = fix;
  } else if (keep < 3 * load) {
    v.status = "warning";
    v.detail += ": little margin (less than 3 times the load)";
    v.fix = fix;
  } else {
    v.status = "pass";
  }
  return v;
}

}  // namespace barge::mover
