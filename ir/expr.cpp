#include "ir/expr.h"

#include "ir/query.h"

namespace barge::ir {

const char* valueTypeName(ValueType t) {
  switch (t) {
    case ValueType::Unknown:
      return "unknown";
    case ValueType::Null:
      return "null";
    case ValueType::Text:
      return "text";
    case ValueType::Integer:
      return "integer";
    case ValueType::Number:
      return "number";
    case ValueType::Boolean:
      return "boolean";
    case ValueType::Date:
      return "date";
    case ValueType::Timestamp:
      return "timestamp";
    case ValueType::TimestampTz:
      return "timestamptz";
    case ValueType::Interval:
      return "interval";
    case ValueType::Binary:
      return "binary";
    case ValueType::Json:
      return "json";
  }
  return "?";
}

namespace {
const char* literalKindName(LiteralKind k) {
  switch (k) {
    case LiteralKind::Null:
      return "null";
    case LiteralKind::Integer:
      return "integer";
    case LiteralKind::Decimal:
      return "decimal";
    case LiteralKind::Float:
      return "float";
    case LiteralKind::String:
      return "string";
    case LiteralKind::NationalString:
      return "nstring";
    case LiteralKind::HexString:
      return "hex";
    case LiteralKind::BitString:
      return "bits";
    case LiteralKind::Boolean:
      return "boolean";
    case LiteralKind::Date:
      return "date";
    case LiteralKind::Time:
      return "time";
    case LiteralKind::Timestamp:
      return "timestamp";
    case LiteralKind::Default:
      return "default";
  }
  return "?";
}

Json dumpExprs(const std::vector<ExprPtr>& v) {
  return dumpList(v);
}
}  // namespace

void Literal::dumpFields(Json& out) const {
  out["kind"] = literalKindName(literalKind);
  out["value"] = value;
  out["introducer"] = introducer;
}

void NameRef::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["outerJoin"] = outerJoinMark;
}

void Star::dumpFields(Json& out) const {
  out["qualifier"] = qualifier.str();
}

void Unary::dumpFields(Json& out) const {
  out["op"] = op == UnaryOp::Other ? spelling : unaryOpName(op);
  out["operand"] = dumpNode(operand.get());
}

void Binary::dumpFields(Json& out) const {
  out["op"] = op == BinaryOp::Other ? spelling : binaryOpName(op);
  out["left"] = dumpNode(left.get());
  out["right"] = dumpNode(right.get());
}

void OrderItem::dumpFields(Json& out) const {
  out["expr"] = dumpNode(expr.get());
  out["desc"] = descending;
  if (nulls != Nulls::Default) out["nulls"] = nulls == Nulls::First ? "first" : "last";
}

void WindowSpec::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["partitionBy"] = dumpExprs(partitionBy);
  out["orderBy"] = dumpList(orderBy);
  out["frame"] = frame;
}

void Call::dumpFields(Json& out) const {
  out["function"] = function.str();
  out["nullTreatment"] = nullTreatment;
  out["distinct"] = distinct;
  out["star"] = starArg;
  Json a = Json::array();
  for (const auto& arg : args) {
    if (arg.name.empty()) {
      a.push_back(dumpNode(arg.value.get()));
    } else {
      Json named;
      named["name"] = arg.name.str();
      named["value"] = dumpNode(arg.value.get());
      a.push_back(named);
    }
  }
  out["args"] = a;
  out["withinGroup"] = dumpList(withinGroup);
  out["separator"] = separator;
  out["keep"] = keep;
  out["over"] = dumpNode(over.get());
}

void CaseExpr::dumpFields(Json& out) const {
  out["operand"] = dumpNode(operand.get());
  Json w = Json::array();
  for (const auto& when : whens) {
    Json e;
    e["when"] = dumpNode(when.condition.get());
    e["then"] = dumpNode(when.result.get());
    w.push_back(e);
  }
  out["whens"] = w;
  out["else"] = dumpNode(elseResult.get());
}

void Cast::dumpFields(Json& out) const {
  out["style"] = style;
  out["operand"] = dumpNode(operand.get());
  out["type"] = dumpNode(type.get());
}

SubqueryExpr::SubqueryExpr() : Expr(ExprKind::Subquery) {}
SubqueryExpr::~SubqueryExpr() = default;

void SubqueryExpr::dumpFields(Json& out) const {
  out["quantifier"] = quantifier;
  if (multiset) out["multiset"] = true;
  out["query"] = dumpNode(query.get());
}

void Exists::dumpFields(Json& out) const {
  out["subquery"] = dumpNode(subquery.get());
}

void InList::dumpFields(Json& out) const {
  out["negated"] = negated;
  out["operand"] = dumpNode(operand.get());
  out["items"] = dumpExprs(items);
}

void Between::dumpFields(Json& out) const {
  out["negated"] = negated;
  out["operand"] = dumpNode(operand.get());
  out["low"] = dumpNode(low.get());
  out["high"] = dumpNode(high.get());
}

void Like::dumpFields(Json& out) const {
  out["op"] = op;
  out["negated"] = negated;
  out["operand"] = dumpNode(operand.get());
  out["pattern"] = dumpNode(pattern.get());
  out["escape"] = dumpNode(escape.get());
}

void IsNull::dumpFields(Json& out) const {
  out["negated"] = negated;
  out["what"] = what;
  out["operand"] = dumpNode(operand.get());
}

void IntervalExpr::dumpFields(Json& out) const {
  out["value"] = dumpNode(value.get());
  out["unit"] = unit;
}

const char* VarRef::nodeName() const {
  switch (kind) {
    case ExprKind::UserVar:
      return "UserVar";
    case ExprKind::SysVar:
      return "SysVar";
    default:
      return "BindVar";
  }
}

void VarRef::dumpFields(Json& out) const {
  out["name"] = name;
  out["scope"] = scope;
}

void RowExpr::dumpFields(Json& out) const {
  out["items"] = dumpExprs(items);
}

void GroupingExpr::dumpFields(Json& out) const {
  out["grouping"] = grouping == GroupingKind::Rollup ? "ROLLUP"
                    : grouping == GroupingKind::Cube ? "CUBE"
                                                     : "GROUPING SETS";
  out["items"] = dumpExprs(items);
}

void Collate::dumpFields(Json& out) const {
  out["operand"] = dumpNode(operand.get());
  out["collation"] = collation;
}

void AttributeRef::dumpFields(Json& out) const {
  out["base"] = dumpNode(base.get());
  out["attribute"] = attribute;
}

void AtTimeZone::dumpFields(Json& out) const {
  out["operand"] = dumpNode(operand.get());
  if (zone)
    out["zone"] = dumpNode(zone.get());
  else
    out["local"] = true;
}

void RawExpr::dumpFields(Json& out) const {
  out["construct"] = construct;
  out["text"] = text;
}

}  // namespace barge::ir
