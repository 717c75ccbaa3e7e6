#include "mover/binlog/event_header.h"

#include <string>

#include "mover/binlog/byte_reader.h"

namespace barge::mover::binlog {

EventHeader parseHeader(std::string_view event) {
  if (event.size() < kHeaderSize)
    throw DecodeError("event shorter than its header (" + std::to_string(event.size()) + " bytes)");
  ByteReader r(event);
  EventHeader h;
  h.timestamp = r.u32();
  h.type = r.u8();
  h.serverId = r.u32();
  h.length = r.u32();
  h.nextPos = r.u32();
  h.flags = r.u16();
  if (h.length < kHeaderSize || h.length > event.size())
    throw DecodeError("event length " + std::to_string(h.length) + " does not match its " +
                      std::to_string(event.size()) + " bytes");
  return h;
}

const char* eventTypeName(uint8_t type) {
  switch (type) {
    case kQueryEvent:
      return "QUERY";
    case kStopEvent:
      return "STOP";
    case kRotateEvent:
      return "ROTATE";
    case kFormatDescriptionEvent:
      return "FORMAT_DESCRIPTION";
    case kXidEvent:
      return "XID";
    case kTableMapEvent:
      return "TABLE_MAP";
    case kWriteRowsV1:
      return "WRITE_ROWS_V1";
    case kUpdateRowsV1:
      return "UPDATE_ROWS_V1";
    case kDeleteRowsV1:
      return "DELETE_ROWS_V1";
    case kWriteRowsV2:
      return "WRITE_ROWS";
    case kUpdateRowsV2:
      return "UPDATE_ROWS";
    case kDeleteRowsV2:
      return "DELETE_ROWS";
    case kHeartbeatEvent:
      return "HEARTBEAT";
    case kMySqlGtidEvent:
      return "GTID (MySQL)";
    case kPartialUpdateRowsEvent:
      return "PARTIAL_UPDATE_ROWS";
    case kTransactionPayloadEvent:
      return "TRANSACTION_PAYLOAD";
    case kAnnotateRowsEvent:
      return "ANNOTATE_ROWS";
    case kBinlogCheckpointEvent:
      return "BINLOG_CHECKPOINT";
    case kMariaGtidEvent:
      return "GTID";
    case kMariaGtidListEvent:
      return "GTID_LIST";
    case kQueryCompressedEvent:
      return "QUERY_COMPRESSED";
    default:
      return "other";
  }
}

}  // namespace barge::mover::binlog
