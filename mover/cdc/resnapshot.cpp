#include "mover/cdc/resnapshot.h"

#include "mover/cdc/checkpoint.h"
#include "mover/control.h"

namespace barge::mover::cdc {

std::string prepareResnapshot(PgConn& pg, const std::string& task) {
  ensureControlSchema(pg);
  ensureCheckpointTable(pg);
  auto cp = readCheckpoint(pg, task);
  pg.exec("BEGIN");
  for (const char* t : {"barge_control.segments", "barge_control.table_statistics",
                        "barge_control.validation_failures", "barge_control.cdc_checkpoints",
                        "barge_control.source_snapshots", "barge_control.cdc_table_shapes"})
    if (pg.scalar(std::string("SELECT to_regclass('") + t + "') IS NOT NULL") == "t")
      pg.query(std::string("DELETE FROM ") + t + " WHERE task_name = $1", {task});
  pg.exec("COMMIT");
  return std::string("resnapshot: change capture position ") +
         (cp ? cp->position.text() : std::string("(none)")) +
         " given up; every replicated table is loaded again (TRUNCATE_BEFORE_LOAD) from a new "
         "snapshot and change capture starts there";
}

void resnapshotTask(Task& t) {
  t.migrationType = "full-load-and-cdc";
  t.prepMode = PrepMode::TruncateBeforeLoad;
}

}  // namespace barge::mover::cdc
