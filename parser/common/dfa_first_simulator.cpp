#include "parser/common/dfa_first_simulator.h"

#include <ParserRuleContext.h>
#include <TokenStream.h>
#include <atn/ATN.h>
#include <atn/PredictionMode.h>
#include <atn/SemanticContext.h>
#include <dfa/DFA.h>
#include <dfa/DFAState.h>

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

size_t DfaFirstSimulator::adaptivePredict(antlr4::TokenStream* input, size_t decision,
                                          antlr4::ParserRuleContext* outerContext) {
  antlr4::dfa::DFA& dfa = decisionToDFA[decision];
  antlr4::dfa::DFAState* d =
      dfa.isPrecedenceDfa() ? dfa.getPrecedenceStartState(parser->getPrecedence()) : dfa.s0;
  if (d) {
    // In SLL mode the runtime accepts a conflict state with its minimum alternative; in the
    // other modes such a state starts full-context prediction, left to the runtime.
    const bool sll = getPredictionMode() == antlr4::atn::PredictionMode::SLL;
    size_t alt = antlr4::atn::ATN::INVALID_ALT_NUMBER;
    _edgeLock.readLock();
    for (ssize_t k = 1;; ++k) {
      auto edge = d->edges.find(input->LA(k));
      if (edge == d->edges.end()) break;
      d = edge->second;
      if (d == ERROR.get() || (d->requiresFullContext && !sll)) break;
      if (d->isAcceptState) {
        alt = d->predicates.empty() ? d->prediction : predicted(*d, outerContext);
        break;
      }
    }
    _edgeLock.readUnlock();
    if (alt != antlr4::atn::ATN::INVALID_ALT_NUMBER) return alt;
  }
  return antlr4::atn::ParserATNSimulator::adaptivePredict(input, decision, outerContext);
}

}  // namespace barge::parser
