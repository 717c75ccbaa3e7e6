#include "mover/binlog/value.h"

#include <charconv>
#include <cstdio>

namespace barge::mover::binlog {

std::string dateTimeText(const DateTimeParts& t) {
  char buf[40];
  int n = std::snprintf(buf, sizeof buf, "%04u-%02u-%02u %02u:%02u:%02u", t.year, t.month, t.day,
                        t.hour, t.minute, t.second);
  std::string s(buf, static_cast<size_t>(n));
  if (t.fsp > 0) {
    char f[24];
    std::snprintf(f, sizeof f, "%06lu", t.micro % 1000000);
    s += '.';
    s.append(f, t.fsp > 6 ? 6 : t.fsp);
  }
  return s;
}

std::string Value::toText() const {
  switch (kind) {
    case Kind::Null:
      return "<NULL>";
    case Kind::Int:
      return isUnsigned ? std::to_string(static_cast<uint64_t>(i)) : std::to_string(i);
    case Kind::Double: {
      char buf[64];
      auto r = std::to_chars(buf, buf + sizeof buf, d);
      return std::string(buf, r.ptr);
    }
    case Kind::DateTime:
      return dateTimeText(dt);
    case Kind::Text:
      return text;
  }
  return text;
}

}  // namespace barge::mover::binlog
