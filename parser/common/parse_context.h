#pragma once
#include <ParserRuleContext.h>
#include <Token.h>

#include <memory>
#include <string>

#include "ir/source_location.h"
#include "parser/common/chunk.h"
#include "parser/common/code_point_stream.h"

namespace barge::parser {

// What a transform function needs to turn parse-tree positions into IR locations and text.
// Only parser/ sees this type (it names ANTLR types).
class ParseContext {
 public:
  ParseContext(const Chunk& chunk, CodePointStream& stream, std::shared_ptr<const std::string> file)
      : chunk_(chunk), stream_(stream), file_(std::move(file)) {}

  ir::SourceLocation locate(const antlr4::Token* t) const;
  ir::SourceLocation locate(antlr4::ParserRuleContext* ctx) const {
    return locate(ctx ? ctx->getStart() : nullptr);
  }
  ir::SourceLocation chunkStart() const;
  // The source text a rule matched, exactly as written (comments inside included).
  std::string text(antlr4::ParserRuleContext* ctx) const;
  std::string text(const antlr4::Token* from, const antlr4::Token* to) const;
  const Chunk& chunk() const { return chunk_; }
  const std::shared_ptr<const std::string>& file() const { return file_; }

 private:
  const Chunk& chunk_;
  CodePointStream& stream_;
  std::shared_ptr<const std::string> file_;
};

// Set a node's location from a token or rule in one call: `at(node, ctx, pc)`.
template <typename N, typename P>
N& at(N& node, P* where, const ParseContext& pc) {
  node.loc = pc.locate(where);
  return node;
}

}  // namespace barge::parser
