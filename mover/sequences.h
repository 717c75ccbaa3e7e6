#pragma once
// Identity / serial sequences of a target table set past the maximum of their column, so the
// first insert on the target after the load (or after cutover) does not collide with a row.
#include "mover/pg_conn.h"
#include "mover/table_plan.h"

namespace barge::mover {

void setSequencesPastMax(PgConn& pg, const TablePlan& p);

}  // namespace barge::mover
