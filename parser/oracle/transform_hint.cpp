// Optimizer hints: the comments /*+ ... */ and --+ ... that directly follow the keyword of a
// query block or DML statement. The lexer keeps comments on the hidden channel, so they are read
// back from the source text between the keyword and the next token.
#include "parser/oracle/transform.h"

namespace barge::parser::oracle {

namespace {

antlr4::Token* startOf(antlr4::tree::ParseTree* t) {
  if (auto* term = dynamic_cast<antlr4::tree::TerminalNode*>(t)) return term->getSymbol();
  return static_cast<antlr4::ParserRuleContext*>(t)->getStart();
}

// Moves `loc` over `text` (UTF-8): columns count characters, offsets count bytes.
void advance(ir::SourceLocation& loc, std::string_view text) {
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    ++loc.offset;
    if (c == '\n') {
      ++loc.line;
      loc.column = 1;
    } else if ((u & 0xC0) != 0x80) {
      ++loc.column;
    }
  }
}

}  // namespace

std::vector<ir::Ptr<ir::Hint>> hintsAfter(antlr4::tree::TerminalNode* keyword,
                                          const ParseContext& pc) {
  std::vector<ir::Ptr<ir::Hint>> hints;
  if (!keyword) return hints;
  auto* parent = dynamic_cast<antlr4::ParserRuleContext*>(keyword->parent);
  if (!parent) return hints;
  antlr4::Token* kw = keyword->getSymbol();
  antlr4::Token* next = nullptr;
  for (size_t i = 0; i + 1 < parent->children.size(); ++i) {
    if (parent->children[i] == keyword) {
      next = startOf(parent->children[i + 1]);
      break;
    }
  }
  // Cheap exit for the common case: nothing but one blank between the two tokens.
  if (!next || next->getStartIndex() < kw->getStopIndex() + 5) return hints;
  std::string span = pc.text(kw, next);
  size_t end = span.size() - next->getText().size();
  size_t i = kw->getText().size();
  ir::SourceLocation loc = pc.locate(kw);
  advance(loc, std::string_view(span).substr(0, i));
  while (i < end) {
    size_t stop;
    bool comment = true;
    if (span.compare(i, 2, "/*") == 0) {
      stop = span.find("*/", i + 2);
      stop = stop == std::string::npos ? end : stop + 2;
    } else if (span.compare(i, 2, "--") == 0) {
      stop = span.find('\n', i);
      if (stop == std::string::npos || stop > end) stop = end;
      while (stop > i && span[stop - 1] == '\r') --stop;
    } else {
      comment = false;
      stop = i + 1;  // a blank
    }
    if (comment && i + 2 < stop && span[i + 2] == '+') {
      auto h = std::make_unique<ir::Hint>();
      h->loc = loc;
      h->text = span.substr(i, stop - i);
      hints.push_back(std::move(h));
    }
    advance(loc, std::string_view(span).substr(i, stop - i));
    i = stop;
  }
  return hints;
}

}  // namespace barge::parser::oracle
