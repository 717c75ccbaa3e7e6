#include "mover/reject_file.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <stdexcept>

namespace barge::mover {

int64_t nowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

RejectFile::RejectFile(const std::filesystem::path& path) : path_(path) {
  std::filesystem::create_directories(path.parent_path());
  f_ = std::fopen(path.c_str(), "a");
  if (!f_) throw std::runtime_error("cannot open reject file " + path.string());
}

RejectFile::~RejectFile() {
  if (f_) std::fclose(f_);
}

void RejectFile::write(const RejectRow& r) {
  nlohmann::json j;
  j["time"] = r.time;
  j["table"] = r.table;
  j["key"] = nlohmann::json::parse(r.keyJson, nullptr, false);
  j["reason"] = r.reason;
  std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  std::fwrite(line.data(), 1, line.size(), f_);
}

void RejectFile::rewrite(const std::vector<RejectRow>& rows) {
  std::lock_guard<std::mutex> lock(mu_);
  std::FILE* f = std::freopen(path_.c_str(), "w", f_);
  if (!f) {
    f_ = nullptr;
    throw std::runtime_error("cannot rewrite reject file " + path_.string());
  }
  f_ = f;
  for (const auto& r : rows) write(r);
  std::fflush(f_);
}

void RejectFile::append(const std::vector<RejectRow>& rows) {
  std::lock_guard<std::mutex> lock(mu_);
  for (const auto& r : rows) write(r);
  std::fflush(f_);
}

}  // namespace barge::mover
