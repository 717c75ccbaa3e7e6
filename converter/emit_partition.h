#pragma once
#include <map>
#include <string>
#include <vector>

#include "converter/action_sink.h"
#include "converter/emit_expr.h"
#include "ir/dialect.h"
#include "ir/objects.h"

namespace barge::converter {

// The partitioned table as the table emitter knows it.
struct PartitionTarget {
  std::string schema, name, qualified;  // PostgreSQL names (qualified: quoted)
  std::vector<std::string> columns;     // PostgreSQL column names
  bool unlogged = false;
};

// A PRIMARY KEY, UNIQUE constraint or unique index of the table (PostgreSQL column names).
struct UniqueKey {
  std::string what;  // for messages: "primary key", "unique constraint U1", ...
  std::vector<std::string> columns;
  ir::SourceLocation loc;
};

struct PartitionPlan {
  std::string clause;                         // "PARTITION BY RANGE (a)"; empty: not partitioned
  std::vector<std::string> statements;        // CREATE TABLE ... PARTITION OF ..., parents first
  std::map<std::string, std::string> tables;  // source partition name (PostgreSQL form) -> table
};

// Oracle partitioning -> PostgreSQL declarative partitioning (converter/README.md, "Partitioned
// tables"). Whatever cannot be carried over is reported and the table is created without
// partitioning: it always deploys, with all its rows and keys.
PartitionPlan emitPartitioning(ir::Dialect from, const ir::Partitioning& p,
                               const PartitionTarget& t, const std::vector<UniqueKey>& keys,
                               ExprEmitter& exprs, ObjectActions& actions);

}  // namespace barge::converter
