#pragma once
// Values of one column in a row image, by the column's type and TABLE_MAP metadata. What the
// binlog does not say (signedness and ENUM/SET labels without optional metadata, the character
// set) comes from the live schema as a ColumnHint; optional metadata wins when present.
#include <string>
#include <vector>

#include "mover/binlog/byte_reader.h"
#include "mover/binlog/charset.h"
#include "mover/binlog/table_map.h"
#include "mover/binlog/value.h"

namespace barge::mover::binlog {

struct ColumnHint {
  std::string name;
  bool isUnsigned = false;
  Charset charset = Charset::Binary;
  std::vector<std::string> labels;  // ENUM / SET, in definition order
};

// Reads one non-NULL value; throws DecodeError (type not supported, truncated event).
void decodeValue(ByteReader& r, const MappedColumn& c, const ColumnHint* hint, Value& out);

// Packed DECIMAL(precision, scale) -> text with exactly `scale` fraction digits.
std::string decimalText(std::string_view packed, unsigned precision, unsigned scale);
size_t decimalBinarySize(unsigned precision, unsigned scale);

}  // namespace barge::mover::binlog
