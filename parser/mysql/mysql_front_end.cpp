#include "parser/mysql/mysql_front_end.h"

#include "MySqlLexer.h"
#include <chrono>

#include "parser/common/statement_driver.h"
#include "parser/mysql/fast_insert.h"
#include "parser/mysql/mysql_splitter.h"
#include "parser/mysql/transform.h"

namespace barge::parser::mysql {

namespace {
const KeywordTable& keywords() {
  static const KeywordTable table(barge_mysql::MySqlLexer(nullptr).getVocabulary(),
                                  barge_mysql::MySqlLexer::ID);
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
  applyVersionedComments(text.utf8, options.mysqlVersion);
  StatementDriver<barge_mysql::MySqlLexer, P, P::SqlStatementContext> driver(
      keywords(), &P::sqlStatement, transformStatement);
  for (const Chunk& chunk : splitScript(text.utf8)) {
    if (chunk.kind == Chunk::Kind::ScriptCommand) {
      auto cmd = std::make_unique<ir::ScriptCommandStmt>();
      cmd->loc = {file, chunk.line, chunk.column, chunk.offset};
      cmd->command = chunk.command;
      cmd->text = std::string(chunk.text);
      result.diagnostics.push_back(
          {Severity::Info, cmd->loc, "client command " + chunk.command + " skipped"});
      result.script.statements.push_back(std::move(cmd));
      ++result.stats.scriptCommands;
      continue;
    }
    auto t0 = std::chrono::steady_clock::now();
    if (auto fast = tryFastInsert(chunk, file)) {
      recordStatement(result, std::move(fast));
      std::chrono::duration<double> d = std::chrono::steady_clock::now() - t0;
      recordTiming(result, chunk, file, d.count());
      continue;
    }
    driver.parse(chunk, file, options, result);
  }
  return result;
}

}  // namespace barge::parser::mysql
