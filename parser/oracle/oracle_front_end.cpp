#include "parser/oracle/oracle_front_end.h"

#include "OracleLexer.h"
#include "parser/common/statement_driver.h"
#include "parser/oracle/oracle_splitter.h"
#include "parser/oracle/transform.h"

namespace barge::parser::oracle {

namespace {
const KeywordTable& keywords() {
  static const KeywordTable table(barge_oracle::OracleLexer(nullptr).getVocabulary(),
                                  barge_oracle::OracleLexer::ID);
  return table;
}
}  // namespace

ParseResult parseScript(std::string_view bytes, const std::string& sourceName,
                        const ParseOptions& options) {
  ParseResult result;
  auto file = std::make_shared<const std::string>(sourceName);
  NormalizedText text = normalizeText(bytes, options.encoding);
  for (const auto& issue : text.issues) {
    Diagnostic d;
    d.severity = Severity::Warning;
    d.loc.file = file;
    d.loc.offset = issue.offset;
    d.message = issue.message;
    result.diagnostics.push_back(d);
  }
  StatementDriver<barge_oracle::OracleLexer, P, P::SqlStatementContext> driver(
      keywords(), &P::sqlStatement, transformStatement);
  joinContinuationLines(text.utf8);
  for (const Chunk& chunk : splitScript(text.utf8)) {
    if (chunk.kind == Chunk::Kind::ScriptCommand) {
      auto cmd = std::make_unique<ir::ScriptCommandStmt>();
      cmd->loc = {file, chunk.line, chunk.column, chunk.offset};
      cmd->command = chunk.command;
      cmd->text = std::string(chunk.text);
      result.diagnostics.push_back(
          {Severity::Info, cmd->loc, "SQL*Plus command " + chunk.command + " skipped"});
      result.script.statements.push_back(std::move(cmd));
      ++result.stats.scriptCommands;
      continue;
    }
    for (const auto& var : substitutionVariables(chunk.text)) {
      ir::SourceLocation loc{file, chunk.line, chunk.column, chunk.offset};
      result.diagnostics.push_back(
          {Severity::Info, loc, "SQL*Plus substitution variable " + var + " left as written"});
    }
    driver.parse(chunk, file, options, result);
  }
  return result;
}

}  // namespace barge::parser::oracle
