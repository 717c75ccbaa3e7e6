#include "mover/sequences.h"

namespace barge::mover {

void setSequencesPastMax(PgConn& pg, const TablePlan& p) {
  for (const auto& c : p.columns) {
    auto seq = pg.scalar("SELECT pg_get_serial_sequence($1, $2)", {p.tgtQualified(), c.target});
    if (!seq) continue;
    pg.query("SELECT setval($1, m, true) FROM (SELECT max(" + pgQuoteIdent(c.target) +
                 ")::bigint AS m FROM " + p.tgtQualified() + ") s WHERE m IS NOT NULL",
             {*seq});
  }
}

}  // namespace barge::mover
