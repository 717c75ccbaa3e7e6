#pragma once
// Progress of running tables: bars on a terminal, plain log lines otherwise.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace barge::mover {

struct TableProgress {
  std::string name;
  uint64_t expectedRows = 0;  // estimate (information_schema), for % and ETA
  std::atomic<uint64_t> rows{0};
  std::atomic<uint64_t> rejected{0};
  std::atomic<int> running{0};  // segments in flight
  std::atomic<bool> finished{false};
  std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
};

class Progress {
 public:
  explicit Progress(bool terminal);
  ~Progress();
  TableProgress& add(const std::string& name, uint64_t expectedRows);
  void start();
  void stop();
  static std::string line(const TableProgress& t);

 private:
  void loop();
  void draw(bool final);
  bool terminal_;
  std::vector<std::unique_ptr<TableProgress>> tables_;
  std::thread thread_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  size_t drawnLines_ = 0;
};

}  // namespace barge::mover
