// barge cutover: stop the running CDC process at an idle moment, drain what is left, move the
// target's sequences past the data, record the final position.
#include <chrono>
#include <iostream>
#include <thread>

#include "mover/cdc/cdc_engine.h"
#include "mover/cdc/checkpoint.h"
#include "mover/control.h"
#include "mover/endpoints.h"
#include "mover/sequences.h"

namespace barge::mover::cdc {

CutoverResult runCutover(const Task& task, std::vector<TablePlan>& plans, const CdcOptions& o,
                         int timeoutSeconds) {
  CutoverResult res;
  PgConn pg(targetParams(task));
  ensureControlSchema(pg);
  ensureCheckpointTable(pg);
  if (!readCheckpoint(pg, task.id)) {
    res.message = "task " + task.id + " has not captured changes yet (run migrate first)";
    return res;
  }
  setCdcState(pg, task.id, "stop-requested");
  const std::string lockKey = "barge-cdc:" + task.id;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSeconds);
  auto last = std::chrono::steady_clock::now() - std::chrono::seconds(10);
  while (pg.scalar("SELECT pg_try_advisory_lock(hashtext($1))", {lockKey}) != "t") {
    if (std::chrono::steady_clock::now() > deadline) {
      setCdcState(pg, task.id, "running");
      res.message = "the running CDC process did not stop within " +
                    std::to_string(timeoutSeconds) +
                    " s (the source must be idle: stop the application's writes first)";
      return res;
    }
    if (std::chrono::steady_clock::now() - last >= std::chrono::seconds(2)) {
      last = std::chrono::steady_clock::now();
      auto cp = readCheckpoint(pg, task.id);
      std::cerr << "cutover: waiting for the CDC process to stop; applied up to "
                << (cp ? cp->position.text() : std::string("?")) << '\n';
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  pg.query("SELECT pg_advisory_unlock(hashtext($1))", {lockKey});
  // Whatever the stopped process had not read yet, up to the end of the binlog.
  CdcOptions drain = o;
  drain.untilCaughtUp = true;
  res.cdc = runCdc(task, plans, drain);
  if (res.cdc.stopped || !res.cdc.problems.empty()) {
    setCdcState(pg, task.id, "running");
    res.message = "changes could not all be applied; sequences were not changed";
    return res;
  }
  for (const auto& p : plans)
    if (p.error.empty()) setSequencesPastMax(pg, p);
  setCdcState(pg, task.id, "stopped");
  auto cp = readCheckpoint(pg, task.id);
  res.ok = true;
  res.message = "final position " + (cp ? cp->position.text() : res.cdc.end.text());
  return res;
}

}  // namespace barge::mover::cdc
