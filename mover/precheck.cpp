#include "mover/precheck.h"

#include <algorithm>
#include <memory>

#include "mover/binlog_retention.h"
#include "mover/endpoints.h"
#include "mover/pg_conn.h"
#include "mover/snapshot.h"

namespace barge::mover {

bool PrecheckResult::failed() const {
  return std::any_of(checks.begin(), checks.end(),
                     [](const Check& c) { return c.status == "fail"; });
}

std::string PrecheckResult::table() const {
  size_t w = 5;
  for (const auto& c : checks) w = std::max(w, c.name.size());
  std::string out;
  for (const auto& c : checks) {
    std::string status = c.status == "pass"      ? "PASS   "
                         : c.status == "warning" ? "WARNING"
                                                 : "FAIL   ";
    out += status + "  " + c.name + std::string(w - c.name.size() + 2, ' ') + c.detail + "\n";
    if (c.status != "pass" && !c.fix.empty())
      out += std::string(9 + w + 2, ' ') + "fix: " + c.fix + "\n";
  }
  return out;
}

nlohmann::json PrecheckResult::json() const {
  nlohmann::json arr = nlohmann::json::array();
  for (const auto& c : checks)
    arr.push_back({{"check", c.name}, {"status", c.status}, {"detail", c.detail}, {"fix", c.fix}});
  return {{"checks", arr}, {"result", failed() ? "fail" : "pass"}};
}

namespace {

std::string human(uint64_t bytes) {
  char buf[64];
  if (bytes >= (1ULL << 30))
    std::snprintf(buf, sizeof buf, "%.1f GiB", bytes / double(1ULL << 30));
  else
    std::snprintf(buf, sizeof buf, "%.1f MiB", bytes / double(1ULL << 20));
  return buf;
}

// What change capture needs from the source: a row-based binlog with full row images, a server
// id, and the privileges to read the binlog.
template <class Add>
void cdcChecks(SourceConn& src, const Task& task, Add& add) {
  auto var = [&](const char* name) -> std::string {
    try {
      return src.scalar(std::string("SELECT @@GLOBAL.") + name).value_or("");
    } catch (const std::exception&) {
      return "";  // not a variable of this server
    }
  };
  std::string logBin = var("log_bin"), format = var("binlog_format"),
              image = var("binlog_row_image"), serverId = var("server_id"),
              compress = var("log_bin_compress"),
              txCompress = var("binlog_transaction_compression");
  if (logBin != "1" && logBin != "ON")
    add("binlog", "fail", "log_bin is OFF: there is no binlog to capture changes from",
        "start the source with log_bin (and binlog_format=ROW, binlog_row_image=FULL)");
  else if (format != "ROW")
    add("binlog", "fail", "binlog_format is " + format + ": CDC needs ROW",
        "SET GLOBAL binlog_format = 'ROW' (and in the server configuration)");
  else if (image != "FULL")
    add("binlog", "fail", "binlog_row_image is " + image + ": CDC needs FULL row images",
        "SET GLOBAL binlog_row_image = 'FULL' (and in the server configuration)");
  else if (compress == "1" || compress == "ON")
    add("binlog", "fail", "log_bin_compress is ON: compressed row events are not decoded",
        "SET GLOBAL log_bin_compress = OFF");
  else if (txCompress == "1" || txCompress == "ON")
    add("binlog", "fail",
        "binlog_transaction_compression is ON (MySQL 8): compressed transaction payloads are not "
        "decoded",
        "SET GLOBAL binlog_transaction_compression = OFF");
  else
    add("binlog", "pass",
        "log_bin ON, binlog_format ROW, binlog_row_image FULL, binlog compression off");
  if (serverId.empty() || serverId == "0")
    add("server id", "fail", "server_id is 0: the source cannot serve a binlog reader",
        "set server_id to a unique non-zero value");
  else
    add("server id", "pass", "server_id " + serverId);
  try {
    std::string all;
    for (const auto& row : src.query("SHOW GRANTS"))
      if (!row.empty() && row[0]) all += *row[0] + "\n";
    bool any = all.find("ALL PRIVILEGES ON *.*") != std::string::npos;
    bool slave = any || all.find("REPLICATION SLAVE") != std::string::npos;
    bool client = any || all.find("REPLICATION CLIENT") != std::string::npos ||
                  all.find("BINLOG MONITOR") != std::string::npos;
    if (slave && client)
      add("replication privileges", "pass", "REPLICATION SLAVE and REPLICATION CLIENT");
    else
      add("replication privileges", "fail",
          std::string("missing ") + (slave ? "" : "REPLICATION SLAVE ") +
              (client ? "" : "REPLICATION CLIENT (BINLOG MONITOR)"),
          "GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO " + task.source.username);
  } catch (const std::exception& e) {
    add("replication privileges", "warning", std::string("cannot read SHOW GRANTS: ") + e.what(),
        "");
  }
}

}  // namespace

PrecheckResult precheck(const Task& task, Planning* planningOut) {
  PrecheckResult r;
  auto add = [&](std::string n, std::string s, std::string d, std::string f = "") {
    r.checks.push_back({std::move(n), std::move(s), std::move(d), std::move(f)});
  };
  const bool cdc = task.migrationType != "full-load";
  add("migration type", "pass", task.migrationType);

  std::unique_ptr<SourceConn> src;
  try {
    src = std::make_unique<SourceConn>(sourceParams(task));
    add("source connection", "pass", task.source.describe() + " (" + src->serverVersion() + ")");
  } catch (const std::exception& e) {
    r.unreachable = true;
    add("source connection", "fail", e.what(),
        "check ServerName/Port/Username and the variable named by SourceEndpoint.PasswordEnv");
  }
  std::unique_ptr<PgConn> pg;
  try {
    pg = std::make_unique<PgConn>(targetParams(task));
    add("target connection", "pass",
        task.target.describe() + " (PostgreSQL " + pg->scalar("SHOW server_version").value_or("?") +
            ")");
  } catch (const std::exception& e) {
    r.unreachable = true;
    add("target connection", "fail", e.what(),
        "check ServerName/Port/Username and TargetEndpoint.PasswordEnv or ~/.pgpass");
  }
  Planning planning;
  if (src) {
    try {
      prepareSourceSession(*src);
      planning = planTables(task, *src);
    } catch (const std::exception& e) {
      add("source schema", "fail", e.what(),
          "grant SELECT on the source database to the task user");
    }
    if (planning.plans.empty()) {
      add("selected tables", "fail",
          "no table matches the selection rules in " + task.source.databaseName,
          "check the selection rules' schema-name and table-name patterns");
    } else {
      add("selected tables", "pass", std::to_string(planning.plans.size()) + " tables");
    }
    // Source privileges: a SELECT on each table proves what the load needs.
    std::vector<std::string> denied, noKey, unplanned;
    for (const auto& p : planning.plans) {
      if (!p.error.empty()) {
        unplanned.push_back(p.srcName() + ": " + p.error);
        continue;
      }
      try {
        src->query("SELECT 1 FROM " + p.srcQualified() + " LIMIT 0");
      } catch (const std::exception&) {
        denied.push_back(p.srcName());
      }
      if (p.keyColumns.empty()) noKey.push_back(p.srcName());
    }
    if (denied.empty())
      add("source privileges", "pass", "SELECT on every selected table");
    else
      add("source privileges", "fail",
          "no SELECT on " + std::to_string(denied.size()) + " tables, e.g. " + denied[0],
          "GRANT SELECT ON " + task.source.databaseName + ".* TO the task user");
    try {
      auto sp = snapshotPrivileges(*src, task.source.databaseName);
      if (sp.reload)
        add("source snapshot", "pass",
            "RELOAD: all segments read one snapshot (FLUSH TABLES WITH READ LOCK, briefly)");
      else if (sp.lockTables)
        add("source snapshot", "pass",
            "LOCK TABLES: all segments read one snapshot (selected tables locked briefly)");
      else
        add("source snapshot", "warning",
            "neither RELOAD nor LOCK TABLES: segments are read without a common snapshot, so "
            "the source must be quiet during the load",
            "GRANT RELOAD ON *.* TO " + task.source.username + " (or LOCK TABLES ON " +
                task.source.databaseName + ".*)");
    } catch (const std::exception& e) {
      add("source snapshot", "warning", std::string("cannot read SHOW GRANTS: ") + e.what(), "");
    }
    for (const auto& u : unplanned)
      add("table definition", "warning", u + " (the table will end in Table error)",
          "fix or exclude the table with a selection rule");
    if (cdc) {
      cdcChecks(*src, task, add);
      const bool load = task.migrationType == "full-load-and-cdc";
      try {
        auto v = judgeRetention(binlogRetentionSeconds(*src), planning.estimatedBytes,
                                load ? measureReadRate(*src, planning) : 0, load);
        add("binlog retention", v.status, v.detail, v.fix);
      } catch (const std::exception& e) {
        add("binlog retention", "warning", std::string("cannot read the retention: ") + e.what());
      }
    }
    if (noKey.empty())
      add("primary keys", "pass", "every selected table has a primary or unique key");
    else if (cdc)
      add("primary keys", "warning",
          std::to_string(noKey.size()) + " tables without primary/unique key (e.g. " + noKey[0] +
              "): CDC applies changes by key, so these are not replicated (Table error)",
          "add a primary key or a define-primary-key transformation rule");
    else
      add("primary keys", "warning",
          std::to_string(noKey.size()) + " tables without primary/unique key (e.g. " + noKey[0] +
              "): loaded in one transaction, redone whole on resume, validated by count and hash",
          "add a primary key or a define-primary-key transformation rule");
    size_t lossy = 0;
    std::string firstLossy;
    for (const auto& p : planning.plans)
      for (const auto& c : p.columns)
        if (!c.note.empty()) {
          if (!lossy) firstLossy = p.srcName() + "." + c.source + " -> " + c.pgType + ": " + c.note;
          ++lossy;
        }
    if (lossy == 0)
      add("column types", "pass", "every column maps exactly");
    else
      add("column types", "warning",
          std::to_string(lossy) + " columns with a changed or lossy mapping, e.g. " + firstLossy,
          "review the mapping or add a change-data-type rule");
    add("estimated size", "pass",
        human(planning.estimatedBytes) + " in " + std::to_string(planning.plans.size()) +
            " tables (information_schema)");
  }
  if (pg) {
    bool canCreate =
        pg->scalar("SELECT has_database_privilege(current_user, current_database(), 'CREATE')") ==
        "t";
    if (canCreate)
      add("target privileges", "pass", "CREATE on database " + task.target.databaseName);
    else
      add("target privileges", "fail",
          "no CREATE privilege on database " + task.target.databaseName,
          "GRANT CREATE ON DATABASE " + task.target.databaseName + " TO " + task.target.username);
    std::vector<std::string> nonEmpty;
    for (const auto& p : planning.plans) {
      if (!p.error.empty()) continue;
      if (pg->scalar("SELECT to_regclass($1) IS NOT NULL", {p.tgtQualified()}) != "t") continue;
      if (pg->scalar("SELECT EXISTS (SELECT 1 FROM " + p.tgtQualified() + ")") == "t")
        nonEmpty.push_back(p.tgtSchema + "." + p.tgtTable);
    }
    bool resumable =
        pg->scalar("SELECT to_regclass('barge_control.table_statistics') IS NOT NULL") == "t" &&
        pg->scalar("SELECT count(*) FROM barge_control.table_statistics WHERE task_name = $1",
                   {task.id}) != "0";
    if (!src) {
      // Without the source there is no table list to compare with.
    } else if (nonEmpty.empty()) {
      add("target tables", "pass", "no selected target table holds rows");
    } else {
      std::string what = task.prepMode == PrepMode::DropAndCreate
                             ? "will be dropped and created again"
                         : task.prepMode == PrepMode::TruncateBeforeLoad
                             ? "will be truncated"
                             : "keep their rows; loaded rows are added";
      add("target tables", "warning",
          std::to_string(nonEmpty.size()) + " target tables hold rows (e.g. " + nonEmpty[0] +
              ") and " + what +
              (resumable ? "; this task has checkpoints, so migrate resumes instead" : ""),
          "use another TargetSchema or TargetTablePrepMode if that is not intended");
    }
  }
  if (planningOut) *planningOut = std::move(planning);
  return r;
}

}  // namespace barge::mover
