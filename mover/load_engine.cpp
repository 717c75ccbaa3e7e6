#include "mover/load_engine.h"

#include <nlohmann/json.hpp>

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "mover/control.h"
#include "mover/copy_binary.h"
#include "mover/endpoints.h"
#include "mover/mysql_reader.h"
#include "mover/pg_conn.h"
#include "mover/progress.h"
#include "mover/reject_file.h"
#include "mover/sequences.h"
#include "mover/snapshot.h"

namespace barge::mover {

namespace {

using parser::mysql::QueryError;

bool looksNumeric(const std::string& s) {
  if (s.empty()) return false;
  size_t i = s[0] == '-' ? 1 : 0;
  if (i == s.size()) return false;
  bool dot = false;
  for (; i < s.size(); ++i) {
    if (s[i] == '.' && !dot) {
      dot = true;
    } else if (s[i] < '0' || s[i] > '9') {
      return false;
    }
  }
  return true;
}

std::string literal(SourceConn& src, const ColumnPlan& c, const std::string& v) {
  return c.sourceIsNumeric && looksNumeric(v) ? v : src.quoteString(v);
}

// Test hook: BARGE_TEST_CRASH_AT=<point> kills the process at that point, as kill -9 would.
void crashPoint(const char* point) {
  const char* at = std::getenv("BARGE_TEST_CRASH_AT");
  if (at && std::strcmp(at, point) == 0) ::kill(::getpid(), SIGKILL);
}

bool tolerated(const PgError& e) {
  // Already there from an earlier (interrupted) run: duplicate table/object/PK/schema.
  return e.sqlState == "42P07" || e.sqlState == "42710" || e.sqlState == "42P16" ||
         e.sqlState == "42P06";
}

struct TableRun {
  TablePlan* plan = nullptr;
  TableProgress* progress = nullptr;
  std::atomic<int> remaining{0};
  std::atomic<bool> failed{false};
  std::mutex mu;
  std::string error;
  void fail(const std::string& e) {
    std::lock_guard<std::mutex> l(mu);
    if (error.empty()) error = e;
    failed = true;
  }
};

struct WorkItem {
  TableRun* table;
  SegmentState seg;
};

class Engine {
 public:
  Engine(const Task& t, std::vector<TablePlan>& plans, const LoadOptions& o)
      : task_(t),
        plans_(plans),
        opt_(o),
        progress_(o.terminal),
        rejects_(o.workDir / "rejects.jsonl") {}

  LoadSummary run();

 private:
  void prepare(PgConn& ctl, SourceConn& src, TablePlan& p, TableRun& run);
  std::vector<SegmentState> computeSegments(SourceConn& src, const TablePlan& p);
  void worker(std::unique_ptr<SourceConn> src);
  void loadSegment(SourceConn& src, PgConn& pg, TableRun& t, SegmentState& seg);
  void postLoad(PgConn& pg, TableRun& t);
  void execTolerant(PgConn& pg, const std::string& sql, TableRun* t);
  void problem(const std::string& p) {
    std::lock_guard<std::mutex> l(mu_);
    summary_.problems.push_back(p);
  }

  const Task& task_;
  std::vector<TablePlan>& plans_;
  LoadOptions opt_;
  Progress progress_;
  RejectFile rejects_;
  std::vector<std::unique_ptr<TableRun>> runs_;
  std::deque<WorkItem> queue_;
  std::mutex mu_;
  std::atomic<bool> stop_{false};
  std::atomic<uint64_t> rows_{0}, rejected_{0};
  LoadSummary summary_;
  SourceSnapshot snapshot_;
};

std::vector<SegmentState> Engine::computeSegments(SourceConn& src, const TablePlan& p) {
  std::vector<SegmentState> segs;
  auto add = [&](std::string pred) {
    SegmentState s;
    s.no = static_cast<int>(segs.size());
    s.predicate = pred.empty() ? "1=1" : pred;
    segs.push_back(std::move(s));
  };
  if (p.ranges) {
    const auto& r = *p.ranges;
    std::string cols;
    for (const auto& c : r.columns) cols += (cols.empty() ? "" : ", ") + mysqlQuoteIdent(c);
    auto tuple = [&](const std::vector<std::string>& vals) {
      std::string t;
      for (const auto& v : vals)
        t += (t.empty() ? "" : ", ") + (looksNumeric(v) ? v : src.quoteString(v));
      return "(" + t + ")";
    };
    for (size_t i = 0; i <= r.boundaries.size(); ++i) {
      std::string pred;
      if (i > 0) pred = "(" + cols + ") > " + tuple(r.boundaries[i - 1]);
      if (i < r.boundaries.size())
        pred += (pred.empty() ? "" : " AND ") + ("(" + cols + ") <= " + tuple(r.boundaries[i]));
      add(pred);
    }
    return segs;
  }
  if (p.keyColumns.size() == 1 && p.estRows > opt_.segmentRows) {
    const ColumnPlan& k = p.columns[p.keyColumns[0]];
    if (k.sourceIsNumeric && !k.sourceIsString) {
      std::string qk = mysqlQuoteIdent(k.source);
      auto rows = src.query("SELECT MIN(" + qk + "), MAX(" + qk + ") FROM " + p.srcQualified());
      if (!rows.empty() && rows[0][0] && rows[0][1] && looksNumeric(*rows[0][0]) &&
          looksNumeric(*rows[0][1]) && rows[0][0]->find('.') == std::string::npos) {
        long double lo = std::stold(*rows[0][0]), hi = std::stold(*rows[0][1]);
        uint64_t n = std::min<uint64_t>(256, (p.estRows + opt_.segmentRows - 1) / opt_.segmentRows);
        std::vector<std::string> bounds;
        for (uint64_t i = 1; i < n; ++i) {
          long double b = std::floor(lo + (hi - lo + 1) * i / n);
          char buf[64];
          std::snprintf(buf, sizeof buf, "%.0Lf", b);
          if (bounds.empty() || bounds.back() != buf) bounds.push_back(buf);
        }
        for (size_t i = 0; i <= bounds.size(); ++i) {
          std::string pred;
          if (i > 0) pred = qk + " >= " + bounds[i - 1];
          if (i < bounds.size()) pred += (pred.empty() ? "" : " AND ") + qk + " < " + bounds[i];
          add(pred);
        }
        return segs;
      }
    }
  }
  add("");
  return segs;
}

void Engine::prepare(PgConn& ctl, SourceConn& src, TablePlan& p, TableRun& run) {
  auto st = readTableStats(ctl, task_.id, p.srcSchema, p.srcTable);
  if (!p.error.empty()) {
    upsertTableState(ctl, task_.id, p.srcSchema, p.srcTable, p.tgtSchema, p.tgtTable, "Table error",
                     p.error);
    run.fail(p.error);
    return;
  }
  if (st && st->tableState == "Table completed") {
    run.remaining = 0;
    return;
  }
  std::vector<SegmentState> segs;
  bool fresh = !st || st->tableState == "Before load";
  if (!fresh) {
    segs = readSegments(ctl, task_.id, p.srcSchema, p.srcTable);
    fresh = segs.empty();
  }
  if (fresh) {
    // DDL, segment plan and state in one transaction: an interrupted preparation leaves
    // nothing behind, and a prepared table is never dropped again by a resumed run.
    ctl.exec("BEGIN");
    try {
      ctl.exec("CREATE SCHEMA IF NOT EXISTS " + pgQuoteIdent(p.tgtSchema));
      bool exists = ctl.scalar("SELECT to_regclass($1) IS NOT NULL", {p.tgtQualified()}) == "t";
      if (task_.prepMode == PrepMode::DropAndCreate && exists) {
        ctl.exec("DROP TABLE " + p.tgtQualified() + " CASCADE");
        exists = false;
      }
      if (!exists) {
        ctl.exec(p.createTable);
        // Autovacuum would ANALYZE/VACUUM the table again and again while it grows, competing
        // with the load for CPU; it is switched back on when the table is finished (postLoad).
        // The row in autovacuum_paused says that barge, not the user, switched it off.
        ctl.exec("ALTER TABLE " + p.tgtQualified() + " SET (autovacuum_enabled = false)");
        ctl.query(
            "INSERT INTO barge_control.autovacuum_paused VALUES ($1, $2, $3) "
            "ON CONFLICT DO NOTHING",
            {task_.id, p.srcSchema, p.srcTable});
      } else if (task_.prepMode == PrepMode::TruncateBeforeLoad) {
        ctl.exec("TRUNCATE " + p.tgtQualified());
      }
      segs = computeSegments(src, p);
      insertSegments(ctl, task_.id, p.srcSchema, p.srcTable, segs);
      upsertTableState(ctl, task_.id, p.srcSchema, p.srcTable, p.tgtSchema, p.tgtTable,
                       "Full load");
      ctl.exec("COMMIT");
    } catch (...) {
      ctl.exec("ROLLBACK");
      throw;
    }
  }
  resolveTarget(ctl, p);
  if (!p.error.empty()) {
    finishTable(ctl, task_.id, p.srcSchema, p.srcTable, "Table error", p.error);
    run.fail(p.error);
    return;
  }
  int pending = 0;
  for (auto& s : segs) {
    run.progress->rows += static_cast<uint64_t>(s.rows);
    if (s.done) continue;
    ++pending;
    queue_.push_back({&run, s});
  }
  run.remaining = pending;
  if (pending == 0) postLoad(ctl, run);
}

void Engine::execTolerant(PgConn& pg, const std::string& sql, TableRun* t) {
  try {
    pg.exec(sql);
  } catch (const PgError& e) {
    if (tolerated(e)) return;
    std::string where = t ? t->plan->srcName() + ": " : "";
    problem(where + "DDL failed: " + e.what());
  }
}

void Engine::postLoad(PgConn& pg, TableRun& t) {
  TablePlan& p = *t.plan;
  if (t.failed) {
    finishTable(pg, task_.id, p.srcSchema, p.srcTable, "Table error", t.error);
    t.progress->finished = true;
    return;
  }
  const bool pkAfter = task_.createPkAfterFullLoad && !p.primaryKey.empty();
  if (pkAfter && !p.indexes.empty() && !p.keyColumns.empty() && p.tgtTable.size() + 5 <= 63 &&
      (p.keyKind == "PRIMARY KEY" || p.keyKind == "define-primary-key")) {
    // The primary key's index and the secondary indexes are built at the same time on two
    // connections (CREATE INDEX locks allow that, ADD PRIMARY KEY would wait), then the key
    // adopts its index under the name ADD PRIMARY KEY would have given it.
    std::thread side([&] {
      try {
        PgConn other(targetParams(task_));
        for (const auto& s : p.indexes) execTolerant(other, s, &t);
      } catch (const std::exception& e) {
        problem(p.srcName() + ": building indexes: " + e.what());
      }
    });
    try {
      if (pg.scalar("SELECT count(*) FROM pg_constraint WHERE conrelid = $1::regclass AND "
                    "contype = 'p'",
                    {p.tgtQualified()}) == "0") {
        std::string name = pgQuoteIdent(p.tgtTable + "_pkey"), cols;
        for (size_t k : p.keyColumns)
          cols += (cols.empty() ? "" : ", ") + pgQuoteIdent(p.columns[k].target);
        execTolerant(
            pg, "CREATE UNIQUE INDEX " + name + " ON " + p.tgtQualified() + " (" + cols + ")", &t);
        execTolerant(pg,
                     "ALTER TABLE " + p.tgtQualified() + " ADD CONSTRAINT " + name +
                         " PRIMARY KEY USING INDEX " + name,
                     &t);
      }
    } catch (...) {
      side.join();
      throw;
    }
    side.join();
  } else {
    if (pkAfter) execTolerant(pg, p.primaryKey, &t);
    for (const auto& s : p.indexes) execTolerant(pg, s, &t);
  }
  for (const auto& s : p.uniqueKeys) execTolerant(pg, s, &t);
  for (const auto& s : p.comments) execTolerant(pg, s, &t);
  // Identity / serial columns continue after the loaded maximum.
  setSequencesPastMax(pg, p);
  const std::vector<std::optional<std::string>> key{task_.id, p.srcSchema, p.srcTable};
  const std::string where =
      " FROM barge_control.autovacuum_paused WHERE task_name = $1 AND schema_name = $2 AND "
      "table_name = $3";
  if (pg.scalar("SELECT count(*)" + where, key) != "0") {
    execTolerant(pg, "ALTER TABLE " + p.tgtQualified() + " RESET (autovacuum_enabled)", &t);
    pg.query("DELETE" + where, key);
  }
  finishTable(pg, task_.id, p.srcSchema, p.srcTable, "Table completed", "");
  t.progress->finished = true;
}

void Engine::worker(std::unique_ptr<SourceConn> src) {
  std::unique_ptr<PgConn> pg;
  while (true) {
    WorkItem item;
    {
      std::lock_guard<std::mutex> l(mu_);
      if (queue_.empty()) return;
      item = queue_.front();
      queue_.pop_front();
    }
    TableRun& t = *item.table;
    bool counted = false;
    try {
      if (!src) {
        src = std::make_unique<SourceConn>(sourceParams(task_));
        prepareSourceSession(*src);
      }
      if (!pg) {
        pg = std::make_unique<PgConn>(targetParams(task_));
        // Data and checkpoint commit together, so a commit lost in a server crash loses both:
        // resuming stays exact without waiting for each commit to be flushed.
        pg->exec("SET synchronous_commit = off");
      }
      if (!t.failed && !stop_) {
        t.progress->running++;
        counted = true;
        loadSegment(*src, *pg, t, item.seg);
        t.progress->running--;
        counted = false;
      } else if (stop_) {
        // Never "completed" with segments left out: a resumed run must load them.
        t.fail("task stopped (STOP_TASK) before segment " + std::to_string(item.seg.no) +
               " was loaded");
      }
    } catch (const std::exception& e) {
      if (counted) t.progress->running--;
      t.fail(std::string("segment ") + std::to_string(item.seg.no) + ": " + e.what());
      // The source connection holds the common snapshot: keep it while it still answers. A new
      // one reads the current data, which is only safe when the source is quiet.
      if (src && mysql_ping(src->raw()) != 0) {
        src.reset();
        if (snapshot_.consistent())
          std::cerr << "warning: a source connection was lost; its next segments are read "
                       "outside the common snapshot\n";
      }
      pg.reset();
    }
    if (--t.remaining == 0) {
      try {
        if (!pg) pg = std::make_unique<PgConn>(targetParams(task_));
        postLoad(*pg, t);
      } catch (const std::exception& e) {
        problem(t.plan->srcName() + ": finishing the table failed: " + e.what());
        pg.reset();
      }
    }
  }
}

void Engine::loadSegment(SourceConn& src, PgConn& pg, TableRun& t, SegmentState& seg) {
  const TablePlan& p = *t.plan;
  const bool keyed = !p.keyColumns.empty();
  std::string sel, tgtCols;
  for (const auto& c : p.columns) {
    sel += (sel.empty() ? "" : ", ") + c.selectExpr;
    tgtCols += (tgtCols.empty() ? "" : ", ") + pgQuoteIdent(c.target);
  }
  std::string sql =
      "SELECT " + sel + " FROM " + p.srcQualified() + " WHERE (" + seg.predicate + ")";
  if (!p.filter.empty()) sql += " AND (" + p.filter + ")";
  if (keyed && seg.lastKey) {
    auto last = nlohmann::json::parse(*seg.lastKey);
    std::string ks;
    for (size_t i = 0; i < p.keyColumns.size(); ++i) {
      std::string term;
      for (size_t j = 0; j <= i; ++j) {
        const ColumnPlan& c = p.columns[p.keyColumns[j]];
        std::string v = last.at(j).get<std::string>();
        term += (j ? " AND " : "") + mysqlQuoteIdent(c.source) + (j == i ? " > " : " = ") +
                literal(src, c, v);
      }
      ks += (ks.empty() ? "(" : " OR (") + term + ")";
    }
    sql += " AND (" + ks + ")";
  }
  if (keyed) {
    std::string ob;
    for (size_t k : p.keyColumns)
      ob += (ob.empty() ? "" : ", ") + mysqlQuoteIdent(p.columns[k].source);
    sql += " ORDER BY " + ob;
  }
  const std::string copySql =
      "COPY " + p.tgtQualified() + " (" + tgtCols + ") FROM STDIN (FORMAT binary)";
  const int16_t ncols = static_cast<int16_t>(p.columns.size());
  constexpr size_t kSendBytes = 256 * 1024;

  CopyBuffer buf;
  buf.reserve(task_.batchBytes + (task_.batchBytes >> 3));
  std::vector<size_t> offsets;    // start of each row in buf; end = next start / buf.size()
  std::string keyBuf;             // key values of each row, joined by \x1f (for rejects)
  std::vector<size_t> keyStarts;  // start of each row's key in keyBuf
  std::vector<std::string> lastKeyVals(p.keyColumns.size());  // of the last row read
  bool haveLastKey = false;
  std::vector<std::pair<std::string, std::string>> rowRejects;  // key json, reason
  std::vector<RejectRow> uncommittedRejects;                    // recorded in the open transaction
  std::optional<std::string> lastKey;
  bool inTx = false;
  int64_t rowNo = seg.rows + seg.errorRows;

  auto keyJson = [&](const std::string& joined) {
    nlohmann::json j = nlohmann::json::object();
    if (!keyed) {
      j["row"] = joined;
      return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    size_t start = 0;
    for (size_t k : p.keyColumns) {
      size_t sep = joined.find('\x1f', start);
      j[p.columns[k].source] = joined.substr(start, sep == std::string::npos ? sep : sep - start);
      start = sep == std::string::npos ? joined.size() : sep + 1;
    }
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  auto keyOf = [&](size_t row) {
    size_t end = row + 1 < keyStarts.size() ? keyStarts[row + 1] : keyBuf.size();
    return keyBuf.substr(keyStarts[row], end - keyStarts[row]);
  };
  auto rowsSlice = [&](size_t lo, size_t hi) {
    size_t end = hi < offsets.size() ? offsets[hi] : buf.size();
    return buf.slice(offsets[lo], end);
  };

  std::function<void(size_t, size_t, int64_t&)> bisect = [&](size_t lo, size_t hi, int64_t& ok) {
    if (lo >= hi) return;
    pg.exec("SAVEPOINT barge_r");
    std::string state;
    std::string err =
        pg.copyIn(copySql, CopyBuffer::header(), rowsSlice(lo, hi), CopyBuffer::trailer(), &state);
    if (err.empty()) {
      pg.exec("RELEASE SAVEPOINT barge_r");
      ok += static_cast<int64_t>(hi - lo);
      return;
    }
    pg.exec("ROLLBACK TO SAVEPOINT barge_r");
    pg.exec("RELEASE SAVEPOINT barge_r");
    bool dataError =
        state.size() == 5 && (state.compare(0, 2, "22") == 0 || state.compare(0, 2, "23") == 0);
    if (!dataError) throw PgError(err, state);
    if (hi - lo == 1) {
      rowRejects.emplace_back(keyJson(keyOf(lo)), err);
      return;
    }
    size_t mid = lo + (hi - lo) / 2;
    bisect(lo, mid, ok);
    bisect(mid, hi, ok);
  };

  // Rows go to PostgreSQL while the source is still being read (the COPY of a batch opens with
  // its first row); the batch stays in `buf` until commit in case it must be bisected.
  bool copyOpen = false;
  size_t sent = 0;
  auto startCopy = [&] {
    if (!inTx) {
      pg.exec("BEGIN");
      inTx = true;
    }
    pg.exec("SAVEPOINT barge_b");
    pg.copyStart(copySql);
    pg.copyPut(CopyBuffer::header());
    copyOpen = true;
    sent = 0;
  };
  auto sendRows = [&] {
    pg.copyPut(buf.slice(sent, buf.size()));
    sent = buf.size();
  };

  auto flush = [&](bool final) {
    if (!inTx) {
      pg.exec("BEGIN");
      inTx = true;
    }
    int64_t loaded = 0;
    if (copyOpen) {
      sendRows();
      pg.copyPut(CopyBuffer::trailer());
      copyOpen = false;
      std::string state;
      std::string err = pg.copyEnd(&state);
      if (offsets.empty()) {
        pg.exec("RELEASE SAVEPOINT barge_b");
      } else if (err.empty()) {
        loaded = static_cast<int64_t>(offsets.size());
        pg.exec("RELEASE SAVEPOINT barge_b");
      } else {
        pg.exec("ROLLBACK TO SAVEPOINT barge_b");
        pg.exec("RELEASE SAVEPOINT barge_b");
        bool dataError =
            state.size() == 5 && (state.compare(0, 2, "22") == 0 || state.compare(0, 2, "23") == 0);
        if (!dataError) throw PgError(err, state);
        bisect(0, offsets.size(), loaded);
      }
    }
    int64_t bad = static_cast<int64_t>(rowRejects.size());
    if (bad > 0) {
      std::vector<RejectRow> rows;
      for (const auto& [k, reason] : rowRejects)
        rows.push_back({p.srcName(), k, reason, nowSeconds()});
      t.progress->rejected += static_cast<uint64_t>(bad);
      rejected_ += static_cast<uint64_t>(bad);
      if (task_.dataErrorPolicy == DataErrorPolicy::SuspendTable ||
          task_.dataErrorPolicy == DataErrorPolicy::StopTask) {
        pg.exec("ROLLBACK");
        inTx = false;
        // The batch is not committed; its rejected rows are recorded on their own (a resumed
        // run meets them again and does not repeat them).
        rejects_.append(recordRejects(pg, task_.id, rows));
        if (task_.dataErrorPolicy == DataErrorPolicy::StopTask) stop_ = true;
        throw std::runtime_error("row rejected (" + rowRejects.front().second +
                                 ") and DataErrorPolicy is " +
                                 (stop_ ? "STOP_TASK" : "SUSPEND_TABLE"));
      }
      // Recorded in the batch's transaction; the file gets them once that commits.
      auto fresh = recordRejects(pg, task_.id, rows);
      uncommittedRejects.insert(uncommittedRejects.end(), fresh.begin(), fresh.end());
      crashPoint("reject-before-commit");
    }
    if (keyed && haveLastKey) {
      // Built once per batch, not per row: the resume point is the batch's last key.
      nlohmann::json lk = nlohmann::json::array();
      for (const auto& v : lastKeyVals) lk.push_back(v);
      lastKey = lk.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    checkpointSegment(pg, task_.id, p.srcSchema, p.srcTable, seg.no, keyed ? lastKey : std::nullopt,
                      loaded, bad, final);
    if (keyed || final) {
      pg.exec("COMMIT");
      inTx = false;
      crashPoint("load-batch-committed");
      if (!uncommittedRejects.empty()) {
        crashPoint("reject-after-commit");
        rejects_.append(uncommittedRejects);
        uncommittedRejects.clear();
      }
      t.progress->rows += static_cast<uint64_t>(loaded);
      rows_ += static_cast<uint64_t>(loaded);
    } else {
      // Keyless tables commit once at the end (a resume redoes them whole); show progress anyway.
      t.progress->rows += static_cast<uint64_t>(loaded);
      rows_ += static_cast<uint64_t>(loaded);
    }
    buf.clear();
    if (buf.capacity() > 4 * task_.batchBytes) {
      CopyBuffer fresh;
      fresh.reserve(task_.batchBytes + (task_.batchBytes >> 3));
      buf = std::move(fresh);
    }
    offsets.clear();
    keyBuf.clear();
    keyStarts.clear();
    rowRejects.clear();
  };

  try {
    BinaryRowStream rs(src, sql);
    std::string err, keyText;
    while (rs.next()) {
      if (stop_ || t.failed) throw std::runtime_error("stopped");
      size_t start = buf.size();
      buf.beginRow(ncols);
      bool ok = true;
      for (unsigned i = 0; i < static_cast<unsigned>(ncols); ++i) {
        const ColumnCodec& codec = p.columns[i].codec;
        bool done;
        if (rs.isNull(i)) {
          buf.putNull();
          continue;
        } else if (rs.isDouble(i) && !codec.sourceBits) {
          done = encodeDouble(codec, rs.doubleValue(i), buf, err);
        } else if (rs.isInteger(i)) {
          done = encodeInteger(codec, rs.integerValue(i), rs.isUnsigned(i), buf, err);
        } else if (rs.isDateTime(i) &&
                   tryEncodeTimestamp(codec, rs.timeValue(i).year, rs.timeValue(i).month,
                                      rs.timeValue(i).day, rs.timeValue(i).hour,
                                      rs.timeValue(i).minute, rs.timeValue(i).second,
                                      rs.timeValue(i).second_part, buf)) {
          done = true;
        } else {
          done = encodeValue(codec, rs.value(i), buf, err);
        }
        if (!done) {
          err = p.columns[i].target + ": " + err;
          ok = false;
          break;
        }
      }
      keyText.clear();
      if (keyed) {
        for (size_t n = 0; n < p.keyColumns.size(); ++n) {
          auto k = static_cast<unsigned>(p.keyColumns[n]);
          if (rs.isNull(k))
            lastKeyVals[n].clear();
          else
            lastKeyVals[n].assign(rs.value(k));
          if (n) keyText += '\x1f';
          keyText += lastKeyVals[n];
        }
        haveLastKey = true;
      } else {
        keyText = std::to_string(rowNo);
      }
      ++rowNo;
      if (!ok) {
        buf.truncate(start);
        rowRejects.emplace_back(keyJson(keyText), err);
      } else {
        offsets.push_back(start);
        keyStarts.push_back(keyBuf.size());
        keyBuf += keyText;
        if (!copyOpen) startCopy();
        if (buf.size() - sent >= kSendBytes) sendRows();
      }
      if (buf.size() >= task_.batchBytes ||
          offsets.size() + rowRejects.size() >= static_cast<size_t>(task_.commitRate))
        flush(false);
    }
    flush(true);
  } catch (...) {
    if (copyOpen) {
      PQputCopyEnd(pg.raw(), "segment aborted");
      while (PGresult* r = PQgetResult(pg.raw())) PQclear(r);
    }
    if (inTx) {
      try {
        pg.exec("ROLLBACK");
      } catch (...) {
      }
    }
    throw;
  }
}

LoadSummary Engine::run() {
  auto t0 = std::chrono::steady_clock::now();
  PgConn ctl(targetParams(task_));
  SourceConn src(sourceParams(task_));
  prepareSourceSession(src);
  ensureControlSchema(ctl);
  // The reject file holds exactly the rejects committed so far (a crash between a commit and
  // the file write, or a file from an earlier task run, is repaired here).
  rejects_.rewrite(readRejects(ctl, task_.id));
  ctl.exec(
      "CREATE TABLE IF NOT EXISTS barge_control.autovacuum_paused (task_name text, schema_name "
      "text, table_name text, PRIMARY KEY (task_name, schema_name, table_name))");
  // Higher load-order first, then larger tables first so the long ones start early.
  std::vector<TablePlan*> order;
  for (auto& p : plans_) order.push_back(&p);
  std::stable_sort(order.begin(), order.end(), [](const TablePlan* a, const TablePlan* b) {
    if (a->loadOrder != b->loadOrder) return a->loadOrder > b->loadOrder;
    return a->estBytes > b->estBytes;
  });
  for (TablePlan* p : order) {
    runs_.push_back(std::make_unique<TableRun>());
    TableRun& r = *runs_.back();
    r.plan = p;
    r.progress = &progress_.add(p->srcName(), p->estRows);
  }
  for (auto& r : runs_) {
    try {
      prepare(ctl, src, *r->plan, *r);
    } catch (const std::exception& e) {
      r->fail(std::string("preparing the target table: ") + e.what());
      try {
        upsertTableState(ctl, task_.id, r->plan->srcSchema, r->plan->srcTable, r->plan->tgtSchema,
                         r->plan->tgtTable, "Table error", r->error);
      } catch (...) {
      }
    }
  }
  summary_.tables = static_cast<int>(runs_.size());
  size_t workers = std::min<size_t>(static_cast<size_t>(task_.maxFullLoadSubTasks), queue_.size());
  std::vector<std::unique_ptr<SourceConn>> pool;
  if (workers > 0) {
    std::vector<std::string> tables;
    for (auto& r : runs_)
      if (r->remaining > 0) tables.push_back(r->plan->srcQualified());
    snapshot_ = openSnapshotPool(task_, src, tables, workers, pool);
    recordSnapshot(ctl, task_.id, snapshot_);
    if (!snapshot_.consistent())
      std::cerr << "warning: no common snapshot of the source (" << snapshot_.why
                << "): segments read on different connections may see different moments; keep "
                   "the source quiet during the load or grant RELOAD (or LOCK TABLES)\n";
  }
  progress_.start();
  std::vector<std::thread> threads;
  for (size_t i = 0; i < workers; ++i)
    threads.emplace_back([this, c = std::move(pool[i])]() mutable { worker(std::move(c)); });
  for (auto& th : threads) th.join();
  progress_.stop();
  // Foreign keys last: every referenced table is loaded by now.
  for (auto& r : runs_)
    for (const auto& fk : r->plan->foreignKeys) execTolerant(ctl, fk, r.get());
  for (auto& r : runs_) {
    auto st = readTableStats(ctl, task_.id, r->plan->srcSchema, r->plan->srcTable);
    if (st && st->tableState == "Table completed") {
      summary_.completed++;
    } else {
      summary_.failed++;
      summary_.problems.push_back(
          r->plan->srcName() + ": " +
          (r->error.empty() ? (st ? st->tableState : "not loaded") : r->error));
    }
  }
  summary_.rows = rows_;
  summary_.rejected = rejected_;
  summary_.stopped = stop_;
  summary_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return summary_;
}

}  // namespace

void resolveTarget(PgConn& pg, TablePlan& plan) {
  auto r = pg.query(
      "SELECT a.attname, b.oid, b.typtype, b.typelem, a.atttypmod, a.attnotnull "
      "FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
      "JOIN pg_type b ON b.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END "
      "WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped",
      {plan.tgtQualified()});
  std::map<std::string, int> byName;
  for (int i = 0; i < PQntuples(r.get()); ++i) byName[PQgetvalue(r.get(), i, 0)] = i;
  for (auto& c : plan.columns) {
    auto it = byName.find(c.target);
    if (it == byName.end()) {
      plan.error =
          "target table " + plan.tgtQualified() + " has no column " + pgQuoteIdent(c.target);
      return;
    }
    int i = it->second;
    uint32_t oid = static_cast<uint32_t>(std::stoul(PQgetvalue(r.get(), i, 1)));
    char typtype = PQgetvalue(r.get(), i, 2)[0];
    uint32_t elem = static_cast<uint32_t>(std::stoul(PQgetvalue(r.get(), i, 3)));
    int typmod = std::stoi(PQgetvalue(r.get(), i, 4));
    c.codec.kind = pgKindOf(oid, typtype, elem);
    c.codec.elemOid = elem;
    c.codec.padded = oid == 1042;
    c.codec.notNull = std::string(PQgetvalue(r.get(), i, 5)) == "t";
    c.codec.sourceBits = c.sourceBits;
    c.codec.bitLength = oid == 1560 && typmod > 0 ? typmod : c.bitLength;
    if (c.codec.kind == PgKind::Unsupported) {
      plan.error = "column " + pgQuoteIdent(c.target) + ": no binary encoder for target type oid " +
                   std::to_string(oid) + " (" + c.pgType + ")";
      return;
    }
  }
}

LoadSummary runFullLoad(const Task& task, std::vector<TablePlan>& plans, const LoadOptions& o) {
  Engine e(task, plans, o);
  return e.run();
}

}  // namespace barge::mover
