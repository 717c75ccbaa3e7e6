#pragma once
#include "converter/passes/functions.h"
#include "converter/passes/pass.h"

// MySQL -> PostgreSQL rewrites, one file each (converter/passes/mysql/<name>.cpp).
namespace barge::converter::mysql {

void looseGroupBy(ir::Select& s, PassContext& ctx);  // non-grouped columns -> min(col)

// Calls rewritten by IR shape (GROUP_CONCAT).
const SpecialCalls& specialCalls();

}  // namespace barge::converter::mysql
