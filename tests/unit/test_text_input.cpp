#include <catch2/catch.hpp>

#include "parser/common/text_input.h"

using namespace barge::parser;

TEST_CASE("valid UTF-8 passes through unchanged") {
  auto r = normalizeText("caf\xC3\xA9 \xE2\x82\xAC", Encoding::Auto);
  CHECK(r.utf8 == "caf\xC3\xA9 \xE2\x82\xAC");
  CHECK(r.issues.empty());
  CHECK_FALSE(r.wasLatin1);
}

TEST_CASE("invalid UTF-8 in auto mode is read as Latin-1 and reported once") {
  auto r = normalizeText("G\xF6tz", Encoding::Auto);
  CHECK(r.utf8 == "G\xC3\xB6tz");
  REQUIRE(r.issues.size() == 1);
  CHECK(r.issues[0].offset == 1);
  CHECK(r.wasLatin1);
}

TEST_CASE("utf8 mode replaces each invalid byte and names its offset") {
  auto r = normalizeText(
      "a\xFF"
      "b\xC3",
      Encoding::Utf8);
  CHECK(r.utf8 ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD");
  REQUIRE(r.issues.size() == 2);
  CHECK(r.issues[0].offset == 1);
  CHECK(r.issues[1].offset == 3);
}

TEST_CASE("a byte order mark is dropped") {
  CHECK(normalizeText("\xEF\xBB\xBFx", Encoding::Auto).utf8 == "x");
}

TEST_CASE("overlong and surrogate encodings are not valid UTF-8") {
  CHECK(normalizeText("\xC0\xAF", Encoding::Auto).wasLatin1);
  CHECK(normalizeText("\xED\xA0\x80", Encoding::Auto).wasLatin1);
}
