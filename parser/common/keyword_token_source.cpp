#include "parser/common/keyword_token_source.h"

#include <CommonToken.h>

#include "parser/common/parse_arena.h"

namespace barge::parser {

namespace {
// Tokens of the quick scanner live in the ParseArena with the parse tree.
class ArenaToken : public antlr4::CommonToken {
 public:
  BARGE_PARSE_ARENA_ALLOCATED
  using antlr4::CommonToken::CommonToken;
};
}  // namespace

KeywordTable::KeywordTable(const antlr4::dfa::Vocabulary& vocabulary, size_t identifierType)
    : identifierType_(identifierType) {
  for (size_t t = 1; t <= vocabulary.getMaxTokenType(); ++t) {
    std::string name = vocabulary.getSymbolicName(t);
    if (name.size() > 2 && name[0] == 'K' && name[1] == '_') map_.emplace(name.substr(2), t);
  }
}

size_t KeywordTable::classify(std::string_view text) const {
  constexpr size_t kLongest = 40;  // longer than any keyword
  if (text.size() > kLongest) return identifierType_;
  char upper[kLongest] = {};
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (static_cast<unsigned char>(c) >= 0x80) return identifierType_;
    upper[i] = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  auto it = map_.find(std::string_view(upper, text.size()));
  return it == map_.end() ? identifierType_ : it->second;
}

std::unique_ptr<antlr4::Token> KeywordTokenSource::quickOrLexer() {
  if (!quick_) return lexer_.nextToken();
  std::u32string_view text = chars_->codePoints();
  QuickToken q;
  if (quick_(text, pos_, q)) {
    auto t = std::make_unique<ArenaToken>(
        std::pair<antlr4::TokenSource*, antlr4::CharStream*>(this, chars_), q.type, q.channel, pos_,
        q.end - 1);
    t->setLine(line_);
    t->setCharPositionInLine(column_);
    for (; pos_ < q.end; ++pos_) {
      if (text[pos_] == '\n') {
        ++line_;
        column_ = 0;
      } else {
        ++column_;
      }
    }
    return t;
  }
  // Hand this token to the generated lexer, starting where the quick scanner stopped.
  chars_->seek(pos_);
  lexer_.setLine(line_);
  lexer_.setCharPositionInLine(column_);
  std::unique_ptr<antlr4::Token> t = lexer_.nextToken();
  pos_ = chars_->index();
  line_ = lexer_.getLine();
  column_ = lexer_.getCharPositionInLine();
  return t;
}

std::unique_ptr<antlr4::Token> KeywordTokenSource::nextToken() {
  std::unique_ptr<antlr4::Token> t = quickOrLexer();
  if (t->getType() == table_->identifierType()) {
    size_t from = chars_->byteOffset(t->getStartIndex());
    size_t to = chars_->byteOffset(t->getStopIndex() + 1);
    size_t type = table_->classify(chars_->utf8().substr(from, to - from));
    // The lexer's token factory is a TokenFactory<CommonToken>: every token is a CommonToken.
    if (type != table_->identifierType()) static_cast<antlr4::CommonToken*>(t.get())->setType(type);
  }
  return t;
}

}  // namespace barge::parser
