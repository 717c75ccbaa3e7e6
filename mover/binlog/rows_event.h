#pragma once
// WRITE / UPDATE / DELETE rows events, v1 (MariaDB) and v2 (MySQL 5.6+: an extra-data block
// after the post-header). Only FULL row images are accepted: with binlog_row_image=MINIMAL or
// NOBLOB a before image lacks the non-key columns and an after image the unchanged ones, which
// an exact, idempotent apply cannot do without; such an event is refused with the setting to
// change.
#include <cstdint>
#include <string_view>
#include <vector>

#include "mover/binlog/column_decode.h"
#include "mover/binlog/table_map.h"

namespace barge::mover::binlog {

enum class RowOp : uint8_t { Insert, Update, Delete };

struct RowChange {
  RowOp op = RowOp::Insert;
  std::vector<Value> before;  // Update, Delete
  std::vector<Value> after;   // Insert, Update
};

bool isRowsEvent(uint8_t type);
// The table id a rows event refers to (to skip tables nobody selected without decoding).
uint64_t rowsEventTableId(std::string_view body, uint8_t postHeaderLength);

// Decodes the event's rows into out[0..n), reusing the elements already there (their value
// buffers), and returns n. `hints` may be null or hold one hint per column.
size_t parseRowsEvent(uint8_t type, std::string_view body, uint8_t postHeaderLength,
                      const TableMap& table, const std::vector<ColumnHint>* hints,
                      std::vector<RowChange>& out);

}  // namespace barge::mover::binlog
