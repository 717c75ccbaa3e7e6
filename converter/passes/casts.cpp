// CAST(x AS type): the target type goes through the same type rules as columns, so a cast and
// a column of the same source type agree.
#include "converter/passes/casts.h"

#include "converter/type_rules.h"

namespace barge::converter {

void casts(ir::ExprPtr& e, PassContext& ctx) {
  if (e->kind != ir::ExprKind::Cast) return;
  auto& c = e->as<ir::Cast>();
  if (!c.pgType.empty() || !c.type) return;
  if (c.style == "TREAT") {
    ctx.actions.add("BRG-2005", e->loc, "TREAT has no PostgreSQL equivalent");
    e = reportedRaw(*e, "TREAT");
    return;
  }
  TypeMapping m = mapType(ctx.from, *c.type);
  if (c.type->kind == ir::TypeKind::Unknown || c.type->kind == ir::TypeKind::UserDefined) {
    ctx.actions.add("BRG-2005", e->loc, "CAST to " + c.type->describe() + " is not converted");
    e = reportedRaw(*e, "CAST");
    return;
  }
  c.pgType = m.pgType;
}

void hints(ir::Select& s, PassContext& ctx) {
  for (const auto& h : s.hints)
    ctx.actions.add("BRG-2003", h->loc,
                    "optimizer hint " + h->text + " has no PostgreSQL equivalent");
}

// IS JSON in a CHECK (Oracle 12c+): PostgreSQL 15 has no IS JSON; the jsonb cast raises an
// error for invalid JSON and NULL stays NULL, which a CHECK accepts as Oracle's IS JSON does.
void isJson(ir::ExprPtr& e, PassContext&) {
  if (e->kind != ir::ExprKind::IsNull) return;
  auto& n = e->as<ir::IsNull>();
  std::string what = n.what;
  for (auto& ch : what) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  if (what != "JSON" || n.negated || !n.operand) return;
  bool binary = n.operand->valueType == ir::ValueType::Binary;
  std::vector<ir::ExprPtr> args;
  args.push_back(std::move(n.operand));
  e = templateCall(e->loc,
                   binary
                       ? "CASE WHEN {0} IS NULL THEN NULL ELSE CAST(convert_from({0}, 'UTF8') "
                         "AS jsonb) IS NOT NULL END"
                       : "CASE WHEN {0} IS NULL THEN NULL ELSE CAST({0} AS jsonb) IS NOT NULL END",
                   std::move(args), ir::ValueType::Boolean);
}

}  // namespace barge::converter
