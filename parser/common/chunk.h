#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace barge::parser {

// One piece of a script as the splitter cut it: a statement to parse, or a client command
// (SQL*Plus, mysql client) that is recognised and reported, never parsed as SQL.
struct Chunk {
  enum class Kind { Statement, ScriptCommand };
  Kind kind = Kind::Statement;
  std::string_view text;  // view into the normalised UTF-8 input
  uint32_t line = 1;      // where `text` starts: 1-based line and column, byte offset
  uint32_t column = 1;
  uint64_t offset = 0;
  std::string command;  // ScriptCommand: the upper-case command word (REM, DELIMITER, ...)
};

// Tracks line/column while a splitter walks the text, so every chunk knows where it starts.
class PositionTracker {
 public:
  explicit PositionTracker(std::string_view text) : text_(text) {}
  // Advance to byte offset `to` (must not go backwards).
  void advanceTo(uint64_t to);
  uint32_t line() const { return line_; }
  uint32_t column() const { return column_; }
  uint64_t offset() const { return pos_; }

 private:
  std::string_view text_;
  uint64_t pos_ = 0;
  uint32_t line_ = 1, column_ = 1;
};

// What a splitter cuts, in order: each piece gets its start position, trailing blanks are
// trimmed, and a piece of nothing but blanks is dropped.
class ChunkList {
 public:
  explicit ChunkList(std::string_view text) : text_(text), pos_(text) {}
  void add(Chunk::Kind kind, uint64_t from, uint64_t to, std::string command = {});
  std::vector<Chunk> take() { return std::move(chunks_); }

 private:
  std::string_view text_;
  PositionTracker pos_;
  std::vector<Chunk> chunks_;
};

}  // namespace barge::parser
