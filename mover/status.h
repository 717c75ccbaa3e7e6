#pragma once
// `barge status`: table statistics of a task from barge_control (DMS field names).
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "mover/control.h"

namespace barge::mover {

nlohmann::json statsJson(const std::vector<TableStats>& stats);
std::string statsTable(const std::vector<TableStats>& stats);

}  // namespace barge::mover
