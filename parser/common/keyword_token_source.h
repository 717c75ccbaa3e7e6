#pragma once
#include <Lexer.h>
#include <TokenSource.h>
#include <Vocabulary.h>

#include <memory>
#include <string>
#include <unordered_map>

namespace barge::parser {

// Keywords are not lexer rules: the lexer has one identifier rule, and this table turns an
// identifier whose upper-cased text is a keyword into that keyword's token type. Keyword
// tokens are declared in the lexer's `tokens {}` block as K_<WORD>. This keeps the lexer tiny
// (ANTLR 4.7.2 has no caseInsensitive option) and keywords case-insensitive.
class KeywordTable {
 public:
  // Builds the table from every symbolic name K_<WORD> in `vocabulary`.
  KeywordTable(const antlr4::dfa::Vocabulary& vocabulary, size_t identifierType);
  // Token type for `text` if it is a keyword (ASCII, any case), else the identifier type.
  size_t classify(std::string_view text) const;
  size_t identifierType() const { return identifierType_; }
  size_t size() const { return map_.size(); }

 private:
  std::unordered_map<std::string, size_t> map_;
  size_t identifierType_;
};

class KeywordTokenSource : public antlr4::TokenSource {
 public:
  KeywordTokenSource(antlr4::Lexer& lexer, const KeywordTable& table)
      : lexer_(lexer), table_(table) {}

  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override { return lexer_.getLine(); }
  size_t getCharPositionInLine() override { return lexer_.getCharPositionInLine(); }
  antlr4::CharStream* getInputStream() override { return lexer_.getInputStream(); }
  std::string getSourceName() override { return lexer_.getSourceName(); }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override {
    return lexer_.getTokenFactory();
  }

 private:
  antlr4::Lexer& lexer_;
  const KeywordTable& table_;
};

}  // namespace barge::parser
