#pragma once
// Steps every dialect's front end takes the same way.
#include <memory>
#include <string>

#include "parser/common/chunk.h"
#include "parser/common/text_input.h"
#include "parser/parser.h"

namespace barge::parser {

// One Warning diagnostic per encoding problem found while normalising the input.
void addEncodingDiagnostics(ParseResult& result, const NormalizedText& text,
                            const std::shared_ptr<const std::string>& file);

// A client command (SQL*Plus, mysql client) recognised and skipped: kept in the script as a
// ScriptCommand node, reported as Info, counted.
void recordScriptCommand(ParseResult& result, const Chunk& chunk,
                         const std::shared_ptr<const std::string>& file, const std::string& kind);

}  // namespace barge::parser
