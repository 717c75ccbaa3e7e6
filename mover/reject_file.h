#pragma once
// Rows the target refused (or that could not be converted): one JSON line each with time,
// table, key and reason in <work-dir>/rejects.jsonl. The rows themselves are recorded in
// barge_control.rejects in the transaction of their batch (control.h); the file is rewritten
// from there when a load starts and appended after each commit, so every rejected row appears
// exactly once even after kill -9.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

namespace barge::mover {

struct RejectRow {
  std::string table;    // source schema.table
  std::string keyJson;  // JSON object text: {"id":"5"} or {"row":17}
  std::string reason;
  int64_t time = 0;  // unix seconds
};

int64_t nowSeconds();

class RejectFile {
 public:
  explicit RejectFile(const std::filesystem::path& path);
  ~RejectFile();
  RejectFile(const RejectFile&) = delete;
  RejectFile& operator=(const RejectFile&) = delete;
  void rewrite(const std::vector<RejectRow>& rows);  // the file holds exactly these rows
  void append(const std::vector<RejectRow>& rows);   // written and flushed
  const std::filesystem::path& path() const { return path_; }

 private:
  void write(const RejectRow& r);
  std::filesystem::path path_;
  std::FILE* f_ = nullptr;
  std::mutex mu_;
};

}  // namespace barge::mover
