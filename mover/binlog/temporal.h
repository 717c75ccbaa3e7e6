#pragma once
// Date and time encodings of the row format: DATE (3 bytes), TIME2 / DATETIME2 / TIMESTAMP2
// (big-endian packed with 0-3 bytes of fraction, MySQL 5.6+ and MariaDB 10.1+ default) and the
// older TIME / DATETIME / TIMESTAMP forms.
#include "mover/binlog/byte_reader.h"
#include "mover/binlog/value.h"

namespace barge::mover::binlog {

std::string readDate(ByteReader& r);                 // "YYYY-MM-DD"
std::string readTime2(ByteReader& r, unsigned fsp);  // "[-]HH:MM:SS[.f]"
DateTimeParts readDateTime2(ByteReader& r, unsigned fsp);
DateTimeParts readTimestamp2(ByteReader& r, unsigned fsp);  // in UTC
std::string readOldTime(ByteReader& r);
DateTimeParts readOldDateTime(ByteReader& r);
DateTimeParts readOldTimestamp(ByteReader& r);

}  // namespace barge::mover::binlog
