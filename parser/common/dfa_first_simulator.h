#pragma once
// A ParserATNSimulator that answers a prediction from the decision's cached DFA when it can.
// Once warm, nearly every adaptivePredict call is a walk over DFA edges that already exist; the
// runtime's version pays for a heap-allocated std::function (its scope guard), a mark/seek/
// release of the token stream and a lock per edge around that walk, which was a sixth of warm
// parse time. This walk follows the edges through a per-thread copy (no lock once seen) and
// returns what the runtime's execATN would return on the same DFA path; it hands every other
// case (missing edge, error state, predicates that leave no or several alternatives,
// full-context states outside SLL mode, no start state yet) to the runtime unchanged.
#include <Parser.h>
#include <atn/ParserATNSimulator.h>

namespace barge::parser {

class DfaFirstSimulator : public antlr4::atn::ParserATNSimulator {
 public:
  // Shares the ATN, the DFA and the context cache of the generated parser's simulator.
  DfaFirstSimulator(antlr4::Parser* parser, antlr4::atn::ParserATNSimulator& generated);

  size_t adaptivePredict(antlr4::TokenStream* input, size_t decision,
                         antlr4::ParserRuleContext* outerContext) override;

  // Replaces `parser`'s own simulator (made by the generated constructor) by this one.
  static void install(antlr4::Parser& parser, antlr4::atn::ParserATNSimulator* generated);

 private:
  // The target of `from`'s edge on `symbol`, or null when the DFA has none yet.
  static antlr4::dfa::DFAState* edge(antlr4::dfa::DFAState* from, size_t symbol);
  size_t predicted(const antlr4::dfa::DFAState& d, antlr4::ParserRuleContext* outerContext);
};

}  // namespace barge::parser
