#include "parser/common/statement_driver.h"

#include <algorithm>

namespace barge::parser {

void FirstErrorListener::syntaxError(antlr4::Recognizer*, antlr4::Token* offending, size_t line,
                                     size_t charPositionInLine, const std::string& msg,
                                     std::exception_ptr) {
  if (has_) return;
  has_ = true;
  line_ = line;
  column_ = charPositionInLine;
  // ANTLR lists every expected token; past a handful that helps nobody.
  std::string m = msg;
  size_t exp = m.find(" expecting ");
  if (exp != std::string::npos && m.size() - exp > 120) m = m.substr(0, exp);
  if (offending && offending->getType() == antlr4::Token::EOF &&
      m.find("<EOF>") == std::string::npos)
    m += " at end of statement";
  message_ = "syntax error: " + m;
}

namespace {
// Byte offset within the chunk of a (1-based line, 0-based character column) position.
size_t byteAt(std::string_view text, size_t line, size_t column) {
  size_t i = 0, l = 1;
  while (i < text.size() && l < line) {
    if (text[i] == '\n') ++l;
    ++i;
  }
  for (size_t c = 0; i < text.size() && c < column; ++c) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}
}  // namespace

void recordFailure(ParseResult& out, const Chunk& chunk,
                   const std::shared_ptr<const std::string>& file, size_t line, size_t column,
                   size_t /*byteInChunk*/, const std::string& message) {
  if (line == 0) line = 1;
  auto stmt = std::make_unique<ir::UnparsedStmt>();
  stmt->loc.file = file;
  stmt->loc.line = chunk.line + static_cast<uint32_t>(line) - 1;
  stmt->loc.column =
      line == 1 ? chunk.column + static_cast<uint32_t>(column) : static_cast<uint32_t>(column) + 1;
  stmt->loc.offset = chunk.offset + byteAt(chunk.text, line, column);
  stmt->statementStart.file = file;
  stmt->statementStart.line = chunk.line;
  stmt->statementStart.column = chunk.column;
  stmt->statementStart.offset = chunk.offset;
  stmt->message = message.empty() ? "syntax error" : message;
  constexpr size_t kKeep = 4096;  // enough to show in a report; a 50 MB INSERT is not copied
  stmt->text = std::string(chunk.text.substr(0, kKeep));
  stmt->sourceLines =
      static_cast<uint32_t>(std::count(chunk.text.begin(), chunk.text.end(), '\n') + 1);
  out.diagnostics.push_back({Severity::Error, stmt->loc, stmt->message});
  ++out.stats.statements;
  ++out.stats.failed;
  out.script.statements.push_back(std::move(stmt));
}

void recordStatement(ParseResult& out, ir::StmtPtr stmt, const Chunk& chunk) {
  if (!stmt) return;
  stmt->sourceLines =
      static_cast<uint32_t>(std::count(chunk.text.begin(), chunk.text.end(), '\n') + 1);
  ++out.stats.statements;
  ++out.stats.parsed;
  if (stmt->kind == ir::StmtKind::OutOfScope) ++out.stats.outOfScope;
  out.script.statements.push_back(std::move(stmt));
}

void recordTiming(ParseResult& out, const Chunk& chunk,
                  const std::shared_ptr<const std::string>& file, double seconds) {
  if (seconds > out.stats.worstStatementSeconds) {
    out.stats.worstStatementSeconds = seconds;
    out.stats.worstStatementAt.file = file;
    out.stats.worstStatementAt.line = chunk.line;
    out.stats.worstStatementAt.column = chunk.column;
    out.stats.worstStatementAt.offset = chunk.offset;
  }
}

}  // namespace barge::parser
