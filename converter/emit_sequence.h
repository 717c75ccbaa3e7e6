#pragma once
#include <string>
#include <vector>

#include "converter/action_sink.h"
#include "ir/dialect.h"
#include "ir/objects.h"

namespace barge::converter {

struct SequenceDdl {
  std::string schema, name;  // PostgreSQL names, unquoted
  std::string sql;
};

SequenceDdl emitSequence(ir::Dialect from, const ir::Sequence& s, const std::string& targetSchema,
                         ActionSink& sink);

}  // namespace barge::converter
