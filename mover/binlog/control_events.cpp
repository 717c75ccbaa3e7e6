#include "mover/binlog/control_events.h"

#include "mover/binlog/byte_reader.h"
#include "mover/binlog/event_header.h"

namespace barge::mover::binlog {

FormatDescription parseFormatDescription(std::string_view event) {
  constexpr size_t kFixed = 2 + 50 + 4 + 1;  // version, server version, create time, header len
  if (event.size() < kHeaderSize + kFixed) throw DecodeError("FORMAT_DESCRIPTION truncated");
  ByteReader r(event.substr(kHeaderSize));
  FormatDescription fd;
  fd.binlogVersion = r.u16();
  std::string_view ver = r.bytes(50);
  fd.serverVersion.assign(ver.substr(0, ver.find('\0')));
  r.u32();
  fd.headerLength = r.u8();
  if (fd.headerLength != kHeaderSize)
    throw DecodeError("FORMAT_DESCRIPTION declares an event header of " +
                      std::to_string(fd.headerLength) + " bytes (only 19 is supported)");
  // Servers that know checksums (MySQL 5.6.1+, MariaDB 5.3+) end the event with the
  // algorithm byte and a 4-byte checksum (present whatever the algorithm).
  size_t rest = r.remaining();
  size_t n = rest >= 5 ? rest - 5 : rest;
  std::string_view lens = r.bytes(n);
  fd.postHeaderLengths.assign(lens.begin(), lens.end());
  if (rest >= 5) {
    uint8_t alg = r.u8();
    if (alg != 0 && alg != 1 && alg != 255)
      throw DecodeError("unknown binlog checksum algorithm " + std::to_string(alg));
    fd.checksumCrc32 = alg == 1;
  }
  return fd;
}

Rotate parseRotate(std::string_view body) {
  ByteReader r(body);
  Rotate ro;
  ro.position = r.u64();
  ro.file.assign(r.bytes(r.remaining()));
  return ro;
}

std::string MariaGtid::text() const {
  return std::to_string(domainId) + "-" + std::to_string(serverId) + "-" + std::to_string(seqNo);
}

MariaGtid parseMariaGtid(std::string_view body, uint32_t serverId) {
  ByteReader r(body);
  MariaGtid g;
  g.seqNo = r.u64();
  g.domainId = r.u32();
  g.flags = r.u8();
  g.serverId = serverId;
  return g;
}

std::string parseMariaGtidList(std::string_view body) {
  ByteReader r(body);
  uint32_t n = r.u32() & 0x0FFFFFFFu;  // the top 4 bits are flags
  std::string out;
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t domain = r.u32(), server = r.u32();
    uint64_t seq = r.u64();
    if (!out.empty()) out += ',';
    out += std::to_string(domain) + "-" + std::to_string(server) + "-" + std::to_string(seq);
  }
  return out;
}

Query parseQuery(std::string_view body, uint8_t postHeaderLength) {
  if (postHeaderLength < 13) throw DecodeError("QUERY post-header shorter than 13 bytes");
  ByteReader r(body);
  r.u32();  // thread id
  r.u32();  // execution time
  uint8_t dbLen = r.u8();
  r.u16();  // error code
  uint16_t statusLen = r.u16();
  r.skip(postHeaderLength - 13u);
  r.skip(statusLen);
  Query q;
  q.database.assign(r.bytes(dbLen));
  r.u8();  // NUL after the database name
  q.sql.assign(r.bytes(r.remaining()));
  return q;
}

uint64_t parseXid(std::string_view body) {
  ByteReader r(body);
  return r.u64();
}

}  // namespace barge::mover::binlog
