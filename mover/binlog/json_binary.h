#pragma once
// MySQL 8's binary JSON (column type 245, the JSON type's storage and binlog form) to the JSON
// text MySQL itself prints for the value (Json_wrapper::to_string), which is what the full load
// receives over the client protocol: a replicated value then goes through the same value_codec
// path as a loaded one and ends up identical on the target. The format is MySQL's documented
// one (sql/json_binary.h): a type byte, then objects / arrays with a count, a byte size, key
// entries (offset, length) and value entries (type, inlined value or offset), 2-byte fields in
// the small form and 4-byte in the large; scalars; and "opaque" values of any MySQL type.
#include <string>
#include <string_view>

namespace barge::mover::binlog {

// Containers nested deeper than this are refused (MySQL's own limit, JSON_DOCUMENT_MAX_DEPTH).
constexpr int kJsonBinaryMaxDepth = 100;

// The text of one document. An empty document is the JSON null literal (MySQL reads it so: an
// empty value is what INSERT IGNORE / non-strict mode store for NULL in a NOT NULL column).
// Throws DecodeError saying what is malformed and at which byte (offsets or lengths beyond the
// document or their container, truncated values, unknown type bytes, too deep nesting).
std::string jsonBinaryText(std::string_view doc);

// A double as MySQL's JSON text prints it: my_gcvt's shortest round-trip digits, fixed notation
// for decimal exponents -14..15 (and any number with fraction digits up to 17 digits), N.NNNeX
// otherwise, and ".0" appended when the result has neither '.' nor 'e'.
void appendJsonDouble(double d, std::string& out);

}  // namespace barge::mover::binlog
