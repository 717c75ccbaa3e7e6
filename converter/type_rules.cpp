#include "converter/type_rules.h"

#include <algorithm>

#include "converter/user_type_map.h"

namespace barge::converter {

const char* valueConversionName(ValueConversion c) {
  switch (c) {
    case ValueConversion::AsText:
      return "text";
    case ValueConversion::Integer:
      return "integer";
    case ValueConversion::UnsignedWiden:
      return "unsigned-widen";
    case ValueConversion::Decimal:
      return "decimal";
    case ValueConversion::Float:
      return "float4";
    case ValueConversion::Double:
      return "float8";
    case ValueConversion::Boolean:
      return "boolean";
    case ValueConversion::BitString:
      return "bit";
    case ValueConversion::Bytes:
      return "bytea";
    case ValueConversion::Date:
      return "date";
    case ValueConversion::Time:
      return "time-interval";
    case ValueConversion::DateTime:
      return "timestamp";
    case ValueConversion::Timestamp:
      return "timestamptz";
    case ValueConversion::Year:
      return "year";
    case ValueConversion::EnumText:
      return "enum-text";
    case ValueConversion::SetArray:
      return "set-array";
    case ValueConversion::Json:
      return "jsonb";
    case ValueConversion::SpatialWkb:
      return "spatial-wkb";
  }
  return "?";
}

namespace {

std::string fill(std::string_view tpl, const ir::DataType& t) {
  std::string out;
  for (size_t i = 0; i < tpl.size(); ++i) {
    if (tpl[i] != '{') {
      out += tpl[i];
      continue;
    }
    size_t close = tpl.find('}', i);
    std::string_view key = tpl.substr(i + 1, close - i - 1);
    if (key == "len") out += std::to_string(t.length.value_or(1));
    if (key == "p") out += std::to_string(t.precision.value_or(0));
    if (key == "s") out += std::to_string(t.scale.value_or(0));
    if (key == "fsp") out += std::to_string(std::min<int64_t>(t.precision.value_or(0), 6));
    i = close;
  }
  return out;
}

bool isIntegerKind(ir::TypeKind k) {
  return k == ir::TypeKind::TinyInt || k == ir::TypeKind::SmallInt ||
         k == ir::TypeKind::MediumInt || k == ir::TypeKind::Int || k == ir::TypeKind::BigInt ||
         k == ir::TypeKind::Decimal || k == ir::TypeKind::Float || k == ir::TypeKind::Double;
}

}  // namespace

static TypeMapping mapByRules(ir::Dialect from, const ir::DataType& t);

TypeMapping mapType(ir::Dialect from, const ir::DataType& t) {
  TypeMapping m = mapByRules(from, t);
  if (auto user = applyUserTypeRules(from, t, m)) return *user;  // user rules come first
  // Values PostgreSQL refuses: the type is kept without them, reported high at its position.
  if (t.kind == ir::TypeKind::Decimal && t.precision && *t.precision == 0) {
    m.pgType = "numeric";
    m.conversion = ValueConversion::Decimal;
    m.actionCode = "BRG-3015";
    m.note = "precision 0 is not valid in PostgreSQL; unconstrained numeric used";
  } else if (!t.badValue.empty()) {
    m.actionCode = "BRG-3015";
    m.note = "size " + t.badValue + " is not a usable number; left out";
    if ((t.kind == ir::TypeKind::Char || t.kind == ir::TypeKind::VarChar) && !t.length)
      m.pgType = "text";  // never a made-up length that would cut values
  }
  return m;
}

static TypeMapping mapByRules(ir::Dialect from, const ir::DataType& t) {
  const auto& rules = from == ir::Dialect::MySql ? mysqlTypeRules() : oracleTypeRules();
  for (const auto& r : rules) {
    if (r.kind != t.kind || (r.when && !r.when(t))) continue;
    TypeMapping m;
    m.pgType = fill(r.pgType, t);
    m.conversion = r.conversion;
    m.actionCode = std::string(r.actionCode);
    m.note = std::string(r.note);
    m.addNonNegativeCheck = t.isUnsigned && isIntegerKind(t.kind);
    return m;
  }
  TypeMapping m;
  m.pgType = "text";
  m.conversion = ValueConversion::AsText;
  m.actionCode = t.kind == ir::TypeKind::UserDefined ? "BRG-1005" : "BRG-1004";
  m.note = "no rule for " + t.describe() + "; mapped to text";
  return m;
}

}  // namespace barge::converter
