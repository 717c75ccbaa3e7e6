#pragma once
// The assessment report as plain data: one model feeds HTML, JSON and CSV.
#include <string>
#include <vector>

#include "converter/convert.h"
#include "converter/verify/verify.h"
#include "parser/parser.h"

namespace barge::reports {

// report.json's layout version (reports/report.schema.json): bump on any incompatible change.
inline constexpr int kReportSchemaVersion = 2;

// A few source lines around a position, the caret under `column` of `caretLine`.
struct Excerpt {
  uint32_t firstLine = 0;  // 0: no excerpt (source not available)
  std::vector<std::string> lines;
  uint32_t caretLine = 0, caretColumn = 0;  // caretColumn 0: no caret
};

struct ReportAction {
  std::string code, severity, effort, category, title, recommendation;
  std::string message, objectKind, objectName, file, sourceText, targetText;
  std::string database, schema;  // where the object lives in the source
  uint32_t line = 0, column = 0;
  uint32_t occurrence = 0;  // n-th occurrence of this code
  long object = -1;         // index into ReportModel::objects, -1 = not tied to an object
  Excerpt excerpt;
};

struct ReportObject {
  std::string kind, name, schema, pgName, file,
      status;  // status: converted | converted with actions | not converted
  std::string database, sourceSchema;
  uint32_t line = 0, lines = 0;
  size_t actionCount = 0;
  std::string effort;      // none | simple | medium | significant
  std::string complexity;  // automatic | simple | medium | complex (the SCT summary buckets)
  std::string severity;    // worst severity of its action items, "" = none
  std::vector<std::string> codes;  // distinct action codes
  double hours = 0;
  std::string sqlFile;  // OUTDIR-relative file of its PostgreSQL ("" = none)
  std::string pgSql;    // its PostgreSQL, shortened to kMaxSqlShown (objects with actions only)
  bool pgSqlTruncated = false;
  // Verification (when --verify ran): deployed | failed | skipped | not deployed | not verified
  std::string verify = "not verified";
  std::string verifyError, verifyStatement, verifyDependency;
  uint32_t verifyStatementLine = 0, verifyStatementColumn = 0;
  uint32_t verifySourceLine = 0, verifySourceColumn = 0;  // mapped back, 0 = unknown
  Excerpt verifyExcerpt;  // source at the mapped position (or the object's first lines)
  bool plpgsqlChecked = false;
};

struct ActionGroup {
  std::string code, severity, effort, category, title, recommendation;
  size_t occurrences = 0, objects = 0;
  double hours = 0;             // effort bucket hours x objects affected
  std::vector<size_t> actions;  // indexes into ReportModel::actions, source order
};

// A statement the converter did not turn into an object: parse errors, skipped client
// commands, statements out of scope.
struct SkippedStatement {
  std::string kind;  // parse error | client command | out of scope
  std::string file, message;
  uint32_t line = 0, column = 0;
  Excerpt excerpt;
};

struct SummaryRow {
  std::string category;  // object kind
  size_t objects = 0, automatic = 0, simple = 0, medium = 0, complex = 0;
  uint64_t linesOfCode = 0;
  double hours = 0;
};

struct VerifySummary {
  bool ran = false;
  std::string target, scratch, serverVersion;
  bool plpgsqlCheck = false;
  size_t deployed = 0, failed = 0, skipped = 0, notDeployed = 0;
};

struct ReportModel {
  int schemaVersion = kReportSchemaVersion;
  std::string tool, generatedAt, dialect, source;  // source: files or live endpoint
  std::string inputRoot;                           // files are shown relative to it
  std::string database;                            // source database when known
  std::vector<std::string> inputs;
  parser::ParseStats parse;
  std::vector<SummaryRow> summary;
  std::vector<ReportObject> objects;
  std::vector<ReportAction> actions;
  std::vector<ActionGroup> groups;  // most severe first
  std::vector<SkippedStatement> skipped;
  size_t skippedOmitted = 0;  // beyond the report's cap (all are counted in parse figures)
  VerifySummary verify;
  size_t actionsBySeverity[5] = {0, 0, 0, 0, 0};  // info, low, medium, high, critical
  double estimatedHours = 0;
  std::string effortMethod;
  std::string migrationLevel;  // A, B or C (ora2pg's scale)
  std::string migrationLevelText;
  std::vector<std::string> topRisks;  // one sentence each
  size_t automaticObjects = 0, verifiedObjects = 0;
};

inline constexpr size_t kMaxSqlShown = 12000;        // characters of an object's SQL in the page
inline constexpr size_t kMaxSkippedShown = 2000;     // skipped statements listed with excerpts
inline constexpr size_t kMaxOccurrencesShown = 300;  // per action code, with excerpts
// Object rows laid out when the page opens (the rest are in the page, hidden, and reached by the
// filters or "show all"): laying out 3,000 table rows costs Chromium over a second.
inline constexpr size_t kObjectRowsShown = 250;

struct ReportInputs {
  std::vector<const ir::Script*> scripts;  // parse failures and skipped statements
  const verify::VerifyResult* verify = nullptr;
  std::vector<std::string> objectFiles;  // parallel to ConversionResult::objects ("" = none)
  std::string database;                  // source database (live source), "" = unknown
};

// `conv` gains one BRG-5001 action item per object PostgreSQL rejected that has no high or
// critical item already: the report never claims more than the deploy proved.
ReportModel buildReport(converter::ConversionResult& conv, const parser::ParseStats& parse,
                        const std::vector<std::string>& inputs, const std::string& source,
                        const ReportInputs& extra = {});

// Severity name -> 0 (info) .. 4 (critical); -1 for anything else.
int severityRank(const std::string& name);

}  // namespace barge::reports
