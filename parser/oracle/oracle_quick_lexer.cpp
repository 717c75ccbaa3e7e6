#include "parser/oracle/oracle_quick_lexer.h"

#include "OracleLexer.h"
#include "parser/common/code_point_stream.h"
#include "parser/common/keyword_token_source.h"
#include "parser/common/text_input.h"

namespace barge::parser::oracle {

namespace {

using L = barge_oracle::OracleLexer;

bool isLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isDigit(char32_t c) {
  return c >= '0' && c <= '9';
}
bool isNameChar(char32_t c) {
  return isLetter(c) || isDigit(c) || c == '_' || c == '$' || c == '#';
}
bool isSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool token(QuickToken& out, size_t type, size_t end, bool hidden = false) {
  out.type = type;
  out.end = end;
  out.channel = hidden ? antlr4::Token::HIDDEN_CHANNEL : antlr4::Token::DEFAULT_CHANNEL;
  return true;
}

}  // namespace

// Each case mirrors a rule of OracleLexer.g4 and gives up (returns false) where a longer or
// different rule could match: names followed by ' (n'..', q'..'), & (SUBST) or non-ASCII,
// numbers followed by '.' or a letter (decimals, exponents, f/d suffixes), ( + ), :name, hints,
// unterminated literals and comments, blanks followed by non-ASCII (U+3000 is a blank too), $
// and every character not listed.
bool quickScan(std::u32string_view s, size_t p, QuickToken& out) {
  const size_t n = s.size();
  if (p >= n) return false;
  auto at = [&](size_t i) -> char32_t { return i < n ? s[i] : 0; };
  const char32_t c = s[p];
  size_t q = p + 1;
  if (isSpace(c)) {
    while (q < n && isSpace(s[q])) ++q;
    if (at(q) >= 0x80) return false;  // WS also takes U+3000
    return token(out, L::WS, q, true);
  }
  if (isLetter(c)) {
    while (q < n && isNameChar(s[q])) ++q;
    char32_t next = at(q);
    if (next == '\'' || next == '&' || next >= 0x80) return false;
    return token(out, L::ID, q);
  }
  if (isDigit(c)) {
    while (q < n && isDigit(s[q])) ++q;
    char32_t next = at(q);
    if (next == '.' || isLetter(next)) return false;
    return token(out, L::NUMBER, q);
  }
  switch (c) {
    case '\'':
      while (q < n) {
        if (s[q] != '\'') {
          ++q;
        } else if (at(q + 1) == '\'') {
          q += 2;
        } else {
          return token(out, L::STRING, q + 1);
        }
      }
      return false;
    case '"':
      while (q < n && s[q] != '"') ++q;
      if (q >= n || q == p + 1) return false;
      return token(out, L::QUOTED_ID, q + 1);
    case '-':
      if (at(q) != '-') return token(out, L::MINUS, q);
      while (q < n && s[q] != '\r' && s[q] != '\n') ++q;
      return token(out, L::LINE_COMMENT, q, true);
    case '/':
      if (at(q) != '*') return token(out, L::SLASH, q);
      if (at(q + 1) == '+') return false;
      for (q += 1; q + 1 < n; ++q)
        if (s[q] == '*' && s[q + 1] == '/') return token(out, L::BLOCK_COMMENT, q + 2, true);
      return false;
    case '(':
      while (q < n && (s[q] == ' ' || s[q] == '\t' || s[q] == '\r' || s[q] == '\n')) ++q;
      if (at(q) == '+') return false;
      return token(out, L::LPAREN, p + 1);
    case ')':
      return token(out, L::RPAREN, q);
    case ',':
      return token(out, L::COMMA, q);
    case ';':
      return token(out, L::SEMI, q);
    case '+':
      return token(out, L::PLUS, q);
    case '%':
      return token(out, L::PERCENT_SIGN, q);
    case '@':
      return token(out, L::AT_SIGN, q);
    case '?':
      return token(out, L::QUESTION, q);
    case '[':
      return token(out, L::LBRACKET, q);
    case ']':
      return token(out, L::RBRACKET, q);
    case '{':
      return token(out, L::LBRACE, q);
    case '}':
      return token(out, L::RBRACE, q);
    case '.':
      if (at(q) == '.') return token(out, L::DOTDOT, q + 1);
      if (isDigit(at(q))) return false;
      return token(out, L::DOT, q);
    case ':':
      if (at(q) == '=') return token(out, L::ASSIGN, q + 1);
      if (isNameChar(at(q)) || at(q) == '"') return false;
      return token(out, L::COLON, q);
    case '=':
      if (at(q) == '>') return token(out, L::ARROW, q + 1);
      return token(out, L::EQ, q);
    case '|':
      if (at(q) == '|') return token(out, L::CONCAT, q + 1);
      return token(out, L::BAR, q);
    case '*':
      if (at(q) == '*') return token(out, L::POWER, q + 1);
      return token(out, L::STAR, q);
    case '<':
      if (at(q) == '=') return token(out, L::LE, q + 1);
      if (at(q) == '<') return token(out, L::LLABEL, q + 1);
      if (at(q) == '>') return token(out, L::NE, q + 1);
      return token(out, L::LT, q);
    case '>':
      if (at(q) == '=') return token(out, L::GE, q + 1);
      if (at(q) == '>') return token(out, L::RLABEL, q + 1);
      return token(out, L::GT, q);
    case '!':
    case '^':
    case '~':
      if (at(q) == '=') return token(out, L::NE, q + 1);
      return false;
    default:
      return false;
  }
}

std::string dumpTokens(std::string_view bytes, bool quick) {
  NormalizedText text = normalizeText(bytes, Encoding::Auto);
  CodePointStream chars(text.utf8, "dump");
  L lexer(&chars);
  lexer.removeErrorListeners();
  KeywordTable keywords(lexer.getVocabulary(), L::ID);
  KeywordTokenSource source(lexer);
  source.reset(keywords, chars, quick ? quickScan : nullptr);
  std::string out;
  for (;;) {
    std::unique_ptr<antlr4::Token> t = source.nextToken();
    out += std::to_string(t->getType()) + ' ' + std::to_string(t->getChannel()) + ' ' +
           std::to_string(t->getStartIndex()) + ' ' + std::to_string(t->getStopIndex()) + ' ' +
           std::to_string(t->getLine()) + ':' + std::to_string(t->getCharPositionInLine()) + '\n';
    if (t->getType() == antlr4::Token::EOF) break;
  }
  return out;
}

}  // namespace barge::parser::oracle
