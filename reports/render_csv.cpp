#include "reports/render.h"

namespace barge::reports {

namespace {
// RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled.
std::string field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}
// "host:port" of a live source (mysql://host:port/db); files have none.
std::string serverOf(const std::string& source) {
  if (source.rfind("mysql://", 0) != 0) return "";
  std::string rest = source.substr(8);
  return rest.substr(0, rest.find('/'));
}
std::string row(std::initializer_list<std::string> fields) {
  std::string out;
  bool first = true;
  for (const auto& f : fields) {
    if (!first) out += ',';
    out += field(f);
    first = false;
  }
  return out + "\r\n";
}
}  // namespace

std::string renderActionItemsCsv(const ReportModel& m) {
  std::string out = row({"Category", "Occurrence", "Action item", "Subject", "Group", "Description",
                         "Documentation references", "Recommended action", "Line", "Position",
                         "Source", "Target", "Server IP address and port", "Database", "Schema"});
  for (const auto& a : m.actions) {
    // SCT has no file column: Line and Position need the file, so Source starts with it.
    std::string source = a.file;
    for (const std::string* part : {&a.objectName, &a.sourceText})
      if (!part->empty()) source += (source.empty() ? "" : ": ") + *part;
    out += row({a.objectKind, std::to_string(a.occurrence), a.code, a.title, a.category, a.message,
                "", a.recommendation, a.line ? std::to_string(a.line) : "",
                a.column ? std::to_string(a.column) : "", source, a.targetText, serverOf(m.source),
                a.database, a.schema});
  }
  return out;
}

std::string renderSummaryCsv(const ReportModel& m) {
  std::string out = row({"Category", "Number of objects", "Objects automatically converted",
                         "Objects with simple actions", "Objects with medium-complexity actions",
                         "Objects with complex actions", "Total lines of code"});
  for (const auto& r : m.summary)
    out += row({r.category, std::to_string(r.objects), std::to_string(r.automatic),
                std::to_string(r.simple), std::to_string(r.medium), std::to_string(r.complex),
                std::to_string(r.linesOfCode)});
  return out;
}

}  // namespace barge::reports
