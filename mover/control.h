#pragma once
// The control schema barge_control on the target: table statistics (DMS field names), segment
// checkpoints (committed in the same transaction as the rows they describe), validation failures.
#include <optional>
#include <string>
#include <vector>

#include "mover/pg_conn.h"
#include "mover/reject_file.h"

namespace barge::mover {

inline constexpr const char* kControlSchema = "barge_control";

void ensureControlSchema(PgConn& pg);

struct SegmentState {
  int no = 0;
  std::string predicate;               // source SQL
  std::optional<std::string> lastKey;  // JSON array of the last committed key (text values)
  int64_t rows = 0, errorRows = 0;
  bool done = false;
};

struct TableStats {
  std::string schemaName, tableName;  // source names
  std::string targetSchema, targetTable;
  int64_t inserts = 0, deletes = 0, updates = 0, ddls = 0;
  int64_t fullLoadRows = 0, fullLoadErrorRows = 0;
  std::string fullLoadStartTime, fullLoadEndTime, lastUpdateTime;
  std::string tableState = "Before load";
  int64_t validationPendingRecords = 0, validationFailedRecords = 0;
  std::string validationState = "Not enabled";
  std::string message;
};

std::optional<TableStats> readTableStats(PgConn& pg, const std::string& task,
                                         const std::string& schema, const std::string& table);
std::vector<TableStats> readAllTableStats(PgConn& pg, const std::string& task);
std::vector<SegmentState> readSegments(PgConn& pg, const std::string& task,
                                       const std::string& schema, const std::string& table);

// Inside the caller's transaction.
void upsertTableState(PgConn& pg, const std::string& task, const std::string& schema,
                      const std::string& table, const std::string& tgtSchema,
                      const std::string& tgtTable, const std::string& state,
                      const std::string& message = "");
void insertSegments(PgConn& pg, const std::string& task, const std::string& schema,
                    const std::string& table, const std::vector<SegmentState>& segs);
void checkpointSegment(PgConn& pg, const std::string& task, const std::string& schema,
                       const std::string& table, int segment,
                       const std::optional<std::string>& lastKey, int64_t addRows,
                       int64_t addErrorRows, bool done);
void finishTable(PgConn& pg, const std::string& task, const std::string& schema,
                 const std::string& table, const std::string& state, const std::string& message);
void setValidation(PgConn& pg, const std::string& task, const std::string& schema,
                   const std::string& table, const std::string& state, int64_t pending,
                   int64_t failed);
void clearTask(PgConn& pg, const std::string& task);  // migrate --restart

// Rejected rows, recorded in the transaction that commits their batch's checkpoint, so a crash
// can neither lose nor repeat one; <work-dir>/rejects.jsonl is written from here.
// Returns the rows that were new (a row rejected again after a resume is not repeated).
std::vector<RejectRow> recordRejects(PgConn& pg, const std::string& task,
                                     const std::vector<RejectRow>& rows);
std::vector<RejectRow> readRejects(PgConn& pg, const std::string& task);

}  // namespace barge::mover
