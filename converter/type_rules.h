#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/data_type.h"
#include "ir/dialect.h"

namespace barge::converter {

// How the mover converts each source value so the data matches the converted schema. The
// mover dispatches on this; the converter and the mover read the same rule, so schema and
// data always agree.
enum class ValueConversion {
  AsText,         // character data passed through
  Integer,        // signed integer
  UnsignedWiden,  // unsigned integer into a wider signed type / numeric(20,0)
  Decimal,        // exact decimal text -> numeric
  Float,          // float4 (incl. special values)
  Double,         // float8 (incl. special values)
  Boolean,
  BitString,  // BIT(n) bytes -> bit(n)
  Bytes,      // binary -> bytea
  Date,
  Time,        // MySQL TIME (+-838h) -> interval
  DateTime,    // -> timestamp without time zone
  Timestamp,   // -> timestamp with time zone
  Year,        // -> smallint
  EnumText,    // enum label -> text (CHECK keeps the label set)
  SetArray,    // 'a,b' -> text[]
  Json,        // -> jsonb
  SpatialWkb,  // MySQL geometry (4-byte SRID + WKB) -> bytea (WKB)
};
const char* valueConversionName(ValueConversion c);

// One row of a rule table: the first row whose kind matches and whose `when` holds wins.
struct TypeRule {
  ir::TypeKind kind;
  bool (*when)(const ir::DataType&);  // nullptr: always
  std::string_view pgType;            // template: {len} {p} {s} {fsp} (fractional seconds, max 6)
  ValueConversion conversion;
  std::string_view actionCode;  // "" when the mapping is exact
  std::string_view note;
};

struct TypeMapping {
  std::string pgType;
  ValueConversion conversion = ValueConversion::AsText;
  std::string actionCode;
  std::string note;
  bool addNonNegativeCheck = false;       // unsigned source: CHECK (col >= 0) keeps the rule
  std::optional<int64_t> maxCardinality;  // VARRAY(n) as an array: CHECK (cardinality <= n)
};

// Per-dialect tables (converter/rules/<dialect>_pg_types.cpp).
const std::vector<TypeRule>& mysqlTypeRules();
const std::vector<TypeRule>& oracleTypeRules();

TypeMapping mapType(ir::Dialect from, const ir::DataType& t);

}  // namespace barge::converter
