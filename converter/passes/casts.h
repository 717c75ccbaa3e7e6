#pragma once
#include "converter/passes/pass.h"

// Passes shared by every dialect (each a rule-driven rewrite, no dialect named).
namespace barge::converter {

void casts(ir::ExprPtr& e, PassContext& ctx);   // CAST target types through the type rules
void hints(ir::Select& s, PassContext& ctx);    // optimizer hints reported (BRG-2003)
void isJson(ir::ExprPtr& e, PassContext& ctx);  // IS JSON -> jsonb cast test

}  // namespace barge::converter
