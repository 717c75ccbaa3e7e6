// precheck | migrate | validate | status | cutover --task TASK.json: the data mover commands.
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "converter/action_catalog.h"
#include "converter/user_type_map.h"
#include "mover/cdc/cdc_engine.h"
#include "mover/cdc/checkpoint.h"
#include "mover/cdc/resnapshot.h"
#include "mover/control.h"
#include "mover/endpoints.h"
#include "mover/load_engine.h"
#include "mover/metrics_http.h"
#include "mover/pg_conn.h"
#include "mover/planner.h"
#include "mover/precheck.h"
#include "mover/status.h"
#include "mover/task.h"
#include "mover/validate.h"

namespace barge::cli {

namespace {

struct MoverOptions {
  std::string task;
  std::string workDir;
  bool json = false;
  bool restart = false;
  bool resnapshot = false;
  int metricsPort = -1;  // --metrics-port (0: any free port); -1: no metrics endpoint
  std::string metricsAddress = "127.0.0.1";
  bool untilCaughtUp = false;
  int timeout = 600;
  std::string typeMap;  // --type-map: user type rules, the same the converter applies
};

std::atomic<bool> gStop{false};
void onStopSignal(int) {
  gStop = true;
}

std::filesystem::path workDirOf(const mover::Task& t, const MoverOptions& o) {
  if (!o.workDir.empty()) return o.workDir;
  return t.file.parent_path() / t.id;
}

// Shared error mapping: configuration -> 2, unreachable database -> 3.
int guarded(const MoverOptions& o, const std::function<int()>& body) {
  try {
    if (!o.typeMap.empty()) converter::setUserTypeRules(converter::loadTypeMap(o.typeMap));
    return body();
  } catch (const converter::TypeMapError& e) {
    std::cerr << "barge: error: " << e.what() << '\n';
    return kUsage;
  } catch (const mover::ConfigError& e) {
    std::cerr << "barge: error: " << e.what() << '\n';
    return kUsage;
  } catch (const parser::mysql::ConnectError& e) {
    std::cerr << "barge: error: " << e.what() << '\n';
    return kUnreachable;
  } catch (const mover::PgConnectError& e) {
    std::cerr << "barge: error: " << e.what() << '\n';
    return kUnreachable;
  }
}

CLI::App* command(CLI::App& app, const char* name, const char* help, MoverOptions& o) {
  auto* cmd = app.add_subcommand(name, help);
  cmd->add_option("--task", o.task, "Task file (JSON, AWS DMS field names)")->required();
  cmd->add_option(
      "--work-dir", o.workDir,
      "Working files (reject file, conversion notes); default: a folder next to the task file "
      "named after the task");
  cmd->add_option("--type-map", o.typeMap,
                  "User type mappings (JSON), tried before the built-in rules; see "
                  "converter/README.md");
  return cmd;
}

int runPrecheck(const MoverOptions& o) {
  return guarded(o, [&] {
    mover::Task t = mover::loadTask(o.task);
    auto r = mover::precheck(t, nullptr);
    if (o.json)
      std::cout << r.json().dump(2) << '\n';
    else
      std::cout << r.table();
    if (r.unreachable) return static_cast<int>(kUnreachable);
    return r.failed() ? static_cast<int>(kInputFailed) : static_cast<int>(kOk);
  });
}

std::vector<mover::TableValidation> runValidation(const mover::Task& t,
                                                  std::vector<mover::TablePlan>& plans) {
  auto res = mover::validateTables(t, plans);
  return res;
}

void printValidation(const std::vector<mover::TableValidation>& res, bool json) {
  if (json) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& v : res)
      arr.push_back({{"Table", v.table},
                     {"ValidationState", v.state},
                     {"SourceRows", v.sourceRows},
                     {"TargetRows", v.targetRows},
                     {"ValidationFailedRecords", v.failures},
                     {"RangesCompared", v.ranges},
                     {"RangesMismatched", v.mismatchedRanges},
                     {"RowsCompared", v.rowsCompared},
                     {"RowsStreamed", v.rowsStreamed},
                     {"RangeGroups", v.rangeGroups},
                     {"RangeGroupPairs", v.rangePairs},
                     {"Message", v.message}});
    std::cout << nlohmann::json{{"Validation", arr}}.dump(2) << '\n';
    return;
  }
  for (const auto& v : res) {
    std::cout << v.table << ": " << v.state << " (source rows " << v.sourceRows << ", target rows "
              << v.targetRows << ", failures " << v.failures << ", ranges " << v.ranges
              << ", mismatched ranges " << v.mismatchedRanges << ", rows compared "
              << v.rowsCompared << ")";
    if (!v.message.empty()) std::cout << ": " << v.message;
    std::cout << '\n';
  }
}

// Warnings change what a user gets and stay one per line; conversion notes of the Info
// severity (an ENGINE or CHARSET the target has no use for) are summed up in one line and
// written whole to <work-dir>/conversion_notes.txt.
void printPlanningWarnings(const std::vector<std::string>& warnings,
                           const std::filesystem::path& workDir) {
  std::map<std::string, int> byTitle;
  std::vector<std::string> notes;
  for (const auto& w : warnings) {
    // "<table>: BRG-nnnn message" (the planner's form for converter action items)
    size_t at = w.find(": BRG-");
    const converter::ActionDef* def =
        at == std::string::npos ? nullptr : converter::findAction(w.substr(at + 2, 8));
    if (def && def->severity == converter::ActionSeverity::Info) {
      notes.push_back(w);
      byTitle[std::string(def->title)]++;
      continue;
    }
    std::cerr << "warning: " << w << '\n';
  }
  if (notes.empty()) return;
  std::filesystem::path file = workDir / "conversion_notes.txt";
  std::error_code ec;
  std::filesystem::create_directories(workDir, ec);
  std::ofstream out(file);
  for (const auto& n : notes) out << n << '\n';
  std::string what;
  for (const auto& [title, n] : byTitle)
    what += (what.empty() ? "" : ", ") + title + " x" + std::to_string(n);
  std::cerr << "note: " << notes.size() << " conversion notes that need no action (" << what << ")"
            << (out ? ", listed in " + file.string() : std::string()) << '\n';
}

int runChanges(const mover::Task& t, const MoverOptions& o, std::vector<mover::TablePlan>& plans) {
  mover::cdc::CdcOptions co;
  co.workDir = workDirOf(t, o);
  co.untilCaughtUp = o.untilCaughtUp;
  co.terminal = isatty(STDERR_FILENO) != 0;
  co.stop = &gStop;
  mover::cdc::CdcMetrics metrics;
  co.metrics = &metrics;
  std::unique_ptr<mover::MetricsServer> server;
  if (o.metricsPort >= 0) {
    server = std::make_unique<mover::MetricsServer>(o.metricsAddress, o.metricsPort, [&] {
      return mover::cdc::prometheusText(metrics, t.id, static_cast<int64_t>(std::time(nullptr)));
    });
    std::cerr << "metrics: http://" << o.metricsAddress << ":" << server->port() << "/metrics\n";
  }
  struct sigaction sa {};
  sa.sa_handler = onStopSignal;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
  if (!o.untilCaughtUp)
    std::cerr << "cdc: applying changes until stopped (SIGINT / SIGTERM, or barge cutover)\n";
  auto s = mover::cdc::runCdc(t, plans, co);
  for (const auto& n : s.notes) std::cerr << "note: " << n << '\n';
  for (const auto& p : s.problems) std::cerr << "barge: error: " << p << '\n';
  char line[320];
  std::snprintf(line, sizeof line,
                "cdc: start=%s end=%s transactions=%lld changes=%lld inserts=%lld updates=%lld "
                "deletes=%lld rejected=%lld events=%llu seconds=%.3f",
                s.start.text().c_str(), s.end.text().c_str(),
                static_cast<long long>(s.transactions), static_cast<long long>(s.changes),
                static_cast<long long>(s.inserts), static_cast<long long>(s.updates),
                static_cast<long long>(s.deletes), static_cast<long long>(s.rejected),
                static_cast<unsigned long long>(s.events), s.seconds);
  std::cerr << line << '\n';
  if (s.rejected)
    std::cerr << "rejected changes: " << (co.workDir / "rejects.jsonl").string() << '\n';
  return s.stopped || s.rejected > 0 || !s.problems.empty() ? static_cast<int>(kInputFailed)
                                                            : static_cast<int>(kOk);
}

int runMigrate(const MoverOptions& o) {
  return guarded(o, [&] {
    mover::Task t = mover::loadTask(o.task);
    if (o.resnapshot) {
      if (t.migrationType == "full-load") {
        std::cerr << "barge: error: --resnapshot is for the CDC types (cdc, full-load-and-cdc); "
                     "use --restart to load a full-load task again\n";
        return static_cast<int>(kUsage);
      }
      mover::cdc::resnapshotTask(t);
    }
    mover::Planning planning;
    auto pre = mover::precheck(t, &planning);
    std::cerr << pre.table();
    if (pre.unreachable) return static_cast<int>(kUnreachable);
    if (pre.failed()) {
      std::cerr << "barge: error: precheck failed; nothing was loaded\n";
      return static_cast<int>(kUsage);
    }
    printPlanningWarnings(planning.warnings, workDirOf(t, o));
    if (o.restart) {
      mover::PgConn pg(mover::targetParams(t));
      mover::ensureControlSchema(pg);
      mover::clearTask(pg, t.id);
    }
    if (o.resnapshot) {
      mover::PgConn pg(mover::targetParams(t));
      std::cerr << mover::cdc::prepareResnapshot(pg, t.id) << '\n';
    }
    // Tables that appeared on the source after change capture began are not loaded or taken
    // as they are today: CDC follows their CREATE / RENAME TABLE from the binlog.
    for (const auto& n : mover::cdc::leaveNewTablesToCdc(t, planning.plans))
      std::cerr << "note: " << n
                << ": left to change capture (it appeared on the source after capture began; its "
                   "CREATE / RENAME TABLE is followed from the binlog)\n";
    if (t.migrationType == "cdc") {
      try {
        return runChanges(t, o, planning.plans);
      } catch (const mover::PgError& e) {
        std::cerr << "barge: error: cdc: " << e.what() << '\n';
      } catch (const std::runtime_error& e) {
        std::cerr << "barge: error: cdc: " << e.what() << '\n';
      }
      return static_cast<int>(kInputFailed);
    }
    if (t.migrationType == "full-load-and-cdc") mover::cdc::recordTableShapes(t, planning.plans);
    mover::LoadOptions lo;
    lo.workDir = workDirOf(t, o);
    lo.terminal = isatty(STDERR_FILENO) != 0;
    auto s = mover::runFullLoad(t, planning.plans, lo);
    for (const auto& p : s.problems) std::cerr << "barge: error: " << p << '\n';
    char line[256];
    std::snprintf(line, sizeof line,
                  "migrate: tables=%d completed=%d failed=%d rows=%llu rejected=%llu seconds=%.3f "
                  "rows_per_second=%.0f",
                  s.tables, s.completed, s.failed, static_cast<unsigned long long>(s.rows),
                  static_cast<unsigned long long>(s.rejected), s.seconds,
                  s.seconds > 0 ? s.rows / s.seconds : 0.0);
    std::cerr << line << '\n';
    if (s.stopped)
      std::cerr << "barge: error: task stopped by DataErrorPolicy STOP_TASK; committed batches "
                   "are kept: correct the rejected rows in the source and run migrate again to "
                   "resume\n";
    if (s.rejected)
      std::cerr << "rejected rows: " << (lo.workDir / "rejects.jsonl").string() << '\n';
    bool bad = s.failed > 0 || s.rejected > 0 || !s.problems.empty();
    if (t.migrationType == "full-load-and-cdc" && !s.stopped) {
      // Cached changes and ongoing replication: from the earliest snapshot position (or the
      // checkpoint), idempotently by key (mover/README.md).
      int rc = static_cast<int>(kInputFailed);
      try {
        rc = runChanges(t, o, planning.plans);
      } catch (const mover::PgError& e) {
        std::cerr << "barge: error: cdc: " << e.what() << '\n';
      } catch (const std::runtime_error& e) {
        std::cerr << "barge: error: cdc: " << e.what() << '\n';
      }
      bad = bad || rc != static_cast<int>(kOk);
    }
    if (t.enableValidation && s.failed == 0) {
      auto v = runValidation(t, planning.plans);
      printValidation(v, o.json);
      for (const auto& r : v) bad = bad || r.state != "Validated";
    }
    return bad ? static_cast<int>(kInputFailed) : static_cast<int>(kOk);
  });
}

int runValidate(const MoverOptions& o) {
  return guarded(o, [&] {
    mover::Task t = mover::loadTask(o.task);
    mover::SourceConn src(mover::sourceParams(t));
    mover::prepareSourceSession(src);
    auto planning = mover::planTables(t, src);
    auto res = runValidation(t, planning.plans);
    printValidation(res, o.json);
    bool all = !res.empty();
    for (const auto& r : res) all = all && r.state == "Validated";
    if (!o.json && !all)
      std::cout
          << "differences: SELECT * FROM barge_control.validation_failures WHERE task_name = '"
          << t.id << "'\n";
    return all ? static_cast<int>(kOk) : static_cast<int>(kInputFailed);
  });
}

int runStatus(const MoverOptions& o) {
  return guarded(o, [&] {
    mover::Task t = mover::loadTask(o.task);
    mover::PgConn pg(mover::targetParams(t));
    std::vector<mover::TableStats> stats;
    if (pg.scalar("SELECT to_regclass('barge_control.table_statistics') IS NOT NULL") == "t")
      stats = mover::readAllTableStats(pg, t.id);
    std::optional<mover::cdc::Checkpoint> cp;
    if (pg.scalar("SELECT to_regclass('barge_control.cdc_checkpoints') IS NOT NULL") == "t")
      cp = mover::cdc::readCheckpoint(pg, t.id);
    // Apply latency of the last applied source transaction (target commit - source commit).
    std::string lag;
    if (cp && cp->sourceTime)
      lag = pg.scalar(
                  "SELECT round(extract(epoch FROM applied_at - source_time))::text FROM "
                  "barge_control.cdc_checkpoints WHERE task_name = $1",
                  {t.id})
                .value_or("");
    if (o.json) {
      auto j = mover::statsJson(stats);
      j["ReplicationTaskIdentifier"] = t.id;
      if (cp)
        j["ChangeDataCapture"] = {
            {"State", cp->state},
            {"Position", cp->position.text()},
            {"BinlogFile", cp->position.file},
            {"BinlogPosition", cp->position.pos},
            {"Gtid", cp->position.gtid},
            {"Transactions", cp->transactions},
            {"Changes", cp->changes},
            {"LastAppliedTime", cp->appliedAt},
            {"ApplyLatencySeconds",
             lag.empty() ? nlohmann::json() : nlohmann::json(std::stoll(lag))}};
      std::cout << j.dump(2) << '\n';
    } else if (stats.empty()) {
      std::cout << "task " << t.id << ": no table statistics yet (migrate has not run)\n";
    } else {
      std::cout << mover::statsTable(stats);
      if (cp)
        std::cout << "cdc: " << cp->state << ", applied up to " << cp->position.text() << ", "
                  << cp->transactions << " source transactions, " << cp->changes
                  << " row changes, last at " << cp->appliedAt
                  << (lag.empty() ? "" : " (" + lag + " s after its source commit)") << '\n';
    }
    return static_cast<int>(kOk);
  });
}

int runCutover(const MoverOptions& o) {
  return guarded(o, [&] {
    mover::Task t = mover::loadTask(o.task);
    if (t.migrationType == "full-load") {
      std::cerr << "barge: error: cutover needs change data capture (MigrationType cdc or "
                   "full-load-and-cdc); a full-load task has nothing to cut over\n";
      return static_cast<int>(kUsage);
    }
    mover::SourceConn src(mover::sourceParams(t));
    mover::prepareSourceSession(src);
    auto planning = mover::planTables(t, src);
    mover::cdc::CdcOptions co;
    co.workDir = workDirOf(t, o);
    try {
      auto r = mover::cdc::runCutover(t, planning.plans, co, o.timeout);
      for (const auto& p : r.cdc.problems) std::cerr << "barge: error: " << p << '\n';
      if (!r.ok) {
        std::cerr << "barge: error: cutover: " << r.message << '\n';
        return static_cast<int>(kInputFailed);
      }
      std::cerr << "cutover: applied " << r.cdc.changes << " last changes; sequences set past "
                << "the data; " << r.message << "; the task is stopped\n";
      return static_cast<int>(kOk);
    } catch (const std::runtime_error& e) {
      std::cerr << "barge: error: cutover: " << e.what() << '\n';
      return static_cast<int>(kInputFailed);
    }
  });
}

}  // namespace

void registerMover(CLI::App& app, std::function<int()>& run) {
  auto pre = std::make_shared<MoverOptions>();
  auto* c1 = command(app, "precheck", "Check both endpoints and the task before a load", *pre);
  c1->add_flag("--json", pre->json, "Print the checks as JSON");
  c1->callback([pre, &run] { run = [pre] { return runPrecheck(*pre); }; });

  auto mig = std::make_shared<MoverOptions>();
  auto* c2 = command(
      app, "migrate",
      "Run the task: full load and/or change data capture (resumes where it stopped)", *mig);
  c2->add_flag("--json", mig->json, "Print validation results as JSON");
  c2->add_flag("--until-caught-up", mig->untilCaughtUp,
               "CDC: stop at the end of the source binlog instead of waiting for more changes");
  c2->add_flag("--restart", mig->restart,
               "Forget this task's checkpoints and load every table again");
  c2->add_option("--metrics-port", mig->metricsPort,
                 "CDC: serve Prometheus metrics (CDCIncomingChanges, CDCLatencySource/Target, "
                 "throughput, ...) on http://ADDRESS:PORT/metrics while changes are applied "
                 "(0: any free port, printed)");
  c2->add_option("--metrics-address", mig->metricsAddress,
                 "Address the metrics endpoint binds to (default 127.0.0.1: loopback only)");
  c2->add_flag("--resnapshot", mig->resnapshot,
               "CDC: load the replicated tables again from a new snapshot (TRUNCATE_BEFORE_LOAD) "
               "and capture changes from there, e.g. after the binlog at the checkpoint was "
               "purged");
  c2->callback([mig, &run] { run = [mig] { return runMigrate(*mig); }; });

  auto val = std::make_shared<MoverOptions>();
  auto* c3 = command(app, "validate", "Compare source and target row by row", *val);
  c3->add_flag("--json", val->json, "Print the result as JSON");
  c3->callback([val, &run] { run = [val] { return runValidate(*val); }; });

  auto st = std::make_shared<MoverOptions>();
  auto* c4 = command(app, "status", "Show the task's table statistics", *st);
  c4->add_flag("--json", st->json, "Print the statistics as JSON (DMS field names)");
  c4->callback([st, &run] { run = [st] { return runStatus(*st); }; });

  auto cut = std::make_shared<MoverOptions>();
  auto* c5 = command(app, "cutover",
                     "Stop CDC once the source is idle, apply what is left, set sequences past "
                     "the data, record the final position",
                     *cut);
  c5->add_option("--timeout", cut->timeout,
                 "Seconds to wait for a running migrate to stop (default 600)");
  c5->callback([cut, &run] { run = [cut] { return runCutover(*cut); }; });
}

}  // namespace barge::cli
