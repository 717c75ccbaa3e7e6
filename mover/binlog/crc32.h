#pragma once
// CRC-32 (ISO-HDLC, the binlog_checksum=CRC32 algorithm) to check events read from files.
#include <cstdint>
#include <string_view>

namespace barge::mover::binlog {

uint32_t crc32(std::string_view data);

}  // namespace barge::mover::binlog
