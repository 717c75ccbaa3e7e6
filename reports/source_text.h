#pragma once
// Source excerpts for the report: the input files are read again, once each, on demand.
#include <map>
#include <string>
#include <vector>

#include "reports/report_model.h"

namespace barge::reports {

class SourceTexts {
 public:
  // Lines around `line` (1-based), the caret under `column`; an empty excerpt when the file
  // cannot be read (a live source) or the line is out of range.
  Excerpt excerpt(const std::string& file, uint32_t line, uint32_t column, uint32_t before = 1,
                  uint32_t after = 1);
  // Lines [first, first + count) of a file ("" when out of range).
  const std::vector<std::string>* lines(const std::string& file);

 private:
  std::map<std::string, std::vector<std::string>> files_;
};

// Valid UTF-8: bytes that are not (a Latin-1 input) are read as Latin-1, as the parser does.
std::string toUtf8(const std::string& s);

// The directory all inputs share ("" when none), and a path shown relative to it.
std::string commonRoot(const std::vector<std::string>& files);
std::string relativeTo(const std::string& root, const std::string& file);

}  // namespace barge::reports
