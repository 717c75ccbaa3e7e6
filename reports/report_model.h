#pragma once
// The assessment report as plain data: one model feeds HTML, JSON and CSV.
#include <string>
#include <vector>

#include "converter/convert.h"
#include "parser/parser.h"

namespace barge::reports {

struct ReportAction {
  std::string code, severity, effort, category, title, recommendation;
  std::string message, objectKind, objectName, file, sourceText, targetText;
  uint32_t line = 0, column = 0;
  uint32_t occurrence = 0;  // n-th occurrence of this code
};

struct ReportObject {
  std::string kind, name, schema, pgName, file,
      status;  // status: converted | actions | not converted
  uint32_t line = 0, lines = 0;
  size_t actionCount = 0;
  std::string effort;  // none | simple | medium | significant
  double hours = 0;
};

struct SummaryRow {
  std::string category;  // object kind
  size_t objects = 0, automatic = 0, simple = 0, medium = 0, complex = 0;
  uint64_t linesOfCode = 0;
};

struct ReportModel {
  std::string tool, generatedAt, dialect, source;  // source: files or live endpoint
  std::vector<std::string> inputs;
  parser::ParseStats parse;
  std::vector<SummaryRow> summary;
  std::vector<ReportObject> objects;
  std::vector<ReportAction> actions;
  size_t actionsBySeverity[5] = {0, 0, 0, 0, 0};  // info, low, medium, high, critical
  double estimatedHours = 0;
  std::string migrationLevel;  // A, B or C (ora2pg's scale)
  std::string migrationLevelText;
};

ReportModel buildReport(const converter::ConversionResult& conv, const parser::ParseStats& parse,
                        const std::vector<std::string>& inputs, const std::string& source);

}  // namespace barge::reports
