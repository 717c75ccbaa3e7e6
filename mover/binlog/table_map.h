#pragma once
// TABLE_MAP: the table id the following row events refer to, the column types with their
// metadata, nullability, and the optional metadata (binlog_row_metadata=MINIMAL/FULL: signedness,
// charsets, column names, ENUM/SET labels, primary key) when the server writes it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace barge::mover::binlog {

// Column type codes in row events (enum_field_types of the client protocol).
enum ColumnType : uint8_t {
  kTypeDecimal = 0,
  kTypeTiny = 1,
  kTypeShort = 2,
  kTypeLong = 3,
  kTypeFloat = 4,
  kTypeDouble = 5,
  kTypeNull = 6,
  kTypeTimestamp = 7,
  kTypeLongLong = 8,
  kTypeInt24 = 9,
  kTypeDate = 10,
  kTypeTime = 11,
  kTypeDateTime = 12,
  kTypeYear = 13,
  kTypeNewDate = 14,
  kTypeVarchar = 15,
  kTypeBit = 16,
  kTypeTimestamp2 = 17,
  kTypeDateTime2 = 18,
  kTypeTime2 = 19,
  kTypeJson = 245,
  kTypeNewDecimal = 246,
  kTypeEnum = 247,
  kTypeSet = 248,
  kTypeTinyBlob = 249,
  kTypeMediumBlob = 250,
  kTypeLongBlob = 251,
  kTypeBlob = 252,
  kTypeVarString = 253,
  kTypeString = 254,
  kTypeGeometry = 255,
};

struct MappedColumn {
  uint8_t type = 0;      // as written in the event (STRING also for CHAR/ENUM/SET)
  uint8_t realType = 0;  // STRING resolved to ENUM / SET / STRING from the metadata
  uint16_t meta = 0;     // type metadata (see decodeValue)
  uint32_t length = 0;   // STRING: declared length in bytes
  bool nullable = true;
  // Optional metadata (empty / nullopt when the server did not write it).
  std::optional<bool> isUnsigned;
  std::optional<uint32_t> collation;
  std::string name;
  std::vector<std::string> labels;  // ENUM / SET
};

struct TableMap {
  uint64_t tableId = 0;
  std::string schema, table;
  std::vector<MappedColumn> columns;
  std::vector<uint32_t> primaryKey;  // column indexes, from optional metadata
  bool hasOptionalMetadata = false;
};

// `body` = event without header and checksum; `postHeaderLength` from FORMAT_DESCRIPTION.
TableMap parseTableMap(std::string_view body, uint8_t postHeaderLength);

bool isNumericType(uint8_t type);
bool isCharacterType(const MappedColumn& c);  // CHAR/VARCHAR/TEXT (BLOB with a collation)

}  // namespace barge::mover::binlog
