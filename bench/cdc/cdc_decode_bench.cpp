// Decode rate of barge's binlog decoder on one core: the file is read into memory first, then
// every event goes through Decoder::feed (checksum check, parsing, values of every row of every
// table, transaction grouping) `rounds` times. Prints events/s, row changes/s and MB/s.
//   cdc_decode_bench BINLOG_FILE [ROUNDS]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "mover/binlog/byte_reader.h"
#include "mover/binlog/decoder.h"
#include "mover/binlog/file_reader.h"

namespace bl = barge::mover::binlog;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: cdc_decode_bench BINLOG_FILE [ROUNDS]\n");
    return 2;
  }
  const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
  std::vector<std::string> events;
  size_t bytes = 0;
  try {
    bl::FileReader r(argv[1]);
    std::string ev;
    while (r.next(ev)) {
      bytes += ev.size();
      events.push_back(ev);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "cdc_decode_bench: %s\n", e.what());
    return 1;
  }
  double best = 0;
  uint64_t rows = 0, txs = 0;
  for (int k = 0; k < rounds; ++k) {
    bl::Decoder dec([](const bl::TableMap&, const std::vector<bl::ColumnHint>*& h) {
      h = nullptr;
      return true;
    });
    uint64_t changes = 0;
    auto t0 = std::chrono::steady_clock::now();
    try {
      for (const auto& ev : events)
        if (dec.feed(ev) == bl::Decoder::Fed::Rows) changes += dec.rowCount();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "cdc_decode_bench: %s\n", e.what());
      return 1;
    }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (best == 0 || s < best) best = s;
    rows = changes;
    txs = dec.stats().transactions;
  }
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf(
      "cdc_decode: events=%zu transactions=%llu row_changes=%llu bytes=%zu best_of=%d "
      "seconds=%.3f events_per_s=%.0f row_changes_per_s=%.0f mb_per_s=%.1f "
      "peak_rss_mb=%.1f\n",
      events.size(), static_cast<unsigned long long>(txs), static_cast<unsigned long long>(rows),
      bytes, rounds, best, events.size() / best, rows / best, bytes / best / 1e6,
      ru.ru_maxrss / 1024.0);
  return 0;
}
