#pragma once
#include <Lexer.h>
#include <TokenSource.h>
#include <Vocabulary.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "parser/common/code_point_stream.h"
#include "parser/common/quick_token.h"

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
  // Transparent hash and equality: classify() looks up a string_view without building a string.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, size_t, Hash, std::equal_to<>> map_;
  size_t identifierType_;
};

class KeywordTokenSource : public antlr4::TokenSource {
 public:
  explicit KeywordTokenSource(antlr4::Lexer& lexer) : lexer_(lexer) {}
  // Starts a new input: `chars` is the lexer's input (identifier text is read from it without
  // copying), `quick` the dialect's quick scanner if it has one.
  void reset(const KeywordTable& table, CodePointStream& chars, QuickScanner quick = nullptr) {
    table_ = &table;
    chars_ = &chars;
    quick_ = quick;
    pos_ = 0;
    line_ = 1;
    column_ = 0;
  }

  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override { return quick_ ? line_ : lexer_.getLine(); }
  size_t getCharPositionInLine() override {
    return quick_ ? column_ : lexer_.getCharPositionInLine();
  }
  antlr4::CharStream* getInputStream() override { return lexer_.getInputStream(); }
  std::string getSourceName() override { return lexer_.getSourceName(); }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override {
    return lexer_.getTokenFactory();
  }

 private:
  antlr4::Lexer& lexer_;
  std::unique_ptr<antlr4::Token> quickOrLexer();

  const KeywordTable* table_ = nullptr;
  CodePointStream* chars_ = nullptr;
  QuickScanner quick_ = nullptr;
  // Position after the last token, kept here while the quick scanner runs (as the lexer counts
  // them: line from 1, column in code points from 0).
  size_t pos_ = 0, line_ = 1, column_ = 0;
};

}  // namespace barge::parser
