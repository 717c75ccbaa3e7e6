// The embedded barge_compat catalog: every block is named, every declared dependency exists, no
// body calls a compat function it does not declare, and a create script holds exactly the
// functions asked for plus their dependencies, dependencies first.
#include <catch2/catch.hpp>
#include <set>

#include "converter/compat/compat.h"

using namespace barge::converter;

TEST_CASE("compat catalog is sound", "[compat]") {
  auto problems = compat::catalogProblems();
  INFO([&] {
    std::string all;
    for (const auto& p : problems) all += p + "\n";
    return all;
  }());
  CHECK(problems.empty());
  // The families exist and each function has SQL.
  std::set<std::string> families;
  for (const auto& f : compat::functions()) {
    families.insert(f.family);
    CHECK(f.sql.find("CREATE OR REPLACE FUNCTION " + f.name + "(") != std::string::npos);
  }
  CHECK(families == std::set<std::string>{"oracle_dates", "oracle_misc", "oracle_regexp",
                                          "oracle_session", "oracle_strings"});
  CHECK(compat::functions().size() >= 20);
}

TEST_CASE("every declared compat dependency exists", "[compat]") {
  size_t edges = 0;
  for (const auto& f : compat::functions())
    for (const auto& n : f.needs) {
      INFO(f.name << " needs " << n);
      CHECK(compat::find(n) != nullptr);
      ++edges;
    }
  CHECK(edges >= 6);  // round->trunc, regexp_*->regexp_flags, regexp_replace->replacement
}

TEST_CASE("compat lookup by qualified name", "[compat]") {
  REQUIRE(compat::find("barge_compat.instr") != nullptr);
  CHECK(compat::find("BARGE_COMPAT.Instr") == compat::find("barge_compat.instr"));
  CHECK(compat::find("barge_compat.instr")->family == "oracle_strings");
  CHECK(compat::find("instr") == nullptr);  // qualified names only
  CHECK(compat::find("barge_compat.no_such_function") == nullptr);
}

TEST_CASE("compat create script: exactly the used functions and their dependencies", "[compat]") {
  SECTION("nothing used, nothing emitted") {
    auto s = compat::createScript({});
    CHECK(s.sql.empty());
    CHECK(s.unknown.empty());
  }
  SECTION("dependencies come first, each once") {
    auto s = compat::createScript(
        {"barge_compat.regexp_replace", "barge_compat.regexp_like", "barge_compat.regexp_flags"});
    CHECK(s.unknown.empty());
    size_t flags = s.sql.find("FUNCTION barge_compat.regexp_flags(");
    size_t repl = s.sql.find("FUNCTION barge_compat.regexp_replacement(");
    size_t replace = s.sql.find("FUNCTION barge_compat.regexp_replace(");
    size_t like = s.sql.find("FUNCTION barge_compat.regexp_like(");
    REQUIRE(flags != std::string::npos);
    REQUIRE(repl != std::string::npos);
    REQUIRE(replace != std::string::npos);
    REQUIRE(like != std::string::npos);
    CHECK(flags < replace);
    CHECK(repl < replace);
    CHECK(s.sql.find("FUNCTION barge_compat.regexp_flags(", flags + 1) == std::string::npos);
    CHECK(s.sql.find("barge_compat.instr") == std::string::npos);  // not asked for
    CHECK(s.sql.starts_with("CREATE SCHEMA IF NOT EXISTS barge_compat;"));
  }
  SECTION("round brings trunc") {
    auto order = compat::withDependencies({"barge_compat.round"});
    REQUIRE(order.size() == 2);
    CHECK(order[0]->name == "barge_compat.trunc");
    CHECK(order[1]->name == "barge_compat.round");
  }
  SECTION("unknown names are reported, not dropped") {
    auto s = compat::createScript({"barge_compat.instr", "barge_compat.nope"});
    CHECK(s.unknown == std::vector<std::string>{"barge_compat.nope"});
    CHECK(s.sql.find("FUNCTION barge_compat.instr(") != std::string::npos);
  }
  SECTION("idempotent statements only") {
    auto all = std::vector<std::string>{};
    for (const auto& f : compat::functions()) all.push_back(f.name);
    auto s = compat::createScript(all);
    size_t creates = 0, replaces = 0;
    for (size_t at = s.sql.find("CREATE "); at != std::string::npos;
         at = s.sql.find("CREATE ", at + 1)) {
      ++creates;
      if (s.sql.compare(at, 26, "CREATE OR REPLACE FUNCTION") == 0) ++replaces;
    }
    CHECK(creates == replaces + 1);  // + CREATE SCHEMA IF NOT EXISTS
  }
}
