#include <catch2/catch.hpp>

#include "parser/parser.h"

using namespace barge;
using namespace barge::parser;

namespace {
const ir::UnparsedStmt* firstUnparsed(const ParseResult& r) {
  for (const auto& s : r.script.statements)
    if (s->kind == ir::StmtKind::Unparsed) return &s->as<ir::UnparsedStmt>();
  return nullptr;
}
}  // namespace

TEST_CASE("a syntax error names line, column and token, and the next statement still parses") {
  for (auto dialect : {Dialect::Oracle, Dialect::MySql}) {
    auto r = parseText(dialect,
                       "CREATE TABLE a (x INT);\n"
                       "CREATE TABLE b (y INT,, z INT);\n"
                       "CREATE TABLE c (z INT);\n",
                       "f.sql");
    CHECK(r.stats.statements == 3);
    CHECK(r.stats.parsed == 2);
    CHECK(r.stats.failed == 1);
    const auto* bad = firstUnparsed(r);
    REQUIRE(bad != nullptr);
    CHECK(bad->loc.line == 2);
    CHECK(bad->loc.column == 23);
    CHECK(bad->loc.offset == 24 + 22);
    CHECK(bad->message.find("','") != std::string::npos);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].str().rfind("f.sql:2:23: syntax error", 0) == 0);
    CHECK(r.script.statements.back()->kind == ir::StmtKind::CreateTable);
  }
}

TEST_CASE("locations after multi-byte characters count characters for columns, bytes for offsets") {
  auto r = parseText(Dialect::MySql, "CREATE TABLE `\xC3\xA9t\xC3\xA9` (x INT,, y INT);", "u.sql");
  const auto* bad = firstUnparsed(r);
  REQUIRE(bad != nullptr);
  CHECK(bad->loc.column == 27);  // 26 characters precede the second comma
  CHECK(bad->loc.offset == 28);  // ... and 28 bytes (two e-acute are 2 bytes each)
}

TEST_CASE("garbage input never crashes and is reported") {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 7919) % 256);
  for (auto dialect : {Dialect::Oracle, Dialect::MySql}) {
    auto r = parseText(dialect, junk, "junk.bin");
    CHECK(r.stats.failed >= 1);
    CHECK(r.stats.parsed + r.stats.failed == r.stats.statements);
  }
}

TEST_CASE("empty input is zero statements") {
  for (auto dialect : {Dialect::Oracle, Dialect::MySql}) {
    auto r = parseText(dialect, "", "empty.sql");
    CHECK(r.stats.statements == 0);
    CHECK(r.diagnostics.empty());
  }
}
