#include "mover/cdc/cdc_engine.h"

#include <signal.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <deque>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <thread>
#include <unordered_map>

#include "mover/binlog/decoder.h"
#include "mover/binlog/event_header.h"
#include "mover/binlog/rpl_stream.h"
#include "mover/cdc/checkpoint.h"
#include "mover/cdc/ddl_convert.h"
#include "mover/cdc/source_columns.h"
#include "mover/cdc/table_applier.h"
#include "mover/cdc/table_shape.h"
#include "mover/control.h"
#include "mover/endpoints.h"
#include "mover/load_engine.h"
#include "mover/mysql_reader.h"
#include "mover/pg_conn.h"
#include "mover/planner.h"
#include "mover/reject_file.h"

namespace barge::mover::cdc {

namespace {

using Clock = std::chrono::steady_clock;

// Test hook: BARGE_TEST_CRASH_AT=cdc-before-commit:N | cdc-after-commit:N kills the process
// around the commit of the N-th applied source transaction of this run, as kill -9 would.
void crashAt(const char* point, int64_t n) {
  const char* at = std::getenv("BARGE_TEST_CRASH_AT");
  if (!at) return;
  std::string s(at);
  size_t colon = s.find(':');
  if (s.substr(0, colon) != point) return;
  int64_t want = colon == std::string::npos ? 1 : std::stoll(s.substr(colon + 1));
  if (n == want) ::kill(::getpid(), SIGKILL);
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool identChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Does the statement name `table` as an identifier (quoted or not)?
bool mentions(const std::string& sqlLower, const std::string& table) {
  const std::string t = lower(table);
  for (size_t at = sqlLower.find(t); at != std::string::npos; at = sqlLower.find(t, at + 1)) {
    bool before = at == 0 || !identChar(sqlLower[at - 1]);
    bool after = at + t.size() >= sqlLower.size() || !identChar(sqlLower[at + t.size()]);
    if (before && after) return true;
  }
  return false;
}

std::string firstWord(const std::string& sqlLower) {
  size_t i = sqlLower.find_first_not_of(" \t\r\n(");
  if (i == std::string::npos) return "";
  size_t j = i;
  while (j < sqlLower.size() && std::isalpha(static_cast<unsigned char>(sqlLower[j]))) ++j;
  return sqlLower.substr(i, j - i);
}

struct StopTask : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The target refused a change of the open transaction: it is rolled back and read again from
// the source with a savepoint per change, so that only the refused changes are rejected.
struct RetryWithSavepoints {};

// ER_MASTER_FATAL_ERROR_READING_BINLOG (1236, at the dump request or its first read): the
// position is not in the source's binlogs any more (purged) or never was. Retrying cannot help.
std::string unreadable(const std::exception& e, const Position& from) {
  return std::string(e.what()) + " (barge asked for " + from.text() +
         ", its last checkpoint; if that binlog was purged, the changes after it are lost for "
         "barge: reload the replicated tables from a new snapshot with migrate --resnapshot, or "
         "everything with migrate --restart)";
}

// Connection-level failures worth a reconnect; anything else (a decoding error, a refused
// configuration, a purged binlog) stops the task with its message.
bool recoverable(const std::exception& e) {
  if (const auto* s = dynamic_cast<const binlog::StreamError*>(&e)) return s->code != 1236;
  if (dynamic_cast<const parser::mysql::ConnectError*>(&e)) return true;
  if (dynamic_cast<const PgConnectError*>(&e)) return true;
  if (const auto* p = dynamic_cast<const PgError*>(&e))
    return p->sqlState.empty() || p->sqlState.compare(0, 2, "08") == 0 || p->sqlState == "57P01" ||
           p->sqlState == "57P02" || p->sqlState == "57P03";
  if (const auto* q = dynamic_cast<const parser::mysql::QueryError*>(&e))
    return q->code == 2006 || q->code == 2013;  // server gone away / lost connection
  return false;
}

// Binlog file names sort by their number; the position orders within a file.
bool before(const Position& a, const Position& b) {
  return a.file != b.file ? a.file < b.file : a.pos < b.pos;
}

bool dataError(const PgError& e) {
  return e.sqlState.size() == 5 &&
         (e.sqlState.compare(0, 2, "22") == 0 || e.sqlState.compare(0, 2, "23") == 0);
}

class Cdc {
 public:
  Cdc(const Task& t, std::vector<TablePlan>& plans, const CdcOptions& o)
      : task_(t),
        plans_(plans),
        opt_(o),
        rejects_(o.workDir / "rejects.jsonl"),
        m_(o.metrics ? *o.metrics : ownMetrics_),
        batch_(t.changes.batchApplyEnabled),
        stats_(o.held ? *o.held : ownStats_) {}
  CdcSummary run();

 private:
  void setupTables(SourceConn& meta);
  Position startPosition(SourceConn& meta);
  void onRows();
  // Batch apply: changes held per table, applied set-wise at the group's commit.
  void holdRows(TableApplier& a);
  void limitHeld();
  void applyHeld();
  void clearHeld();
  void heldStats();
  uint64_t heldBytes() const;
  std::filesystem::path spillDir() const { return opt_.workDir / "cdc-spill"; }
  void applyPipelined(TableApplier& a);
  void syncPipeline();
  void abandonPipeline();
  void onCommit(binlog::Transaction& tx, const Position& end);
  bool groupDue();
  void commitGroup();
  Position here() const { return Position{decoder_->file(), decoder_->position(), ""}; }
  [[noreturn]] void retryWithSavepoints(const Position& until) {
    if (!retry_ || before(*retry_, until)) retry_ = until;
    throw RetryWithSavepoints{};
  }
  void begin();
  void rollback();
  void reject(TableApplier& a, const binlog::RowChange& ch, const std::string& err);
  void openStream(const Position& from);
  void reconnectTarget();
  void flushCheckpoint(bool force);
  void suspend(TableApplier& a, const std::string& why) {
    if (a.suspended) return;
    a.suspended = true;
    a.suspendReason = why;
    pendingSuspend_.push_back(&a);
  }
  void progress(bool final);
  // DDL during CDC (ddl_convert): worked out at the source COMMIT, applied in the target
  // transaction with the checkpoint, and swapped into the appliers after it commits.
  void planDdls(const binlog::Transaction& tx, std::vector<std::string>& truncates);
  void applyDdls(std::vector<std::function<void()>>& afterCounters);
  void adoptDdls();
  TableApplier* applierOf(const std::string& table) {
    auto it = byName_.find({task_.source.databaseName, table});
    return it == byName_.end() ? nullptr : it->second;
  }

  const Task& task_;
  std::vector<TablePlan>& plans_;
  CdcOptions opt_;
  RejectFile rejects_;
  CdcMetrics ownMetrics_;
  CdcMetrics& m_;
  Clock::time_point rateAt_ = Clock::now();
  int64_t rateChanges_ = 0;
  std::unique_ptr<PgConn> pg_;
  std::vector<std::unique_ptr<TableApplier>> appliers_;
  std::map<std::pair<std::string, std::string>, TableApplier*> byName_;
  std::unordered_map<uint64_t, TableApplier*> byTableId_;
  std::vector<TableApplier*> pendingSuspend_;
  std::unique_ptr<binlog::Decoder> decoder_;
  std::unique_ptr<SourceConn> dumpConn_;
  std::unique_ptr<binlog::RplStream> stream_;
  CdcSummary sum_;
  // The open target transaction (source transaction being applied).
  struct Touched {
    ApplyCounts n;
    int64_t ddls = 0;
  };
  bool txOpen_ = false, savepoints_ = false;
  // Statements sent in the open libpq pipeline whose results are not read yet.
  bool inPipeline_ = false;
  size_t queued_ = 0;
  // After a refused change: savepoints around each change until the checkpoint passes this.
  std::optional<Position> retry_;
  // The open group: source transactions applied in the open target transaction, committed
  // together (MinTransactionSize / CommitTimeout, and whenever the source is idle).
  int64_t groupTx_ = 0, groupChanges_ = 0;
  Position groupEnd_;
  uint32_t groupTime_ = 0;
  Clock::time_point groupStart_;
  std::vector<std::string> groupTruncates_;  // TRUNCATEs of the group's last transaction
  std::map<TableApplier*, Touched> touched_;
  const bool batch_;
  std::map<TableApplier*, std::unique_ptr<HeldTable>> held_;
  std::optional<Clock::time_point> heldSince_;
  HeldChangesStats ownStats_;
  HeldChangesStats& stats_;
  bool pausedNotice_ = false;
  std::vector<RejectRow> txRejects_;
  size_t txChangeNo_ = 0;
  Position committed_;  // the last checkpoint written: a retry reads again from here
  int64_t appliedThisRun_ = 0;
  // Transactions with nothing for us: their position is checkpointed now and then.
  std::optional<Position> pendingPos_;
  uint32_t pendingTime_ = 0;
  int64_t pendingTx_ = 0;
  Clock::time_point lastFlush_ = Clock::now(), lastProgress_ = Clock::now();
  // DDL: each replicated table's source definition, plans of tables created during CDC, appliers
  // replaced by a DDL (kept: the decoder may still point at their hints), the open steps.
  std::map<std::string, TableShape> shapes_;
  std::deque<TablePlan> ownPlans_;
  std::vector<std::unique_ptr<TableApplier>> retired_;
  std::vector<DdlStep> ddlSteps_;
  std::unique_ptr<SourceConn> ddlSrc_;
  int nextApplierId_ = 0;
};

void Cdc::setupTables(SourceConn& meta) {
  // Tables CDC follows under a name the live schema no longer has (renamed or dropped on the
  // source after the checkpoint): planned from their stored shape, so their DDL and rows in the
  // binlog still apply.
  std::vector<TablePlan*> tables;
  for (auto& p : plans_) tables.push_back(&p);
  for (const auto& [schema, table] : shapedTables(*pg_, task_.id)) {
    bool known = false;
    for (auto& p : plans_) known = known || (p.srcSchema == schema && p.srcTable == table);
    if (known || schema != task_.source.databaseName) continue;
    std::vector<std::string> warnings;
    try {
      auto shape = readShape(*pg_, task_.id, schema, table);
      ownPlans_.push_back(planTableFromIr(task_, meta, table, buildDefinition(*shape), warnings));
    } catch (const std::exception& e) {
      TablePlan p;
      p.srcSchema = schema;
      p.srcTable = table;
      p.error = std::string("its stored definition cannot be read: ") + e.what();
      sum_.problems.push_back(p.srcName() + ": not replicated: " + p.error);
      ownPlans_.push_back(std::move(p));
    }
    tables.push_back(&ownPlans_.back());
  }
  for (TablePlan* pp : tables) {
    TablePlan& p = *pp;
    if (!p.error.empty()) continue;
    if (task_.migrationType == "full-load-and-cdc") {
      auto st = readTableStats(*pg_, task_.id, p.srcSchema, p.srcTable);
      if (!st || st->tableState != "Table completed") {
        sum_.problems.push_back(p.srcName() + ": not replicated (its full load did not complete: " +
                                (st ? st->tableState : std::string("not loaded")) + ")");
        continue;
      }
    } else if (!readTableStats(*pg_, task_.id, p.srcSchema, p.srcTable)) {
      upsertTableState(*pg_, task_.id, p.srcSchema, p.srcTable, p.tgtSchema, p.tgtTable,
                       "Table completed");
    }
    try {
      // The definition CDC follows: stored with the DDLs applied so far, else the live one now.
      auto shape = readShape(*pg_, task_.id, p.srcSchema, p.srcTable);
      auto hints = readColumnHints(meta, p.srcSchema, p.srcTable);
      if (!shape) {
        shape = TableShape{showCreateTable(meta, p.srcSchema, p.srcTable), {}};
        pg_->exec("BEGIN");
        writeShape(*pg_, task_.id, p.srcSchema, p.srcTable, *shape);
        pg_->exec("COMMIT");
      } else {
        // The live table may be further on than the checkpoint: plan from the stored shape.
        ir::Ptr<ir::Table> def;
        try {
          def = buildDefinition(*shape);
        } catch (const std::exception&) {
          if (!shape->ddls.empty()) throw;  // else the live plan is the shape's (not parsed)
        }
        if (def) {
          std::vector<std::string> warnings;
          TablePlan np = planTableFromIr(task_, meta, p.srcTable, std::move(def), warnings);
          if (!np.error.empty()) throw std::runtime_error(np.error);
          p = std::move(np);
          hints = hintsFromDefinition(*buildDefinition(*shape), hints);
        }
      }
      shapes_[p.srcTable] = *shape;
      resolveTarget(*pg_, p);
      if (!p.error.empty()) throw std::runtime_error(p.error);
      auto a = std::make_unique<TableApplier>(p, std::move(hints), nextApplierId_++);
      a->prepare(*pg_);
      if (batch_) a->prepareBatch(*pg_);
      byName_[{p.srcSchema, p.srcTable}] = a.get();
      appliers_.push_back(std::move(a));
    } catch (const std::exception& e) {
      sum_.problems.push_back(p.srcName() + ": not replicated: " + e.what());
      finishTable(*pg_, task_.id, p.srcSchema, p.srcTable, "Table error",
                  std::string("CDC: ") + e.what());
    }
  }
}

Position Cdc::startPosition(SourceConn& meta) {
  if (auto cp = readCheckpoint(*pg_, task_.id)) return cp->position;
  Position p;
  if (task_.migrationType == "full-load-and-cdc") {
    auto snap = earliestSnapshot(*pg_, task_.id);
    if (!snap)
      throw std::runtime_error(
          "no binlog position recorded for the full load's snapshot "
          "(barge_control.source_snapshots): is log_bin on at the source?");
    p = *snap;
  } else if (auto s = parseStartPosition(task_.cdcStartPosition)) {
    p = *s;
  } else {
    p = currentPosition(meta);
  }
  if (!p.file.empty()) {
    // Fixed now, so a restart before the first change starts from the same place.
    pg_->exec("BEGIN");
    writeCheckpoint(*pg_, task_.id, p, 0, 0, 0);
    pg_->exec("COMMIT");
  }
  return p;
}

void Cdc::flushCheckpoint(bool force) {
  if (!pendingPos_) return;
  if (!force && pendingTx_ < 1000 && Clock::now() - lastFlush_ < std::chrono::seconds(1)) return;
  pg_->exec("BEGIN");
  writeCheckpoint(*pg_, task_.id, *pendingPos_, pendingTime_, pendingTx_, 0);
  pg_->exec("COMMIT");
  committed_ = *pendingPos_;
  pendingPos_.reset();
  pendingTx_ = 0;
  lastFlush_ = Clock::now();
}

void Cdc::begin() {
  syncPipeline();
  if (txOpen_) return;
  pg_->exec("BEGIN");
  txOpen_ = true;
}

void Cdc::rollback() {
  abandonPipeline();
  groupTx_ = 0;
  groupChanges_ = 0;
  clearHeld();
  if (txOpen_) {
    try {
      pg_->exec("ROLLBACK");
    } catch (...) {
    }
  }
  txOpen_ = false;
  touched_.clear();
  txRejects_.clear();
  txChangeNo_ = 0;
  ddlSteps_.clear();
  groupTruncates_.clear();
}

void Cdc::reject(TableApplier& a, const binlog::RowChange& ch, const std::string& err) {
  // A change the target cannot take: rejected with its key and its place in the binlog.
  std::string key = a.keyJson(ch);
  key.insert(key.size() - 1, ",\"change\":\"" + decoder_->file() + ":" +
                                 std::to_string(decoder_->position()) + "#" +
                                 std::to_string(txChangeNo_) + "\"");
  txRejects_.push_back({a.plan().srcName(), key, err, nowSeconds()});
  if (task_.dataErrorPolicy == DataErrorPolicy::SuspendTable)
    suspend(a, "change rejected (" + err + ") and DataErrorPolicy is SUSPEND_TABLE");
  if (task_.dataErrorPolicy == DataErrorPolicy::StopTask) {
    std::vector<RejectRow> rows = txRejects_;
    rollback();
    rejects_.append(recordRejects(*pg_, task_.id, rows));
    sum_.rejected += static_cast<int64_t>(rows.size());
    throw StopTask("change rejected (" + err + ") and DataErrorPolicy is STOP_TASK");
  }
}

void Cdc::applyPipelined(TableApplier& a) {
  // The statements go out in a libpq pipeline that stays open over the rows events and source
  // transactions of a group: their results are read every ~1000 statements (few bytes each,
  // so neither side's socket buffer fills up) and at the group's commit. A refused statement
  // aborts the rest of the pipeline; it is seen at the next sync and sends the group to the
  // savepoint path, which isolates and rejects the refused change.
  PGconn* c = pg_->raw();
  if (!inPipeline_) {
    if (PQenterPipelineMode(c) != 1) throw PgError(PQerrorMessage(c), "");
    inPipeline_ = true;
  }
  if (!txOpen_) {
    // The transaction's BEGIN travels with its first statements.
    if (!PQsendQueryParams(c, "BEGIN", 0, nullptr, nullptr, nullptr, nullptr, 0))
      throw PgError(PQerrorMessage(c), "");
    txOpen_ = true;
    ++queued_;
  }
  a.setPipelined(true);
  bool convertError = false;
  try {
    for (size_t i = 0; i < decoder_->rowCount() && !convertError; ++i) {
      ++txChangeNo_;
      convertError = !a.apply(*pg_, decoder_->rows()[i], touched_[&a].n).empty();
      queued_ += decoder_->rows()[i].op == binlog::RowOp::Update ? 2 : 1;
    }
  } catch (...) {
    a.setPipelined(false);
    throw;  // the connection is in an unknown state: the caller reconnects
  }
  a.setPipelined(false);
  if (convertError) {
    syncPipeline();
    retryWithSavepoints(here());
  }
  if (queued_ >= 1000) syncPipeline();
}

void Cdc::syncPipeline() {
  if (!inPipeline_) return;
  PGconn* c = pg_->raw();
  if (PQpipelineSync(c) != 1) throw PgError(PQerrorMessage(c), "");
  std::string err, state;
  while (true) {
    PGresult* r = PQgetResult(c);
    if (!r) {
      if (PQstatus(c) != CONNECTION_OK) throw PgError(PQerrorMessage(c), "");
      continue;  // the end of one statement's results
    }
    ExecStatusType st = PQresultStatus(r);
    if (st == PGRES_FATAL_ERROR && err.empty()) {
      err = PQresultErrorMessage(r);
      const char* s = PQresultErrorField(r, PG_DIAG_SQLSTATE);
      state = s ? s : "";
    }
    PQclear(r);
    if (st == PGRES_PIPELINE_SYNC) break;
  }
  if (PQexitPipelineMode(c) != 1) throw PgError(PQerrorMessage(c), "");
  inPipeline_ = false;
  queued_ = 0;
  if (!err.empty()) {
    PgError e(err, state);
    if (!dataError(e)) throw e;
    // The refused statement was sent before the current position.
    retryWithSavepoints(here());
  }
}

void Cdc::abandonPipeline() {
  // Before a rollback: whatever the pipeline held is dropped with the transaction.
  if (!inPipeline_) return;
  inPipeline_ = false;
  queued_ = 0;
  PGconn* c = pg_->raw();
  if (PQstatus(c) != CONNECTION_OK || PQpipelineSync(c) != 1) return;
  while (true) {
    PGresult* r = PQgetResult(c);
    if (!r) {
      if (PQstatus(c) != CONNECTION_OK) return;
      continue;
    }
    ExecStatusType st = PQresultStatus(r);
    PQclear(r);
    if (st == PGRES_PIPELINE_SYNC) break;
  }
  PQexitPipelineMode(c);
}

void Cdc::onRows() {
  auto it = byTableId_.find(decoder_->rowsTable()->tableId);
  if (it == byTableId_.end() || it->second->suspended) return;
  TableApplier& a = *it->second;
  if (!savepoints_ && batch_) {
    holdRows(a);
    return;
  }
  if (!savepoints_) {
    applyPipelined(a);
    return;
  }
  begin();
  for (size_t i = 0; i < decoder_->rowCount(); ++i) {
    const binlog::RowChange& ch = decoder_->rows()[i];
    ++txChangeNo_;
    std::string err;
    if (savepoints_) pg_->exec("SAVEPOINT barge_c");
    try {
      err = a.apply(*pg_, ch, touched_[&a].n);
      if (savepoints_) pg_->exec("RELEASE SAVEPOINT barge_c");
    } catch (const PgError& e) {
      if (!dataError(e)) throw;
      if (!savepoints_) throw RetryWithSavepoints{};
      pg_->exec("ROLLBACK TO SAVEPOINT barge_c");
      pg_->exec("RELEASE SAVEPOINT barge_c");
      err = e.what();
    }
    if (!err.empty()) reject(a, ch, err);
    if (a.suspended) break;
  }
}

void Cdc::onCommit(binlog::Transaction& tx, const Position& end) {
  sum_.transactions++;
  sum_.end = end;
  // DDL on a selected table (TRUNCATE, and ALTER / RENAME / CREATE / DROP followed through
  // ddl_convert): it ends the open group, which then commits with it in source order (held
  // batch changes first), and later rows decode with the new definition.
  std::vector<std::string> truncates;
  planDdls(tx, truncates);
  const bool ddl = !truncates.empty() || !ddlSteps_.empty();
  const bool ours =
      txOpen_ || ddl || !touched_.empty() || !pendingSuspend_.empty() || heldSince_.has_value();
  if (!ours && groupTx_ == 0) {
    // Nothing of ours and no open group: the position is checkpointed now and then.
    pendingPos_ = end;
    pendingTime_ = tx.timestamp;
    if (tx.timestamp) m_.lastReadSourceTime = m_.lastAppliedSourceTime = tx.timestamp;
    ++pendingTx_;
    flushCheckpoint(false);
    return;
  }
  if (groupTx_ == 0) groupStart_ = Clock::now();
  ++groupTx_;
  groupChanges_ += static_cast<int64_t>(tx.rowChanges);
  groupEnd_ = end;
  if (tx.timestamp) groupTime_ = tx.timestamp;
  for (auto& t : truncates) groupTruncates_.push_back(std::move(t));
  if (ddl || groupDue()) commitGroup();
}

bool Cdc::groupDue() {
  if (groupTx_ == 0) return false;
  // Savepoint mode ends with the commit that passes the refused change.
  if (savepoints_ && retry_ && !before(groupEnd_, *retry_)) return true;
  const auto& t = task_.changes;
  const auto age = Clock::now() - groupStart_;
  if (batch_ && !savepoints_) {
    // A batch is applied after BatchApplyTimeoutMin when barge is caught up with the source
    // (its last transaction is that recent), else it grows to BatchApplyMemoryLimit,
    // BatchSplitSize changes or BatchApplyTimeoutMax: bigger batches drain a backlog faster.
    if (heldBytes() >= static_cast<uint64_t>(t.batchApplyMemoryLimitMB) << 20) return true;
    if (t.batchSplitSize > 0 && groupChanges_ >= t.batchSplitSize) return true;
    if (age >= std::chrono::seconds(t.batchApplyTimeoutMax)) return true;
    const long behind = groupTime_ ? static_cast<long>(std::time(nullptr)) - groupTime_ : 0;
    return age >= std::chrono::seconds(t.batchApplyTimeoutMin) &&
           behind <= std::max(1, t.batchApplyTimeoutMin);
  }
  if (groupChanges_ >= t.minTransactionSize) return true;
  return Clock::now() - groupStart_ >= std::chrono::seconds(t.commitTimeout);
}

void Cdc::commitGroup() {
  if (groupTx_ == 0) return;
  syncPipeline();  // a refused statement still sends the group to the savepoint path here
  if (heldSince_) applyHeld();
  const bool simple = txOpen_ && txRejects_.empty() && pendingSuspend_.empty() &&
                      groupTruncates_.empty() && ddlSteps_.empty();
  const int64_t txs = groupTx_ + pendingTx_;
  std::vector<RejectRow> fresh;
  if (simple) {
    // The usual case: counters, checkpoint and COMMIT in one round trip.
    std::string sql;
    for (auto& [a, t] : touched_)
      sql += "UPDATE barge_control.table_statistics SET \"Inserts\" = \"Inserts\" + " +
             std::to_string(t.n.inserts) + ", \"Updates\" = \"Updates\" + " +
             std::to_string(t.n.updates) + ", \"Deletes\" = \"Deletes\" + " +
             std::to_string(t.n.deletes) + ", \"Ddls\" = \"Ddls\" + " + std::to_string(t.ddls) +
             ", \"LastUpdateTime\" = now() WHERE task_name = " + pg_->quoteLiteral(task_.id) +
             " AND \"SchemaName\" = " + pg_->quoteLiteral(a->plan().srcSchema) +
             " AND \"TableName\" = " + pg_->quoteLiteral(a->plan().srcTable) + ";\n";
    sql += checkpointSql(*pg_, task_.id, groupEnd_, groupTime_, txs, groupChanges_) + ";\nCOMMIT";
    crashAt("cdc-before-commit", appliedThisRun_ + 1);
    pg_->exec(sql);
  } else {
    begin();
    for (const auto& t : groupTruncates_) pg_->exec(t);
    std::vector<std::function<void()>> afterCounters;
    applyDdls(afterCounters);
    fresh = recordRejects(*pg_, task_.id, txRejects_);
    for (auto& [a, t] : touched_) {
      pg_->query(
          "UPDATE barge_control.table_statistics SET \"Inserts\" = \"Inserts\" + $4, "
          "\"Updates\" = \"Updates\" + $5, \"Deletes\" = \"Deletes\" + $6, \"Ddls\" = \"Ddls\" + "
          "$7, \"LastUpdateTime\" = now() WHERE task_name = $1 AND \"SchemaName\" = $2 AND "
          "\"TableName\" = $3",
          {task_.id, a->plan().srcSchema, a->plan().srcTable, std::to_string(t.n.inserts),
           std::to_string(t.n.updates), std::to_string(t.n.deletes), std::to_string(t.ddls)});
    }
    for (auto& f : afterCounters) f();
    for (TableApplier* a : pendingSuspend_)
      finishTable(*pg_, task_.id, a->plan().srcSchema, a->plan().srcTable, "Table error",
                  a->suspendReason);
    writeCheckpoint(*pg_, task_.id, groupEnd_, groupTime_, txs, groupChanges_);
    crashAt("cdc-before-commit", appliedThisRun_ + 1);
    pg_->exec("COMMIT");
  }
  txOpen_ = false;
  if (batch_) clearHeld();  // the spill files of the committed batch
  ++appliedThisRun_;
  crashAt("cdc-after-commit", appliedThisRun_);
  committed_ = groupEnd_;
  if (savepoints_ && (!retry_ || !before(committed_, *retry_))) {
    savepoints_ = false;
    retry_.reset();
  }
  for (TableApplier* a : pendingSuspend_)
    sum_.problems.push_back(a->plan().srcName() + ": " + a->suspendReason);
  pendingSuspend_.clear();
  adoptDdls();
  pendingPos_.reset();
  pendingTx_ = 0;
  rejects_.append(fresh);
  sum_.rejected += static_cast<int64_t>(txRejects_.size());
  sum_.changes += groupChanges_;
  for (auto& [a, t] : touched_) {
    sum_.inserts += t.n.inserts;
    sum_.updates += t.n.updates;
    sum_.deletes += t.n.deletes;
    m_.inserts += t.n.inserts;
    m_.updates += t.n.updates;
    m_.deletes += t.n.deletes;
    m_.ddls += t.ddls;
  }
  m_.transactions += txs;
  m_.changes += groupChanges_;
  m_.incomingChanges = 0;
  if (groupTime_) m_.lastReadSourceTime = m_.lastAppliedSourceTime = groupTime_;
  groupTruncates_.clear();
  touched_.clear();
  txRejects_.clear();
  txChangeNo_ = 0;
  groupTx_ = 0;
  groupChanges_ = 0;
  lastFlush_ = Clock::now();
}

void Cdc::planDdls(const binlog::Transaction& tx, std::vector<std::string>& truncates) {
  // TRUNCATE of a selected table is applied; ALTER / RENAME / CREATE / DROP TABLE are read by
  // the MySQL front end and followed (ddl_convert); a statement it cannot read that names a
  // replicated table suspends that table with the reason while the others go on.
  ddlSteps_.clear();
  for (const auto& q : tx.ddl) {
    const std::string l = lower(q.sql);
    const std::string w = firstWord(l);
    if (w != "alter" && w != "drop" && w != "rename" && w != "truncate" && w != "create") continue;
    if (w != "truncate") {
      if (!ddlSrc_) {
        ddlSrc_ = std::make_unique<SourceConn>(sourceParams(task_));
        prepareSourceSession(*ddlSrc_);
      }
      bool understood = false;
      auto steps = planDdl(
          task_, q.database, q.sql,
          [this](const std::string& table) {
            ReplicatedTable r;
            TableApplier* a = applierOf(table);
            if (!a || a->suspended) return r;
            r.plan = &a->plan();
            r.shape = &shapes_[table];
            r.hints = &a->hints();
            return r;
          },
          *ddlSrc_, understood);
      for (auto& st : steps) {
        TableApplier* a = applierOf(st.table);
        if (st.kind == DdlStep::Kind::Suspend) {
          if (a) {
            touched_[a].ddls++;
            suspend(*a, st.reason);
          } else {
            sum_.problems.push_back(task_.source.databaseName + "." + st.table + ": " + st.reason);
          }
          continue;
        }
        ddlSteps_.push_back(std::move(st));
      }
      if (understood) continue;
    }
    if (w == "create") continue;
    for (auto& a : appliers_) {
      if (a->suspended || !mentions(l, a->plan().srcTable)) continue;
      if (!q.database.empty() && lower(q.database) != lower(a->plan().srcSchema) &&
          !mentions(l, a->plan().srcSchema))
        continue;
      touched_[a.get()].ddls++;
      if (w == "truncate")
        truncates.push_back("TRUNCATE " + a->plan().tgtQualified());
      else
        suspend(*a,
                "DDL the MySQL front end did not read (table suspended): " + q.sql.substr(0, 300));
    }
  }
}

void Cdc::applyDdls(std::vector<std::function<void()>>& afterCounters) {
  // Each step under a savepoint: a statement the target refuses suspends only its table.
  const std::string& db = task_.source.databaseName;
  std::vector<DdlStep> applied;
  for (auto& st : ddlSteps_) {
    TableApplier* a = applierOf(st.table);
    if (st.kind != DdlStep::Kind::Create && (!a || a->suspended)) continue;
    pg_->exec("SAVEPOINT barge_ddl");
    try {
      for (const auto& sql : st.targetSql) pg_->exec(sql);
      if (st.kind == DdlStep::Kind::Alter || st.kind == DdlStep::Kind::Create) {
        resolveTarget(*pg_, st.plan);
        if (!st.plan.error.empty()) throw std::runtime_error(st.plan.error);
        TableApplier check(st.plan, st.hints, -1);  // throws when it cannot be replicated
        if (st.newTable != st.table) deleteShape(*pg_, task_.id, db, st.table);
        writeShape(*pg_, task_.id, db, st.newTable, st.shape);
      } else if (st.kind == DdlStep::Kind::Drop) {
        deleteShape(*pg_, task_.id, db, st.table);
      }
      pg_->exec("RELEASE SAVEPOINT barge_ddl");
    } catch (const std::exception& e) {
      if (recoverable(e)) throw;
      pg_->exec("ROLLBACK TO SAVEPOINT barge_ddl");
      pg_->exec("RELEASE SAVEPOINT barge_ddl");
      const std::string why =
          std::string("DDL not applied on the target (") + e.what() + "): " + st.sql.substr(0, 300);
      if (a) {
        touched_[a].ddls++;
        suspend(*a, why);
      } else {
        sum_.problems.push_back(db + "." + st.table + ": not replicated: " + why);
      }
      st.kind = DdlStep::Kind::Suspend;  // not applied: adoptDdls skips it
      continue;
    }
    for (const auto& n : st.notes) sum_.notes.push_back(db + "." + st.table + ": " + n);
    if (a) touched_[a].ddls++;
    // Counters go to the table's row under its old name first; then the row follows the DDL.
    if (st.kind == DdlStep::Kind::Alter && st.newTable != st.table) {
      afterCounters.push_back([this, db, table = st.table, to = st.newTable, ts = st.plan.tgtSchema,
                               tt = st.plan.tgtTable] {
        pg_->query(
            "UPDATE barge_control.table_statistics SET \"TableName\" = $3, target_schema = $4, "
            "target_table = $5, \"LastUpdateTime\" = now() WHERE task_name = $1 AND "
            "\"SchemaName\" = $2 AND \"TableName\" = $6",
            {task_.id, db, to, ts, tt, table});
      });
    } else if (st.kind == DdlStep::Kind::Create) {
      afterCounters.push_back(
          [this, db, table = st.table, ts = st.plan.tgtSchema, tt = st.plan.tgtTable] {
            upsertTableState(*pg_, task_.id, db, table, ts, tt, "Table completed",
                             "created during CDC");
            pg_->query(
                "UPDATE barge_control.table_statistics SET \"Ddls\" = \"Ddls\" + 1 WHERE task_name "
                "= $1 AND \"SchemaName\" = $2 AND \"TableName\" = $3",
                {task_.id, db, table});
          });
    } else if (st.kind == DdlStep::Kind::Drop) {
      afterCounters.push_back([this, db, table = st.table, sql = st.sql.substr(0, 300)] {
        finishTable(*pg_, task_.id, db, table, "Table dropped", "DROP TABLE during CDC: " + sql);
      });
    }
  }
  // Steps not applied (suspended) are forgotten; adoptDdls takes the rest after the commit.
  std::erase_if(ddlSteps_, [&](const DdlStep& st) {
    TableApplier* a = applierOf(st.table);
    return st.kind == DdlStep::Kind::Suspend ||
           (st.kind != DdlStep::Kind::Create && (!a || a->suspended));
  });
}

void Cdc::adoptDdls() {
  // After the commit: later rows events decode and convert with the new definitions (the
  // TABLE_MAP column count is checked against the new hints).
  const std::string& db = task_.source.databaseName;
  for (auto& st : ddlSteps_) {
    TableApplier* old = applierOf(st.table);
    if (st.kind == DdlStep::Kind::Drop) {
      if (!old) continue;
      old->suspended = true;
      old->suspendReason = "dropped";
      byName_.erase({db, st.table});
      std::erase_if(byTableId_, [&](const auto& kv) { return kv.second == old; });
      shapes_.erase(st.table);
      continue;
    }
    if (st.kind == DdlStep::Kind::Create && old) continue;
    TablePlan* plan;
    if (old) {
      plan = &old->plan();
      *plan = std::move(st.plan);
    } else {
      ownPlans_.push_back(std::move(st.plan));
      plan = &ownPlans_.back();
    }
    auto na = std::make_unique<TableApplier>(*plan, std::move(st.hints), nextApplierId_++);
    TableApplier* fresh = na.get();
    if (old) {
      for (auto& u : appliers_)
        if (u.get() == old) {
          retired_.push_back(std::move(u));
          u = std::move(na);
        }
      std::erase_if(byTableId_, [&](const auto& kv) { return kv.second == old; });
      byName_.erase({db, st.table});
      shapes_.erase(st.table);
    } else {
      appliers_.push_back(std::move(na));
    }
    byName_[{db, st.newTable}] = fresh;
    shapes_[st.newTable] = std::move(st.shape);
    fresh->prepare(*pg_);
    if (batch_) fresh->prepareBatch(*pg_);
  }
  ddlSteps_.clear();
}

void Cdc::holdRows(TableApplier& a) {
  auto& h = held_[&a];
  if (!h)
    h = std::make_unique<HeldTable>(spillDir() /
                                    ("table-" + std::to_string(held_.size()) + ".held"));
  if (!heldSince_) heldSince_ = Clock::now();
  for (size_t i = 0; i < decoder_->rowCount(); ++i) {
    ++txChangeNo_;
    // A value that cannot be converted: the batch is read again change by change.
    if (!a.hold(decoder_->rows()[i], *h, touched_[&a].n).empty()) retryWithSavepoints(here());
  }
  limitHeld();
  heldStats();
}

uint64_t Cdc::heldBytes() const {
  uint64_t n = 0;
  for (const auto& [a, h] : held_) n += h->memoryBytes() + h->diskBytes();
  return n;
}

void Cdc::limitHeld() {
  // Held changes beyond MemoryLimitTotal, or older than MemoryKeepTime, go to spill files.
  const auto& t = task_.changes;
  uint64_t mem = 0, disk = 0;
  for (const auto& [a, h] : held_) {
    mem += h->memoryBytes();
    disk += h->diskBytes();
  }
  if (mem == 0) return;
  if (mem <= static_cast<uint64_t>(t.memoryLimitTotalMB) << 20 &&
      Clock::now() - *heldSince_ < std::chrono::seconds(t.memoryKeepTime))
    return;
  // The disk budget (BargeSettings.SpillDiskLimitMB) and the free space (at least 256 MB left
  // after the chunk): when either would be exceeded, reading pauses while the held changes
  // are applied to the open target transaction, then goes on.
  std::filesystem::create_directories(spillDir());
  struct statvfs fs {};
  const bool room = ::statvfs(spillDir().c_str(), &fs) == 0 &&
                    static_cast<uint64_t>(fs.f_bavail) * fs.f_frsize > mem + (256u << 20);
  if (!room || disk + mem > static_cast<uint64_t>(t.spillDiskLimitMB) << 20) {
    if (!pausedNotice_)
      std::cerr << "cdc: held changes: " << (disk + mem) / (1 << 20) << " MB would exceed "
                << (room ? "BargeSettings.SpillDiskLimitMB (" + std::to_string(t.spillDiskLimitMB) +
                               " MB)"
                         : "the free space of " + spillDir().string())
                << ": reading pauses while they are applied to the target\n";
    pausedNotice_ = true;
    applyHeld();
    return;
  }
  for (auto& [a, h] : held_) {
    if (h->memoryRows() == 0) continue;
    h->spill();
    ++sum_.spillChunks;
    stats_.spillChunks++;
  }
}

void Cdc::applyHeld() {
  // Inside the open target transaction, table by table, each table's chunks in order.
  if (!heldSince_) return;
  begin();
  for (auto& [a, h] : held_) {
    if (h->empty()) continue;
    try {
      a->applyHeld(*pg_, *h);
    } catch (const PgError& e) {
      // A data error (or a key the batch holds twice for the target: class 21) in a batch:
      // it is read again and applied change by change with savepoints.
      if (!dataError(e) && e.sqlState.compare(0, 2, "21") != 0) throw;
      retryWithSavepoints(here());
    }
    h->markApplied();  // its spill file goes when the transaction is over
  }
  heldSince_.reset();
  heldStats();
}

void Cdc::clearHeld() {
  for (auto& [a, h] : held_) h->clear();
  heldSince_.reset();
  heldStats();
}

void Cdc::heldStats() {
  int64_t mem = 0, disk = 0;
  uint64_t memB = 0, diskB = 0;
  for (const auto& [a, h] : held_) {
    mem += h->memoryRows();
    disk += h->diskRows();
    memB += h->memoryBytes();
    diskB += h->diskBytes();
  }
  stats_.memoryRows = mem;
  stats_.diskRows = disk;
  stats_.memoryBytes = memB;
  stats_.diskBytes = diskB;
  if (mem > stats_.peakMemoryRows) stats_.peakMemoryRows = mem;
  if (disk > stats_.peakDiskRows) stats_.peakDiskRows = disk;
  sum_.heldPeakMemoryRows = std::max(sum_.heldPeakMemoryRows, mem);
  sum_.heldPeakDiskRows = std::max(sum_.heldPeakDiskRows, disk);
}

void Cdc::progress(bool final) {
  auto now = Clock::now();
  if (double s = std::chrono::duration<double>(now - rateAt_).count(); s >= 2 || final) {
    // CDCThroughputRowsTarget over the last couple of seconds.
    m_.throughputRowsTarget = s > 0 ? double(sum_.changes - rateChanges_) / s : 0;
    // CDCChangesMemorySource / CDCChangesDiskSource: the changes held for the open batch.
    m_.changesMemorySource = stats_.memoryRows.load();
    m_.changesDiskSource = stats_.diskRows.load();
    rateAt_ = now;
    rateChanges_ = sum_.changes;
  }
  if (!opt_.terminal) return;
  if (!final && now - lastProgress_ < std::chrono::seconds(1)) return;
  lastProgress_ = now;
  const int64_t t = static_cast<int64_t>(std::time(nullptr));
  std::fprintf(stderr,
               "\rcdc: %s  transactions %lld  changes %lld  %.0f rows/s  latency source %llds "
               "target %llds%s   ",
               sum_.end.text().c_str(), static_cast<long long>(sum_.transactions),
               static_cast<long long>(sum_.changes), m_.throughputRowsTarget.load(),
               static_cast<long long>(latencySource(m_, t)),
               static_cast<long long>(latencyTarget(m_, t)), m_.caughtUp ? "  caught up" : "");
  if (final) std::fprintf(stderr, "\n");
}

void Cdc::openStream(const Position& from) {
  stream_.reset();
  decoder_ = std::make_unique<binlog::Decoder>(
      [this](const binlog::TableMap& t, const std::vector<binlog::ColumnHint>*& h) {
        auto it = byName_.find({t.schema, t.table});
        if (it == byName_.end()) return false;
        TableApplier& a = *it->second;
        if (a.suspended) return false;
        if (t.columns.size() != a.hints().size()) {
          suspend(a, "the table's columns changed (binlog has " + std::to_string(t.columns.size()) +
                         ", the live schema had " + std::to_string(a.hints().size()) +
                         "): DDL during CDC is not applied yet (table suspended)");
          return false;
        }
        byTableId_[t.tableId] = &a;
        h = &a.hints();
        return true;
      });
  decoder_->setPosition(from.file, from.pos);
  decoder_->setGtidState(from.gtid);
  dumpConn_ = std::make_unique<SourceConn>(sourceParams(task_));
  binlog::StreamStart ss;
  ss.file = from.file;
  ss.position = from.pos;
  ss.gtid = from.file.empty() ? from.gtid : "";
  ss.nonBlocking = opt_.untilCaughtUp;
  ss.serverId = replicaServerId(task_);
  ss.heartbeatSeconds = opt_.untilCaughtUp ? 0 : 1;
  try {
    stream_ = std::make_unique<binlog::RplStream>(dumpConn_->raw(), ss);
  } catch (const binlog::StreamError& e) {
    if (e.code != 1236) throw;
    throw std::runtime_error(unreadable(e, from));
  }
}

void Cdc::reconnectTarget() {
  // The target session died: so did its advisory lock and prepared statements.
  pg_ = std::make_unique<PgConn>(targetParams(task_));
  pg_->exec("SET synchronous_commit = off");
  if (pg_->scalar("SELECT pg_try_advisory_lock(hashtext($1))", {"barge-cdc:" + task_.id}) != "t")
    throw std::runtime_error("another barge process is applying changes for task " + task_.id);
  for (auto& a : appliers_) {
    a->prepare(*pg_);
    if (batch_) a->prepareBatch(*pg_);
  }
}

CdcSummary Cdc::run() {
  crashAt("cdc-start", 1);  // test hook: after a full load, before capture begins
  const auto t0 = Clock::now();
  pg_ = std::make_unique<PgConn>(targetParams(task_));
  // Changes and checkpoint commit together: a commit lost in a target crash loses both, and
  // the source still has them.
  pg_->exec("SET synchronous_commit = off");
  ensureControlSchema(*pg_);
  ensureCheckpointTable(*pg_);
  ensureShapeTable(*pg_);
  if (pg_->scalar("SELECT pg_try_advisory_lock(hashtext($1))", {"barge-cdc:" + task_.id}) != "t")
    throw std::runtime_error("another barge process is applying changes for task " + task_.id);
  if (task_.migrationType == "cdc") rejects_.rewrite(readRejects(*pg_, task_.id));
  {
    // Spill files of a process that was killed: their changes are read again from the
    // checkpoint.
    std::error_code ec;
    std::filesystem::remove_all(spillDir(), ec);
  }
  SourceConn meta(sourceParams(task_));
  prepareSourceSession(meta);
  setupTables(meta);
  Position start = startPosition(meta);
  setCdcState(*pg_, task_.id, "running");
  sum_.start = start;
  sum_.end = start;
  committed_ = start;
  openStream(start);
  std::string_view ev;
  int failures = 0;  // recoverable errors in a row
  bool fedCommit = false;
  try {
    while (true) {
      fedCommit = false;
      try {
        if (!decoder_->inTransaction()) {
          // Between source transactions: a group is committed when stopping or when due.
          if (opt_.stop && *opt_.stop) {
            commitGroup();
            break;
          }
          if (groupDue()) commitGroup();
        }
        bool more;
        try {
          more = stream_->next(ev);
        } catch (const binlog::StreamError& e) {
          if (e.code == 1236) throw std::runtime_error(unreadable(e, committed_));
          throw;
        }
        if (!more) {
          // The end of the binlog (--until-caught-up): the open group is committed.
          if (!decoder_->inTransaction()) commitGroup();
          break;
        }
        sum_.events++;
        m_.events++;
        auto fed = decoder_->feed(ev);
        fedCommit = fed == binlog::Decoder::Fed::Commit;
        if (fed == binlog::Decoder::Fed::Rows) {
          m_.incomingChanges += static_cast<int64_t>(decoder_->rowCount());
          if (decoder_->transaction().timestamp)
            m_.lastReadSourceTime = decoder_->transaction().timestamp;
          m_.caughtUp = false;
          onRows();
        } else if (fed == binlog::Decoder::Fed::Commit) {
          Position end{decoder_->transaction().file, decoder_->transaction().endPos,
                       decoder_->gtidState()};
          onCommit(decoder_->transaction(), end);
        } else if (decoder_->lastEventType() == binlog::kHeartbeatEvent) {
          // The source has nothing more for now: a good moment to checkpoint and to see
          // whether `barge cutover` asked this process to stop.
          if (!decoder_->inTransaction()) commitGroup();
          flushCheckpoint(true);
          m_.caughtUp = !decoder_->inTransaction();
          if (auto cp = readCheckpoint(*pg_, task_.id); cp && cp->state == "stop-requested") {
            sum_.cutoverStop = true;
            break;
          }
        }
      } catch (const RetryWithSavepoints&) {
        // Read the transaction again from its start, a savepoint around each change.
        rollback();
        for (TableApplier* a : pendingSuspend_) a->suspended = false;
        pendingSuspend_.clear();
        pendingPos_.reset();
        pendingTx_ = 0;
        savepoints_ = true;
        openStream(committed_);
      } catch (const std::exception& e) {
        // A lost source or target connection (a server restart, a network cut, the dump
        // thread killed): reconnect with a growing pause and continue from the last
        // checkpoint, RecoverableErrorCount times in a row at most.
        if (!recoverable(e)) throw;
        ++failures;
        if (task_.recoverableErrorCount >= 0 && failures > task_.recoverableErrorCount) throw;
        const int wait = std::min(60, task_.recoverableErrorInterval * failures);
        std::cerr << "warning: cdc: " << e.what() << "; reconnecting in " << wait << " s (attempt "
                  << failures << ")\n";
        while (true) {
          for (int i = 0; i < wait * 10 && !(opt_.stop && *opt_.stop); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
          if (opt_.stop && *opt_.stop) break;
          try {
            if (PQstatus(pg_->raw()) != CONNECTION_OK) {
              inPipeline_ = false;
              txOpen_ = false;
              reconnectTarget();
            }
            rollback();
            for (TableApplier* a : pendingSuspend_) a->suspended = false;
            pendingSuspend_.clear();
            pendingPos_.reset();
            pendingTx_ = 0;
            openStream(committed_);
            break;
          } catch (const std::exception& again) {
            if (!recoverable(again)) throw;
            ++failures;
            if (task_.recoverableErrorCount >= 0 && failures > task_.recoverableErrorCount) throw;
            std::cerr << "warning: cdc: " << again.what() << "; retrying (attempt " << failures
                      << ")\n";
          }
        }
        if (opt_.stop && *opt_.stop) break;
        continue;
      }
      if (fedCommit) failures = 0;
      progress(false);
    }
    if (txOpen_ || groupTx_) rollback();  // stopped inside a transaction: read again next time
    flushCheckpoint(true);
  } catch (const StopTask& e) {
    sum_.stopped = true;
    sum_.problems.push_back(e.what());
  } catch (...) {
    rollback();
    throw;
  }
  progress(true);
  if (sum_.spillChunks)
    std::cerr << "cdc: held changes spilled to " << spillDir().string() << ": " << sum_.spillChunks
              << " chunk(s), at most " << sum_.heldPeakDiskRows
              << " rows on disk at once (ChangeProcessingTuning.MemoryLimitTotal "
              << task_.changes.memoryLimitTotalMB << " MB)\n";
  sum_.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  return sum_;
}

}  // namespace

uint32_t replicaServerId(const Task& task) {
  if (task.cdcServerId) return task.cdcServerId;
  uint32_t h = 2166136261u;  // FNV-1a of the task id, kept clear of small hand-picked ids
  for (unsigned char c : task.id) h = (h ^ c) * 16777619u;
  return 1000000000u + h % 1000000000u;
}

std::vector<std::string> leaveNewTablesToCdc(const Task& task, std::vector<TablePlan>& plans) {
  std::vector<std::string> out;
  if (task.migrationType == "full-load") return out;
  PgConn pg(targetParams(task));
  if (pg.scalar("SELECT to_regclass('barge_control.cdc_checkpoints') IS NULL OR "
                "to_regclass('barge_control.table_statistics') IS NULL") == "t" ||
      !readCheckpoint(pg, task.id))
    return out;
  std::erase_if(plans, [&](const TablePlan& p) {
    if (readTableStats(pg, task.id, p.srcSchema, p.srcTable)) return false;
    out.push_back(p.srcName());
    return true;
  });
  return out;
}

void recordTableShapes(const Task& task, const std::vector<TablePlan>& plans) {
  PgConn pg(targetParams(task));
  ensureControlSchema(pg);
  pg.exec("BEGIN");
  ensureShapeTable(pg);
  pg.exec("COMMIT");
  SourceConn src(sourceParams(task));
  prepareSourceSession(src);
  for (const auto& p : plans) {
    if (!p.error.empty() || readShape(pg, task.id, p.srcSchema, p.srcTable)) continue;
    pg.exec("BEGIN");
    writeShape(pg, task.id, p.srcSchema, p.srcTable,
               TableShape{showCreateTable(src, p.srcSchema, p.srcTable), {}});
    pg.exec("COMMIT");
  }
}

CdcSummary runCdc(const Task& task, std::vector<TablePlan>& plans, const CdcOptions& o) {
  Cdc c(task, plans, o);
  return c.run();
}

}  // namespace barge::mover::cdc
