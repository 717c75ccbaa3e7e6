#include "mover/snapshot.h"

#include <cctype>

#include "mover/endpoints.h"

namespace barge::mover {

using parser::mysql::QueryError;

namespace {

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

SnapshotPrivileges snapshotPrivileges(SourceConn& c, const std::string& db) {
  SnapshotPrivileges p;
  std::string dbScope = "`";
  for (char ch : db) dbScope += ch == '`' ? std::string("``") : std::string(1, ch);
  dbScope += "`.*";
  for (const auto& row : c.query("SHOW GRANTS")) {
    // "GRANT RELOAD, LOCK TABLES ON *.* TO `u`@`%`", "GRANT SELECT ON `db`.* TO ..."
    const std::string g = row.empty() ? "" : row[0].value_or("");
    if (g.rfind("GRANT ", 0) != 0) continue;
    size_t on = g.find(" ON ");
    if (on == std::string::npos) continue;  // a role grant
    size_t to = g.find(" TO ", on);
    std::string privs = upper(g.substr(6, on - 6));
    std::string scope = g.substr(on + 4, to == std::string::npos ? std::string::npos : to - on - 4);
    bool global = scope == "*.*";
    bool all = privs.find("ALL PRIVILEGES") != std::string::npos;
    if (global && (all || privs.find("RELOAD") != std::string::npos)) p.reload = true;
    if ((global || scope == dbScope) && (all || privs.find("LOCK TABLES") != std::string::npos))
      p.lockTables = true;
  }
  return p;
}

SourceSnapshot openSnapshotPool(const Task& task, SourceConn& coordinator,
                                const std::vector<std::string>& tables, size_t n,
                                std::vector<std::unique_ptr<SourceConn>>& pool) {
  SourceSnapshot s;
  // The workers connect before the lock is taken, so the source is locked only for as long as
  // n transactions take to start.
  for (size_t i = 0; i < n; ++i) {
    auto c = std::make_unique<SourceConn>(sourceParams(task));
    prepareSourceSession(*c);
    c->execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
    pool.push_back(std::move(c));
  }
  coordinator.execute("SET SESSION lock_wait_timeout = " +
                      std::to_string(task.transactionConsistencyTimeout));
  try {
    coordinator.execute("FLUSH TABLES WITH READ LOCK");
    s.method = "FLUSH TABLES WITH READ LOCK";
  } catch (const QueryError& e) {
    s.why = std::string("FLUSH TABLES WITH READ LOCK: ") + e.what();
  }
  if (!s.consistent() && !tables.empty()) {
    // Without RELOAD: lock only the selected tables (LOCK TABLES privilege). Writers to these
    // tables wait; the binlog position is then valid for these tables.
    std::string sql = "LOCK TABLES ";
    for (size_t i = 0; i < tables.size(); ++i) sql += (i ? ", " : "") + tables[i] + " READ";
    try {
      coordinator.execute(sql);
      s.method = "LOCK TABLES";
      s.why.clear();
    } catch (const QueryError& e) {
      s.why += std::string("; LOCK TABLES: ") + e.what();
    }
  }
  if (!s.consistent()) return s;
  try {
    for (auto& c : pool) c->execute("START TRANSACTION WITH CONSISTENT SNAPSHOT");
    try {
      s.gtidPos = coordinator.scalar("SELECT @@gtid_binlog_pos").value_or("");
    } catch (const QueryError&) {
      // MySQL has no @@gtid_binlog_pos; the file position below is enough.
    }
    try {
      auto rows = coordinator.query("SHOW MASTER STATUS");
      if (!rows.empty() && rows[0].size() >= 2) {
        s.binlogFile = rows[0][0].value_or("");
        s.binlogPos = rows[0][1].value_or("");
      }
    } catch (const QueryError&) {
      // Needs BINLOG MONITOR / REPLICATION CLIENT; only change capture needs the position.
    }
  } catch (...) {
    coordinator.execute("UNLOCK TABLES");
    throw;
  }
  coordinator.execute("UNLOCK TABLES");
  return s;
}

void recordSnapshot(PgConn& pg, const std::string& task, const SourceSnapshot& s) {
  pg.exec(
      "CREATE TABLE IF NOT EXISTS barge_control.source_snapshots (task_name text NOT NULL, "
      "taken_at timestamptz NOT NULL DEFAULT now(), method text, binlog_file text, "
      "binlog_position bigint, gtid_binlog_pos text)");
  auto opt = [](const std::string& v) -> std::optional<std::string> {
    if (v.empty()) return std::nullopt;
    return v;
  };
  pg.query(
      "INSERT INTO barge_control.source_snapshots (task_name, method, binlog_file, "
      "binlog_position, gtid_binlog_pos) VALUES ($1, $2, $3, $4, $5)",
      {task, opt(s.method), opt(s.binlogFile), opt(s.binlogPos), opt(s.gtidPos)});
}

}  // namespace barge::mover
