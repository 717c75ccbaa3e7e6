#include "mover/table_plan.h"

#include "mover/pg_conn.h"

namespace barge::mover {

std::string mysqlQuoteIdent(const std::string& name) {
  std::string out = "`";
  for (char c : name) {
    if (c == '`') out += '`';
    out += c;
  }
  return out + "`";
}

std::string TablePlan::tgtQualified() const {
  return pgQualified(tgtSchema, tgtTable);
}
std::string TablePlan::srcQualified() const {
  return mysqlQuoteIdent(srcSchema) + "." + mysqlQuoteIdent(srcTable);
}

}  // namespace barge::mover
