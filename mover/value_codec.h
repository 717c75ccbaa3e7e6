#pragma once
// Source values (MySQL text protocol bytes) -> PostgreSQL binary field values. The target kind
// comes from the target column's actual type; the source flags from the converter's
// ValueConversion (see plan.cpp), so data always matches the schema that was created.
#include <cstdint>
#include <string>
#include <string_view>

#include "mover/copy_binary.h"

namespace barge::mover {

enum class PgKind {
  Bool,
  Int2,
  Int4,
  Int8,
  Numeric,
  Float4,
  Float8,
  Text,
  Bytea,
  Date,
  Time,
  Timestamp,
  TimestampTz,
  Interval,
  Json,
  Jsonb,
  Bit,
  VarBit,
  TextArray,
  Unsupported
};

// Known PostgreSQL type OIDs -> kind (enums and text-like types map to Text).
PgKind pgKindOf(uint32_t oid, char typtype, uint32_t elemOid);
const char* pgKindName(PgKind k);

struct ColumnCodec {
  PgKind kind = PgKind::Text;
  bool sourceBits = false;  // source value is MySQL BIT: raw big-endian bytes
  int bitLength = 0;        // bits of the target bit(n) / source BIT(n)
  bool notNull = false;     // target column NOT NULL (zero-date policy)
  uint32_t elemOid = 25;    // element type of an array target
  bool padded = false;      // bpchar: PostgreSQL pads, MySQL strips (validation ignores pads)
};

// Appends one field (length word + payload, or NULL) for a non-NULL source value. Returns
// false with `err` set when the value cannot be represented (the row is rejected).
bool encodeValue(const ColumnCodec& c, std::string_view v, CopyBuffer& out, std::string& err);

// The same for a DOUBLE read through the binary protocol: the bits go straight into float4 /
// float8; other targets get the shortest exact text.
bool encodeDouble(const ColumnCodec& c, double d, CopyBuffer& out, std::string& err);

// Integers and date-times read through the binary protocol, without a detour through text for
// the usual targets (smallint/integer/bigint, timestamp[tz]); other targets get the text form.
bool encodeInteger(const ColumnCodec& c, long long v, bool isUnsigned, CopyBuffer& out,
                   std::string& err);
// false (nothing written) unless the target is timestamp[tz] and the value a valid calendar
// date-time: zero dates and the like then take the text path with its documented policy.
bool tryEncodeTimestamp(const ColumnCodec& c, unsigned year, unsigned month, unsigned day,
                        unsigned hour, unsigned minute, unsigned second, unsigned long micro,
                        CopyBuffer& out);

// Helpers shared with validation and tests.
bool parseNumericToBinary(std::string_view text, std::string& out, std::string& err);
int64_t daysFromCivil(int64_t y, unsigned m, unsigned d);  // days since 1970-01-01

}  // namespace barge::mover
