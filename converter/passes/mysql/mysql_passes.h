#pragma once
#include "converter/passes/pass.h"

// MySQL -> PostgreSQL rewrites, one file each (converter/passes/mysql/<name>.cpp).
namespace barge::converter::mysql {

void looseGroupBy(ir::Select& s, PassContext& ctx);  // non-grouped columns -> min(col)

}  // namespace barge::converter::mysql
