// The action catalog is the single source of codes: every code written anywhere in barge's
// sources must be in it, codes are unique, and an unknown code never gets a default severity.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "converter/action_sink.h"

namespace fs = std::filesystem;
using namespace barge::converter;

TEST_CASE("action catalog: codes are unique and well formed", "[actions]") {
  std::set<std::string_view> seen;
  std::regex form("BRG-[0-9]{4}");
  for (const auto& d : actionCatalog()) {
    INFO(d.code);
    CHECK(std::regex_match(std::string(d.code), form));
    CHECK(seen.insert(d.code).second);
    CHECK(!d.title.empty());
    CHECK(!d.recommendation.empty());
  }
}

TEST_CASE("action catalog: every code in the sources is in the catalog", "[actions]") {
  std::regex code("\"(BRG-[0-9]{4})\"");
  size_t found = 0;
  for (const char* dir : {"converter", "reports", "mover", "cli", "parser"}) {
    for (const auto& e : fs::recursive_directory_iterator(fs::path(BARGE_SOURCE_DIR) / dir)) {
      auto ext = e.path().extension();
      if (ext != ".cpp" && ext != ".h") continue;
      std::ifstream in(e.path());
      std::stringstream ss;
      ss << in.rdbuf();
      std::string text = ss.str();
      for (std::sregex_iterator it(text.begin(), text.end(), code), end; it != end; ++it) {
        ++found;
        INFO(e.path().string() << ": " << (*it)[1].str());
        CHECK(findAction((*it)[1].str()) != nullptr);
      }
    }
  }
  CHECK(found > 50);  // the scan really read the sources
}

TEST_CASE("action sink: an unknown code is recorded as an internal error", "[actions]") {
  std::vector<ActionItem> items;
  ActionSink sink(items);
  sink.add("BRG-9999", {}, "TABLE", "t", "something");
  sink.add("BRG-0001", {}, "STATEMENT", "", "bad");
  REQUIRE(items.size() == 2);
  CHECK(items[0].code == "BRG-0000");
  CHECK(items[0].message.find("BRG-9999") != std::string::npos);
  CHECK(findAction(items[0].code)->severity == ActionSeverity::High);
  CHECK(items[1].code == "BRG-0001");
}
