#include "mover/binlog/rpl_stream.h"

#include <mariadb_rpl.h>

#include <cctype>
#include <stdexcept>
#include <string>

namespace barge::mover::binlog {

namespace {

void run(MYSQL* m, const std::string& sql) {
  if (mysql_real_query(m, sql.data(), sql.size()) != 0)
    throw StreamError("binlog stream: " + std::string(mysql_error(m)), mysql_errno(m));
}

}  // namespace

RplStream::RplStream(MYSQL* mysql, const StreamStart& s) : mysql_(mysql) {
  // Announce that we handle checksums (else the server refuses to send checksummed events) and
  // MariaDB GTID events (capability 4: GTID events instead of BEGIN queries).
  run(mysql_, "SET @master_binlog_checksum = @@global.binlog_checksum");
  run(mysql_, "SET @mariadb_slave_capability = 4");
  if (s.heartbeatSeconds)
    run(mysql_, "SET @master_heartbeat_period = " +
                    std::to_string(static_cast<uint64_t>(s.heartbeatSeconds) * 1000000000ULL));
  if (!s.gtid.empty()) {
    std::string q = "SET @slave_connect_state = '";
    for (char c : s.gtid)
      if (std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == ',') q += c;
    run(mysql_, q + "'");
    run(mysql_, "SET @slave_gtid_strict_mode = 0, @slave_gtid_ignore_duplicates = 0");
  }
  rpl_ = mariadb_rpl_init(mysql_);
  if (!rpl_) throw std::runtime_error("binlog stream: mariadb_rpl_init failed");
  std::string file = s.gtid.empty() ? s.file : "";
  unsigned long pos = static_cast<unsigned long>(s.gtid.empty() ? s.position : 4);
  unsigned int sid = s.serverId;
  unsigned int flags = s.nonBlocking ? 1u : 0u;  // BINLOG_DUMP_NON_BLOCK
  mariadb_rpl_optionsv(rpl_, MARIADB_RPL_FILENAME, file.c_str(), file.size());
  mariadb_rpl_optionsv(rpl_, MARIADB_RPL_START, pos);
  mariadb_rpl_optionsv(rpl_, MARIADB_RPL_SERVER_ID, sid);
  mariadb_rpl_optionsv(rpl_, MARIADB_RPL_FLAGS, flags);
  if (mariadb_rpl_open(rpl_) != 0) {
    std::string e = mysql_error(mysql_);
    unsigned code = mysql_errno(mysql_);
    mariadb_rpl_close(rpl_);
    rpl_ = nullptr;
    throw StreamError("binlog stream: " + e, code);
  }
}

RplStream::~RplStream() {
  if (ev_) mariadb_free_rpl_event(ev_);
  if (rpl_) mariadb_rpl_close(rpl_);
}

bool RplStream::next(std::string_view& event) {
  ev_ = mariadb_rpl_fetch(rpl_, ev_);
  if (!ev_) {
    if (mysql_errno(mysql_) != 0)
      throw StreamError("binlog stream: " + std::string(mysql_error(mysql_)), mysql_errno(mysql_));
    return false;  // end of a non-blocking dump
  }
  const char* d = reinterpret_cast<const char*>(ev_->raw_data);
  size_t n = ev_->raw_data_size;
  // The packet's leading OK byte is not part of the event.
  if (n == ev_->event_length + 1u && d[0] == 0) {
    ++d;
    --n;
  }
  event = std::string_view(d, n);
  return true;
}

}  // namespace barge::mover::binlog
