#include <nlohmann/json.hpp>

#include "reports/render.h"

namespace barge::reports {

std::string renderJson(const ReportModel& m) {
  nlohmann::ordered_json j;
  j["tool"] = m.tool;
  j["generatedAt"] = m.generatedAt;
  j["dialect"] = m.dialect;
  j["source"] = m.source;
  j["inputs"] = m.inputs;
  j["parse"] = {{"statements", m.parse.statements},
                {"parsed", m.parse.parsed},
                {"failed", m.parse.failed},
                {"outOfScope", m.parse.outOfScope},
                {"scriptCommands", m.parse.scriptCommands},
                {"bytes", m.parse.bytes}};
  j["migrationLevel"] = m.migrationLevel;
  j["migrationLevelText"] = m.migrationLevelText;
  j["estimatedHours"] = m.estimatedHours;
  nlohmann::ordered_json sev;
  const char* names[] = {"info", "low", "medium", "high", "critical"};
  for (int i = 0; i < 5; ++i) sev[names[i]] = m.actionsBySeverity[i];
  j["actionsBySeverity"] = sev;
  j["summary"] = nlohmann::ordered_json::array();
  for (const auto& r : m.summary)
    j["summary"].push_back({{"category", r.category},
                            {"objects", r.objects},
                            {"automatic", r.automatic},
                            {"simple", r.simple},
                            {"medium", r.medium},
                            {"complex", r.complex},
                            {"linesOfCode", r.linesOfCode}});
  j["objects"] = nlohmann::ordered_json::array();
  for (const auto& o : m.objects)
    j["objects"].push_back({{"kind", o.kind},
                            {"name", o.name},
                            {"schema", o.schema},
                            {"pgName", o.pgName},
                            {"file", o.file},
                            {"line", o.line},
                            {"lines", o.lines},
                            {"status", o.status},
                            {"effort", o.effort},
                            {"hours", o.hours},
                            {"actions", o.actionCount}});
  j["actions"] = nlohmann::ordered_json::array();
  for (const auto& a : m.actions)
    j["actions"].push_back({{"code", a.code},
                            {"severity", a.severity},
                            {"effort", a.effort},
                            {"category", a.category},
                            {"title", a.title},
                            {"message", a.message},
                            {"objectKind", a.objectKind},
                            {"objectName", a.objectName},
                            {"file", a.file},
                            {"line", a.line},
                            {"column", a.column},
                            {"source", a.sourceText},
                            {"target", a.targetText},
                            {"recommendation", a.recommendation}});
  return j.dump(2) + "\n";
}

}  // namespace barge::reports
