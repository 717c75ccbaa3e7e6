#include "parser/oracle/oracle_front_end.h"

#include <algorithm>

#include "OracleLexer.h"
#include "parser/common/front_end_util.h"
#include "parser/common/statement_driver.h"
#include "parser/oracle/oracle_quick_lexer.h"
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
  addEncodingDiagnostics(result, text, file);
  StatementDriver<barge_oracle::OracleLexer, P, P::SqlStatementContext> driver(
      keywords(), &P::sqlStatement, transformStatement, quickScan);
  joinContinuationLines(text.utf8);
  for (const Chunk& chunk : splitScript(text.utf8)) {
    if (chunk.kind == Chunk::Kind::ScriptCommand) {
      recordScriptCommand(result, chunk, file, "SQL*Plus command");
      // joinContinuationLines marked a joined "-" line end with \v: the text shows a blank
      auto& cmd = result.script.statements.back()->as<ir::ScriptCommandStmt>().text;
      std::replace(cmd.begin(), cmd.end(), '\v', ' ');
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
