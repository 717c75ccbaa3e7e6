// MySQL 8's TRANSACTION_PAYLOAD event (binlog_transaction_compression=ON) holds a whole
// transaction's events compressed: the decoder must stop with the setting to change, never pass
// over it (that would lose the transaction's changes).
#include <catch2/catch.hpp>
#include <string>

#include "mover/binlog/decoder.h"
#include "mover/binlog/event_header.h"

using namespace barge::mover::binlog;

namespace {
std::string header(uint8_t type, uint32_t size, uint32_t nextPos) {
  std::string h(kHeaderSize, '\0');
  h[4] = static_cast<char>(type);
  for (int i = 0; i < 4; ++i) {
    h[9 + i] = static_cast<char>((size >> (8 * i)) & 0xff);
    h[13 + i] = static_cast<char>((nextPos >> (8 * i)) & 0xff);
  }
  return h;
}
}  // namespace

TEST_CASE("binlog decoder: a compressed transaction payload is refused, not skipped") {
  Decoder d([](const TableMap&, const std::vector<ColumnHint>*&) { return true; });
  d.setPosition("binlog.000007", 4);
  std::string body = "\x01\x02\x03\x04\x05\x06\x07\x08";
  std::string ev = header(kTransactionPayloadEvent, kHeaderSize + body.size(), 400) + body;
  REQUIRE(std::string(eventTypeName(kTransactionPayloadEvent)) == "TRANSACTION_PAYLOAD");
  CHECK_THROWS_WITH(d.feed(ev), Catch::Contains("binlog_transaction_compression") &&
                                    Catch::Contains("binlog.000007:400"));
}
