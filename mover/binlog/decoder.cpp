#include "mover/binlog/decoder.h"

#include <algorithm>
#include <cctype>

#include "mover/binlog/byte_reader.h"
#include "mover/binlog/crc32.h"
#include "mover/binlog/event_header.h"

namespace barge::mover::binlog {

namespace {

bool startsWithWord(const std::string& sql, const char* word) {
  size_t n = std::char_traits<char>::length(word);
  size_t i = sql.find_first_not_of(" \t\r\n");
  if (i == std::string::npos || sql.size() - i < n) return false;
  for (size_t k = 0; k < n; ++k)
    if (std::toupper(static_cast<unsigned char>(sql[i + k])) != word[k]) return false;
  return sql.size() - i == n || !std::isalnum(static_cast<unsigned char>(sql[i + n]));
}

uint32_t storedCrc(std::string_view event) {
  ByteReader r(event.substr(event.size() - 4));
  return r.u32();
}

}  // namespace

Decoder::Decoder(TableFilter filter) : filter_(std::move(filter)) {}

std::string Decoder::gtidState() const {
  std::string s;
  for (const auto& [d, g] : gtids_) s += (s.empty() ? "" : ",") + g;
  return s;
}

void Decoder::setGtidState(const std::string& state) {
  gtids_.clear();
  size_t start = 0;
  while (start < state.size()) {
    size_t comma = state.find(',', start);
    std::string g = state.substr(start, comma == std::string::npos ? comma : comma - start);
    size_t dash = g.find('-');
    if (dash != std::string::npos) gtids_[static_cast<uint32_t>(std::stoul(g.substr(0, dash)))] = g;
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
}

void Decoder::begin(uint32_t ts) {
  cur_.clear();
  cur_.timestamp = ts;
  inTx_ = true;
  standalone_ = false;
}

Decoder::Fed Decoder::finish() {
  inTx_ = false;
  standalone_ = false;
  cur_.file = file_;
  cur_.endPos = pos_;
  std::swap(done_, cur_);
  cur_.clear();
  ++stats_.transactions;
  return Fed::Commit;
}

Decoder::Fed Decoder::feed(std::string_view event) {
  EventHeader h = parseHeader(event);
  event = event.substr(0, h.length);
  ++stats_.events;
  lastType_ = h.type;
  if (h.timestamp) lastTs_ = h.timestamp;
  if (h.type == kFormatDescriptionEvent) {
    fd_ = parseFormatDescription(event);
    haveFd_ = true;
  }
  // Before the first FORMAT_DESCRIPTION (the stream's artificial ROTATE) the algorithm is not
  // known yet: a matching CRC says the event carries one.
  bool crcMatches = event.size() >= kHeaderSize + 4 &&
                    crc32(event.substr(0, event.size() - 4)) == storedCrc(event);
  if (!crcMatches && h.type == kFormatDescriptionEvent && (h.flags & 1)) {
    // The server sets LOG_EVENT_BINLOG_IN_USE_F in the file's FORMAT_DESCRIPTION while the
    // binlog is open; its checksum was computed without it.
    std::string copy(event);
    copy[17] = static_cast<char>(copy[17] & ~1);
    crcMatches = crc32(std::string_view(copy).substr(0, copy.size() - 4)) == storedCrc(event);
  }
  const bool checked = haveFd_ ? fd_.checksumCrc32 : crcMatches;
  if (checked && !crcMatches)
    throw DecodeError(std::string("checksum mismatch in ") + eventTypeName(h.type) + " event at " +
                      file_ + ":" + std::to_string(pos_));
  std::string_view b = event.substr(kHeaderSize, event.size() - kHeaderSize - (checked ? 4 : 0));
  if (h.type == kRotateEvent) {
    Rotate ro = parseRotate(b);
    file_ = ro.file;
    pos_ = ro.position;
    return Fed::Nothing;
  }
  // Heartbeats and artificial events carry the server's position, not one of our stream.
  if (h.type == kHeartbeatEvent) return Fed::Nothing;
  if (h.nextPos != 0 && !(h.flags & kArtificialFlag)) pos_ = h.nextPos;
  switch (h.type) {
    case kMariaGtidEvent: {
      MariaGtid g = parseMariaGtid(b, h.serverId);
      begin(h.timestamp);
      cur_.gtid = g.text();
      gtids_[g.domainId] = cur_.gtid;
      standalone_ = g.standalone();
      return Fed::Nothing;
    }
    case kMySqlGtidEvent:
    case kMySqlAnonymousGtidEvent:
      begin(h.timestamp);
      return Fed::Nothing;
    case kQueryEvent: {
      Query q = parseQuery(b, fd_.postHeaderLength(kQueryEvent));
      if (startsWithWord(q.sql, "XA")) {
        // XA START / END of a prepared transaction (ended by XA_PREPARE below), or the later
        // XA COMMIT / ROLLBACK of one (a transaction of its own with nothing to apply).
        if (!inTx_) begin(h.timestamp);
        if (startsWithWord(q.sql, "XA COMMIT") || startsWithWord(q.sql, "XA ROLLBACK"))
          return finish();
        return Fed::Nothing;
      }
      if (startsWithWord(q.sql, "BEGIN")) {
        if (!inTx_) begin(h.timestamp);
        return Fed::Nothing;
      }
      if (startsWithWord(q.sql, "COMMIT")) {
        if (!inTx_) begin(h.timestamp);
        return finish();
      }
      if (startsWithWord(q.sql, "ROLLBACK")) {
        // Only non-transactional work is logged with a ROLLBACK; its row events already happened.
        if (!inTx_) begin(h.timestamp);
        return finish();
      }
      if (!inTx_) begin(h.timestamp);
      cur_.ddl.push_back(std::move(q));
      // A DDL commits on its own: with a standalone GTID, or without GTIDs (no BEGIN before it).
      if (standalone_ || cur_.gtid.empty() || !inTx_) return finish();
      return Fed::Nothing;
    }
    case kXaPrepareEvent:
      // Prepared (XA) transactions are committed or rolled back later by a separate statement:
      // applying them needs holding the prepared changes until then, which is not done.
      if (cur_.rowChanges > 0)
        throw DecodeError("XA transaction prepared at " + file_ + ":" + std::to_string(pos_) +
                          " changes selected tables: XA transactions are not supported by "
                          "barge's CDC yet");
      if (!inTx_) begin(h.timestamp);
      return finish();
    case kXidEvent:
      parseXid(b);
      if (!inTx_) begin(h.timestamp);
      return finish();
    case kTableMapEvent: {
      auto map = std::make_shared<TableMap>(parseTableMap(b, fd_.postHeaderLength(kTableMapEvent)));
      Mapped m;
      m.wanted = filter_(*map, m.hints);
      m.map = std::move(map);
      tables_[m.map->tableId] = std::move(m);
      return Fed::Nothing;
    }
    case kTransactionPayloadEvent:
      // The transaction's events are inside, compressed: passing over it would lose them.
      throw DecodeError("TRANSACTION_PAYLOAD event at " + file_ + ":" + std::to_string(pos_) +
                        ": the source writes compressed transactions "
                        "(binlog_transaction_compression=ON), which barge does not read; turn it "
                        "off on the source and restart from the last checkpoint");
    default:
      break;
  }
  if (isRowsEvent(h.type)) {
    ++stats_.rowsEvents;
    const uint8_t phl = fd_.postHeaderLength(h.type);
    auto it = tables_.find(rowsEventTableId(b, phl));
    if (it == tables_.end())
      throw DecodeError(std::string(eventTypeName(h.type)) + " at " + file_ + ":" +
                        std::to_string(pos_) + " refers to a table without TABLE_MAP");
    if (!inTx_) begin(h.timestamp);
    if (!it->second.wanted) {
      ++stats_.skippedRowsEvents;
      return Fed::Nothing;
    }
    nRows_ = parseRowsEvent(h.type, b, phl, *it->second.map, it->second.hints, rows_);
    rowsTable_ = it->second.map;
    stats_.rows += nRows_;
    cur_.rowChanges += nRows_;
    if (collect_)
      for (size_t i = 0; i < nRows_; ++i) cur_.changes.push_back({rowsTable_, rows_[i]});
    return Fed::Rows;
  }
  return Fed::Nothing;
}

}  // namespace barge::mover::binlog
