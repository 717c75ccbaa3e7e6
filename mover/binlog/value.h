#pragma once
// One decoded column value of a row image, in the forms the full load's reader produces, so the
// same value_codec functions convert both (a loaded row and a replicated row are identical):
// integers and doubles as numbers, DATETIME/TIMESTAMP as calendar parts, everything else as the
// text the client protocol would send (DECIMAL digits, DATE/TIME text, ENUM label, SET labels,
// strings in UTF-8, BIT bytes, spatial WKB).
#include <cstdint>
#include <string>

namespace barge::mover::binlog {

struct DateTimeParts {
  unsigned year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  unsigned long micro = 0;
  unsigned fsp = 0;  // fractional digits of the column (text form)
};

struct Value {
  enum class Kind : uint8_t { Null, Int, Double, DateTime, Text };
  Kind kind = Kind::Null;
  bool isUnsigned = false;
  int64_t i = 0;
  double d = 0;
  DateTimeParts dt;
  std::string text;

  bool isNull() const { return kind == Kind::Null; }
  // The text the client protocol would give (for keys, messages and tests).
  std::string toText() const;
};

// "YYYY-MM-DD HH:MM:SS[.f]" with `fsp` fraction digits, as the full load's reader prints it.
std::string dateTimeText(const DateTimeParts& t);

}  // namespace barge::mover::binlog
