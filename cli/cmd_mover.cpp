// precheck | migrate | validate | status | cutover --task TASK.json: the data mover commands.
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "converter/user_type_map.h"
#include "mover/control.h"
#include "mover/endpoints.h"
#include "mover/load_engine.h"
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
  std::string typeMap;  // --type-map: user type rules, the same the converter applies
};

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
  cmd->add_option("--work-dir", o.workDir,
                  "Working files (reject file, logs); default: a folder next to the task file "
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

int runMigrate(const MoverOptions& o) {
  return guarded(o, [&] {
    mover::Task t = mover::loadTask(o.task);
    if (t.migrationType != "full-load") {
      std::cerr << "barge: error: " << t.file.string() << ": $.MigrationType: " << t.migrationType
                << " needs change data capture, which is not implemented yet (data mover part 2)\n";
      return static_cast<int>(kUsage);
    }
    mover::Planning planning;
    auto pre = mover::precheck(t, &planning);
    std::cerr << pre.table();
    if (pre.unreachable) return static_cast<int>(kUnreachable);
    if (pre.failed()) {
      std::cerr << "barge: error: precheck failed; nothing was loaded\n";
      return static_cast<int>(kUsage);
    }
    for (const auto& w : planning.warnings) std::cerr << "warning: " << w << '\n';
    if (o.restart) {
      mover::PgConn pg(mover::targetParams(t));
      mover::ensureControlSchema(pg);
      mover::clearTask(pg, t.id);
    }
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
    if (o.json) {
      auto j = mover::statsJson(stats);
      j["ReplicationTaskIdentifier"] = t.id;
      std::cout << j.dump(2) << '\n';
    } else if (stats.empty()) {
      std::cout << "task " << t.id << ": no table statistics yet (migrate has not run)\n";
    } else {
      std::cout << mover::statsTable(stats);
    }
    return static_cast<int>(kOk);
  });
}

}  // namespace

void registerMover(CLI::App& app, std::function<int()>& run) {
  auto pre = std::make_shared<MoverOptions>();
  auto* c1 = command(app, "precheck", "Check both endpoints and the task before a load", *pre);
  c1->add_flag("--json", pre->json, "Print the checks as JSON");
  c1->callback([pre, &run] { run = [pre] { return runPrecheck(*pre); }; });

  auto mig = std::make_shared<MoverOptions>();
  auto* c2 = command(app, "migrate", "Run the task's full load (resumes an interrupted one)", *mig);
  c2->add_flag("--json", mig->json, "Print validation results as JSON");
  c2->add_flag("--restart", mig->restart,
               "Forget this task's checkpoints and load every table again");
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
  auto* c5 =
      command(app, "cutover", "Switch to the target once CDC has caught up (needs CDC)", *cut);
  c5->callback([cut, &run] {
    run = [cut] {
      std::cerr << "barge: error: cutover needs change data capture (data mover part 2), which is "
                   "not implemented yet; a full-load task has nothing to cut over\n";
      return static_cast<int>(kUsage);
    };
  });
}

}  // namespace barge::cli
