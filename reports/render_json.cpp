#include <nlohmann/json.hpp>

#include "reports/render.h"

namespace barge::reports {

namespace {
using J = nlohmann::ordered_json;

J excerptJson(const Excerpt& e) {
  if (!e.firstLine) return nullptr;
  return J{{"firstLine", e.firstLine},
           {"lines", e.lines},
           {"caretLine", e.caretLine},
           {"caretColumn", e.caretColumn}};
}
}  // namespace

std::string renderJson(const ReportModel& m) {
  J j;
  j["schema_version"] = m.schemaVersion;
  j["tool"] = m.tool;
  j["generatedAt"] = m.generatedAt;
  j["dialect"] = m.dialect;
  j["source"] = m.source;
  j["database"] = m.database;
  j["inputRoot"] = m.inputRoot;
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
  j["effortMethod"] = m.effortMethod;
  j["automaticObjects"] = m.automaticObjects;
  j["verifiedObjects"] = m.verifiedObjects;
  j["topRisks"] = m.topRisks;
  J sev;
  const char* names[] = {"info", "low", "medium", "high", "critical"};
  for (int i = 0; i < 5; ++i) sev[names[i]] = m.actionsBySeverity[i];
  j["actionsBySeverity"] = sev;
  const auto& v = m.verify;
  j["verification"] = {{"ran", v.ran},
                       {"target", v.target},
                       {"scratch", v.scratch},
                       {"serverVersion", v.serverVersion},
                       {"plpgsqlCheck", v.plpgsqlCheck},
                       {"deployed", v.deployed},
                       {"failed", v.failed},
                       {"skipped", v.skipped},
                       {"notDeployed", v.notDeployed}};
  j["summary"] = J::array();
  for (const auto& r : m.summary)
    j["summary"].push_back({{"category", r.category},
                            {"objects", r.objects},
                            {"automatic", r.automatic},
                            {"simple", r.simple},
                            {"medium", r.medium},
                            {"complex", r.complex},
                            {"linesOfCode", r.linesOfCode},
                            {"hours", r.hours}});
  j["objects"] = J::array();
  for (const auto& o : m.objects) {
    J verify = {{"status", o.verify}};
    if (!o.verifyError.empty()) {
      verify["error"] = o.verifyError;
      verify["statementLine"] = o.verifyStatementLine;
      verify["statementColumn"] = o.verifyStatementColumn;
      verify["sourceLine"] = o.verifySourceLine;
      verify["sourceColumn"] = o.verifySourceColumn;
    }
    if (!o.verifyDependency.empty()) verify["dependency"] = o.verifyDependency;
    verify["plpgsqlChecked"] = o.plpgsqlChecked;
    j["objects"].push_back({{"kind", o.kind},
                            {"name", o.name},
                            {"database", o.database},
                            {"sourceSchema", o.sourceSchema},
                            {"schema", o.schema},
                            {"pgName", o.pgName},
                            {"file", o.file},
                            {"line", o.line},
                            {"lines", o.lines},
                            {"status", o.status},
                            {"complexity", o.complexity},
                            {"severity", o.severity},
                            {"effort", o.effort},
                            {"hours", o.hours},
                            {"actions", o.actionCount},
                            {"codes", o.codes},
                            {"sqlFile", o.sqlFile},
                            {"verify", verify}});
  }
  j["actionGroups"] = J::array();
  for (const auto& g : m.groups)
    j["actionGroups"].push_back({{"code", g.code},
                                 {"severity", g.severity},
                                 {"effort", g.effort},
                                 {"category", g.category},
                                 {"title", g.title},
                                 {"occurrences", g.occurrences},
                                 {"objects", g.objects},
                                 {"hours", g.hours},
                                 {"recommendation", g.recommendation}});
  j["actions"] = J::array();
  for (const auto& a : m.actions)
    j["actions"].push_back({{"code", a.code},
                            {"severity", a.severity},
                            {"effort", a.effort},
                            {"category", a.category},
                            {"title", a.title},
                            {"message", a.message},
                            {"objectKind", a.objectKind},
                            {"objectName", a.objectName},
                            {"database", a.database},
                            {"schema", a.schema},
                            {"file", a.file},
                            {"line", a.line},
                            {"column", a.column},
                            {"source", a.sourceText},
                            {"target", a.targetText},
                            {"recommendation", a.recommendation},
                            {"excerpt", excerptJson(a.excerpt)}});
  j["skippedStatements"] = J::array();
  for (const auto& s : m.skipped)
    j["skippedStatements"].push_back({{"kind", s.kind},
                                      {"file", s.file},
                                      {"line", s.line},
                                      {"column", s.column},
                                      {"message", s.message},
                                      {"excerpt", excerptJson(s.excerpt)}});
  j["skippedStatementsOmitted"] = m.skippedOmitted;
  // Strings come from inputs of any encoding: never throw on a stray byte.
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace barge::reports
