#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ir/node.h"

namespace barge::ir {

// Dialect-neutral type families. The front end maps each source spelling onto the family
// whose *semantics* match (Oracle DATE carries a time of day, so it is DateTime, not Date);
// the spelling is kept in DataType::spelling for reports.
enum class TypeKind {
  Unknown,
  Boolean,
  TinyInt,    // 8-bit
  SmallInt,   // 16-bit
  MediumInt,  // 24-bit
  Int,        // 32-bit
  BigInt,     // 64-bit
  Decimal,    // exact; precision/scale optional (absent = unconstrained, Oracle NUMBER)
  Float,      // binary floating point; precision in bits or digits per `spelling`
  Double,
  Bit,  // bit string of `length` bits
  Char,
  VarChar,
  Text,  // character large object; `length` = maximum bytes when known
  Binary,
  VarBinary,
  Blob,       // binary large object; `length` = maximum bytes when known
  Date,       // calendar date only
  Time,       // time of day or duration (MySQL TIME spans +-838h)
  DateTime,   // date + time, no zone
  Timestamp,  // date + time, session-zone semantics (MySQL TIMESTAMP, Oracle TIMESTAMP LTZ)
  TimestampTz,
  IntervalYearMonth,
  IntervalDaySecond,
  Year,
  Enum,
  Set,
  Json,
  Xml,
  Spatial,  // `name` holds the subtype (GEOMETRY, POINT, ...)
  RowId,
  RefCursor,
  UserDefined,  // object type, collection, %TYPE/%ROWTYPE anchor: see `name`, `anchor`
};

const char* typeKindName(TypeKind k);

struct DataType : Node {
  TypeKind kind = TypeKind::Unknown;
  std::string spelling;           // the source spelling, upper-cased keyword text, e.g. "VARCHAR2"
  std::optional<int64_t> length;  // characters or bytes, see lengthInChars
  std::optional<int64_t> precision;  // digits (or fractional-second digits for time types)
  std::optional<int64_t> scale;
  std::optional<int64_t> leadingPrecision;  // INTERVAL DAY(p) TO SECOND(s): p
  bool lengthInChars = true;                // Oracle BYTE vs CHAR semantics
  bool isUnsigned = false;
  bool zeroFill = false;
  bool national = false;  // NCHAR, NVARCHAR2, NCLOB
  std::string charset;
  std::string collation;
  std::vector<std::string> values;  // ENUM / SET members, unquoted
  QualifiedName name;               // UserDefined / Spatial subtype
  std::string badValue;  // a length / precision / scale that is not a usable number, as written
  enum class Anchor { None, Type, RowType } anchor = Anchor::None;  // %TYPE / %ROWTYPE

  const char* nodeName() const override { return "DataType"; }
  void dumpFields(Json& out) const override;
  // Short one-line description, e.g. "VarChar(20 char)"; for messages.
  std::string describe() const;
};

}  // namespace barge::ir
