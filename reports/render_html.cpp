#include <ctemplate/template.h>

#include <algorithm>
#include <cstdio>
#include <mutex>

#include "reports/render.h"

namespace barge::reports {

extern const char* const kReportTemplate;  // templates/report.html.tpl, embedded at build time

namespace {
std::string fixed(double v, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}
std::string location(const std::string& file, uint32_t line, uint32_t column) {
  if (!line) return file;
  return file + ":" + std::to_string(line) + (column ? ":" + std::to_string(column) : "");
}
}  // namespace

std::string renderHtml(const ReportModel& m) {
  static std::once_flag loaded;
  std::call_once(loaded, [] {
    ctemplate::StringToTemplateCache("report.html", kReportTemplate, ctemplate::DO_NOT_STRIP);
  });
  ctemplate::TemplateDictionary d("report");
  d.SetValue("TOOL", m.tool);
  d.SetValue("GENERATED_AT", m.generatedAt);
  d.SetValue("DIALECT", m.dialect == "oracle" ? "Oracle" : "MySQL / MariaDB");
  d.SetValue("SOURCE", m.source);
  d.SetValue("LEVEL", m.migrationLevel);
  d.SetValue("LEVEL_TEXT", m.migrationLevelText);
  d.SetValue("EFFORT_HOURS", fixed(m.estimatedHours, 1));
  d.SetValue("EFFORT_DAYS", fixed(m.estimatedHours / 8.0, 1));
  size_t automatic = 0;
  for (const auto& r : m.summary) automatic += r.automatic;
  d.SetIntValue("AUTO_OBJECTS", static_cast<long>(automatic));
  d.SetIntValue("TOTAL_OBJECTS", static_cast<long>(m.objects.size()));
  d.SetValue("AUTO_PERCENT",
             m.objects.empty() ? "0" : fixed(100.0 * automatic / m.objects.size(), 0));
  d.SetIntValue("PARSED", static_cast<long>(m.parse.parsed));
  d.SetIntValue("STATEMENTS", static_cast<long>(m.parse.statements));
  d.SetIntValue("FAILED", static_cast<long>(m.parse.failed));
  d.SetIntValue("SCRIPT_COMMANDS", static_cast<long>(m.parse.scriptCommands));
  d.SetIntValue("BYTES", static_cast<long>(m.parse.bytes));
  d.SetIntValue("ACTION_COUNT", static_cast<long>(m.actions.size()));
  d.SetIntValue("SEV_INFO", static_cast<long>(m.actionsBySeverity[0]));
  d.SetIntValue("SEV_LOW", static_cast<long>(m.actionsBySeverity[1]));
  d.SetIntValue("SEV_MEDIUM", static_cast<long>(m.actionsBySeverity[2]));
  d.SetIntValue("SEV_HIGH", static_cast<long>(m.actionsBySeverity[3]));
  d.SetIntValue("SEV_CRITICAL", static_cast<long>(m.actionsBySeverity[4]));
  for (const auto& r : m.summary) {
    auto* s = d.AddSectionDictionary("SUMMARY_ROW");
    s->SetValue("CATEGORY", r.category);
    s->SetIntValue("OBJECTS", static_cast<long>(r.objects));
    s->SetIntValue("AUTOMATIC", static_cast<long>(r.automatic));
    s->SetIntValue("SIMPLE", static_cast<long>(r.simple));
    s->SetIntValue("MEDIUM", static_cast<long>(r.medium));
    s->SetIntValue("COMPLEX", static_cast<long>(r.complex));
    s->SetIntValue("LOC", static_cast<long>(r.linesOfCode));
    s->SetValue("AUTO_PERCENT", r.objects ? fixed(100.0 * r.automatic / r.objects, 0) : "0");
  }
  // Most severe first; within a severity, in source order.
  auto rank = [](const std::string& sev) {
    static const char* order[] = {"critical", "high", "medium", "low", "info"};
    for (int i = 0; i < 5; ++i)
      if (sev == order[i]) return i;
    return 5;
  };
  std::vector<const ReportAction*> sorted;
  for (const auto& a : m.actions) sorted.push_back(&a);
  std::stable_sort(sorted.begin(), sorted.end(), [&](const ReportAction* x, const ReportAction* y) {
    return rank(x->severity) < rank(y->severity);
  });
  for (const ReportAction* ap : sorted) {
    const ReportAction& a = *ap;
    auto* s = d.AddSectionDictionary("ACTION");
    s->SetValue("SEVERITY", a.severity);
    s->SetValue("CODE", a.code);
    s->SetValue("EFFORT", a.effort);
    s->SetValue("OBJECT_KIND", a.objectKind);
    s->SetValue("OBJECT_NAME", a.objectName);
    s->SetValue("LOCATION", location(a.file, a.line, a.column));
    s->SetValue("TITLE", a.title);
    s->SetValue("MESSAGE", a.message);
    s->SetValue("RECOMMENDATION", a.recommendation);
  }
  for (const auto& o : m.objects) {
    auto* s = d.AddSectionDictionary("OBJECT");
    s->SetValue("KIND", o.kind);
    s->SetValue("NAME", o.name);
    s->SetValue("PG_NAME",
                o.pgName.empty() ? "" : (o.schema.empty() ? "" : o.schema + ".") + o.pgName);
    s->SetValue("LOCATION", location(o.file, o.line, 0));
    s->SetIntValue("LINES", static_cast<long>(o.lines));
    s->SetValue("STATUS", o.status);
    s->SetValue("STATUS_CLASS", o.status == "not converted" ? "status-not" : "status-converted");
    s->SetIntValue("ACTIONS", static_cast<long>(o.actionCount));
    s->SetValue("HOURS", fixed(o.hours, 1));
  }
  d.SetIntValue("INPUT_COUNT", static_cast<long>(m.inputs.size()));
  for (const auto& in : m.inputs) d.AddSectionDictionary("INPUT")->SetValue("PATH", in);
  std::string out;
  ctemplate::ExpandTemplate("report.html", ctemplate::DO_NOT_STRIP, &d, &out);
  return out;
}

}  // namespace barge::reports
