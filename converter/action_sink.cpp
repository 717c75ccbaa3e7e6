#include "converter/action_sink.h"

namespace barge::converter {

size_t ActionSink::add(std::string_view code, const ir::SourceLocation& loc, std::string objectKind,
                       std::string objectName, std::string message, std::string sourceText,
                       std::string targetText) {
  ActionItem a;
  if (findAction(code)) {
    a.code = std::string(code);
    a.message = std::move(message);
  } else {
    a.code = "BRG-0000";
    a.message = "internal: unknown action code " + std::string(code) + ": " + message;
  }
  a.loc = loc;
  a.objectKind = std::move(objectKind);
  a.objectName = std::move(objectName);
  a.sourceText = std::move(sourceText);
  a.targetText = std::move(targetText);
  out_.push_back(std::move(a));
  return out_.size() - 1;
}

}  // namespace barge::converter
