#pragma once
// CREATE TYPE: an object type becomes a composite type (attributes only; methods are stored
// code and listed as such), a collection type (VARRAY / nested TABLE OF) a domain over the
// array of its element type, so the name stays usable. Columns of these types are mapped by
// UserTypes (converter/user_types.h).
#include <string>
#include <vector>

#include "converter/action_sink.h"
#include "converter/user_types.h"

namespace barge::converter {

struct TypeDdl {
  std::string schema, name;  // PostgreSQL names, unquoted
  std::string sql;           // empty: nothing to create (see the action items)
};

TypeDdl emitType(ir::Dialect from, const ir::TypeDef& t, const UserTypes& types,
                 ActionSink& sink);

}  // namespace barge::converter
