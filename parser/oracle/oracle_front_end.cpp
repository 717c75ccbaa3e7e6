#include "parser/oracle/oracle_front_end.h"

#include <algorithm>

#include "OracleLexer.h"
#include "parser/common/front_end_util.h"
#include "parser/common/statement_driver.h"
#include "parser/oracle/oracle_conditional_compilation.h"
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

using Driver = StatementDriver<barge_oracle::OracleLexer, P, P::SqlStatementContext>;

void merge(ParseResult& into, ParseResult& from) {
  for (auto& s : from.script.statements) into.script.statements.push_back(std::move(s));
  for (auto& d : from.diagnostics) into.diagnostics.push_back(std::move(d));
  into.stats.add(from.stats);
}

// Line, column and offset of byte `at` of the chunk.
Chunk positionAt(const Chunk& c, size_t at) {
  Chunk r;
  r.line = c.line;
  r.column = c.column;
  r.offset = c.offset + at;
  for (size_t i = 0; i < at; ++i) {
    unsigned char ch = static_cast<unsigned char>(c.text[i]);
    if (ch == '\n') {
      ++r.line;
      r.column = 1;
    } else if ((ch & 0xC0) != 0x80) {
      ++r.column;
    }
  }
  return r;
}

void recordWrapped(ParseResult& out, const Chunk& chunk, const WrappedHeading& h,
                   const std::shared_ptr<const std::string>& file) {
  auto w = std::make_unique<ir::WrappedUnitStmt>();
  w->loc = {file, chunk.line, chunk.column, chunk.offset};
  w->unitKind = h.kind;
  w->orReplace = h.orReplace;
  for (const auto& [text, quoted] : h.name) w->name.parts.push_back({text, quoted});
  recordStatement(out, std::move(w), chunk);
}
}  // namespace

ParseResult parseScript(std::string_view bytes, const std::string& sourceName,
                        const ParseOptions& options) {
  ParseResult result;
  auto file = std::make_shared<const std::string>(sourceName);
  NormalizedText text = normalizeText(bytes, options.encoding);
  addEncodingDiagnostics(result, text, file);
  CcSettings cc;
  std::string ccError;
  if (!parseCcSettings(options, cc, ccError)) {
    ir::SourceLocation loc{file, 1, 1, 0};
    result.diagnostics.push_back({Severity::Error, loc, ccError});
    parseCcSettings(ParseOptions{}, cc, ccError);
  }
  Driver driver(keywords(), &P::sqlStatement, transformStatement, quickScan);
  driver.setTokenPass([&cc](StatementTokenStream& tokens, CodePointStream& chars,
                            const Chunk& chunk, const std::shared_ptr<const std::string>& f,
                            ParseResult& out) {
    if (!mayHaveDirectives(chunk.text)) return std::vector<ir::Ptr<ir::ConditionalCompilation>>{};
    return applyConditionalCompilation(tokens, chars, chunk, f, cc, out);
  });
  joinContinuationLines(text.utf8);
  std::vector<Chunk> chunks = splitScript(text.utf8);
  std::vector<bool> recut(chunks.size(), false);  // cut again from a unit with no "/" line
  for (size_t n = 0; n < chunks.size(); ++n) {
    const Chunk chunk = chunks[n];
    if (chunk.kind == Chunk::Kind::ScriptCommand) {
      recordScriptCommand(result, chunk, file, "SQL*Plus command");
      // joinContinuationLines marked a joined "-" line end with \v: the text shows a blank
      auto& cmd = result.script.statements.back()->as<ir::ScriptCommandStmt>().text;
      std::replace(cmd.begin(), cmd.end(), '\v', ' ');
      continue;
    }
    if (!recut[n]) {
      for (const auto& var : substitutionVariables(chunk.text)) {
        ir::SourceLocation loc{file, chunk.line, chunk.column, chunk.offset};
        result.diagnostics.push_back(
            {Severity::Info, loc, "SQL*Plus substitution variable " + var + " left as written"});
      }
    }
    if (!isPlsqlUnitText(chunk.text)) {
      driver.parse(chunk, file, options, result);
      continue;
    }
    if (auto w = wrappedHeading(chunk.text)) {
      recordWrapped(result, chunk, *w, file);
      continue;
    }
    ParseResult one;
    driver.parse(chunk, file, options, one);
    std::optional<size_t> end;
    if (one.stats.failed > 0) end = driver.prefixEnd(chunk, file, &P::sqlStatementPrefix);
    if (!end) {
      merge(result, one);
      continue;
    }
    // A PL/SQL unit followed by more statements without the "/" line SQL*Plus needs: the unit
    // is parsed on its own and the rest is split again.
    Chunk unit = chunk;
    unit.text = chunk.text.substr(0, *end);
    driver.parse(unit, file, options, result);
    size_t restAt = *end;
    while (restAt < chunk.text.size() &&
           std::string_view(" \t\r\n\f\v").find(chunk.text[restAt]) != std::string_view::npos)
      ++restAt;
    Chunk base = positionAt(chunk, restAt);
    ir::SourceLocation loc{file, base.line, base.column, base.offset};
    result.diagnostics.push_back(
        {Severity::Warning, loc,
         "the PL/SQL unit before this line is not ended by a \"/\" line (SQL*Plus would send "
         "what follows with it): parsed as a statement of its own"});
    std::vector<Chunk> rest = splitScript(chunk.text.substr(restAt));
    for (auto& c : rest) {
      c.column = c.line == 1 ? base.column + c.column - 1 : c.column;
      c.line = base.line + c.line - 1;
      c.offset = base.offset + c.offset;
    }
    chunks.insert(chunks.begin() + static_cast<long>(n) + 1, rest.begin(), rest.end());
    recut.insert(recut.begin() + static_cast<long>(n) + 1, rest.size(), true);
  }
  return result;
}

}  // namespace barge::parser::oracle
