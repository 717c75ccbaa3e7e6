#include "ir/data_type.h"

namespace barge::ir {

const char* typeKindName(TypeKind k) {
  switch (k) {
    case TypeKind::Unknown:
      return "Unknown";
    case TypeKind::Boolean:
      return "Boolean";
    case TypeKind::TinyInt:
      return "TinyInt";
    case TypeKind::SmallInt:
      return "SmallInt";
    case TypeKind::MediumInt:
      return "MediumInt";
    case TypeKind::Int:
      return "Int";
    case TypeKind::BigInt:
      return "BigInt";
    case TypeKind::Decimal:
      return "Decimal";
    case TypeKind::Float:
      return "Float";
    case TypeKind::Double:
      return "Double";
    case TypeKind::Bit:
      return "Bit";
    case TypeKind::Char:
      return "Char";
    case TypeKind::VarChar:
      return "VarChar";
    case TypeKind::Text:
      return "Text";
    case TypeKind::Binary:
      return "Binary";
    case TypeKind::VarBinary:
      return "VarBinary";
    case TypeKind::Blob:
      return "Blob";
    case TypeKind::Date:
      return "Date";
    case TypeKind::Time:
      return "Time";
    case TypeKind::DateTime:
      return "DateTime";
    case TypeKind::Timestamp:
      return "Timestamp";
    case TypeKind::TimestampTz:
      return "TimestampTz";
    case TypeKind::IntervalYearMonth:
      return "IntervalYearMonth";
    case TypeKind::IntervalDaySecond:
      return "IntervalDaySecond";
    case TypeKind::Year:
      return "Year";
    case TypeKind::Enum:
      return "Enum";
    case TypeKind::Set:
      return "Set";
    case TypeKind::Json:
      return "Json";
    case TypeKind::Xml:
      return "Xml";
    case TypeKind::Spatial:
      return "Spatial";
    case TypeKind::RowId:
      return "RowId";
    case TypeKind::RefCursor:
      return "RefCursor";
    case TypeKind::UserDefined:
      return "UserDefined";
  }
  return "Unknown";
}

void DataType::dumpFields(Json& out) const {
  out["kind"] = typeKindName(kind);
  out["spelling"] = spelling;
  if (length) out["length"] = *length;
  if (precision) out["precision"] = *precision;
  if (scale) out["scale"] = *scale;
  if (leadingPrecision) out["leadingPrecision"] = *leadingPrecision;
  if (length && !lengthInChars) out["lengthSemantics"] = "byte";
  out["unsigned"] = isUnsigned;
  out["zerofill"] = zeroFill;
  out["national"] = national;
  out["charset"] = charset;
  out["collation"] = collation;
  if (!values.empty()) out["values"] = values;
  if (!name.empty()) out["name"] = name.str();
  if (!badValue.empty()) out["badValue"] = badValue;
  if (anchor == Anchor::Type) out["anchor"] = "%TYPE";
  if (anchor == Anchor::RowType) out["anchor"] = "%ROWTYPE";
}

std::string DataType::describe() const {
  std::string s = spelling.empty() ? typeKindName(kind) : spelling;
  if (!name.empty() && name.str() != spelling) s += " " + name.str();
  if (length) {
    s += "(" + std::to_string(*length) + (lengthInChars ? "" : " byte") + ")";
  } else if (precision) {
    s += "(" + std::to_string(*precision);
    if (scale) s += "," + std::to_string(*scale);
    s += ")";
  }
  if (isUnsigned) s += " unsigned";
  return s;
}

}  // namespace barge::ir
