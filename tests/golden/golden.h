#pragma once
// Golden files: compare `actual` with the file at `path`; with BARGE_UPDATE_GOLDEN=1 in the
// environment the file is (re)written instead, for a reviewer to read in the diff.
#include <filesystem>
#include <string>
#include <vector>

namespace barge::test {

// Returns an empty string when equal (or updated), else a message naming the first
// differing line.
std::string compareGolden(const std::filesystem::path& path, const std::string& actual);

// tests/cases/<dir>/*.sql (not *.expected.sql), sorted; dir is e.g. "oracle" or "convert/mysql".
std::vector<std::filesystem::path> caseFiles(const std::string& dir);
std::string readFile(const std::filesystem::path& p);

}  // namespace barge::test
