#pragma once
// Validation: both sides streamed in key order and compared row by row on canonical values
// (the source converted exactly as the load converts it, the target read in binary), so equal
// values compare equal across the engines; differences narrowed to rows and written to
// barge_control.validation_failures. Keyless tables: row count and an order-independent hash.
#include <string>
#include <vector>

#include "mover/table_plan.h"
#include "mover/task.h"

namespace barge::mover {

struct TableValidation {
  std::string table;  // source schema.table
  std::string state;  // Validated | Mismatched records | Error | No primary key
  uint64_t sourceRows = 0, targetRows = 0, failures = 0;
  std::string message;
};

// plans must have been resolved against the target (resolveTarget).
std::vector<TableValidation> validateTables(const Task& task, std::vector<TablePlan>& plans);

}  // namespace barge::mover
