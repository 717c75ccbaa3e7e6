#pragma once
#include <map>
#include <set>
#include <string>

#include "converter/action_sink.h"
#include "ir/node.h"

namespace barge::converter {

// "Every IR field is consumed or reported", made structural (the ZetaSQL habit): each node
// kind lists the fields the converter reads (or reports itself) when it emits that node. After
// an object is emitted, its source IR is walked through the same field dump the golden printer
// uses, and every field that holds a value (not null, false, "", [] or {}) and is not on its
// node's list becomes BRG-2013 at the node's position. A field added to the IR later is thus
// reported until a converter reads it and lists it here.
using FieldPolicy = std::map<std::string, std::set<std::string>>;  // node name -> fields read

// The fields the table emitter (emit_table.cpp) reads, per node kind.
const FieldPolicy& tableFieldPolicy();

// Reports the unread fields of `root` and its descendants; nodes without a policy entry are
// not audited (the printer reports what it cannot print for query and expression nodes).
void auditFields(const ir::Node& root, const FieldPolicy& policy, ObjectActions& actions);

}  // namespace barge::converter
