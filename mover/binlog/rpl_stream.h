#pragma once
// Transport of binlog events from a MariaDB / MySQL server: Connector/C's replication API
// (mariadb_rpl_*) does the dump request, framing and network reads; the raw events it returns
// go to our own decoder (its value extraction is not used). Positions are file:pos; a MariaDB
// GTID start sets @slave_connect_state and leaves the file empty.
#include <mysql.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

struct st_mariadb_rpl;
struct st_mariadb_rpl_event;

namespace barge::mover::binlog {

struct StreamStart {
  std::string file;  // "" with a GTID start
  uint64_t position = 4;
  std::string gtid;               // MariaDB GTID position ("0-1-42")
  bool nonBlocking = false;       // end at the end of the binlog instead of waiting for more
  uint32_t serverId = 0;          // our replica id (must differ from the source's server_id)
  unsigned heartbeatSeconds = 0;  // idle source: a HEARTBEAT event this often (0 = none)
};

// A failure of the stream with the server's error code (1236: the binlog cannot be served,
// e.g. purged; 0: the connection failed without one).
class StreamError : public std::runtime_error {
 public:
  StreamError(const std::string& what, unsigned code) : std::runtime_error(what), code(code) {}
  unsigned code;
};

class RplStream {
 public:
  // `mysql` is a connected handle; the stream uses it for the dump (it cannot run queries after).
  RplStream(MYSQL* mysql, const StreamStart& start);  // throws std::runtime_error
  ~RplStream();
  RplStream(const RplStream&) = delete;
  RplStream& operator=(const RplStream&) = delete;
  // The next raw event (header..checksum); false at the end of a non-blocking dump.
  // Throws std::runtime_error with the server's message (binlog purged, connection lost, ...).
  bool next(std::string_view& event);

 private:
  MYSQL* mysql_;
  st_mariadb_rpl* rpl_ = nullptr;
  st_mariadb_rpl_event* ev_ = nullptr;
};

}  // namespace barge::mover::binlog
