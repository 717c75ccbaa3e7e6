#include "parser/common/front_end_util.h"

namespace barge::parser {

void addEncodingDiagnostics(ParseResult& result, const NormalizedText& text,
                            const std::shared_ptr<const std::string>& file) {
  for (const auto& issue : text.issues) {
    Diagnostic d;
    d.severity = Severity::Warning;
    d.loc.file = file;
    d.loc.offset = issue.offset;
    d.message = issue.message;
    result.diagnostics.push_back(d);
  }
}

void recordScriptCommand(ParseResult& result, const Chunk& chunk,
                         const std::shared_ptr<const std::string>& file, const std::string& kind) {
  auto cmd = std::make_unique<ir::ScriptCommandStmt>();
  cmd->loc = {file, chunk.line, chunk.column, chunk.offset};
  cmd->command = chunk.command;
  cmd->text = std::string(chunk.text);
  result.diagnostics.push_back({Severity::Info, cmd->loc, kind + " " + chunk.command + " skipped"});
  result.script.statements.push_back(std::move(cmd));
  ++result.stats.scriptCommands;
}

}  // namespace barge::parser
