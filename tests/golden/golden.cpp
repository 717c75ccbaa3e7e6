#include "tests/golden/golden.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace barge::test {

std::string compareGolden(const std::filesystem::path& path, const std::string& actual) {
  const char* update = std::getenv("BARGE_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return {};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return path.string() + ": missing (run with BARGE_UPDATE_GOLDEN=1 to create it)";
  std::stringstream ss;
  ss << in.rdbuf();
  std::string expected = ss.str();
  if (expected == actual) return {};
  std::istringstream a(actual), e(expected);
  std::string la, le;
  for (int line = 1;; ++line) {
    bool ga = static_cast<bool>(std::getline(a, la));
    bool ge = static_cast<bool>(std::getline(e, le));
    if (!ga && !ge) break;
    if (!ga || !ge || la != le) {
      return path.string() + ":" + std::to_string(line) + ": expected [" + (ge ? le : "<end>") +
             "] got [" + (ga ? la : "<end>") + "]";
    }
  }
  return path.string() + ": differs";
}

std::string readFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::filesystem::path> caseFiles(const std::string& sub) {
  std::vector<std::filesystem::path> out;
  std::filesystem::path dir = std::filesystem::path(BARGE_SOURCE_DIR) / "tests" / "cases" / sub;
  if (!std::filesystem::exists(dir)) return out;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".sql" &&
        e.path().string().find(".expected.") == std::string::npos &&
        e.path().string().find(".check.") == std::string::npos)  // behaviour checks, not cases
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace barge::test
