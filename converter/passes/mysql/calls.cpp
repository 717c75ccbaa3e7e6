// MySQL calls that need the IR rather than a rule row.
// GROUP_CONCAT([DISTINCT] e1[, e2 ...] [ORDER BY ...] [SEPARATOR s]) (MySQL 8.0 Reference,
// "Aggregate Function Descriptions"): the non-NULL values of e1..en run together per row (a row
// with any NULL among them is skipped), joined by s (default ','). PostgreSQL: string_agg over
// e1::text || e2::text ... (|| gives NULL when any operand is NULL, and string_agg skips NULLs),
// with the same ORDER BY. MySQL cuts the result at group_concat_max_len (1024 bytes by
// default); PostgreSQL does not, which is reported. DISTINCT with an ORDER BY that is not the
// value itself has no PostgreSQL form (its ORDER BY must repeat the aggregated expression).
#include "converter/passes/mysql/mysql_passes.h"

namespace barge::converter::mysql {

namespace {

ir::ExprPtr asText(ir::ExprPtr e) {
  if (e->valueType != ir::ValueType::Text) castTo(e, "text", ir::ValueType::Text);
  return e;
}

bool groupConcat(ir::ExprPtr& e, PassContext& ctx) {
  auto& c = e->as<ir::Call>();
  if (c.args.empty() || c.over || c.starArg) return false;
  if (c.distinct && !c.withinGroup.empty()) {
    ctx.actions.add(
        "BRG-2005", e->loc,
        "GROUP_CONCAT(DISTINCT ... ORDER BY ...): PostgreSQL's string_agg with DISTINCT "
        "can only order by the aggregated value itself; rewrite over a DISTINCT "
        "subquery");
    e = reportedRaw(*e, "GROUP_CONCAT DISTINCT ORDER BY");
    return true;
  }
  ir::ExprPtr value = asText(std::move(c.args[0].value));
  for (size_t i = 1; i < c.args.size(); ++i) {
    auto cat = std::make_unique<ir::Binary>();
    cat->loc = value->loc;
    cat->op = ir::BinaryOp::Concat;
    cat->left = std::move(value);
    cat->right = asText(std::move(c.args[i].value));
    cat->valueType = ir::ValueType::Text;
    value = std::move(cat);
  }
  auto sep = std::make_unique<ir::Literal>();
  sep->loc = e->loc;
  sep->literalKind = ir::LiteralKind::String;
  sep->value = c.separatorGiven ? c.separator : ",";
  sep->valueType = ir::ValueType::Text;
  c.args.clear();
  c.separator.clear();
  c.separatorGiven = false;  // now the second argument
  c.args.push_back({{}, std::move(value)});
  c.args.push_back({{}, std::move(sep)});
  c.function.parts = {ir::Identifier{"string_agg", false}};
  c.target = true;
  c.aggregateOrder = std::move(c.withinGroup);
  c.withinGroup.clear();
  c.valueType = ir::ValueType::Text;
  ctx.actions.add("BRG-2010", e->loc,
                  "GROUP_CONCAT: MySQL cuts the result at group_concat_max_len (1024 bytes by "
                  "default); string_agg returns it whole");
  return true;
}

}  // namespace

const SpecialCalls& specialCalls() {
  static const SpecialCalls kCalls = {{"GROUP_CONCAT", groupConcat}};
  return kCalls;
}

}  // namespace barge::converter::mysql
