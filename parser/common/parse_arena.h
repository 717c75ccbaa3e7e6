#pragma once
// Memory for the short-lived objects of one statement's parse (parse-tree contexts, tokens).
// A statement's parse makes tens of thousands of small objects and frees them all together;
// with malloc that was about a third of warm parse time (allocation, free, consolidation).
// Objects whose class routes operator new/delete here are bump-allocated in 64 KB blocks of a
// per-thread arena, and the arena rewinds when its last live object is deleted (the end of a
// statement: parser and token stream destroyed). Objects must be deleted on the thread that
// made them (a statement is parsed on one thread).
#include <cstddef>
#include <memory>
#include <new>
#include <vector>

namespace barge::parser {

class ParseArena {
 public:
  static ParseArena& local() {
    thread_local ParseArena arena;
    return arena;
  }

  void* allocate(std::size_t n) {
    if (n > kLargest) return ::operator new(n);
    n = (n + kAlign - 1) & ~(kAlign - 1);
    if (n > left_) nextBlock();
    void* p = cursor_;
    cursor_ += n;
    left_ -= n;
    ++live_;
    return p;
  }

  void deallocate(void* p, std::size_t n) {
    if (n > kLargest) {
      ::operator delete(p);
      return;
    }
    if (--live_ == 0) rewind();
  }

 private:
  static constexpr std::size_t kBlock = 64 * 1024;
  static constexpr std::size_t kLargest = 1024;
  static constexpr std::size_t kAlign = alignof(std::max_align_t);
  static constexpr std::size_t kKeepBlocks = 256;  // 16 MB kept for the next statement

  void nextBlock() {
    if (next_ == blocks_.size()) blocks_.push_back(std::make_unique<char[]>(kBlock));
    cursor_ = blocks_[next_++].get();
    left_ = kBlock;
  }
  void rewind() {
    next_ = 0;
    cursor_ = nullptr;
    left_ = 0;
    if (blocks_.size() > kKeepBlocks) blocks_.resize(kKeepBlocks);
  }

  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t next_ = 0;  // index of the next block to take
  char* cursor_ = nullptr;
  std::size_t left_ = 0;
  std::size_t live_ = 0;
};

// Class-specific operator new/delete that put a class's objects in the ParseArena. A macro,
// not a base class: a second base would make every dynamic_cast on these objects (the runtime
// does one per token and per labelled alternative) take the slower multiple-inheritance path.
#define BARGE_PARSE_ARENA_ALLOCATED                          \
  static void* operator new(std::size_t n) {                 \
    return ::barge::parser::ParseArena::local().allocate(n); \
  }                                                          \
  static void operator delete(void* p, std::size_t n) {      \
    ::barge::parser::ParseArena::local().deallocate(p, n);   \
  }

}  // namespace barge::parser
