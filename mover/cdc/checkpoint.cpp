#include "mover/cdc/checkpoint.h"

namespace barge::mover::cdc {

void ensureCheckpointTable(PgConn& pg) {
  // Serialised: migrate and cutover may both get here at once, and CREATE TABLE IF NOT EXISTS
  // is not safe against a concurrent creation.
  pg.exec("BEGIN");
  pg.exec("SELECT pg_advisory_xact_lock(hashtext('barge_control.cdc_checkpoints'))");
  pg.exec(
      "CREATE TABLE IF NOT EXISTS barge_control.cdc_checkpoints (task_name text PRIMARY KEY, "
      "binlog_file text NOT NULL, binlog_position bigint NOT NULL, gtid text, source_time "
      "timestamptz, applied_at timestamptz NOT NULL DEFAULT now(), transactions bigint NOT NULL "
      "DEFAULT 0, changes bigint NOT NULL DEFAULT 0, state text NOT NULL DEFAULT 'running')");
  pg.exec("COMMIT");
}

std::optional<Checkpoint> readCheckpoint(PgConn& pg, const std::string& task) {
  auto r = pg.query(
      "SELECT binlog_file, binlog_position, coalesce(gtid, ''), "
      "coalesce(extract(epoch FROM source_time)::bigint, 0), transactions, changes, state, "
      "applied_at::text FROM barge_control.cdc_checkpoints WHERE task_name = $1",
      {task});
  if (PQntuples(r.get()) == 0) return std::nullopt;
  Checkpoint c;
  c.position.file = PQgetvalue(r.get(), 0, 0);
  c.position.pos = std::stoull(PQgetvalue(r.get(), 0, 1));
  c.position.gtid = PQgetvalue(r.get(), 0, 2);
  c.sourceTime = static_cast<uint32_t>(std::stoull(PQgetvalue(r.get(), 0, 3)));
  c.transactions = std::stoll(PQgetvalue(r.get(), 0, 4));
  c.changes = std::stoll(PQgetvalue(r.get(), 0, 5));
  c.state = PQgetvalue(r.get(), 0, 6);
  c.appliedAt = PQgetvalue(r.get(), 0, 7);
  return c;
}

std::string checkpointSql(PgConn& pg, const std::string& task, const Position& p,
                          uint32_t sourceTime, int64_t addTransactions, int64_t addChanges) {
  // Literals, so that it can travel in one simple-query string with the statements around it.
  const std::string st = sourceTime ? "to_timestamp(" + std::to_string(sourceTime) + ")" : "NULL";
  return "INSERT INTO barge_control.cdc_checkpoints AS c (task_name, binlog_file, "
         "binlog_position, gtid, source_time, applied_at, transactions, changes) VALUES (" +
         pg.quoteLiteral(task) + ", " + pg.quoteLiteral(p.file) + ", " + std::to_string(p.pos) +
         ", " + pg.quoteLiteral(p.gtid) + ", " + st + ", now(), " +
         std::to_string(addTransactions) + ", " + std::to_string(addChanges) +
         ") ON CONFLICT (task_name) DO UPDATE SET binlog_file = EXCLUDED.binlog_file, "
         "binlog_position = EXCLUDED.binlog_position, gtid = EXCLUDED.gtid, "
         "source_time = coalesce(EXCLUDED.source_time, c.source_time), applied_at = now(), "
         "transactions = c.transactions + EXCLUDED.transactions, "
         "changes = c.changes + EXCLUDED.changes";
}

void writeCheckpoint(PgConn& pg, const std::string& task, const Position& p, uint32_t sourceTime,
                     int64_t addTransactions, int64_t addChanges) {
  pg.exec(checkpointSql(pg, task, p, sourceTime, addTransactions, addChanges));
}

void setCdcState(PgConn& pg, const std::string& task, const std::string& state) {
  pg.query("UPDATE barge_control.cdc_checkpoints SET state = $2 WHERE task_name = $1",
           {task, state});
}

std::optional<Position> earliestSnapshot(PgConn& pg, const std::string& task) {
  if (pg.scalar("SELECT to_regclass('barge_control.source_snapshots') IS NOT NULL") != "t")
    return std::nullopt;
  // Binlog file names sort by their number; the position orders within a file.
  auto r = pg.query(
      "SELECT binlog_file, binlog_position, coalesce(gtid_binlog_pos, '') FROM "
      "barge_control.source_snapshots WHERE task_name = $1 AND binlog_file IS NOT NULL "
      "ORDER BY binlog_file, binlog_position LIMIT 1",
      {task});
  if (PQntuples(r.get()) == 0) return std::nullopt;
  Position p;
  p.file = PQgetvalue(r.get(), 0, 0);
  p.pos = std::stoull(PQgetvalue(r.get(), 0, 1));
  p.gtid = PQgetvalue(r.get(), 0, 2);
  return p;
}

}  // namespace barge::mover::cdc
