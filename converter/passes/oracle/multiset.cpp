// CAST(MULTISET (subquery) AS collection_type) (SQL Language Reference, "CAST"): the rows of the
// subquery become the elements of a collection. A collection type of the input is a domain over
// an array of its element type, so this is CAST(ARRAY(subquery) AS domain); with an object
// element each row's columns build one element, ROW(c1, .., cn)::element, in attribute order as
// Oracle assigns them. Without ORDER BY neither database promises an element order.
#include "converter/passes/oracle/oracle_passes.h"

namespace barge::converter::oracle {

namespace {

const TypeEntry* collectionType(const ir::Cast& c, const Catalog& catalog) {
  if (!c.type || c.type->kind != ir::TypeKind::UserDefined) return nullptr;
  const TypeEntry* t = catalog.findType(c.type->name);
  if (!t || !t->def || (t->def->typeKind != "VARRAY" && t->def->typeKind != "TABLE"))
    return nullptr;
  return t;
}

// Makes each row one element value; false after reporting why the rows do not fit.
bool rowsToElements(ir::Select& s, const TypeEntry& coll, PassContext& ctx,
                    const ir::SourceLocation& loc) {
  const ir::DataType* elem = coll.def->elementType.get();
  const TypeEntry* object = nullptr;
  if (elem && elem->kind == ir::TypeKind::UserDefined && elem->spelling.rfind("REF ", 0) != 0)
    if (const TypeEntry* t = ctx.catalog.findType(elem->name); t && t->def)
      if (t->def->typeKind == "OBJECT") object = t;
  for (const auto& item : s.items)
    if (!item->expr || item->expr->kind == ir::ExprKind::Star) {
      ctx.actions.add("BRG-2005", loc,
                      "MULTISET with * in its select list: the element's columns are not known");
      return false;
    }
  if (!object) {
    if (s.items.size() == 1) return true;
    ctx.actions.add("BRG-2005", loc,
                    "MULTISET with " + std::to_string(s.items.size()) + " columns into " +
                        coll.def->name.str() + ", whose elements are single values");
    return false;
  }
  // One column that is already an element (SELECT VALUE(x) / an object column) is kept.
  if (s.items.size() == 1 && object->attributeCount != 1) return true;
  if (s.items.size() != object->attributeCount) {
    ctx.actions.add("BRG-2005", loc,
                    "MULTISET with " + std::to_string(s.items.size()) + " columns into " +
                        coll.def->name.str() + ", whose element type " + object->def->name.str() +
                        " has " + std::to_string(object->attributeCount) + " attributes");
    return false;
  }
  std::string row;
  std::vector<ir::ExprPtr> values;
  for (size_t i = 0; i < s.items.size(); ++i) {
    row += (i ? ", {" : "{") + std::to_string(i) + "}";
    values.push_back(std::move(s.items[i]->expr));
  }
  auto item = std::make_unique<ir::SelectItem>();
  item->loc = s.items[0]->loc;
  item->expr = templateCall(item->loc, "ROW(" + row + ")::" + object->qualified, std::move(values),
                            ir::ValueType::Unknown);
  s.items.clear();
  s.items.push_back(std::move(item));
  return true;
}

}  // namespace

void multisetCasts(ir::ExprPtr& e, PassContext& ctx) {
  if (e->kind != ir::ExprKind::Cast) return;
  auto& c = e->as<ir::Cast>();
  if (!c.operand || c.operand->kind != ir::ExprKind::Subquery) return;
  auto& sub = c.operand->as<ir::SubqueryExpr>();
  if (!sub.multiset || !sub.query) return;
  const TypeEntry* coll = collectionType(c, ctx.catalog);
  if (!coll) {
    ctx.actions.add("BRG-2005", e->loc,
                    "CAST(MULTISET ...) to " + (c.type ? c.type->describe() : std::string("?")) +
                        ", which is not a collection type of the input");
    e = reportedRaw(*e, "CAST(MULTISET)");
    return;
  }
  if (sub.query->queryKind != ir::QueryKind::Select) {
    ctx.actions.add("BRG-2005", sub.loc, "MULTISET over a set operation is not converted");
    e = reportedRaw(*e, "CAST(MULTISET)");
    return;
  }
  if (!rowsToElements(static_cast<ir::Select&>(*sub.query), *coll, ctx, sub.loc)) {
    e = reportedRaw(*e, "CAST(MULTISET)");
    return;
  }
  sub.multiset = false;
  std::vector<ir::ExprPtr> operand;
  operand.push_back(std::move(c.operand));
  e = templateCall(e->loc, "CAST(ARRAY{0} AS " + coll->qualified + ")", std::move(operand),
                   ir::ValueType::Unknown);
}

}  // namespace barge::converter::oracle
