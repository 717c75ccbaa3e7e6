#pragma once
// Base class of every generated parse-tree context: the grammars name it in
// `options { contextSuperClass = RuleContextBase; }`, so the generated accessors
// (ctx->expression(), ctx->K_FROM(), ...) call the members below instead of the runtime's.
// The runtime's versions test every child with dynamic_cast and build getText() in a
// stringstream; the transforms call them for nearly every node, and in the warm profile that
// was about a fifth of all parse time (dynamic_cast, type-name strcmp, ostream setup).
// Same results, cheaper tests: a child is a T when its rule index is T's (labelled
// alternatives share their rule's index and derive from the rule's context class), and a
// terminal when its dynamic type is TerminalNodeImpl or ErrorNodeImpl. Every other child is a
// rule context of the same generated parser, so it derives from this class.
// Contexts live in the ParseArena (parse_arena.h), and ParserBase is the generated parsers'
// superClass.
#include <Parser.h>
#include <ParserRuleContext.h>
#include <Token.h>
#include <atn/ParserATNSimulator.h>
#include <tree/ErrorNodeImpl.h>
#include <tree/TerminalNodeImpl.h>

#include <string>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

#include "parser/common/parse_arena.h"

namespace barge::parser {

class RuleContextBase : public antlr4::ParserRuleContext {
 public:
  BARGE_PARSE_ARENA_ALLOCATED

  // Labelled alternatives' contexts (made by copyFrom from the rule's context).
  RuleContextBase() { takePooledChildVector(); }
  RuleContextBase(antlr4::ParserRuleContext* parent, size_t invokingState)
      : antlr4::ParserRuleContext(parent, invokingState) {
    // most rules have a few children: one allocation instead of three
    if (!takePooledChildVector()) children.reserve(4);
  }
  // The child vector's buffer goes back to the pool: a statement makes and frees one per
  // context, and malloc/free of these was the largest allocation cost left in a warm parse.
  ~RuleContextBase() override {
    auto& pool = childVectorPool();
    if (children.capacity() == 0 || pool.size() >= kPooledChildVectors) return;
    children.clear();
    pool.push_back(std::move(children));
  }

  // Null for a terminal (token or error node), else the child as a rule context. The type_info
  // objects are compared by address: type_info == compares the type names with strcmp when the
  // objects differ, as they do for every rule context. The two classes' type_info objects are
  // unique here: their key functions are in the ANTLR runtime, linked statically.
  static RuleContextBase* asRule(antlr4::tree::ParseTree* t) {
    const std::type_info* type = &typeid(*t);
    if (type == &typeid(antlr4::tree::TerminalNodeImpl) ||
        type == &typeid(antlr4::tree::ErrorNodeImpl))
      return nullptr;
    return static_cast<RuleContextBase*>(t);
  }
  static antlr4::tree::TerminalNode* asTerminal(antlr4::tree::ParseTree* t) {
    return asRule(t) ? nullptr : static_cast<antlr4::tree::TerminalNode*>(t);
  }

  template <typename T>
  T* getRuleContext(size_t i) {
    const size_t rule = ruleIndexOf<T>();
    for (auto* c : children) {
      RuleContextBase* r = asRule(c);
      if (r && r->getRuleIndex() == rule && i-- == 0) return static_cast<T*>(r);
    }
    return nullptr;
  }

  template <typename T>
  std::vector<T*> getRuleContexts() {
    const size_t rule = ruleIndexOf<T>();
    std::vector<T*> out;
    for (auto* c : children) {
      RuleContextBase* r = asRule(c);
      if (r && r->getRuleIndex() == rule) out.push_back(static_cast<T*>(r));
    }
    return out;
  }

  antlr4::tree::TerminalNode* getToken(size_t ttype, size_t i) override {
    for (auto* c : children) {
      antlr4::tree::TerminalNode* t = asTerminal(c);
      if (t && t->getSymbol()->getType() == ttype && i-- == 0) return t;
    }
    return nullptr;
  }

  std::vector<antlr4::tree::TerminalNode*> getTokens(size_t ttype) override {
    std::vector<antlr4::tree::TerminalNode*> out;
    for (auto* c : children) {
      antlr4::tree::TerminalNode* t = asTerminal(c);
      if (t && t->getSymbol()->getType() == ttype) out.push_back(t);
    }
    return out;
  }

  // The texts of all tokens under this node, concatenated (what RuleContext::getText returns).
  std::string getText() override {
    std::string out;
    appendText(out);
    return out;
  }
  void appendText(std::string& out) {
    for (auto* c : children) {
      if (RuleContextBase* r = asRule(c))
        r->appendText(out);
      else
        out += c->getText();
    }
  }

 private:
  // Per thread, like the contexts themselves (made and freed on the thread that parses).
  static constexpr size_t kPooledChildVectors = size_t{1} << 16;
  static std::vector<std::vector<antlr4::tree::ParseTree*>>& childVectorPool() {
    thread_local std::vector<std::vector<antlr4::tree::ParseTree*>> pool;
    return pool;
  }

  bool takePooledChildVector() {
    auto& pool = childVectorPool();
    if (pool.empty()) return false;
    children.swap(pool.back());
    pool.pop_back();
    return true;
  }

  // The rule index of context class T, read once from a throw-away instance.
  template <typename T>
  static size_t ruleIndexOf() {
    static const size_t index = T(nullptr, 0).getRuleIndex();
    return index;
  }
};

// What tune_generated.cmake puts in place of the runtime's `finally` in the generated rules:
// the same scope guard without a std::function (one per rule invocation).
template <class F>
class ScopeExit {
 public:
  explicit ScopeExit(F f) : f_(std::move(f)) {}
  ~ScopeExit() { f_(); }
  ScopeExit(const ScopeExit&) = delete;
  ScopeExit& operator=(const ScopeExit&) = delete;

 private:
  F f_;
};
template <class F>
ScopeExit<F> scopeExit(F f) {
  return ScopeExit<F>(std::move(f));
}

// Superclass of the generated parsers: the runtime's Parser does a dynamic_cast (with type-name
// compares) on every rule exit, every rule entry, every labelled alternative and every
// prediction; the generated code calls
// these members by unqualified name, so these versions without the casts are the ones used.
// The parser's interpreter is always a ParserATNSimulator and every context a
// ParserRuleContext.
class ParserBase : public antlr4::Parser {
 public:
  using antlr4::Parser::Parser;

  template <class T>
  T* getInterpreter() const {
    static_assert(std::is_same_v<T, antlr4::atn::ParserATNSimulator>);
    return static_cast<T*>(_interpreter);
  }

  // Labelled alternatives replace the rule's context in its parent.
  void enterOuterAlt(antlr4::ParserRuleContext* localctx, size_t altNum) override {
    localctx->setAltNumber(altNum);
    if (_buildParseTrees && _ctx != localctx && _ctx->parent) {
      auto* parent = static_cast<antlr4::ParserRuleContext*>(_ctx->parent);
      parent->removeLastChild();
      parent->addChild(localctx);
    }
    _ctx = localctx;
  }

  // antlr4::Parser::exitRule without the cast (the generated rules call this one).
  void exitRule() {
    _ctx->stop = _matchedEOF ? _input->LT(1) : _input->LT(-1);
    if (!_parseListeners.empty()) triggerExitRuleEvent();
    setState(_ctx->invokingState);
    _ctx = static_cast<antlr4::ParserRuleContext*>(_ctx->parent);
  }

 protected:
  void addContextToParseTree() override {
    if (_ctx->parent) static_cast<antlr4::ParserRuleContext*>(_ctx->parent)->addChild(_ctx);
  }
};

}  // namespace barge::parser
