// MySQL / MariaDB -> PostgreSQL type rules. First match wins. Facts from the MySQL reference
// manual (data type storage and ranges) and the PostgreSQL manual (data types).
#include "converter/type_rules.h"

namespace barge::converter {

namespace {
using K = ir::TypeKind;
using V = ValueConversion;

bool isUnsigned(const ir::DataType& t) {
  return t.isUnsigned;
}
bool hasPrecision(const ir::DataType& t) {
  return t.precision.has_value();
}
// FLOAT(p): p <= 24 is single precision, above is double (MySQL manual, FLOAT(p)).
bool floatIsDouble(const ir::DataType& t) {
  return t.precision && *t.precision > 24;
}
bool hasFsp(const ir::DataType& t) {
  return t.precision && *t.precision > 0;
}
}  // namespace

const std::vector<TypeRule>& mysqlTypeRules() {
  static const std::vector<TypeRule> kRules = {
      {K::Boolean, nullptr, "boolean", V::Boolean, "", ""},
      {K::TinyInt, nullptr, "smallint", V::Integer, "", ""},
      {K::SmallInt, isUnsigned, "integer", V::UnsignedWiden, "BRG-1001", "SMALLINT UNSIGNED"},
      {K::SmallInt, nullptr, "smallint", V::Integer, "", ""},
      {K::MediumInt, nullptr, "integer", V::Integer, "", ""},
      {K::Int, isUnsigned, "bigint", V::UnsignedWiden, "BRG-1001", "INT UNSIGNED"},
      {K::Int, nullptr, "integer", V::Integer, "", ""},
      {K::BigInt, isUnsigned, "numeric(20,0)", V::UnsignedWiden, "BRG-1001", "BIGINT UNSIGNED"},
      {K::BigInt, nullptr, "bigint", V::Integer, "", ""},
      {K::Decimal, hasPrecision, "numeric({p},{s})", V::Decimal, "", ""},
      {K::Decimal, nullptr, "numeric(10,0)", V::Decimal, "", "DECIMAL defaults to (10,0)"},
      {K::Float, floatIsDouble, "double precision", V::Double, "", ""},
      {K::Float, nullptr, "real", V::Float, "", ""},
      {K::Double, nullptr, "double precision", V::Double, "", ""},
      {K::Bit, nullptr, "bit({len})", V::BitString, "", ""},
      {K::Char, nullptr, "char({len})", V::AsText, "", ""},
      {K::VarChar, nullptr, "varchar({len})", V::AsText, "", ""},
      {K::Text, nullptr, "text", V::AsText, "", ""},
      {K::Binary, nullptr, "bytea", V::Bytes, "", "BINARY(n) pads with 0x00 in MySQL"},
      {K::VarBinary, nullptr, "bytea", V::Bytes, "", ""},
      {K::Blob, nullptr, "bytea", V::Bytes, "", ""},
      {K::Date, nullptr, "date", V::Date, "", ""},
      {K::Time, nullptr, "interval", V::Time, "BRG-1002", ""},
      {K::DateTime, hasFsp, "timestamp({fsp}) without time zone", V::DateTime, "", ""},
      {K::DateTime, nullptr, "timestamp(0) without time zone", V::DateTime, "", ""},
      {K::Timestamp, hasFsp, "timestamp({fsp}) with time zone", V::Timestamp, "", ""},
      {K::Timestamp, nullptr, "timestamp(0) with time zone", V::Timestamp, "", ""},
      {K::Year, nullptr, "smallint", V::Year, "", ""},
      {K::Enum, nullptr, "text", V::EnumText, "", "CHECK keeps the label set"},
      {K::Set, nullptr, "text[]", V::SetArray, "BRG-1010", ""},
      {K::Json, nullptr, "jsonb", V::Json, "", ""},
      {K::Spatial, nullptr, "bytea", V::SpatialWkb, "BRG-1003", ""},
  };
  return kRules;
}

}  // namespace barge::converter
