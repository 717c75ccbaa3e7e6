#include "parser/common/statement_token_stream.h"

#include <CommonToken.h>

#include "parser/common/keyword_token_source.h"

namespace barge::parser {

StatementTokenStream::StatementTokenStream(KeywordTokenSource* source)
    : antlr4::CommonTokenStream(source) {}

size_t StatementTokenStream::fetch(size_t n) {
  if (_fetchedEOF) return 0;
  size_t i = 0;
  while (i < n) {
    std::unique_ptr<antlr4::Token> t = _tokenSource->nextToken();
    static_cast<antlr4::CommonToken*>(t.get())->setTokenIndex(_tokens.size());
    const bool eof = t->getType() == antlr4::Token::EOF;
    _tokens.push_back(std::move(t));
    ++i;
    if (eof) {
      _fetchedEOF = true;
      break;
    }
  }
  return i;
}

void StatementTokenStream::setTokenSource(antlr4::TokenSource* source) {
  indexed_ = false;
  antlr4::CommonTokenStream::setTokenSource(source);
}

void StatementTokenStream::fill() {
  indexed_ = false;
  antlr4::CommonTokenStream::fill();
  reindex();
}

void StatementTokenStream::reindex() {
  indexed_ = false;
  const size_t n = _tokens.size();
  if (n == 0 || _tokens.back()->getType() != antlr4::Token::EOF) return;
  onChannel_.clear();
  rank_.resize(n);
  // Walk backwards so rank_[i] can name the next on-channel token; EOF counts as on channel
  // (as in the runtime's nextTokenOnChannel).
  size_t count = 0;
  for (size_t i = 0; i < n; ++i) {
    const antlr4::Token* t = _tokens[i].get();
    if (t->getChannel() == channel || t->getType() == antlr4::Token::EOF) ++count;
  }
  onChannel_.resize(count);
  size_t next = count;
  for (size_t i = n; i-- > 0;) {
    const antlr4::Token* t = _tokens[i].get();
    if (t->getChannel() == channel || t->getType() == antlr4::Token::EOF)
      onChannel_[--next] = static_cast<uint32_t>(i);
    rank_[i] = static_cast<uint32_t>(next);
  }
  indexed_ = true;
}

antlr4::Token* StatementTokenStream::LT(ssize_t k) {
  if (!indexed_ || k <= 0) return antlr4::CommonTokenStream::LT(k);
  size_t r = rank_[_p] + static_cast<size_t>(k) - 1;
  if (r >= onChannel_.size()) r = onChannel_.size() - 1;  // past the end: EOF again
  return _tokens[onChannel_[r]].get();
}

size_t StatementTokenStream::LA(ssize_t i) {
  return LT(i)->getType();
}

antlr4::Token* StatementTokenStream::LB(size_t k) {
  if (!indexed_) return antlr4::CommonTokenStream::LB(k);
  if (k == 0 || k > _p) return nullptr;
  const size_t r = rank_[_p];
  return r < k ? nullptr : _tokens[onChannel_[r - k]].get();
}

void StatementTokenStream::consume() {
  if (!indexed_ || _p + 1 >= _tokens.size()) {
    antlr4::CommonTokenStream::consume();  // at EOF: the runtime's error
    return;
  }
  _p = onChannel_[rank_[_p + 1]];
}

ssize_t StatementTokenStream::adjustSeekIndex(size_t i) {
  if (!indexed_ || i >= _tokens.size()) return antlr4::CommonTokenStream::adjustSeekIndex(i);
  return onChannel_[rank_[i]];
}

}  // namespace barge::parser
