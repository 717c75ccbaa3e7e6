#include "parser/common/dfa_first_simulator.h"

#include <ParserRuleContext.h>
#include <TokenStream.h>
#include <atn/ATN.h>
#include <atn/PredictionMode.h>
#include <atn/SemanticContext.h>
#include <dfa/DFA.h>
#include <dfa/DFAState.h>

#include <cstdint>
#include <vector>

namespace barge::parser {

DfaFirstSimulator::DfaFirstSimulator(antlr4::Parser* parser,
                                     antlr4::atn::ParserATNSimulator& generated)
    : antlr4::atn::ParserATNSimulator(parser, generated.atn, generated.decisionToDFA,
                                      generated.getSharedContextCache()) {}

void DfaFirstSimulator::install(antlr4::Parser& parser,
                                antlr4::atn::ParserATNSimulator* generated) {
  // setInterpreter deletes `generated`; the generated parser's destructor deletes this one.
  parser.setInterpreter(new DfaFirstSimulator(&parser, *generated));
}

// The alternative an accept state with predicates predicts when exactly one of them holds (the
// precedence predicates of a left-recursive rule read only the parser's precedence), else
// INVALID_ALT_NUMBER: no alternative or several is the runtime's case (error, ambiguity report).
size_t DfaFirstSimulator::predicted(const antlr4::dfa::DFAState& d,
                                    antlr4::ParserRuleContext* outerContext) {
  antlr4::RuleContext* stack = outerContext ? outerContext : &antlr4::ParserRuleContext::EMPTY;
  size_t alt = antlr4::atn::ATN::INVALID_ALT_NUMBER;
  for (const auto* p : d.predicates) {
    if (p->pred != antlr4::atn::SemanticContext::NONE && !p->pred->eval(parser, stack)) continue;
    const auto a = static_cast<size_t>(p->alt);
    if (alt != antlr4::atn::ATN::INVALID_ALT_NUMBER && alt != a)
      return antlr4::atn::ATN::INVALID_ALT_NUMBER;
    alt = a;
  }
  return alt;
}

namespace {

// Each thread's copy of the DFA edges it has followed: reading it takes no lock (the runtime
// takes a reader lock, two mutex operations, per edge). A copy stays right: DFA states are never
// freed while the process runs (the DFA only grows; barge never clears it) and an edge, once
// added, always leads to the same state.
class EdgeCache {
 public:
  EdgeCache() : slots_(kSlots) {}
  antlr4::dfa::DFAState* find(const antlr4::dfa::DFAState* from, size_t symbol, bool& hit) const {
    const Slot& s = slots_[index(from, symbol)];
    hit = s.from == from && s.symbol == symbol;
    return s.to;
  }
  void add(const antlr4::dfa::DFAState* from, size_t symbol, antlr4::dfa::DFAState* to) {
    slots_[index(from, symbol)] = {from, symbol, to};
  }

 private:
  static constexpr size_t kSlots = size_t{1} << 13;
  struct Slot {
    const antlr4::dfa::DFAState* from = nullptr;
    size_t symbol = 0;
    antlr4::dfa::DFAState* to = nullptr;
  };
  static size_t index(const antlr4::dfa::DFAState* from, size_t symbol) {
    uint64_t h = (reinterpret_cast<uintptr_t>(from) >> 4) ^ (symbol * 0x9E3779B97F4A7C15ull);
    return static_cast<size_t>(h ^ (h >> 32)) & (kSlots - 1);
  }
  std::vector<Slot> slots_;
};

}  // namespace

antlr4::dfa::DFAState* DfaFirstSimulator::edge(antlr4::dfa::DFAState* from, size_t symbol) {
  thread_local EdgeCache cache;
  bool hit = false;
  antlr4::dfa::DFAState* to = cache.find(from, symbol, hit);
  if (hit) return to;
  _edgeLock.readLock();
  auto e = from->edges.find(symbol);
  to = e == from->edges.end() ? nullptr : e->second;
  _edgeLock.readUnlock();
  if (to) cache.add(from, symbol, to);
  return to;
}

size_t DfaFirstSimulator::adaptivePredict(antlr4::TokenStream* input, size_t decision,
                                          antlr4::ParserRuleContext* outerContext) {
  antlr4::dfa::DFA& dfa = decisionToDFA[decision];
  // A precedence DFA keeps its start states as edges of s0, one per precedence.
  antlr4::dfa::DFAState* d =
      dfa.isPrecedenceDfa() ? edge(dfa.s0, static_cast<size_t>(parser->getPrecedence())) : dfa.s0;
  if (d) {
    // In SLL mode the runtime accepts a conflict state with its minimum alternative; in the
    // other modes such a state starts full-context prediction, left to the runtime.
    const bool sll = getPredictionMode() == antlr4::atn::PredictionMode::SLL;
    for (ssize_t k = 1;; ++k) {
      d = edge(d, input->LA(k));
      if (!d || d == ERROR.get() || (d->requiresFullContext && !sll)) break;
      if (d->isAcceptState) {
        size_t alt = d->predicates.empty() ? d->prediction : predicted(*d, outerContext);
        if (alt != antlr4::atn::ATN::INVALID_ALT_NUMBER) return alt;
        break;
      }
    }
  }
  return antlr4::atn::ParserATNSimulator::adaptivePredict(input, decision, outerContext);
}

}  // namespace barge::parser
