// Oracle -> PostgreSQL type rules. First match wins. Facts from the Oracle SQL Language
// Reference (built-in data types) and the PostgreSQL manual (data types).
#include "converter/type_rules.h"

namespace barge::converter {

namespace {
using K = ir::TypeKind;
using V = ValueConversion;

bool integral(const ir::DataType& t) {
  return t.precision && (!t.scale || *t.scale == 0);
}
bool fitsSmallint(const ir::DataType& t) {
  return integral(t) && *t.precision <= 4;
}
bool fitsInteger(const ir::DataType& t) {
  return integral(t) && *t.precision <= 9;
}
bool fitsBigint(const ir::DataType& t) {
  return integral(t) && *t.precision <= 18;
}
bool negativeScale(const ir::DataType& t) {
  return t.scale && *t.scale < 0;
}
bool precisionAndScale(const ir::DataType& t) {
  return t.precision && t.scale;
}
bool precisionOnly(const ir::DataType& t) {
  return t.precision.has_value();
}
bool spelled(const ir::DataType& t, std::string_view s) {
  return t.spelling == s;
}
bool binaryFloat(const ir::DataType& t) {
  return spelled(t, "BINARY_FLOAT");
}
bool bfile(const ir::DataType& t) {
  return spelled(t, "BFILE");
}
bool fspOver6(const ir::DataType& t) {
  return t.precision && *t.precision > 6;
}
bool hasLength(const ir::DataType& t) {
  return t.length.has_value();
}
}  // namespace

const std::vector<TypeRule>& oracleTypeRules() {
  static const std::vector<TypeRule> kRules = {
      {K::Decimal, negativeScale, "numeric({p})", V::Decimal, "BRG-1012", ""},
      {K::Decimal, fitsSmallint, "smallint", V::Integer, "", "NUMBER(p<=4)"},
      {K::Decimal, fitsInteger, "integer", V::Integer, "", "NUMBER(p<=9)"},
      {K::Decimal, fitsBigint, "bigint", V::Integer, "", "NUMBER(p<=18)"},
      {K::Decimal, precisionAndScale, "numeric({p},{s})", V::Decimal, "", ""},
      {K::Decimal, precisionOnly, "numeric({p})", V::Decimal, "", ""},
      {K::Decimal, nullptr, "numeric", V::Decimal, "", ""},
      {K::Float, binaryFloat, "real", V::Float, "", ""},
      {K::Float, nullptr, "double precision", V::Double, "BRG-1011", ""},
      {K::Double, nullptr, "double precision", V::Double, "", ""},
      {K::Int, nullptr, "integer", V::Integer, "", ""},
      {K::Boolean, nullptr, "boolean", V::Boolean, "", ""},
      {K::Char, nullptr, "char({len})", V::AsText, "", ""},
      {K::VarChar, hasLength, "varchar({len})", V::AsText, "", ""},
      {K::VarChar, nullptr, "varchar", V::AsText, "", ""},
      {K::Text, nullptr, "text", V::AsText, "", ""},
      {K::Blob, bfile, "bytea", V::Bytes, "BRG-1008", ""},
      {K::Blob, nullptr, "bytea", V::Bytes, "", ""},
      {K::VarBinary, nullptr, "bytea", V::Bytes, "", ""},
      {K::DateTime, fspOver6, "timestamp(6) without time zone", V::DateTime, "BRG-1007", ""},
      {K::DateTime, precisionOnly, "timestamp({fsp}) without time zone", V::DateTime, "", ""},
      {K::DateTime, nullptr, "timestamp(0) without time zone", V::DateTime, "",
       "Oracle DATE holds a time of day"},
      {K::TimestampTz, fspOver6, "timestamp(6) with time zone", V::Timestamp, "BRG-1007",
       "and the time zone region is not kept"},
      {K::TimestampTz, nullptr, "timestamp({fsp}) with time zone", V::Timestamp, "BRG-1009", ""},
      {K::Timestamp, nullptr, "timestamp({fsp}) with time zone", V::Timestamp, "", ""},
      {K::IntervalYearMonth, nullptr, "interval year to month", V::AsText, "", ""},
      {K::IntervalDaySecond, nullptr, "interval day to second({fsp})", V::AsText, "", ""},
      {K::RowId, nullptr, "text", V::AsText, "BRG-1006", ""},
      {K::Xml, nullptr, "xml", V::AsText, "", ""},
      {K::Json, nullptr, "jsonb", V::Json, "", ""},
  };
  return kRules;
}

}  // namespace barge::converter
