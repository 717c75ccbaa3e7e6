#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ir/source_location.h"

namespace barge::converter {

enum class ActionSeverity { Info, Low, Medium, High, Critical };
// Effort buckets as migration teams know them: simple < 2 h, medium 2-6 h, significant > 6 h.
enum class Effort { None, Simple, Medium, Significant };

const char* severityName(ActionSeverity s);
const char* effortName(Effort e);

// One entry of the catalog. Codes are stable: reports, dashboards and tests rely on them;
// never renumber, only add.
struct ActionDef {
  std::string_view code;
  std::string_view category;  // Type, Expression, Table, Code object, Script, Syntax, Verification
  ActionSeverity severity;
  Effort effort;
  std::string_view title;
  std::string_view recommendation;
};

const ActionDef* findAction(std::string_view code);
const std::vector<ActionDef>& actionCatalog();

// One occurrence, tied to a place in the source.
struct ActionItem {
  std::string code;
  ir::SourceLocation loc;
  std::string objectKind;  // TABLE, VIEW, PROCEDURE, ...
  std::string objectName;  // as the report shows it (source name)
  std::string message;     // specific to this occurrence
  std::string sourceText;  // the construct as written (short), when useful
  std::string targetText;  // what was emitted instead, when anything was
};

}  // namespace barge::converter
