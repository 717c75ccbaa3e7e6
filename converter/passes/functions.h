#pragma once
#include <functional>
#include <map>
#include <string>

#include "converter/passes/pass.h"

namespace barge::converter {

// Calls that need the IR rather than a table row (TRUNC on dates, LISTAGG, GREATEST's NULL
// rule): a handler per upper-case name returns true when it rewrote the call.
using SpecialCall = std::function<bool(ir::ExprPtr&, PassContext&)>;
using SpecialCalls = std::map<std::string, SpecialCall>;

void functionCalls(ir::ExprPtr& e, PassContext& ctx, const SpecialCalls& special);

}  // namespace barge::converter
