#pragma once
// Precheck for change capture: will the source still have the binlog from the full load's
// snapshot when the load is over? The source's binlog retention (MariaDB expire_logs_days /
// binlog_expire_logs_seconds, MySQL 8 binlog_expire_logs_seconds) against the load time
// estimated from the tables' size in information_schema and a short measured read.
#include <cstdint>
#include <optional>
#include <string>

#include "mover/mysql_reader.h"
#include "mover/planner.h"
#include "mover/task.h"

namespace barge::mover {

struct RetentionVerdict {
  std::string status;  // pass | warning | fail
  std::string detail, fix;
};

// Seconds the source keeps a binlog file (nullopt: no automatic purge).
std::optional<uint64_t> binlogRetentionSeconds(SourceConn& src);

// Bytes per second one reader gets from the largest selected table (at most ~2 s / 50,000
// rows are read); 0 when nothing could be measured.
double measureReadRate(SourceConn& src, const Planning& planning);

// The verdict (pure, for tests): `fullLoad` says whether a full load comes before capture.
// fail: the retention is shorter than the estimated load; warning: shorter than 3 times it, or
// (without a load) shorter than a day; pass otherwise, or without automatic purge.
RetentionVerdict judgeRetention(std::optional<uint64_t> retentionSeconds, uint64_t bytes,
                                double bytesPerSecond, bool fullLoad);

}  // namespace barge::mover
