#pragma once
// Where change capture starts or stands: a binlog file and position, and the MariaDB GTID
// state after it. CdcStartPosition accepts "file:pos", a MariaDB GTID position
// ("0-1-42[,1-2-7]") or "now".
#include <cstdint>
#include <optional>
#include <string>

#include "mover/mysql_reader.h"

namespace barge::mover::cdc {

struct Position {
  std::string file;  // "" with a GTID-only start
  uint64_t pos = 4;
  std::string gtid;
  std::string text() const;  // "binlog.000003:1234 (gtid 0-1-42)"
};

// Throws ConfigError naming $.CdcStartPosition for anything else.
std::optional<Position> parseStartPosition(const std::string& v);  // nullopt = "now"
Position currentPosition(SourceConn& c);                           // SHOW MASTER STATUS

}  // namespace barge::mover::cdc
