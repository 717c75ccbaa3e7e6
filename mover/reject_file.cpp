#include "mover/reject_file.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <stdexcept>

namespace barge::mover {

RejectFile::RejectFile(const std::filesystem::path& path) : path_(path) {
  std::filesystem::create_directories(path.parent_path());
  f_ = std::fopen(path.c_str(), "a");
  if (!f_) throw std::runtime_error("cannot open reject file " + path.string());
}

RejectFile::~RejectFile() {
  if (f_) std::fclose(f_);
}

void RejectFile::add(const std::string& table, const std::string& keyJson,
                     const std::string& reason) {
  nlohmann::json j;
  j["time"] = std::chrono::duration_cast<std::chrono::seconds>(
                  std::chrono::system_clock::now().time_since_epoch())
                  .count();
  j["table"] = table;
  j["key"] = nlohmann::json::parse(keyJson, nullptr, false);
  j["reason"] = reason;
  std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  std::lock_guard<std::mutex> lock(mu_);
  std::fwrite(line.data(), 1, line.size(), f_);
}

void RejectFile::flush() {
  std::lock_guard<std::mutex> lock(mu_);
  std::fflush(f_);
}

}  // namespace barge::mover
