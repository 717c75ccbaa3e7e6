#pragma once
// Rows the target refused (or that could not be converted): one JSON line each with table,
// key and reason, appended to <work-dir>/rejects.jsonl.
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <string>

namespace barge::mover {

class RejectFile {
 public:
  explicit RejectFile(const std::filesystem::path& path);
  ~RejectFile();
  RejectFile(const RejectFile&) = delete;
  RejectFile& operator=(const RejectFile&) = delete;
  // key: a JSON object text ({"id":"5"} or {"row":17}).
  void add(const std::string& table, const std::string& keyJson, const std::string& reason);
  void flush();
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  std::FILE* f_ = nullptr;
  std::mutex mu_;
};

}  // namespace barge::mover
