#include "mover/cdc/position.h"

#include <regex>

#include "mover/json_check.h"

namespace barge::mover::cdc {

std::string Position::text() const {
  std::string s = file.empty() ? std::string("gtid") : file + ":" + std::to_string(pos);
  if (!gtid.empty()) s += file.empty() ? " " + gtid : " (gtid " + gtid + ")";
  return s;
}

std::optional<Position> parseStartPosition(const std::string& v) {
  if (v.empty() || v == "now") return std::nullopt;
  static const std::regex filePos(R"(^([^:\s]+):([0-9]{1,12})$)");
  static const std::regex gtid(R"(^[0-9]+-[0-9]+-[0-9]+(,[0-9]+-[0-9]+-[0-9]+)*$)");
  std::smatch m;
  Position p;
  if (std::regex_match(v, m, filePos)) {
    p.file = m[1];
    p.pos = std::stoull(m[2]);
    if (p.pos < 4) throw ConfigError("$.CdcStartPosition: a binlog position is at least 4");
    return p;
  }
  if (std::regex_match(v, gtid)) {
    p.file.clear();
    p.gtid = v;
    return p;
  }
  throw ConfigError(
      "$.CdcStartPosition: expected \"file:pos\", a MariaDB GTID position "
      "(\"0-1-42\") or \"now\", got \"" +
      v + "\"");
}

Position currentPosition(SourceConn& c) {
  auto rows = c.query("SHOW MASTER STATUS");
  if (rows.empty() || !rows[0][0])
    throw std::runtime_error(
        "the source has no binary log (log_bin is OFF): CDC needs log_bin=ON "
        "and binlog_format=ROW");
  Position p;
  p.file = *rows[0][0];
  p.pos = std::stoull(rows[0][1].value_or("4"));
  try {
    p.gtid = c.scalar("SELECT @@gtid_binlog_pos").value_or("");
  } catch (const std::exception&) {
    p.gtid.clear();  // MySQL: no MariaDB GTIDs
  }
  return p;
}

}  // namespace barge::mover::cdc
