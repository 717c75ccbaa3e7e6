#include "parser/common/parse_context.h"

#include <misc/Interval.h>

namespace barge::parser {

ir::SourceLocation ParseContext::locate(const antlr4::Token* t) const {
  if (!t) return chunkStart();
  ir::SourceLocation loc;
  loc.file = file_;
  size_t tokLine = t->getLine();
  loc.line = chunk_.line + static_cast<uint32_t>(tokLine) - 1;
  loc.column = tokLine == 1 ? chunk_.column + static_cast<uint32_t>(t->getCharPositionInLine())
                            : static_cast<uint32_t>(t->getCharPositionInLine()) + 1;
  loc.offset =
      chunk_.offset + (t->getType() == antlr4::Token::EOF ? stream_.utf8().size()
                                                          : stream_.byteOffset(t->getStartIndex()));
  return loc;
}

ir::SourceLocation ParseContext::chunkStart() const {
  ir::SourceLocation loc;
  loc.file = file_;
  loc.line = chunk_.line;
  loc.column = chunk_.column;
  loc.offset = chunk_.offset;
  return loc;
}

std::string ParseContext::text(const antlr4::Token* from, const antlr4::Token* to) const {
  if (!from || !to) return {};
  if (to->getType() == antlr4::Token::EOF)
    return stream_.getText(antlr4::misc::Interval(from->getStartIndex(), stream_.size() - 1));
  return stream_.getText(antlr4::misc::Interval(from->getStartIndex(), to->getStopIndex()));
}

std::string ParseContext::text(antlr4::ParserRuleContext* ctx) const {
  return ctx ? text(ctx->getStart(), ctx->getStop()) : std::string();
}

}  // namespace barge::parser
