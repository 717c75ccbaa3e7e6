#pragma once
// The token stream of one statement: a CommonTokenStream whose tokens are all read at once
// (fill()), so the on-channel tokens can be indexed up front. The runtime's stream finds the
// k-th on-channel token by walking the buffer on every LT(k)/LB(k)/consume() and casts every
// fetched token with dynamic_cast (a type-name strcmp here); in the warm profile that was about
// an eighth of all parse time. Before fill() has run, or past the end of the buffer, every call
// goes to the runtime's code, so results are the same.
#include <CommonTokenStream.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace barge::parser {

class KeywordTokenSource;

class StatementTokenStream : public antlr4::CommonTokenStream {
 public:
  // Every token of a KeywordTokenSource is a CommonToken (the lexer's factory makes
  // CommonTokens, the quick scanner ArenaTokens derived from it).
  explicit StatementTokenStream(KeywordTokenSource* source);

  void fill() override;
  // A token pass before parsing (Oracle conditional compilation) changes tokens' channels,
  // types and text in the buffer, then calls reindex().
  std::vector<std::unique_ptr<antlr4::Token>>& buffer() { return _tokens; }
  void reindex();
  void setTokenSource(antlr4::TokenSource* source) override;

  antlr4::Token* LT(ssize_t k) override;
  size_t LA(ssize_t i) override;
  void consume() override;

 protected:
  size_t fetch(size_t n) override;
  antlr4::Token* LB(size_t k) override;
  ssize_t adjustSeekIndex(size_t i) override;

 private:
  bool indexed_ = false;
  // onChannel_: buffer indices of the on-channel tokens (EOF last); rank_[i]: position in
  // onChannel_ of the first on-channel token at or after buffer index i.
  std::vector<uint32_t> onChannel_;
  std::vector<uint32_t> rank_;
};

}  // namespace barge::parser
