#include "mover/cdc/held_changes.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace barge::mover::cdc {

namespace {

// Bookkeeping of an unordered_map node with two std::string: counted so that the memory
// limits bound what the process really holds, not only the payload.
constexpr size_t kEntryOverhead = 96;

std::runtime_error ioError(const std::string& what, const std::filesystem::path& f) {
  return std::runtime_error("cdc: " + what + " " + f.string() + ": " + std::strerror(errno));
}

}  // namespace

HeldTable::~HeldTable() {
  try {
    clear();
  } catch (...) {
  }
}

void HeldTable::put(const std::string& key, std::string_view tuple) {
  auto [it, fresh] = map_.try_emplace(key);
  if (fresh)
    memBytes_ += key.capacity() + kEntryOverhead;
  else
    memBytes_ -= it->second.capacity();
  it->second.assign(tuple.data(), tuple.size());
  memBytes_ += it->second.capacity();
}

void HeldTable::spill() {
  if (map_.empty()) return;
  if (fd_ < 0) {
    std::filesystem::create_directories(file_.parent_path());
    // 0600: held changes are table data.
    fd_ = ::open(file_.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd_ < 0) throw ioError("cannot create the spill file", file_);
    if (::fchmod(fd_, 0600) != 0) throw ioError("cannot set mode 0600 on", file_);
  }
  Chunk c{fileEnd_, 0, static_cast<int64_t>(map_.size())};
  std::string buf;
  buf.reserve(1 << 20);
  auto flush = [&] {
    size_t at = 0;
    while (at < buf.size()) {
      ssize_t n = ::pwrite(fd_, buf.data() + at, buf.size() - at,
                           static_cast<off_t>(c.offset + c.bytes + at));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) throw ioError("cannot write the spill file", file_);
      at += static_cast<size_t>(n);
    }
    c.bytes += buf.size();
    buf.clear();
  };
  for (auto& [k, t] : map_) {
    buf += t;
    if (buf.size() >= (1u << 20)) flush();
  }
  flush();
  chunks_.push_back(c);
  fileEnd_ += c.bytes;
  diskBytes_ += c.bytes;
  diskRows_ += c.rows;
  map_.clear();
  map_.rehash(0);
  memBytes_ = 0;
}

int64_t HeldTable::chunkRows(size_t i) const {
  return i < chunks_.size() ? chunks_[i].rows : static_cast<int64_t>(map_.size());
}

void HeldTable::readChunk(size_t i, const std::function<void(std::string_view)>& put) const {
  if (i >= chunks_.size()) {
    for (const auto& [k, t] : map_) put(t);
    return;
  }
  const Chunk& c = chunks_[i];
  std::string buf(std::min<uint64_t>(c.bytes, 1u << 20), '\0');
  for (uint64_t done = 0; done < c.bytes;) {
    size_t want = static_cast<size_t>(std::min<uint64_t>(buf.size(), c.bytes - done));
    ssize_t n = ::pread(fd_, buf.data(), want, static_cast<off_t>(c.offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw ioError("cannot read the spill file", file_);
    put(std::string_view(buf.data(), static_cast<size_t>(n)));
    done += static_cast<uint64_t>(n);
  }
}

void HeldTable::markApplied() {
  map_.clear();
  map_.rehash(0);
  memBytes_ = 0;
  chunks_.clear();
  diskBytes_ = 0;
  diskRows_ = 0;
}

void HeldTable::clear() {
  map_.clear();
  map_.rehash(0);
  memBytes_ = 0;
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
    std::error_code ec;
    std::filesystem::remove(file_, ec);
  }
  chunks_.clear();
  diskBytes_ = 0;
  diskRows_ = 0;
  fileEnd_ = 0;
}

}  // namespace barge::mover::cdc
