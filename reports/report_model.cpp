#include "reports/report_model.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>

namespace barge::reports {

namespace {
// Hours per effort bucket (simple < 2 h, medium 2-6 h, significant > 6 h).
double bucketHours(converter::Effort e) {
  switch (e) {
    case converter::Effort::None:
      return 0;
    case converter::Effort::Simple:
      return 1;
    case converter::Effort::Medium:
      return 4;
    case converter::Effort::Significant:
      return 12;
  }
  return 0;
}

std::string nowUtc() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S UTC", std::gmtime(&t));
  return buf;
}
}  // namespace

ReportModel buildReport(const converter::ConversionResult& conv, const parser::ParseStats& parse,
                        const std::vector<std::string>& inputs, const std::string& source) {
  ReportModel m;
  m.tool = std::string("barge ") + BARGE_VERSION;
  m.generatedAt = nowUtc();
  m.dialect = parser::dialectName(conv.from);
  m.inputs = inputs;
  m.source = source;
  m.parse = parse;

  std::map<std::string, uint32_t> occurrences;
  for (const auto& a : conv.actions) {
    const converter::ActionDef* def = converter::findAction(a.code);
    ReportAction r;
    r.code = a.code;
    r.severity = def ? converter::severityName(def->severity) : "medium";
    r.effort = def ? converter::effortName(def->effort) : "medium";
    r.category = def ? std::string(def->category) : "";
    r.title = def ? std::string(def->title) : a.code;
    r.recommendation = def ? std::string(def->recommendation) : "";
    r.message = a.message;
    r.objectKind = a.objectKind;
    r.objectName = a.objectName;
    r.file = a.loc.fileName();
    r.line = a.loc.line;
    r.column = a.loc.column;
    r.sourceText = a.sourceText;
    r.targetText = a.targetText;
    r.occurrence = ++occurrences[a.code];
    if (def) ++m.actionsBySeverity[static_cast<int>(def->severity)];
    m.actions.push_back(std::move(r));
  }

  std::map<std::string, SummaryRow> rows;
  for (const auto& o : conv.objects) {
    if (o.kind == "SCHEMA") continue;
    ReportObject r;
    r.kind = o.kind;
    r.name = o.name;
    r.schema = o.schema;
    r.pgName = o.pgName;
    r.file = o.loc.fileName();
    r.line = o.loc.line;
    r.lines = o.lines;
    r.actionCount = o.actions.size();
    converter::Effort worst = converter::Effort::None;
    for (size_t i : o.actions) {
      if (const auto* def = converter::findAction(conv.actions[i].code))
        worst = std::max(worst, def->effort);
    }
    r.effort = converter::effortName(worst);
    r.hours = bucketHours(worst);
    // Unconverted code is sized by its length as well: ~50 lines an hour to rewrite and test.
    if (!o.converted) r.hours += o.lines / 50.0;
    r.status = !o.converted                       ? "not converted"
               : worst == converter::Effort::None ? "converted"
                                                  : "converted with actions";
    m.estimatedHours += r.hours;
    SummaryRow& row = rows[o.kind];
    row.category = o.kind;
    ++row.objects;
    row.linesOfCode += o.lines;
    switch (worst) {
      case converter::Effort::None:
        (o.converted ? row.automatic : row.simple)++;
        break;
      case converter::Effort::Simple:
        ++row.simple;
        break;
      case converter::Effort::Medium:
        ++row.medium;
        break;
      case converter::Effort::Significant:
        ++row.complex;
        break;
    }
    m.objects.push_back(std::move(r));
  }
  // Statements that could not be parsed are work too.
  m.estimatedHours += static_cast<double>(parse.failed) * bucketHours(converter::Effort::Medium);
  for (auto& [k, v] : rows) m.summary.push_back(v);

  double days = m.estimatedHours / 8.0;
  bool anyAction = std::any_of(m.objects.begin(), m.objects.end(),
                               [](const ReportObject& o) { return o.status != "converted"; }) ||
                   parse.failed > 0;
  if (!anyAction) {
    m.migrationLevel = "A";
    m.migrationLevelText = "can be migrated automatically";
  } else if (days <= 5) {
    m.migrationLevel = "B";
    m.migrationLevelText = "needs code rewrite, up to 5 person-days";
  } else {
    m.migrationLevel = "C";
    m.migrationLevelText = "needs code rewrite, more than 5 person-days";
  }
  return m;
}

}  // namespace barge::reports
