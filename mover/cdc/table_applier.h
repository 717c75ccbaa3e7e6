#pragma once
// Applies the row changes of one table to PostgreSQL, idempotently by primary key:
// INSERT and UPDATE write the full after image with INSERT .. ON CONFLICT (key) DO UPDATE, an
// UPDATE that changes the key first deletes the old key, DELETE deletes by key. Each statement
// sets the key's row to what the event says whatever was there, so replaying changes that are
// already in the target (from the snapshot, or after a crash) converges to the same rows.
// Values are encoded by change_codec (the full load's conversions) and sent as binary
// parameters of prepared statements.
#include <string>
#include <vector>

#include "mover/binlog/column_decode.h"
#include "mover/binlog/rows_event.h"
#include "mover/cdc/held_changes.h"
#include "mover/copy_binary.h"
#include "mover/pg_conn.h"
#include "mover/table_plan.h"

namespace barge::mover::cdc {

struct ApplyCounts {
  int64_t inserts = 0, updates = 0, deletes = 0;
};

class TableApplier {
 public:
  // Throws std::runtime_error when the plan cannot be replicated (no key, a selection filter,
  // a planned column missing from the source).
  TableApplier(TablePlan& plan, std::vector<binlog::ColumnHint> hints, int id);
  void prepare(PgConn& pg);  // once per target connection
  // In the caller's transaction. Returns "" or the reason the change cannot be converted
  // (a data error: the caller applies DataErrorPolicy). Throws PgError for the target's errors.
  std::string apply(PgConn& pg, const binlog::RowChange& ch, ApplyCounts& n);
  std::string keyJson(const binlog::RowChange& ch) const;

  // Batch apply. The staging table is a temporary table with the target's column types and no
  // constraints (once per target connection, like prepare). hold() keeps the change's net
  // effect per key in `h` (an UPDATE of the key: a delete of the old key and an upsert of the
  // new one); "" or the reason a value cannot be converted. applyHeld() writes `h` to the
  // target set-wise, chunk by chunk in order: binary COPY into the staging table, DELETE ..
  // USING staging for the deleted keys, INSERT .. SELECT .. ON CONFLICT (key) DO UPDATE for
  // the others. Throws PgError for the target's errors.
  void prepareBatch(PgConn& pg);
  std::string hold(const binlog::RowChange& ch, HeldTable& h, ApplyCounts& n);
  void applyHeld(PgConn& pg, const HeldTable& h);

  // Pipelined: statements are only sent (libpq pipeline mode, entered by the caller), their
  // results read by the caller at the pipeline's sync: one round trip per rows event.
  void setPipelined(bool on) { pipelined_ = on; }

  TablePlan& plan() { return plan_; }
  const std::vector<binlog::ColumnHint>& hints() const { return hints_; }
  bool suspended = false;
  std::string suspendReason;

 private:
  bool encodeRow(const std::vector<binlog::Value>& row, const std::vector<size_t>& cols,
                 std::string& err);
  void exec(PgConn& pg, const std::string& stmt, size_t nparams);
  bool encodeTuple(const std::vector<binlog::Value>& row, bool upsert, std::string& err);
  TablePlan& plan_;
  std::vector<binlog::ColumnHint> hints_;
  std::vector<size_t> srcIndex_;  // plan column -> source column ordinal
  std::vector<size_t> allCols_, keyCols_;
  std::string upsertName_, deleteName_, upsertSql_, deleteSql_;
  std::string stageSql_, copySql_, mergeSql_;
  std::vector<bool> isKey_;
  CopyBuffer tuple_;
  std::string key_, oldKey_;
  bool pipelined_ = false;
  CopyBuffer buf_, keyBefore_;
  std::vector<const char*> values_;
  std::vector<int> lengths_, formats_;
};

}  // namespace barge::mover::cdc
