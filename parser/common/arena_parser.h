#pragma once
// A generated parser whose terminal nodes live in the ParseArena. The runtime makes one
// TerminalNodeImpl with malloc per consumed token (and frees it with the parser); in the warm
// profile malloc/free were about a fifth of parse time, these nodes a tenth of the calls.
// consume() is virtual and the only place the runtime makes terminal nodes outside error
// recovery; in error recovery, or with parse listeners, the runtime's consume() runs unchanged.
// The nodes are plain TerminalNodeImpl objects (RuleContextBase::asRule tests their exact type).
#include <Parser.h>
#include <Token.h>
#include <TokenStream.h>
#include <tree/TerminalNodeImpl.h>

#include <new>
#include <vector>

#include "parser/common/parse_arena.h"

namespace barge::parser {

template <class ParserT>
class ArenaParser : public ParserT {
 public:
  explicit ArenaParser(antlr4::TokenStream* input) : ParserT(input) {
    terminals_.reserve(input->size());
  }
  ~ArenaParser() override {
    ParseArena& arena = ParseArena::local();
    for (antlr4::tree::TerminalNodeImpl* node : terminals_) {
      node->~TerminalNodeImpl();
      arena.deallocate(node, sizeof(antlr4::tree::TerminalNodeImpl));
    }
  }
  ArenaParser(const ArenaParser&) = delete;
  ArenaParser& operator=(const ArenaParser&) = delete;

  antlr4::Token* consume() override {
    if (!this->_buildParseTrees || !this->_parseListeners.empty() ||
        this->_errHandler->inErrorRecoveryMode(this))
      return ParserT::consume();
    antlr4::Token* token = this->getCurrentToken();
    if (token->getType() != antlr4::Token::EOF) this->_input->consume();
    void* memory = ParseArena::local().allocate(sizeof(antlr4::tree::TerminalNodeImpl));
    auto* node = new (memory) antlr4::tree::TerminalNodeImpl(token);
    terminals_.push_back(node);
    node->setParent(this->_ctx);
    this->_ctx->addChild(node);
    return token;
  }

 private:
  std::vector<antlr4::tree::TerminalNodeImpl*> terminals_;
};

}  // namespace barge::parser
