#include "mover/binlog/file_reader.h"

#include "mover/binlog/byte_reader.h"
#include "mover/binlog/event_header.h"

namespace barge::mover::binlog {

FileReader::FileReader(const std::string& path) : in_(path, std::ios::binary), path_(path) {
  if (!in_) throw DecodeError(path + ": cannot open the binlog file");
  char magic[4];
  if (!in_.read(magic, 4) || std::string_view(magic, 4) != std::string_view("\xfe"
                                                                            "bin",
                                                                            4))
    throw DecodeError(path + ": not a binlog file (magic bytes missing)");
}

bool FileReader::next(std::string& event) {
  event.resize(kHeaderSize);
  if (!in_.read(event.data(), kHeaderSize)) return false;
  ByteReader r(std::string_view(event).substr(9, 4));
  uint32_t len = r.u32();
  if (len < kHeaderSize)
    throw DecodeError(path_ + ":" + std::to_string(pos_) + ": invalid event length " +
                      std::to_string(len));
  event.resize(len);
  if (!in_.read(event.data() + kHeaderSize, len - kHeaderSize)) return false;
  pos_ += len;
  return true;
}

}  // namespace barge::mover::binlog
