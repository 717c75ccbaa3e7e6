#include "mover/progress.h"

#include <cstdio>

namespace barge::mover {

Progress::Progress(bool terminal) : terminal_(terminal) {}

Progress::~Progress() {
  stop();
}

TableProgress& Progress::add(const std::string& name, uint64_t expectedRows) {
  tables_.push_back(std::make_unique<TableProgress>());
  tables_.back()->name = name;
  tables_.back()->expectedRows = expectedRows;
  return *tables_.back();
}

void Progress::start() {
  thread_ = std::thread([this] { loop(); });
}

void Progress::stop() {
  {
    std::lock_guard<std::mutex> l(mu_);
    if (stop_) return;
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

std::string Progress::line(const TableProgress& t) {
  using namespace std::chrono;
  double secs = duration<double>(steady_clock::now() - t.started).count();
  uint64_t rows = t.rows.load();
  double rate = secs > 0 ? rows / secs : 0;
  double pct = t.expectedRows ? 100.0 * rows / t.expectedRows : 0;
  if (pct > 100) pct = 100;
  char buf[256];
  std::string bar;
  if (t.expectedRows) {
    int filled = static_cast<int>(pct / 5);
    bar = "[" + std::string(filled, '#') + std::string(20 - filled, '.') + "] ";
  }
  double eta = rate > 0 && t.expectedRows > rows ? (t.expectedRows - rows) / rate : 0;
  std::snprintf(buf, sizeof buf, "%s%5.1f%% %llu rows %.0f rows/s ETA %.0fs rejected %llu",
                bar.c_str(), pct, static_cast<unsigned long long>(rows), rate, eta,
                static_cast<unsigned long long>(t.rejected.load()));
  return t.name + " " + buf;
}

void Progress::draw(bool final) {
  std::vector<const TableProgress*> active;
  for (const auto& t : tables_)
    if (t->running.load() > 0) active.push_back(t.get());
  if (terminal_) {
    // Move up over the previous block and redraw one bar per running table.
    for (size_t i = 0; i < drawnLines_; ++i) std::fputs("\033[1A\033[2K", stderr);
    drawnLines_ = 0;
    if (final) return;
    for (const auto* t : active) {
      std::fprintf(stderr, "%s\n", line(*t).c_str());
      ++drawnLines_;
    }
  } else if (!final) {
    for (const auto* t : active) std::fprintf(stderr, "progress: %s\n", line(*t).c_str());
  }
  std::fflush(stderr);
}

void Progress::loop() {
  auto period = terminal_ ? std::chrono::milliseconds(500) : std::chrono::seconds(10);
  std::unique_lock<std::mutex> l(mu_);
  while (!stop_) {
    cv_.wait_for(l, period, [this] { return stop_; });
    if (stop_) break;
    draw(false);
  }
  draw(true);
}

}  // namespace barge::mover
