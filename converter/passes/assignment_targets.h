#pragma once
#include "converter/passes/pass.h"

namespace barge::converter {

// Values written into columns whose PostgreSQL type reads them differently, in INSERT ...
// VALUES / SET and UPDATE ... SET: numbers into boolean columns (MySQL's BOOLEAN is TINYINT(1)
// and its dumps insert 0 / 1) and 'a,b' strings into MySQL SET columns stored as text[].
void assignmentTargets(ir::Stmt& s, PassContext& ctx);

}  // namespace barge::converter
