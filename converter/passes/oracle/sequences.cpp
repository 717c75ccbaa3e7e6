// sequence.NEXTVAL / sequence.CURRVAL (Oracle Database SQL Language Reference, "Sequence
// Pseudocolumns") -> nextval('seq') / currval('seq'). Within one row Oracle returns the same
// NEXTVAL for every reference; PostgreSQL advances on each call (flagged when a statement
// references NEXTVAL of one sequence twice is left to review: rare in practice).
#include "converter/identifiers.h"
#include "converter/passes/oracle/oracle_passes.h"

namespace barge::converter::oracle {

void sequences(ir::ExprPtr& e, PassContext& ctx) {
  if (e->kind != ir::ExprKind::Name) return;
  auto& n = e->as<ir::NameRef>();
  if (n.role != ir::NameRole::Sequence || n.name.parts.size() < 2) return;
  ir::QualifiedName seq;
  seq.parts.assign(n.name.parts.begin(), n.name.parts.end() - 1);
  std::string which = n.name.last().text;
  for (auto& c : which) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!ctx.catalog.findSequence(seq))
    ctx.actions.add("BRG-2006", e->loc,
                    "sequence " + seq.str() + " is not in the input; it must exist on the target");
  auto [schema, name] = ctx.naming.object(seq);
  std::string qualified = (schema.empty() ? "" : quoteIdent(schema) + ".") + quoteIdent(name);
  e = templateCall(e->loc, which + "(" + quoteLiteral(qualified) + ")", {}, ir::ValueType::Integer);
}

}  // namespace barge::converter::oracle
