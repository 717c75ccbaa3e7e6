#pragma once
// Character columns arrive in the binlog in their own character set; the full load reads them
// through a utf8mb4 connection, so the server converted them. The decoder does the same for the
// character sets it knows: utf8mb4 / utf8mb3 / ascii (as they are) and latin1 (MySQL's latin1 is
// Windows-1252 with the five undefined bytes mapped to U+0081.. controls).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace barge::mover::binlog {

enum class Charset : uint8_t { Utf8, Latin1, Binary, Unsupported };

Charset charsetByName(std::string_view name);  // information_schema CHARACTER_SET_NAME
Charset charsetByCollation(uint32_t collationId);

void latin1ToUtf8(std::string_view in, std::string& out);

}  // namespace barge::mover::binlog
