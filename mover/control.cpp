#include "mover/control.h"

namespace barge::mover {

void ensureControlSchema(PgConn& pg) {
  pg.exec(R"SQL(
CREATE SCHEMA IF NOT EXISTS barge_control;
CREATE TABLE IF NOT EXISTS barge_control.table_statistics (
  task_name text NOT NULL,
  "SchemaName" text NOT NULL,
  "TableName" text NOT NULL,
  target_schema text,
  target_table text,
  "Inserts" bigint NOT NULL DEFAULT 0,
  "Deletes" bigint NOT NULL DEFAULT 0,
  "Updates" bigint NOT NULL DEFAULT 0,
  "Ddls" bigint NOT NULL DEFAULT 0,
  "FullLoadRows" bigint NOT NULL DEFAULT 0,
  "FullLoadErrorRows" bigint NOT NULL DEFAULT 0,
  "FullLoadStartTime" timestamptz,
  "FullLoadEndTime" timestamptz,
  "LastUpdateTime" timestamptz,
  "TableState" text NOT NULL DEFAULT 'Before load',
  "ValidationPendingRecords" bigint NOT NULL DEFAULT 0,
  "ValidationFailedRecords" bigint NOT NULL DEFAULT 0,
  "ValidationState" text NOT NULL DEFAULT 'Not enabled',
  message text,
  PRIMARY KEY (task_name, "SchemaName", "TableName"));
CREATE TABLE IF NOT EXISTS barge_control.segments (
  task_name text NOT NULL,
  schema_name text NOT NULL,
  table_name text NOT NULL,
  segment_no integer NOT NULL,
  predicate text NOT NULL,
  last_key text,
  rows bigint NOT NULL DEFAULT 0,
  error_rows bigint NOT NULL DEFAULT 0,
  done boolean NOT NULL DEFAULT false,
  PRIMARY KEY (task_name, schema_name, table_name, segment_no));
CREATE TABLE IF NOT EXISTS barge_control.validation_failures (
  task_name text NOT NULL,
  table_owner text NOT NULL,
  table_name text NOT NULL,
  failure_time timestamptz NOT NULL DEFAULT now(),
  key_type text,
  key text,
  failure_type text NOT NULL,
  details jsonb);
CREATE TABLE IF NOT EXISTS barge_control.rejects (
  task_name text NOT NULL,
  table_name text NOT NULL,
  key text NOT NULL,
  reason text NOT NULL,
  reject_time timestamptz NOT NULL,
  seq bigserial,
  PRIMARY KEY (task_name, table_name, key));
)SQL");
}

namespace {

std::string val(PGresult* r, int row, int col) {
  return PQgetisnull(r, row, col) ? "" : std::string(PQgetvalue(r, row, col));
}
int64_t num(PGresult* r, int row, int col) {
  return PQgetisnull(r, row, col) ? 0 : std::stoll(PQgetvalue(r, row, col));
}

constexpr const char* kStatsCols =
    R"("SchemaName", "TableName", target_schema, target_table, "Inserts", "Deletes", "Updates",
 "Ddls", "FullLoadRows", "FullLoadErrorRows", "FullLoadStartTime", "FullLoadEndTime",
 "LastUpdateTime", "TableState", "ValidationPendingRecords", "ValidationFailedRecords",
 "ValidationState", message)";
constexpr const char* kStatsColsLive =
    R"("SchemaName", "TableName", target_schema, target_table, "Inserts", "Deletes", "Updates",
 "Ddls", "FullLoadRows", "FullLoadErrorRows", "FullLoadStartTime", "FullLoadEndTime",
 "LastUpdateTime", "TableState", "ValidationPendingRecords", "ValidationFailedRecords",
 "ValidationState", message, seg_rows, seg_errors)";

TableStats statsOf(PGresult* r, int i) {
  TableStats s;
  s.schemaName = val(r, i, 0);
  s.tableName = val(r, i, 1);
  s.targetSchema = val(r, i, 2);
  s.targetTable = val(r, i, 3);
  s.inserts = num(r, i, 4);
  s.deletes = num(r, i, 5);
  s.updates = num(r, i, 6);
  s.ddls = num(r, i, 7);
  s.fullLoadRows = num(r, i, 8);
  s.fullLoadErrorRows = num(r, i, 9);
  if (PQnfields(r) > 19 && val(r, i, 13) == "Full load") {
    s.fullLoadRows = num(r, i, 18);
    s.fullLoadErrorRows = num(r, i, 19);
  }
  s.fullLoadStartTime = val(r, i, 10);
  s.fullLoadEndTime = val(r, i, 11);
  s.lastUpdateTime = val(r, i, 12);
  s.tableState = val(r, i, 13);
  s.validationPendingRecords = num(r, i, 14);
  s.validationFailedRecords = num(r, i, 15);
  s.validationState = val(r, i, 16);
  s.message = val(r, i, 17);
  return s;
}

}  // namespace

std::optional<TableStats> readTableStats(PgConn& pg, const std::string& task,
                                         const std::string& schema, const std::string& table) {
  auto r = pg.query(std::string("SELECT ") + kStatsCols +
                        " FROM barge_control.table_statistics WHERE task_name = $1 AND "
                        "\"SchemaName\" = $2 AND \"TableName\" = $3",
                    {task, schema, table});
  if (PQntuples(r.get()) == 0) return std::nullopt;
  return statsOf(r.get(), 0);
}

std::vector<TableStats> readAllTableStats(PgConn& pg, const std::string& task) {
  // While a table loads, its committed rows live in the segment checkpoints.
  auto r = pg.query(std::string("SELECT ") + kStatsColsLive +
                        " FROM (SELECT t.*, s.r AS seg_rows, s.e AS seg_errors FROM "
                        "barge_control.table_statistics t LEFT JOIN (SELECT schema_name, "
                        "table_name, sum(rows) AS r, sum(error_rows) AS e FROM "
                        "barge_control.segments WHERE task_name = $1 GROUP BY 1, 2) s ON "
                        "s.schema_name = t.\"SchemaName\" AND s.table_name = t.\"TableName\" "
                        "WHERE t.task_name = $1) x ORDER BY 1, 2",
                    {task});
  std::vector<TableStats> out;
  for (int i = 0; i < PQntuples(r.get()); ++i) out.push_back(statsOf(r.get(), i));
  return out;
}

std::vector<SegmentState> readSegments(PgConn& pg, const std::string& task,
                                       const std::string& schema, const std::string& table) {
  auto r = pg.query(
      "SELECT segment_no, predicate, last_key, rows, error_rows, done FROM barge_control.segments "
      "WHERE task_name = $1 AND schema_name = $2 AND table_name = $3 ORDER BY segment_no",
      {task, schema, table});
  std::vector<SegmentState> out;
  for (int i = 0; i < PQntuples(r.get()); ++i) {
    SegmentState s;
    s.no = static_cast<int>(num(r.get(), i, 0));
    s.predicate = val(r.get(), i, 1);
    if (!PQgetisnull(r.get(), i, 2)) s.lastKey = val(r.get(), i, 2);
    s.rows = num(r.get(), i, 3);
    s.errorRows = num(r.get(), i, 4);
    s.done = val(r.get(), i, 5) == "t";
    out.push_back(std::move(s));
  }
  return out;
}

void upsertTableState(PgConn& pg, const std::string& task, const std::string& schema,
                      const std::string& table, const std::string& tgtSchema,
                      const std::string& tgtTable, const std::string& state,
                      const std::string& message) {
  pg.query(
      "INSERT INTO barge_control.table_statistics (task_name, \"SchemaName\", \"TableName\", "
      "target_schema, target_table, \"TableState\", \"FullLoadStartTime\", \"LastUpdateTime\", "
      "message) VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $6 = 'Full load' THEN now() END, now(), "
      "NULLIF($7, '')) ON CONFLICT (task_name, \"SchemaName\", \"TableName\") DO UPDATE SET "
      "target_schema = EXCLUDED.target_schema, target_table = EXCLUDED.target_table, "
      "\"TableState\" = EXCLUDED.\"TableState\", \"FullLoadStartTime\" = "
      "COALESCE(EXCLUDED.\"FullLoadStartTime\", "
      "barge_control.table_statistics.\"FullLoadStartTime\"), "
      "\"LastUpdateTime\" = now(), message = EXCLUDED.message",
      {task, schema, table, tgtSchema, tgtTable, state, message});
}

void insertSegments(PgConn& pg, const std::string& task, const std::string& schema,
                    const std::string& table, const std::vector<SegmentState>& segs) {
  pg.query(
      "DELETE FROM barge_control.segments WHERE task_name = $1 AND schema_name = $2 AND "
      "table_name = $3",
      {task, schema, table});
  for (const auto& s : segs)
    pg.query(
        "INSERT INTO barge_control.segments (task_name, schema_name, table_name, segment_no, "
        "predicate) VALUES ($1, $2, $3, $4, $5)",
        {task, schema, table, std::to_string(s.no), s.predicate});
}

void checkpointSegment(PgConn& pg, const std::string& task, const std::string& schema,
                       const std::string& table, int segment,
                       const std::optional<std::string>& lastKey, int64_t addRows,
                       int64_t addErrorRows, bool done) {
  pg.query(
      "UPDATE barge_control.segments SET last_key = COALESCE($5, last_key), rows = rows + $6, "
      "error_rows = error_rows + $7, done = $8 WHERE task_name = $1 AND schema_name = $2 AND "
      "table_name = $3 AND segment_no = $4",
      {task, schema, table, std::to_string(segment), lastKey, std::to_string(addRows),
       std::to_string(addErrorRows), done ? "true" : "false"});
}

void finishTable(PgConn& pg, const std::string& task, const std::string& schema,
                 const std::string& table, const std::string& state, const std::string& message) {
  pg.query(
      "UPDATE barge_control.table_statistics t SET \"TableState\" = $4, message = NULLIF($5, ''), "
      "\"FullLoadRows\" = s.r, \"FullLoadErrorRows\" = s.e, \"LastUpdateTime\" = now(), "
      "\"FullLoadEndTime\" = CASE WHEN $4 = 'Table completed' THEN now() ELSE "
      "t.\"FullLoadEndTime\" END FROM (SELECT COALESCE(sum(rows), 0) AS r, "
      "COALESCE(sum(error_rows), 0) AS e FROM barge_control.segments WHERE task_name = $1 AND "
      "schema_name = $2 AND table_name = $3) s WHERE t.task_name = $1 AND t.\"SchemaName\" = $2 "
      "AND t.\"TableName\" = $3",
      {task, schema, table, state, message});
}

void setValidation(PgConn& pg, const std::string& task, const std::string& schema,
                   const std::string& table, const std::string& state, int64_t pending,
                   int64_t failed) {
  pg.query(
      "UPDATE barge_control.table_statistics SET \"ValidationState\" = $4, "
      "\"ValidationPendingRecords\" = $5, \"ValidationFailedRecords\" = $6, \"LastUpdateTime\" = "
      "now() WHERE task_name = $1 AND \"SchemaName\" = $2 AND \"TableName\" = $3",
      {task, schema, table, state, std::to_string(pending), std::to_string(failed)});
}

void clearTask(PgConn& pg, const std::string& task) {
  pg.query("DELETE FROM barge_control.segments WHERE task_name = $1", {task});
  pg.query("DELETE FROM barge_control.table_statistics WHERE task_name = $1", {task});
  pg.query("DELETE FROM barge_control.validation_failures WHERE task_name = $1", {task});
  pg.query("DELETE FROM barge_control.rejects WHERE task_name = $1", {task});
  // Change capture starts again from the new load's snapshot.
  for (const char* t : {"barge_control.cdc_checkpoints", "barge_control.source_snapshots",
                        "barge_control.cdc_table_shapes"})
    if (pg.scalar(std::string("SELECT to_regclass('") + t + "') IS NOT NULL") == "t")
      pg.query(std::string("DELETE FROM ") + t + " WHERE task_name = $1", {task});
}

std::vector<RejectRow> recordRejects(PgConn& pg, const std::string& task,
                                     const std::vector<RejectRow>& rows) {
  std::vector<RejectRow> fresh;
  for (const auto& r : rows) {
    auto res = pg.query(
        "INSERT INTO barge_control.rejects (task_name, table_name, key, reason, reject_time) "
        "VALUES ($1, $2, $3, $4, to_timestamp($5)) ON CONFLICT DO NOTHING RETURNING 1",
        {task, r.table, r.keyJson, r.reason, std::to_string(r.time)});
    if (PQntuples(res.get()) > 0) fresh.push_back(r);
  }
  return fresh;
}

std::vector<RejectRow> readRejects(PgConn& pg, const std::string& task) {
  auto r = pg.query(
      "SELECT table_name, key, reason, extract(epoch FROM reject_time)::bigint FROM "
      "barge_control.rejects WHERE task_name = $1 ORDER BY seq",
      {task});
  std::vector<RejectRow> out;
  for (int i = 0; i < PQntuples(r.get()); ++i)
    out.push_back({val(r.get(), i, 0), val(r.get(), i, 1), val(r.get(), i, 2), num(r.get(), i, 3)});
  return out;
}

}  // namespace barge::mover
