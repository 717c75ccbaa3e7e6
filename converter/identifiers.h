#pragma once
#include <string>
#include <string_view>

#include "ir/dialect.h"
#include "ir/node.h"

namespace barge::converter {

// A PostgreSQL identifier, double-quoted only when it must be (not a plain lower-case name,
// or a reserved word). Embedded double quotes are doubled.
std::string quoteIdent(std::string_view name);

// The PostgreSQL name for a source identifier (not quoted): unquoted names fold to lower case
// (both Oracle's upper-case folding and MySQL's case-insensitive names become PostgreSQL's
// natural lower case); quoted Oracle names, and names marked exactCase, keep their case.
std::string pgName(ir::Dialect from, const ir::Identifier& id);

// schema.name, each part quoted as needed; schemaOverride replaces the source schema.
std::string pgQualified(ir::Dialect from, const ir::QualifiedName& n,
                        const std::string& schemaOverride = "");

// A source name as the user wrote it, for messages: MySQL `quoted`, Oracle "QUOTED".
std::string sourceName(ir::Dialect from, const ir::Identifier& id);
std::string sourceName(ir::Dialect from, const ir::QualifiedName& n);

// A PostgreSQL string literal: 'it''s', or E'...' when it holds backslashes or controls.
std::string quoteLiteral(std::string_view value);

}  // namespace barge::converter
