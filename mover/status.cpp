#include "mover/status.h"

#include <algorithm>

namespace barge::mover {

nlohmann::json statsJson(const std::vector<TableStats>& stats) {
  nlohmann::json arr = nlohmann::json::array();
  for (const auto& s : stats) {
    nlohmann::json j = {{"SchemaName", s.schemaName},
                        {"TableName", s.tableName},
                        {"TargetSchema", s.targetSchema},
                        {"TargetTable", s.targetTable},
                        {"Inserts", s.inserts},
                        {"Deletes", s.deletes},
                        {"Updates", s.updates},
                        {"Ddls", s.ddls},
                        {"FullLoadRows", s.fullLoadRows},
                        {"FullLoadErrorRows", s.fullLoadErrorRows},
                        {"FullLoadStartTime", s.fullLoadStartTime},
                        {"FullLoadEndTime", s.fullLoadEndTime},
                        {"LastUpdateTime", s.lastUpdateTime},
                        {"TableState", s.tableState},
                        {"ValidationPendingRecords", s.validationPendingRecords},
                        {"ValidationFailedRecords", s.validationFailedRecords},
                        {"ValidationState", s.validationState}};
    if (!s.message.empty()) j["Message"] = s.message;
    arr.push_back(std::move(j));
  }
  return {{"TableStatistics", arr}};
}

std::string statsTable(const std::vector<TableStats>& stats) {
  std::vector<std::vector<std::string>> rows = {
      {"SchemaName", "TableName", "TableState", "FullLoadRows", "FullLoadErrorRows", "Inserts",
       "Updates", "Deletes", "Ddls", "ValidationState", "ValidationFailedRecords",
       "FullLoadStartTime", "FullLoadEndTime"}};
  for (const auto& s : stats)
    rows.push_back({s.schemaName, s.tableName, s.tableState, std::to_string(s.fullLoadRows),
                    std::to_string(s.fullLoadErrorRows), std::to_string(s.inserts),
                    std::to_string(s.updates), std::to_string(s.deletes), std::to_string(s.ddls),
                    s.validationState, std::to_string(s.validationFailedRecords),
                    s.fullLoadStartTime.substr(0, 19), s.fullLoadEndTime.substr(0, 19)});
  std::vector<size_t> w(rows[0].size(), 0);
  for (const auto& r : rows)
    for (size_t i = 0; i < r.size(); ++i) w[i] = std::max(w[i], r[i].size());
  std::string out;
  for (const auto& r : rows) {
    for (size_t i = 0; i < r.size(); ++i) out += r[i] + std::string(w[i] - r[i].size() + 2, ' ');
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += "\n";
  }
  for (const auto& s : stats)
    if (!s.message.empty()) out += s.schemaName + "." + s.tableName + ": " + s.message + "\n";
  return out;
}

}  // namespace barge::mover
