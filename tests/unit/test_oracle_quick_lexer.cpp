// The quick scanner in front of the generated Oracle lexer must not change the token stream:
// same types, channels, positions, on every golden case and on the tricky spots it hands back.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "parser/oracle/oracle_quick_lexer.h"

using barge::parser::oracle::dumpTokens;

TEST_CASE("quick Oracle scanner: same tokens as the generated lexer on tricky input") {
  const char* inputs[] = {
      "SELECT a.b, \"Q\"\"x\", 'it''s', n'nat', N'x', q'[a]b]', Q'{c}' FROM t@link;",
      "x := 1.5 + .5 - 1e3 * 2d / 3F ** 2 || 'a'; y := 1..10; z:=10;",
      "WHERE a(+) = b AND c ( + ) = d AND (  +1) > 0 AND f( -1)<>2",
      "a != b ^= c ~= d <= e >= f < g > h <<lbl>> :b1 :\"Q\" : x =>y",
      "-- line\r\n/* block */ /*+ hint */ /* unterminated",
      "$IF $$flag $THEN $ELSIF $ELSE $ERROR 'x' $END",
      "&&owner..tab x_&n._y &v. abc&&",
      "caf\xC3\xA9 \xC3\xB1"
      "ame := 'r\xC3\xA9sum\xC3\xA9'; \"\xE2\x82\xAC\"",
      "ab#$_9 #x $y ! ^ ~ ` \\ 'unterminated",
      "\"\" \"unterminated",
      "\t\v\f x\n\n  y",
      "a \xE3\x80\x80 b\xE3\x80\x80" "c",
      "1x 1.x 1.5e+3f 12e 3.d 4d",
      "",
  };
  for (const char* in : inputs) {
    INFO(in);
    CHECK(dumpTokens(in, true) == dumpTokens(in, false));
  }
}

TEST_CASE("quick Oracle scanner: same tokens as the generated lexer on every golden case") {
  namespace fs = std::filesystem;
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(fs::path(BARGE_SOURCE_DIR) / "tests/cases/oracle")) {
    if (e.path().extension() != ".sql") continue;
    std::ifstream f(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    INFO(e.path().string());
    CHECK(dumpTokens(ss.str(), true) == dumpTokens(ss.str(), false));
    ++files;
  }
  CHECK(files >= 10);
}
