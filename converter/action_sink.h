#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "converter/action_catalog.h"

namespace barge::converter {

// The one place where action items are recorded. A code that is not in the catalog is a bug
// in barge, not in the input: it is recorded as BRG-0000 (high) naming the code, never
// silently given a default severity. tests/unit/test_action_catalog.cpp also checks every code
// written in converter/ against the catalog.
class ActionSink {
 public:
  explicit ActionSink(std::vector<ActionItem>& out) : out_(out) {}

  // Returns the index of the new item in the output vector.
  size_t add(std::string_view code, const ir::SourceLocation& loc, std::string objectKind,
             std::string objectName, std::string message, std::string sourceText = {},
             std::string targetText = {});
  size_t size() const { return out_.size(); }

 private:
  std::vector<ActionItem>& out_;
};

// Items of one object: its kind and source name go on each item.
class ObjectActions {
 public:
  ObjectActions(ActionSink& sink, std::string kind, std::string name)
      : sink_(sink), kind_(std::move(kind)), name_(std::move(name)) {}
  size_t add(std::string_view code, const ir::SourceLocation& loc, std::string message,
             std::string sourceText = {}, std::string targetText = {}) {
    return sink_.add(code, loc, kind_, name_, std::move(message), std::move(sourceText),
                     std::move(targetText));
  }
  ActionSink& sink() { return sink_; }
  const std::string& kind() const { return kind_; }
  const std::string& name() const { return name_; }

 private:
  ActionSink& sink_;
  std::string kind_, name_;
};

}  // namespace barge::converter
