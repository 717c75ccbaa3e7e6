#include "mover/binlog/rows_event.h"

#include "mover/binlog/event_header.h"

namespace barge::mover::binlog {

namespace {

bool isUpdate(uint8_t type) {
  return type == kUpdateRowsV1 || type == kUpdateRowsV2 || type == kPartialUpdateRowsEvent;
}

void requireFull(std::string_view bitmap, size_t cols, const TableMap& t, const char* image) {
  for (size_t i = 0; i < cols; ++i)
    if (!((static_cast<uint8_t>(bitmap[i / 8]) >> (i % 8)) & 1))
      throw DecodeError(std::string("table ") + t.schema + "." + t.table + ": the " + image +
                        " image lacks columns (binlog_row_image is MINIMAL or NOBLOB); CDC needs "
                        "binlog_row_image=FULL on the source");
}

void readImage(ByteReader& r, const TableMap& t, const std::vector<ColumnHint>* hints,
               std::vector<Value>& row) {
  const size_t n = t.columns.size();
  row.resize(n);
  std::string_view nulls = r.bytes((n + 7) / 8);
  for (size_t i = 0; i < n; ++i) {
    if ((static_cast<uint8_t>(nulls[i / 8]) >> (i % 8)) & 1) {
      row[i].kind = Value::Kind::Null;
      continue;
    }
    const ColumnHint* h = hints && i < hints->size() ? &(*hints)[i] : nullptr;
    try {
      decodeValue(r, t.columns[i], h, row[i]);
    } catch (const DecodeError& e) {
      throw DecodeError("table " + t.schema + "." + t.table + ": " + e.what());
    }
  }
}

ByteReader afterPostHeader(uint8_t type, std::string_view body, uint8_t postHeaderLength) {
  ByteReader r(body);
  r.skip(postHeaderLength == 6 ? 4 : 6);  // table id
  r.u16();                                // flags
  if (postHeaderLength == 10) {
    // v2: extra data (its length counts its own two bytes).
    uint16_t extra = r.u16();
    if (extra < 2) throw DecodeError("rows event extra data length " + std::to_string(extra));
    r.skip(extra - 2u);
  } else if (postHeaderLength > 8) {
    r.skip(postHeaderLength - 8u);
  }
  (void)type;
  return r;
}

}  // namespace

bool isRowsEvent(uint8_t type) {
  return (type >= kWriteRowsV1 && type <= kDeleteRowsV1) ||
         (type >= kWriteRowsV2 && type <= kDeleteRowsV2) || type == kPartialUpdateRowsEvent ||
         (type >= kWriteRowsCompressedV1 && type <= kDeleteRowsCompressedV2);
}

uint64_t rowsEventTableId(std::string_view body, uint8_t postHeaderLength) {
  ByteReader r(body);
  return r.uintLE(postHeaderLength == 6 ? 4 : 6);
}

size_t parseRowsEvent(uint8_t type, std::string_view body, uint8_t postHeaderLength,
                      const TableMap& t, const std::vector<ColumnHint>* hints,
                      std::vector<RowChange>& out) {
  if (type >= kWriteRowsCompressedV1 && type <= kDeleteRowsCompressedV2)
    throw DecodeError(
        "compressed row events (log_bin_compress=ON) are not supported; switch "
        "log_bin_compress off on the source");
  if (type == kPartialUpdateRowsEvent)
    throw DecodeError(
        "partial JSON updates (binlog_row_value_options=PARTIAL_JSON) are not "
        "supported; CDC needs full row images");
  ByteReader r = afterPostHeader(type, body, postHeaderLength);
  uint64_t cols = r.packed();
  if (cols != t.columns.size())
    throw DecodeError("rows event for " + t.schema + "." + t.table + " has " +
                      std::to_string(cols) + " columns, its TABLE_MAP " +
                      std::to_string(t.columns.size()));
  const size_t bm = (cols + 7) / 8;
  const bool upd = isUpdate(type);
  std::string_view present = r.bytes(bm);
  requireFull(present, cols, t,
              upd || type == kDeleteRowsV1 || type == kDeleteRowsV2 ? "before" : "after");
  if (upd) requireFull(r.bytes(bm), cols, t, "after");
  const RowOp op = upd                                              ? RowOp::Update
                   : (type == kWriteRowsV1 || type == kWriteRowsV2) ? RowOp::Insert
                                                                    : RowOp::Delete;
  size_t n = 0;
  while (!r.atEnd()) {
    if (n == out.size()) out.emplace_back();
    RowChange& ch = out[n++];
    ch.op = op;
    if (op == RowOp::Insert) {
      readImage(r, t, hints, ch.after);
    } else {
      readImage(r, t, hints, ch.before);
      if (op == RowOp::Update) readImage(r, t, hints, ch.after);
    }
  }
  return n;
}

}  // namespace barge::mover::binlog
