#include "mover/binlog/table_map.h"

#include "mover/binlog/byte_reader.h"

namespace barge::mover::binlog {

namespace {

void readMeta(ByteReader& r, MappedColumn& c) {
  switch (c.type) {
    case kTypeFloat:
    case kTypeDouble:
    case kTypeBlob:
    case kTypeTinyBlob:
    case kTypeMediumBlob:
    case kTypeLongBlob:
    case kTypeGeometry:
    case kTypeJson:
    case kTypeTimestamp2:
    case kTypeDateTime2:
    case kTypeTime2:
      c.meta = r.u8();
      break;
    case kTypeVarchar:
    case kTypeVarString:
      c.meta = r.u16();
      break;
    case kTypeBit:
    case kTypeNewDecimal:
      // BIT: bits % 8, bytes; NEWDECIMAL: precision, scale (stored in this byte order).
      c.meta = static_cast<uint16_t>(r.u8() << 8);
      c.meta = static_cast<uint16_t>(c.meta | r.u8());
      break;
    case kTypeString:
    case kTypeEnum:
    case kTypeSet: {
      uint8_t b0 = r.u8(), b1 = r.u8();
      c.meta = static_cast<uint16_t>(b0 << 8 | b1);
      if ((b0 & 0x30) != 0x30) {
        // CHAR longer than 255 bytes: two bits of the length live in the type byte.
        c.realType = static_cast<uint8_t>(b0 | 0x30);
        c.length = b1 | (((b0 & 0x30) ^ 0x30) << 4);
      } else {
        c.realType = b0;
        c.length = b1;
      }
      break;
    }
    default:
      c.meta = 0;
      break;
  }
}

bool usesCharset(const MappedColumn& c) {
  switch (c.realType) {
    case kTypeVarchar:
    case kTypeVarString:
    case kTypeString:
    case kTypeBlob:
    case kTypeTinyBlob:
    case kTypeMediumBlob:
    case kTypeLongBlob:
      return true;
    default:
      return false;
  }
}

void readOptionalMetadata(ByteReader& r, TableMap& t) {
  while (!r.atEnd()) {
    uint8_t kind = r.u8();
    ByteReader v(r.packedString());
    t.hasOptionalMetadata = true;
    switch (kind) {
      case 1: {  // SIGNEDNESS: one bit per numeric column, most significant first
        size_t bit = 0;
        std::string_view bits = v.bytes(v.remaining());
        for (auto& c : t.columns) {
          if (!isNumericType(c.realType)) continue;
          if (bit / 8 >= bits.size()) break;
          c.isUnsigned = (static_cast<uint8_t>(bits[bit / 8]) >> (7 - bit % 8)) & 1;
          ++bit;
        }
        break;
      }
      case 2: {  // DEFAULT_CHARSET: default collation, then (index, collation) exceptions
        uint32_t def = static_cast<uint32_t>(v.packed());
        std::vector<MappedColumn*> chars;
        for (auto& c : t.columns)
          if (usesCharset(c)) chars.push_back(&c);
        for (auto* c : chars) c->collation = def;
        while (!v.atEnd()) {
          uint64_t idx = v.packed();
          uint32_t coll = static_cast<uint32_t>(v.packed());
          if (idx < chars.size()) chars[idx]->collation = coll;
        }
        break;
      }
      case 3: {  // COLUMN_CHARSET: one collation per character column
        for (auto& c : t.columns)
          if (usesCharset(c) && !v.atEnd()) c.collation = static_cast<uint32_t>(v.packed());
        break;
      }
      case 4:  // COLUMN_NAME
        for (auto& c : t.columns)
          if (!v.atEnd()) c.name.assign(v.packedString());
        break;
      case 5:    // SET_STR_VALUE
      case 6: {  // ENUM_STR_VALUE
        uint8_t want = kind == 5 ? kTypeSet : kTypeEnum;
        for (auto& c : t.columns) {
          if (c.realType != want || v.atEnd()) continue;
          uint64_t n = v.packed();
          c.labels.clear();
          for (uint64_t i = 0; i < n; ++i) c.labels.emplace_back(v.packedString());
        }
        break;
      }
      case 8:  // SIMPLE_PRIMARY_KEY
        while (!v.atEnd()) t.primaryKey.push_back(static_cast<uint32_t>(v.packed()));
        break;
      case 9:  // PRIMARY_KEY_WITH_PREFIX: (index, prefix length)
        while (!v.atEnd()) {
          t.primaryKey.push_back(static_cast<uint32_t>(v.packed()));
          v.packed();
        }
        break;
      default:  // geometry types, ENUM/SET charsets, visibility: not needed to decode values
        break;
    }
  }
}

}  // namespace

bool isNumericType(uint8_t type) {
  switch (type) {
    case kTypeTiny:
    case kTypeShort:
    case kTypeInt24:
    case kTypeLong:
    case kTypeLongLong:
    case kTypeFloat:
    case kTypeDouble:
    case kTypeDecimal:
    case kTypeNewDecimal:
      return true;
    default:
      return false;
  }
}

bool isCharacterType(const MappedColumn& c) {
  return usesCharset(c);
}

TableMap parseTableMap(std::string_view body, uint8_t postHeaderLength) {
  ByteReader r(body);
  TableMap t;
  t.tableId = r.uintLE(postHeaderLength == 6 ? 4 : 6);
  r.skip(postHeaderLength == 6 ? 2 : postHeaderLength - 6u);  // flags
  uint8_t n = r.u8();
  t.schema.assign(r.bytes(n));
  r.u8();
  n = r.u8();
  t.table.assign(r.bytes(n));
  r.u8();
  uint64_t cols = r.packed();
  if (cols > 4096) throw DecodeError("TABLE_MAP with " + std::to_string(cols) + " columns");
  t.columns.resize(cols);
  std::string_view types = r.bytes(cols);
  for (size_t i = 0; i < cols; ++i) {
    t.columns[i].type = static_cast<uint8_t>(types[i]);
    t.columns[i].realType = t.columns[i].type;
  }
  ByteReader meta(r.packedString());
  for (auto& c : t.columns) readMeta(meta, c);
  std::string_view nulls = r.bytes((cols + 7) / 8);
  for (size_t i = 0; i < cols; ++i)
    t.columns[i].nullable = (static_cast<uint8_t>(nulls[i / 8]) >> (i % 8)) & 1;
  readOptionalMetadata(r, t);
  return t;
}

}  // namespace barge::mover::binlog
