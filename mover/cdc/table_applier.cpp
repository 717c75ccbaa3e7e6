#include "mover/cdc/table_applier.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

#include "mover/cdc/change_codec.h"

namespace barge::mover::cdc {

TableApplier::TableApplier(TablePlan& plan, std::vector<binlog::ColumnHint> hints, int id)
    : plan_(plan), hints_(std::move(hints)) {
  if (plan_.keyColumns.empty())
    throw std::runtime_error(
        "no primary or unique key: CDC applies changes by key (a table "
        "without one is not replicated; define-primary-key can name one)");
  if (!plan_.filter.empty())
    throw std::runtime_error(
        "a selection filter is set: CDC cannot evaluate it on binlog rows, "
        "so the table is not replicated");
  for (const auto& c : plan_.columns) {
    size_t k = 0;
    while (k < hints_.size() && hints_[k].name != c.source) ++k;
    if (k == hints_.size())
      throw std::runtime_error("source column " + c.source + " not found in the live table");
    srcIndex_.push_back(k);
  }
  for (size_t i = 0; i < plan_.columns.size(); ++i) allCols_.push_back(i);
  keyCols_ = plan_.keyColumns;
  std::string cols, params, sets, key, where;
  for (size_t i = 0; i < plan_.columns.size(); ++i) {
    const std::string q = pgQuoteIdent(plan_.columns[i].target);
    cols += (i ? ", " : "") + q;
    params += (i ? ", $" : "$") + std::to_string(i + 1);
    bool isKey = false;
    for (size_t k : keyCols_) isKey = isKey || k == i;
    if (!isKey) sets += (sets.empty() ? "" : ", ") + q + " = EXCLUDED." + q;
  }
  for (size_t n = 0; n < keyCols_.size(); ++n) {
    const std::string q = pgQuoteIdent(plan_.columns[keyCols_[n]].target);
    key += (n ? ", " : "") + q;
    where += (n ? " AND " : "") + q + " = $" + std::to_string(n + 1);
  }
  upsertName_ = "barge_cdc_up_" + std::to_string(id);
  deleteName_ = "barge_cdc_del_" + std::to_string(id);
  upsertSql_ = "INSERT INTO " + plan_.tgtQualified() + " (" + cols + ") VALUES (" + params +
               ") ON CONFLICT (" + key + ") DO " +
               (sets.empty() ? "NOTHING" : "UPDATE SET " + sets);
  deleteSql_ = "DELETE FROM " + plan_.tgtQualified() + " WHERE " + where;
  // Batch apply: a staging table with the target's types (CREATE TABLE AS copies no NOT NULL
  // or other constraint: deleted keys carry NULLs in the other columns).
  isKey_.assign(plan_.columns.size(), false);
  for (size_t k : keyCols_) isKey_[k] = true;
  const std::string stage = pgQuoteIdent("barge_stage_" + std::to_string(id));
  const std::string op = pgQuoteIdent("barge_op#");
  stageSql_ = "CREATE TEMP TABLE IF NOT EXISTS " + stage + " ON COMMIT DELETE ROWS AS SELECT " +
              "0::smallint AS " + op + ", " + cols + " FROM " + plan_.tgtQualified() +
              " WITH NO DATA";
  copySql_ = "COPY " + stage + " (" + op + ", " + cols + ") FROM STDIN (FORMAT binary)";
  std::string on, scols;
  for (size_t n = 0; n < keyCols_.size(); ++n) {
    const std::string q = pgQuoteIdent(plan_.columns[keyCols_[n]].target);
    on += " AND t." + q + " = s." + q;
  }
  for (size_t i = 0; i < plan_.columns.size(); ++i)
    scols += (i ? ", s." : "s.") + pgQuoteIdent(plan_.columns[i].target);
  mergeSql_ = "DELETE FROM " + plan_.tgtQualified() + " t USING " + stage + " s WHERE s." + op +
              " = 0" + on + ";\nINSERT INTO " + plan_.tgtQualified() + " (" + cols + ") SELECT " +
              scols + " FROM " + stage + " s WHERE s." + op + " = 1 ON CONFLICT (" + key + ") DO " +
              (sets.empty() ? "NOTHING" : "UPDATE SET " + sets) + ";\nTRUNCATE " + stage;
}

void TableApplier::prepareBatch(PgConn& pg) {
  pg.exec(stageSql_);
}

bool TableApplier::encodeTuple(const std::vector<binlog::Value>& row, bool upsert,
                               std::string& err) {
  tuple_.clear();
  tuple_.beginRow(static_cast<int16_t>(plan_.columns.size() + 1));
  tuple_.putInt32(2);
  tuple_.putInt16(upsert ? 1 : 0);
  for (size_t i = 0; i < plan_.columns.size(); ++i) {
    if (!upsert && !isKey_[i]) {
      tuple_.putNull();
      continue;
    }
    size_t src = srcIndex_[i];
    if (src >= row.size()) {
      err = "row image has " + std::to_string(row.size()) + " columns";
      return false;
    }
    if (!encodeChangeValue(plan_.columns[i].codec, row[src], tuple_, err)) {
      err = plan_.columns[i].target + ": " + err;
      return false;
    }
  }
  return true;
}

std::string TableApplier::hold(const binlog::RowChange& ch, HeldTable& h, ApplyCounts& n) {
  std::string err;
  switch (ch.op) {
    case binlog::RowOp::Insert:
      if (!encodeRow(ch.after, keyCols_, err) || !encodeTuple(ch.after, true, err)) return err;
      h.put(buf_.data(), tuple_.data());
      ++n.inserts;
      return "";
    case binlog::RowOp::Delete:
      if (!encodeRow(ch.before, keyCols_, err) || !encodeTuple(ch.before, false, err)) return err;
      h.put(buf_.data(), tuple_.data());
      ++n.deletes;
      return "";
    case binlog::RowOp::Update:
      if (!encodeRow(ch.before, keyCols_, err)) return err;
      oldKey_ = buf_.data();
      if (!encodeRow(ch.after, keyCols_, err)) return err;
      if (buf_.data() != oldKey_) {
        // The key changed: the old key is deleted, the new key gets the after image.
        key_ = buf_.data();
        if (!encodeTuple(ch.before, false, err)) return err;
        h.put(oldKey_, tuple_.data());
        if (!encodeTuple(ch.after, true, err)) return err;
        h.put(key_, tuple_.data());
      } else {
        if (!encodeTuple(ch.after, true, err)) return err;
        h.put(oldKey_, tuple_.data());
      }
      ++n.updates;
      return "";
  }
  return "";
}

void TableApplier::applyHeld(PgConn& pg, const HeldTable& h) {
  for (size_t i = 0; i < h.chunkCount(); ++i) {
    pg.copyStart(copySql_);
    pg.copyPut(CopyBuffer::header());
    std::string piece;
    h.readChunk(i, [&](std::string_view d) {
      piece.append(d.data(), d.size());
      if (piece.size() >= (256u << 10)) {
        pg.copyPut(piece);
        piece.clear();
      }
    });
    piece.append(CopyBuffer::trailer());
    pg.copyPut(piece);
    std::string state;
    std::string err = pg.copyEnd(&state);
    if (!err.empty()) throw PgError(err, state);
    pg.exec(mergeSql_);
  }
}

void TableApplier::prepare(PgConn& pg) {
  for (auto [name, sql, n] : {std::tuple{&upsertName_, &upsertSql_, plan_.columns.size()},
                              std::tuple{&deleteName_, &deleteSql_, keyCols_.size()}}) {
    PgResult r(PQprepare(pg.raw(), name->c_str(), sql->c_str(), static_cast<int>(n), nullptr));
    if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
      const char* st = PQresultErrorField(r.get(), PG_DIAG_SQLSTATE);
      throw PgError(std::string(PQerrorMessage(pg.raw())) + " (in: " + *sql + ")", st ? st : "");
    }
  }
}

bool TableApplier::encodeRow(const std::vector<binlog::Value>& row, const std::vector<size_t>& cols,
                             std::string& err) {
  buf_.clear();
  for (size_t i : cols) {
    size_t src = srcIndex_[i];
    if (src >= row.size()) {
      err = "row image has " + std::to_string(row.size()) + " columns";
      return false;
    }
    if (!encodeChangeValue(plan_.columns[i].codec, row[src], buf_, err)) {
      err = plan_.columns[i].target + ": " + err;
      return false;
    }
  }
  // Split the fields (length word + payload, -1 = NULL) into libpq's parameter arrays.
  values_.assign(cols.size(), nullptr);
  lengths_.assign(cols.size(), 0);
  formats_.assign(cols.size(), 1);
  const std::string& d = buf_.data();
  size_t at = 0;
  for (size_t n = 0; n < cols.size(); ++n) {
    const auto* p = reinterpret_cast<const unsigned char*>(d.data() + at);
    int32_t len =
        static_cast<int32_t>(static_cast<uint32_t>(p[0]) << 24 | p[1] << 16 | p[2] << 8 | p[3]);
    at += 4;
    if (len >= 0) {
      values_[n] = d.data() + at;
      lengths_[n] = len;
      at += static_cast<size_t>(len);
    }
  }
  return true;
}

void TableApplier::exec(PgConn& pg, const std::string& stmt, size_t nparams) {
  if (pipelined_) {
    // libpq copies the parameters into its output buffer here: the arrays can be reused.
    if (!PQsendQueryPrepared(pg.raw(), stmt.c_str(), static_cast<int>(nparams), values_.data(),
                             lengths_.data(), formats_.data(), 0))
      throw PgError(PQerrorMessage(pg.raw()), "");
    return;
  }
  PgResult r(PQexecPrepared(pg.raw(), stmt.c_str(), static_cast<int>(nparams), values_.data(),
                            lengths_.data(), formats_.data(), 0));
  if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
    const char* st = PQresultErrorField(r.get(), PG_DIAG_SQLSTATE);
    throw PgError(std::string(PQresultErrorMessage(r.get())), st ? st : "");
  }
}

std::string TableApplier::apply(PgConn& pg, const binlog::RowChange& ch, ApplyCounts& n) {
  std::string err;
  switch (ch.op) {
    case binlog::RowOp::Insert:
      if (!encodeRow(ch.after, allCols_, err)) return err;
      exec(pg, upsertName_, allCols_.size());
      ++n.inserts;
      return "";
    case binlog::RowOp::Delete:
      if (!encodeRow(ch.before, keyCols_, err)) return err;
      exec(pg, deleteName_, keyCols_.size());
      ++n.deletes;
      return "";
    case binlog::RowOp::Update: {
      if (!encodeRow(ch.before, keyCols_, err)) return err;
      keyBefore_ = buf_;
      if (!encodeRow(ch.after, keyCols_, err)) return err;
      if (buf_.data() != keyBefore_.data()) {
        // The key changed: the old key's row goes, the new key's row is written whole.
        if (!encodeRow(ch.before, keyCols_, err)) return err;
        exec(pg, deleteName_, keyCols_.size());
      }
      if (!encodeRow(ch.after, allCols_, err)) return err;
      exec(pg, upsertName_, allCols_.size());
      ++n.updates;
      return "";
    }
  }
  return "";
}

std::string TableApplier::keyJson(const binlog::RowChange& ch) const {
  const auto& row = ch.op == binlog::RowOp::Insert ? ch.after : ch.before;
  nlohmann::json j = nlohmann::json::object();
  for (size_t k : keyCols_) {
    size_t src = srcIndex_[k];
    j[plan_.columns[k].source] = src < row.size() ? row[src].toText() : "";
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace barge::mover::cdc
