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
#include <ParserRuleContext.h>
#include <Token.h>
#include <tree/ErrorNodeImpl.h>
#include <tree/TerminalNodeImpl.h>

#include <string>
#include <typeinfo>
#include <vector>

namespace barge::parser {

class RuleContextBase : public antlr4::ParserRuleContext {
 public:
  using antlr4::ParserRuleContext::ParserRuleContext;

  // Null for a terminal (token or error node), else the child as a rule context.
  static RuleContextBase* asRule(antlr4::tree::ParseTree* t) {
    const std::type_info& type = typeid(*t);
    if (type == typeid(antlr4::tree::TerminalNodeImpl) ||
        type == typeid(antlr4::tree::ErrorNodeImpl))
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
  // The rule index of context class T, read once from a throw-away instance.
  template <typename T>
  static size_t ruleIndexOf() {
    static const size_t index = T(nullptr, 0).getRuleIndex();
    return index;
  }
};

}  // namespace barge::parser
