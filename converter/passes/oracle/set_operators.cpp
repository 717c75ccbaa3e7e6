// MINUS (Oracle Database SQL Language Reference, "The UNION [ALL], INTERSECT, MINUS
// Operators") returns the distinct rows of the first query not in the second: PostgreSQL's
// EXCEPT.
#include "converter/passes/oracle/oracle_passes.h"

namespace barge::converter::oracle {

void setOperators(ir::QueryPtr& q, PassContext&) {
  if (!q || q->queryKind != ir::QueryKind::SetOp) return;
  auto& s = static_cast<ir::SetOp&>(*q);
  std::string op = s.op;
  for (auto& c : op) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (op == "MINUS") s.op = "EXCEPT";
  if (op == "MINUS ALL") s.op = "EXCEPT ALL";
}

}  // namespace barge::converter::oracle
