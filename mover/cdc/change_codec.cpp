#include "mover/cdc/change_codec.h"

namespace barge::mover::cdc {

bool encodeChangeValue(const ColumnCodec& c, const binlog::Value& v, CopyBuffer& out,
                       std::string& err) {
  using K = binlog::Value::Kind;
  switch (v.kind) {
    case K::Null:
      out.putNull();
      return true;
    case K::Double:
      if (!c.sourceBits) return encodeDouble(c, v.d, out, err);
      break;
    case K::Int:
      return encodeInteger(c, v.i, v.isUnsigned, out, err);
    case K::DateTime:
      if (tryEncodeTimestamp(c, v.dt.year, v.dt.month, v.dt.day, v.dt.hour, v.dt.minute,
                             v.dt.second, v.dt.micro, out))
        return true;
      return encodeValue(c, binlog::dateTimeText(v.dt), out, err);
    case K::Text:
      return encodeValue(c, v.text, out, err);
  }
  return encodeValue(c, v.toText(), out, err);
}

}  // namespace barge::mover::cdc
