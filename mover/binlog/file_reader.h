#pragma once
// Reads the events of a binlog file (the server's datadir copy): the 4-byte magic, then events
// back to back. Used by the decoder tests and to decode a file offline.
#include <cstdint>
#include <fstream>
#include <string>

namespace barge::mover::binlog {

class FileReader {
 public:
  explicit FileReader(const std::string& path);  // throws DecodeError (missing, not a binlog)
  // The next whole event into `event`; false at the end of the file (a partly written last event
  // also ends it).
  bool next(std::string& event);
  uint64_t position() const { return pos_; }

 private:
  std::ifstream in_;
  std::string path_;
  uint64_t pos_ = 4;
};

}  // namespace barge::mover::binlog
