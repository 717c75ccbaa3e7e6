#pragma once
#include <string>
#include <vector>

#include "converter/action_catalog.h"
#include "ir/objects.h"
#include "parser/parser.h"

namespace barge::converter {

struct SequenceDdl {
  std::string schema, name;  // PostgreSQL names, unquoted
  std::string sql;
};

SequenceDdl emitSequence(parser::Dialect from, const ir::Sequence& s,
                         const std::string& targetSchema, std::vector<ActionItem>& actions);

}  // namespace barge::converter
