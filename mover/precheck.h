#pragma once
// Checks before a full load: each pass / warning / fail with a one-line fix.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "mover/planner.h"
#include "mover/task.h"

namespace barge::mover {

struct Check {
  std::string name, status, detail, fix;  // status: pass | warning | fail
};

struct PrecheckResult {
  std::vector<Check> checks;
  bool unreachable = false;  // a database could not be reached (exit 3)
  bool failed() const;
  std::string table() const;  // terminal rendering
  nlohmann::json json() const;
};

// planning receives the plans when the source was reachable (migrate reuses them).
PrecheckResult precheck(const Task& task, Planning* planning);

}  // namespace barge::mover
