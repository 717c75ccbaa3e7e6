#pragma once
// The 19-byte v4 event header every binlog event starts with, and the event type codes we use
// (MySQL's and MariaDB's numbering, from the server documentation of the binlog format).
#include <cstdint>
#include <string_view>

namespace barge::mover::binlog {

enum EventType : uint8_t {
  kQueryEvent = 2,
  kStopEvent = 3,
  kRotateEvent = 4,
  kIntvarEvent = 5,
  kRandEvent = 13,
  kUserVarEvent = 14,
  kFormatDescriptionEvent = 15,
  kXidEvent = 16,
  kTableMapEvent = 19,
  kWriteRowsV1 = 23,
  kUpdateRowsV1 = 24,
  kDeleteRowsV1 = 25,
  kHeartbeatEvent = 27,
  kRowsQueryEvent = 29,
  kWriteRowsV2 = 30,
  kUpdateRowsV2 = 31,
  kDeleteRowsV2 = 32,
  kMySqlGtidEvent = 33,
  kMySqlAnonymousGtidEvent = 34,
  kPreviousGtidsEvent = 35,
  kXaPrepareEvent = 38,
  kPartialUpdateRowsEvent = 39,
  kTransactionPayloadEvent = 40,  // MySQL 8 binlog_transaction_compression
  kAnnotateRowsEvent = 160,
  kBinlogCheckpointEvent = 161,
  kMariaGtidEvent = 162,
  kMariaGtidListEvent = 163,
  kStartEncryptionEvent = 164,
  kQueryCompressedEvent = 165,
  kWriteRowsCompressedV1 = 166,
  kDeleteRowsCompressedV2 = 171,
};

inline constexpr size_t kHeaderSize = 19;

struct EventHeader {
  uint32_t timestamp = 0;  // seconds since the epoch (source commit time of the statement)
  uint8_t type = 0;
  uint32_t serverId = 0;
  uint32_t length = 0;   // whole event, header and checksum included
  uint32_t nextPos = 0;  // position of the next event in the file (0 for artificial events)
  uint16_t flags = 0;
};

inline constexpr uint16_t kArtificialFlag = 0x20;  // LOG_EVENT_ARTIFICIAL_F

// Throws DecodeError when `event` is shorter than a header or than the length it declares.
EventHeader parseHeader(std::string_view event);

const char* eventTypeName(uint8_t type);

}  // namespace barge::mover::binlog
