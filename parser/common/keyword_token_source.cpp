#include "parser/common/keyword_token_source.h"

#include <WritableToken.h>

namespace barge::parser {

KeywordTable::KeywordTable(const antlr4::dfa::Vocabulary& vocabulary, size_t identifierType)
    : identifierType_(identifierType) {
  for (size_t t = 1; t <= vocabulary.getMaxTokenType(); ++t) {
    std::string name = vocabulary.getSymbolicName(t);
    if (name.size() > 2 && name[0] == 'K' && name[1] == '_') map_.emplace(name.substr(2), t);
  }
}

size_t KeywordTable::classify(std::string_view text) const {
  if (text.size() > 40) return identifierType_;
  std::string upper;
  upper.reserve(text.size());
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return identifierType_;
    upper += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  auto it = map_.find(upper);
  return it == map_.end() ? identifierType_ : it->second;
}

std::unique_ptr<antlr4::Token> KeywordTokenSource::nextToken() {
  std::unique_ptr<antlr4::Token> t = lexer_.nextToken();
  if (t->getType() == table_.identifierType()) {
    size_t type = table_.classify(t->getText());
    if (type != table_.identifierType()) {
      if (auto* w = dynamic_cast<antlr4::WritableToken*>(t.get())) w->setType(type);
    }
  }
  return t;
}

}  // namespace barge::parser
