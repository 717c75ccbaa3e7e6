#pragma once
// Parses one chunk with a generated lexer/parser pair: SLL with a bail-out strategy first,
// full LL only when SLL fails (see shared design notes), and hands the tree to a transform.
#include <antlr4-runtime.h>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "parser/common/arena_parser.h"
#include "parser/common/dfa_first_simulator.h"
#include "parser/common/keyword_token_source.h"
#include "parser/common/parse_arena.h"
#include "parser/common/parse_context.h"
#include "parser/common/statement_token_stream.h"
#include "parser/parser.h"

namespace barge::parser {

// Collects the first syntax error of a lexer or parser.
class FirstErrorListener : public antlr4::BaseErrorListener {
 public:
  void syntaxError(antlr4::Recognizer*, antlr4::Token* offending, size_t line,
                   size_t charPositionInLine, const std::string& msg, std::exception_ptr) override;
  bool hasError() const { return has_; }
  size_t line() const { return line_; }
  size_t column() const { return column_; }
  size_t charIndex() const { return charIndex_; }
  const std::string& message() const { return message_; }

 private:
  bool has_ = false;
  size_t line_ = 0, column_ = 0, charIndex_ = 0;
  std::string message_;
};

// Records a statement that failed at (line, column) relative to the chunk.
void recordFailure(ParseResult& out, const Chunk& chunk,
                   const std::shared_ptr<const std::string>& file, size_t line, size_t column,
                   size_t byteInChunk, const std::string& message);
// Records a successfully transformed statement and updates the counters.
void recordStatement(ParseResult& out, ir::StmtPtr stmt, const Chunk& chunk);
void recordTiming(ParseResult& out, const Chunk& chunk,
                  const std::shared_ptr<const std::string>& file, double seconds);

template <class LexerT, class ParserT, class EntryCtx>
class StatementDriver {
 public:
  using Entry = EntryCtx* (ParserT::*)();
  using Transform = std::function<ir::StmtPtr(EntryCtx*, const ParseContext&)>;
  // A dialect's pass over one statement's tokens before it is parsed (Oracle: conditional
  // compilation). It may hide tokens or change their type and text; what it returns is
  // attached to the statement.
  using TokenPass = std::function<std::vector<ir::Ptr<ir::ConditionalCompilation>>(
      StatementTokenStream&, CodePointStream&, const Chunk&,
      const std::shared_ptr<const std::string>&, ParseResult&)>;

  StatementDriver(const KeywordTable& keywords, Entry entry, Transform transform,
                  QuickScanner quick = nullptr)
      : keywords_(keywords), entry_(entry), transform_(std::move(transform)), quick_(quick) {}

  void parse(const Chunk& chunk, const std::shared_ptr<const std::string>& file,
             const ParseOptions& options, ParseResult& out) {
    auto t0 = std::chrono::steady_clock::now();
    parseTimed(chunk, file, options, out);
    std::chrono::duration<double> d = std::chrono::steady_clock::now() - t0;
    recordTiming(out, chunk, file, d.count());
  }

  void setTokenPass(TokenPass pass) { pass_ = std::move(pass); }

  // Where the first complete statement of `chunk` ends (byte offset in the chunk), parsed with
  // `prefix` (an entry rule without EOF), when something follows it; nullopt otherwise. Used
  // to split a script whose PL/SQL block is not ended by a "/" line. Reports nothing.
  template <class PrefixCtx>
  std::optional<size_t> prefixEnd(const Chunk& chunk,
                                  const std::shared_ptr<const std::string>& file,
                                  PrefixCtx* (ParserT::*prefix)()) {
    Machinery& m = machinery();
    m.tokens.setTokenSource(&m.source);
    m.chars.reset(chunk.text, *file);
    m.lexer.setInputStream(&m.chars);
    m.lexer.removeErrorListeners();
    FirstErrorListener lexErrors;
    m.lexer.addErrorListener(&lexErrors);
    m.source.reset(keywords_, m.chars, quick_);
    m.tokens.fill();
    if (lexErrors.hasError()) return std::nullopt;
    ParseResult scratch;
    if (pass_) pass_(m.tokens, m.chars, chunk, file, scratch);
    ArenaParser<ParserT> parser(&m.tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(m.bail);
    m.bail->reset(&parser);
    parser.template getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::SLL);
    antlr4::ParserRuleContext* tree = nullptr;
    try {
      tree = (parser.*prefix)();
    } catch (const antlr4::ParseCancellationException&) {
      return std::nullopt;
    }
    if (!tree || !tree->getStop() || m.tokens.LA(1) == antlr4::Token::EOF) return std::nullopt;
    return m.chars.byteOffset(tree->getStop()->getStopIndex() + 1);
  }

 private:
  // One char stream, lexer and token stream per thread, reused for every statement: building
  // them per statement cost allocations, and freeing their grown buffers. Not the parser: its
  // ATN simulator clears a merge cache on every prediction, and once the cold parses have grown
  // that cache's buckets, a reused parser paid for clearing them on every decision.
  struct Machinery {
    Machinery() : lexer(&chars) {}
    // Constructed first, so the arena outlives the tokens and contexts freed in ~Machinery.
    ParseArena& arena = ParseArena::local();
    CodePointStream chars;
    LexerT lexer;
    KeywordTokenSource source{lexer};
    StatementTokenStream tokens{&source};
    std::shared_ptr<antlr4::ANTLRErrorStrategy> bail =
        std::make_shared<antlr4::BailErrorStrategy>();
  };

  static Machinery& machinery() {
    thread_local Machinery m;
    return m;
  }

  void parseTimed(const Chunk& chunk, const std::shared_ptr<const std::string>& file,
                  const ParseOptions& options, ParseResult& out) {
    Machinery& m = machinery();
    // Drop the previous statement's tokens (its tree went with its parser) before anything new
    // is allocated: the arena rewinds when the last of them is freed.
    m.tokens.setTokenSource(&m.source);
    CodePointStream& chars = m.chars;
    chars.reset(chunk.text, *file);
    LexerT& lexer = m.lexer;
    lexer.setInputStream(&chars);
    lexer.removeErrorListeners();
    FirstErrorListener lexErrors;
    lexer.addErrorListener(&lexErrors);
    m.source.reset(keywords_, chars, quick_);
    StatementTokenStream& tokens = m.tokens;
    tokens.fill();
    if (lexErrors.hasError()) {
      recordFailure(out, chunk, file, lexErrors.line(), lexErrors.column(),
                    chars.byteOffset(lexErrors.charIndex()), lexErrors.message());
      return;
    }
    std::vector<ir::Ptr<ir::ConditionalCompilation>> directives;
    if (pass_) directives = pass_(tokens, chars, chunk, file, out);
    ArenaParser<ParserT> parser(&tokens);
    DfaFirstSimulator::install(parser,
                               parser.template getInterpreter<antlr4::atn::ParserATNSimulator>());
    parser.removeErrorListeners();
    parser.setErrorHandler(m.bail);
    m.bail->reset(&parser);
    parser.template getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::SLL);
    EntryCtx* tree = nullptr;
    try {
      tree = (parser.*entry_)();
    } catch (const antlr4::ParseCancellationException&) {
      tree = nullptr;
    }
    FirstErrorListener errors;
    if (!tree) {
      tokens.seek(0);
      parser.reset();
      parser.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
      parser.addErrorListener(&errors);
      parser.template getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
          options.allowLLFallback ? antlr4::atn::PredictionMode::LL
                                  : antlr4::atn::PredictionMode::SLL);
      try {
        tree = (parser.*entry_)();
      } catch (const std::exception& e) {
        if (!errors.hasError()) errors.syntaxError(nullptr, nullptr, 1, 0, e.what(), nullptr);
      }
      if (!errors.hasError() && !options.allowLLFallback)
        errors.syntaxError(nullptr, tokens.get(0), 1, 0, "statement needs LL prediction", nullptr);
      if (errors.hasError() || !tree) {
        recordFailure(out, chunk, file, errors.line(), errors.column(),
                      chars.byteOffset(errors.charIndex()), errors.message());
        return;
      }
      ++out.stats.llFallbacks;
    }
    ParseContext pc(chunk, chars, file);
    try {
      ir::StmtPtr stmt = transform_(tree, pc);
      if (stmt)
        for (auto& d : directives) stmt->conditionalCompilation.push_back(std::move(d));
      recordStatement(out, std::move(stmt), chunk);
    } catch (const std::exception& e) {
      recordFailure(out, chunk, file, 1, 0, 0, std::string("internal error: ") + e.what());
    }
  }

  const KeywordTable& keywords_;
  Entry entry_;
  Transform transform_;
  QuickScanner quick_;
  TokenPass pass_;
};

}  // namespace barge::parser
