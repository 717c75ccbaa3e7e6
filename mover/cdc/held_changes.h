#pragma once
// Changes held for a batch (batch apply): the net change per key of one table, as COPY BINARY
// tuples of its staging table. Beyond the memory limits the tuples held in memory are written
// to a spill file in the task's work dir (mode 0600) as one chunk; the chunks are read back in
// order when the batch is applied, and the file is removed when the batch is done with. Each
// chunk holds every key at most once, so it can be applied set-wise; applying the chunks in
// order gives each key the state of its last change.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace barge::mover::cdc {

// What the metrics read (CDCChangesMemorySource / CDCChangesDiskSource): rows held for the
// open batch, in memory and in spill files. Updated by the CDC engine as it goes.
struct HeldChangesStats {
  std::atomic<int64_t> memoryRows{0}, diskRows{0};
  std::atomic<uint64_t> memoryBytes{0}, diskBytes{0};
  std::atomic<int64_t> peakMemoryRows{0}, peakDiskRows{0};
  std::atomic<int64_t> spillChunks{0};  // chunks written to spill files since the start
};

class HeldTable {
 public:
  explicit HeldTable(std::filesystem::path spillFile) : file_(std::move(spillFile)) {}
  ~HeldTable();
  HeldTable(const HeldTable&) = delete;
  HeldTable& operator=(const HeldTable&) = delete;

  // The key's net change is now `tuple` (whatever was held for it before in memory).
  void put(const std::string& key, std::string_view tuple);
  bool empty() const { return map_.empty() && chunks_.empty(); }
  size_t memoryBytes() const { return memBytes_; }
  int64_t memoryRows() const { return static_cast<int64_t>(map_.size()); }
  uint64_t diskBytes() const { return diskBytes_; }
  int64_t diskRows() const { return diskRows_; }
  const std::filesystem::path& file() const { return file_; }

  // Writes the tuples held in memory to the spill file as one chunk. Throws on I/O errors.
  void spill();
  // Chunks in order (spilled ones first, then memory): `put` receives the chunk's tuples in
  // pieces, `end` is called after each chunk.
  size_t chunkCount() const { return chunks_.size() + (map_.empty() ? 0 : 1); }
  void readChunk(size_t i, const std::function<void(std::string_view)>& put) const;
  int64_t chunkRows(size_t i) const;
  // After the held changes were applied to the open target transaction: nothing is held any
  // more, but the spill file stays until the transaction commits (or rolls back): clear().
  void markApplied();
  // Forgets everything held and removes the spill file.
  void clear();

 private:
  std::filesystem::path file_;
  std::unordered_map<std::string, std::string> map_;
  size_t memBytes_ = 0;
  struct Chunk {
    uint64_t offset, bytes;
    int64_t rows;
  };
  std::vector<Chunk> chunks_;
  uint64_t diskBytes_ = 0, fileEnd_ = 0;
  int64_t diskRows_ = 0;
  int fd_ = -1;
};

}  // namespace barge::mover::cdc
