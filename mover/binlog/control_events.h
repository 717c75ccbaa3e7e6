#pragma once
// The events around the row changes: FORMAT_DESCRIPTION (post-header lengths, checksum
// algorithm), ROTATE, MariaDB GTID and GTID_LIST, QUERY (BEGIN / COMMIT / DDL) and XID.
// Each parser takes the event body: the bytes after the header, without the checksum.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace barge::mover::binlog {

struct FormatDescription {
  uint16_t binlogVersion = 4;
  std::string serverVersion;
  uint8_t headerLength = 19;
  std::vector<uint8_t> postHeaderLengths;  // index = event type - 1
  bool checksumCrc32 = false;              // binlog_checksum of the file/stream
  uint8_t postHeaderLength(uint8_t type) const {
    return type >= 1 && type <= postHeaderLengths.size() ? postHeaderLengths[type - 1] : 0;
  }
};

// `event` is the whole FORMAT_DESCRIPTION event: its checksum algorithm byte sits before its
// own checksum, so the body length depends on what it declares.
FormatDescription parseFormatDescription(std::string_view event);

struct Rotate {
  uint64_t position = 4;
  std::string file;
};
Rotate parseRotate(std::string_view body);

struct MariaGtid {
  uint64_t seqNo = 0;
  uint32_t domainId = 0;
  uint32_t serverId = 0;  // from the event header
  uint8_t flags = 0;
  bool standalone() const { return flags & 1; }  // FL_STANDALONE: no BEGIN..COMMIT around it
  std::string text() const;                      // "domain-server-seq"
};
MariaGtid parseMariaGtid(std::string_view body, uint32_t serverId);

// GTID_LIST: the binlog state at the start of a file ("0-1-3,1-2-7").
std::string parseMariaGtidList(std::string_view body);

struct Query {
  std::string database;
  std::string sql;
};
Query parseQuery(std::string_view body, uint8_t postHeaderLength);

uint64_t parseXid(std::string_view body);

}  // namespace barge::mover::binlog
