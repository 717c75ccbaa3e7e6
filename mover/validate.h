#pragma once
// Validation by per-key-range checksums computed on both servers. Every column is normalised in
// SQL to the same text on MariaDB and PostgreSQL; per range both sides return the row count and
// an order-independent sum of a 60-bit slice of MD5 over the normalised row. Columns without a
// canonical text form on both engines (float, JSON/jsonb, ...) are hashed in barge from streamed
// (key, column) values instead and added to the same range checksum. Ranges that match are
// Validated without moving rows; others are split (16-way) until small, then compared row by
// row, and differences are written to barge_control.validation_failures. Tables without a
// usable key get one count + checksum for the whole table.
#include <string>
#include <vector>

#include "mover/table_plan.h"
#include "mover/task.h"

namespace barge::mover {

struct TableValidation {
  std::string table;  // source schema.table
  // Validated | Mismatched records | No primary key (mismatch that cannot be narrowed) |
  // Table error
  std::string state;
  uint64_t sourceRows = 0, targetRows = 0, failures = 0;
  uint64_t ranges = 0;            // key ranges whose checksums were compared (all levels)
  uint64_t mismatchedRanges = 0;  // of those, ranges whose count or checksum differed
  uint64_t rowsCompared = 0;      // rows fetched (both sides) to narrow mismatching ranges
  uint64_t rowsStreamed = 0;      // rows streamed (both sides) to hash client-side columns
  // Root ranges of an integer key checksummed in groups by separate queries, and the connection
  // pairs that did so at the same time (both 0: one query per side for the whole table).
  uint64_t rangeGroups = 0, rangePairs = 0;
  std::vector<std::string> clientColumns;  // target columns hashed in barge
  std::string message;
};

// plans must have been resolved against the target (resolveTarget).
std::vector<TableValidation> validateTables(const Task& task, std::vector<TablePlan>& plans);

}  // namespace barge::mover
