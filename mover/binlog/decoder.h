#pragma once
// Feeds raw binlog events (from a file or the replication stream) through our own parsers and
// groups the row changes into source transactions: GTID / BEGIN .. XID / COMMIT, a DDL with its
// standalone GTID. Keeps the position (file, next event) so a transaction's end position can be
// checkpointed, and the MariaDB GTID state per domain.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "mover/binlog/control_events.h"
#include "mover/binlog/rows_event.h"
#include "mover/binlog/table_map.h"

namespace barge::mover::binlog {

struct Change {
  std::shared_ptr<const TableMap> table;
  RowChange row;
};

struct Transaction {
  std::string gtid;             // MariaDB "domain-server-seq" ("" without GTID events)
  uint32_t timestamp = 0;       // source time (s) of its first event
  uint64_t rowChanges = 0;      // row changes of selected tables in it
  std::vector<Change> changes;  // only with setCollectChanges(true) (tests, tools)
  std::vector<Query> ddl;       // statements other than BEGIN / COMMIT, in order
  std::string file;             // position right after its last event
  uint64_t endPos = 0;
  void clear() {
    gtid.clear();
    timestamp = 0;
    rowChanges = 0;
    changes.clear();
    ddl.clear();
  }
};

struct DecoderStats {
  uint64_t events = 0, rowsEvents = 0, rows = 0, transactions = 0, skippedRowsEvents = 0;
};

class Decoder {
 public:
  // Says whether row events of a table are wanted and with which hints (null: none).
  using TableFilter = std::function<bool(const TableMap&, const std::vector<ColumnHint>*&)>;
  explicit Decoder(TableFilter filter);

  enum class Fed { Nothing, Rows, Commit };
  // One raw event: header, body and (when the stream has them) the 4-byte checksum, which is
  // verified. Rows: a rows event of a selected table was decoded (rows() / rowsTable(), valid
  // until the next feed), so a consumer can apply it at once and memory stays bounded by one
  // event whatever the transaction's size. Commit: a transaction ended (transaction()).
  Fed feed(std::string_view event);
  const Transaction& transaction() const { return done_; }
  Transaction& transaction() { return done_; }
  const std::vector<RowChange>& rows() const { return rows_; }
  size_t rowCount() const { return nRows_; }
  const std::shared_ptr<const TableMap>& rowsTable() const { return rowsTable_; }
  // Keep every change of the transaction in transaction().changes as well.
  void setCollectChanges(bool on) { collect_ = on; }

  void setPosition(std::string file, uint64_t pos) {
    file_ = std::move(file);
    pos_ = pos;
  }
  const std::string& file() const { return file_; }
  uint64_t position() const { return pos_; }
  bool inTransaction() const { return inTx_; }
  // "0-1-12,1-2-3": the last GTID seen per domain.
  std::string gtidState() const;
  void setGtidState(const std::string& state);
  const DecoderStats& stats() const { return stats_; }
  const FormatDescription& format() const { return fd_; }
  uint8_t lastEventType() const { return lastType_; }
  uint32_t lastTimestamp() const { return lastTs_; }

 private:
  void begin(uint32_t ts);
  Fed finish();

  TableFilter filter_;
  FormatDescription fd_;
  bool haveFd_ = false;
  struct Mapped {
    std::shared_ptr<const TableMap> map;
    bool wanted = false;
    const std::vector<ColumnHint>* hints = nullptr;
  };
  std::unordered_map<uint64_t, Mapped> tables_;
  std::map<uint32_t, std::string> gtids_;  // domain -> last GTID
  Transaction cur_, done_;
  bool inTx_ = false, standalone_ = false;
  std::string file_;
  uint64_t pos_ = 4;
  std::vector<RowChange> rows_;  // reused: the values keep their buffers between events
  size_t nRows_ = 0;
  std::shared_ptr<const TableMap> rowsTable_;
  bool collect_ = false;
  DecoderStats stats_;
  uint8_t lastType_ = 0;
  uint32_t lastTs_ = 0;
};

}  // namespace barge::mover::binlog
