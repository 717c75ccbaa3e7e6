#include "mover/binlog/column_decode.h"

#include <cstring>

#include "mover/binlog/json_binary.h"
#include "mover/binlog/temporal.h"

namespace barge::mover::binlog {

namespace {

void setInt(Value& out, uint64_t raw, unsigned bytes, bool isUnsigned) {
  out.kind = Value::Kind::Int;
  out.isUnsigned = isUnsigned;
  if (isUnsigned || bytes == 8) {
    out.i = static_cast<int64_t>(raw);
  } else {
    const uint64_t sign = 1ULL << (8 * bytes - 1);
    out.i = raw & sign ? static_cast<int64_t>(raw) - static_cast<int64_t>(sign << 1)
                       : static_cast<int64_t>(raw);
  }
}

Charset charsetOf(const MappedColumn& c, const ColumnHint* h) {
  if (c.collation) return charsetByCollation(*c.collation);
  return h ? h->charset : Charset::Binary;
}

void setText(Value& out, std::string_view bytes, const MappedColumn& c, const ColumnHint* h) {
  out.kind = Value::Kind::Text;
  switch (charsetOf(c, h)) {
    case Charset::Latin1:
      latin1ToUtf8(bytes, out.text);
      return;
    case Charset::Unsupported:
      throw DecodeError("column " + (h ? h->name : c.name) +
                        ": character set not supported by the binlog decoder (utf8mb4, utf8mb3, "
                        "ascii, latin1 and binary are)");
    default:
      out.text.assign(bytes);
  }
}

const std::vector<std::string>& labelsOf(const MappedColumn& c, const ColumnHint* h) {
  static const std::vector<std::string> none;
  if (!c.labels.empty()) return c.labels;
  return h ? h->labels : none;
}

// A value stored as a little-endian length of `pack` bytes (the column's metadata) and that
// many bytes: BLOB/TEXT, GEOMETRY and MySQL 8's JSON.
std::string_view lengthPrefixed(ByteReader& r, unsigned pack, const char* what) {
  if (pack < 1 || pack > 4)
    throw DecodeError(std::string(what) + " length of " + std::to_string(pack) + " bytes");
  return r.bytes(static_cast<size_t>(r.uintLE(pack)));
}

}  // namespace

void decodeValue(ByteReader& r, const MappedColumn& c, const ColumnHint* h, Value& out) {
  const bool isUnsigned = c.isUnsigned.value_or(h && h->isUnsigned);
  out.text.clear();
  switch (c.type) {
    case kTypeTiny:
      return setInt(out, r.uintLE(1), 1, isUnsigned);
    case kTypeShort:
      return setInt(out, r.uintLE(2), 2, isUnsigned);
    case kTypeInt24:
      return setInt(out, r.uintLE(3), 3, isUnsigned);
    case kTypeLong:
      return setInt(out, r.uintLE(4), 4, isUnsigned);
    case kTypeLongLong:
      return setInt(out, r.uintLE(8), 8, isUnsigned);
    case kTypeYear: {
      uint8_t y = r.u8();
      return setInt(out, y ? 1900u + y : 0u, 2, true);
    }
    case kTypeFloat: {
      uint32_t bits = r.u32();
      float f;
      std::memcpy(&f, &bits, 4);
      out.kind = Value::Kind::Double;
      out.d = f;  // widened exactly, as the full load's CAST(col AS DOUBLE)
      return;
    }
    case kTypeDouble: {
      uint64_t bits = r.u64();
      std::memcpy(&out.d, &bits, 8);
      out.kind = Value::Kind::Double;
      return;
    }
    case kTypeNewDecimal: {
      unsigned precision = c.meta >> 8, scale = c.meta & 0xff;
      out.kind = Value::Kind::Text;
      out.text = decimalText(r.bytes(decimalBinarySize(precision, scale)), precision, scale);
      return;
    }
    case kTypeDate:
    case kTypeNewDate:
      out.kind = Value::Kind::Text;
      out.text = readDate(r);
      return;
    case kTypeTime2:
      out.kind = Value::Kind::Text;
      out.text = readTime2(r, c.meta);
      return;
    case kTypeTime:
      out.kind = Value::Kind::Text;
      out.text = readOldTime(r);
      return;
    case kTypeDateTime2:
      out.kind = Value::Kind::DateTime;
      out.dt = readDateTime2(r, c.meta);
      return;
    case kTypeDateTime:
      out.kind = Value::Kind::DateTime;
      out.dt = readOldDateTime(r);
      return;
    case kTypeTimestamp2:
      out.kind = Value::Kind::DateTime;
      out.dt = readTimestamp2(r, c.meta);
      return;
    case kTypeTimestamp:
      out.kind = Value::Kind::DateTime;
      out.dt = readOldTimestamp(r);
      return;
    case kTypeBit: {
      unsigned bits = c.meta >> 8, bytes = c.meta & 0xff;
      out.kind = Value::Kind::Text;
      out.text.assign(r.bytes(bytes + (bits ? 1 : 0)));  // big-endian, like the client protocol
      return;
    }
    case kTypeVarchar:
    case kTypeVarString: {
      size_t n = c.meta > 255 ? r.u16() : r.u8();
      return setText(out, r.bytes(n), c, h);
    }
    case kTypeString:
    case kTypeEnum:
    case kTypeSet: {
      if (c.realType == kTypeEnum) {
        uint64_t idx = r.uintLE(c.length == 2 ? 2 : 1);
        const auto& labels = labelsOf(c, h);
        out.kind = Value::Kind::Text;
        if (idx == 0) return;  // the '' of an invalid value stored in non-strict mode
        if (idx > labels.size())
          throw DecodeError("ENUM index " + std::to_string(idx) + " without a label");
        out.text = labels[idx - 1];
        return;
      }
      if (c.realType == kTypeSet) {
        if (c.length < 1 || c.length > 8)
          throw DecodeError("SET of " + std::to_string(c.length) + " bytes");
        uint64_t bits = r.uintLE(c.length);
        const auto& labels = labelsOf(c, h);
        out.kind = Value::Kind::Text;
        for (size_t i = 0; i < 64 && bits; ++i, bits >>= 1) {
          if (!(bits & 1)) continue;
          if (i >= labels.size())
            throw DecodeError("SET member " + std::to_string(i) + " without a label");
          if (!out.text.empty()) out.text += ',';
          out.text += labels[i];
        }
        return;
      }
      size_t n = c.length > 255 ? r.u16() : r.u8();
      std::string_view v = r.bytes(n);
      if (charsetOf(c, h) == Charset::Binary) {
        // BINARY(n) is logged without its trailing zero bytes; the client protocol sends all n.
        out.kind = Value::Kind::Text;
        out.text.assign(v);
        if (out.text.size() < c.length) out.text.append(c.length - out.text.size(), '\0');
        return;
      }
      return setText(out, v, c, h);
    }
    case kTypeBlob:
    case kTypeTinyBlob:
    case kTypeMediumBlob:
    case kTypeLongBlob: {
      unsigned pack = c.meta ? c.meta
                             : (c.type == kTypeTinyBlob     ? 1
                                : c.type == kTypeMediumBlob ? 3
                                : c.type == kTypeLongBlob   ? 4
                                                            : 2);
      return setText(out, lengthPrefixed(r, pack, "BLOB"), c, h);
    }
    case kTypeGeometry: {
      std::string_view v = lengthPrefixed(r, c.meta ? c.meta : 4, "GEOMETRY");
      if (v.size() < 4) throw DecodeError("GEOMETRY value shorter than its SRID");
      out.kind = Value::Kind::Text;
      out.text.assign(v.substr(4));  // SRID dropped: WKB, as ST_AsBinary gives the full load
      return;
    }
    case kTypeJson: {
      // MySQL 8's JSON: a length (metadata = its byte count) and the binary document, decoded
      // to the text the server sends the full load (MariaDB's JSON is a LONGTEXT, a blob here).
      std::string_view doc = lengthPrefixed(r, c.meta ? c.meta : 4, "JSON");
      out.kind = Value::Kind::Text;
      try {
        out.text = jsonBinaryText(doc);
      } catch (const DecodeError& e) {
        throw DecodeError("column " + (h ? h->name : c.name) + ": " + e.what());
      }
      return;
    }
    default:
      throw DecodeError("column " + (h ? h->name : c.name) + ": binlog column type " +
                        std::to_string(c.type) + " is not supported");
  }
}

}  // namespace barge::mover::binlog
