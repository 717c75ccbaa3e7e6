#include "parser/common/dfa_first_simulator.h"

#include <TokenStream.h>
#include <atn/ATN.h>
#include <atn/PredictionMode.h>
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
        if (d->predicates.empty()) alt = d->prediction;
        break;
      }
    }
    _edgeLock.readUnlock();
    if (alt != antlr4::atn::ATN::INVALID_ALT_NUMBER) return alt;
  }
  return antlr4::atn::ParserATNSimulator::adaptivePredict(input, decision, outerContext);
}

}  // namespace barge::parser
