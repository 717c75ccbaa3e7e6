// MySQL script layer: DELIMITER, versioned comments, CRLF / latin1 input, error positions,
// and inputs that must never crash or hang.
#include <catch2/catch.hpp>
#include <string>

#include "parser/parser.h"

using namespace barge;

namespace {

parser::ParseResult parse(const std::string& text, const std::string& version = "8.0",
                          parser::Encoding enc = parser::Encoding::Auto) {
  parser::ParseOptions o;
  o.mysqlVersion = version;
  o.encoding = enc;
  o.allowLLFallback = false;
  return parser::parseText(parser::Dialect::MySql, text, "t.sql", o);
}

std::string dump(const parser::ParseResult& r) {
  std::string out;
  for (const auto& s : r.script.statements) out += ir::printTree(*s);
  return out;
}

std::vector<std::string> kinds(const parser::ParseResult& r) {
  std::vector<std::string> out;
  for (const auto& s : r.script.statements) out.push_back(s->nodeName());
  return out;
}

}  // namespace

TEST_CASE("mysql DELIMITER: any delimiter, case-insensitive, back to ;") {
  auto r = parse(
      "delimiter //\nCREATE PROCEDURE a() BEGIN SELECT 1; SELECT 2; END //\n"
      "DELIMITER $$\nCREATE PROCEDURE b() BEGIN SELECT '$'; END$$\n"
      "DELIMITER |\nCREATE PROCEDURE c() SELECT 3|\n"
      "DELIMITER ;;\nCREATE PROCEDURE d() BEGIN END;;\n"
      "DELIMITER ;\nSELECT 4;SELECT 5");
  CHECK(r.stats.failed == 0);
  CHECK(r.stats.scriptCommands == 5);
  CHECK(kinds(r) == std::vector<std::string>{"ScriptCommand", "CreateRoutine", "ScriptCommand",
                                             "CreateRoutine", "ScriptCommand", "CreateRoutine",
                                             "ScriptCommand", "CreateRoutine", "ScriptCommand",
                                             "Select", "Select"});
  // the statement after each DELIMITER line starts on the following line
  CHECK(r.script.statements[1]->loc.line == 2);
  CHECK(r.script.statements[3]->loc.line == 4);
}

TEST_CASE("mysql DELIMITER: unbalanced and degenerate forms never lose the rest") {
  // a delimiter that never comes back: the last statement ends at end of input
  auto r = parse("DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END\n");
  CHECK(r.stats.failed == 0);
  CHECK(kinds(r) == std::vector<std::string>{"ScriptCommand", "CreateRoutine"});
  // DELIMITER with no argument keeps the old one
  auto r2 = parse("DELIMITER\nSELECT 1;\nSELECT 2;");
  CHECK(r2.stats.parsed == 2);
  // DELIMITER at end of input without a newline
  auto r3 = parse("SELECT 1;\nDELIMITER $$");
  CHECK(r3.stats.parsed == 1);
  CHECK(r3.stats.scriptCommands == 1);
}

TEST_CASE("mysql routines without DELIMITER keep their BEGIN ... END body") {
  auto r = parse(
      "CREATE PROCEDURE p()\nBEGIN\n  DECLARE x INT;\n  IF x THEN SET x = 1; END IF;\n"
      "  CASE WHEN x THEN SELECT 1; END CASE;\nEND;\nSELECT 2;");
  CHECK(r.stats.failed == 0);
  CHECK(kinds(r) == std::vector<std::string>{"CreateRoutine", "Select"});
  // a body that never closes: cut at the first ';' as the mysql client would
  auto r2 = parse("CREATE PROCEDURE q() BEGIN SELECT 1;\nSELECT 2;");
  CHECK(r2.stats.statements == 2);
  // a whole routine without any delimiter after its END (SHOW CREATE PROCEDURE text)
  auto r3 = parse("CREATE PROCEDURE q()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND");
  CHECK(r3.stats.parsed == 1);
  CHECK(r3.stats.failed == 0);
}

TEST_CASE("mysql versioned comments follow --mysql-version") {
  const std::string text =
      "/*!40101 SET @a = 1 */;\n/*!50705 SET @b = 2 */;\n/*!80013 SET @c = 3 */;\n"
      "/*M!100500 SET @d = 4 */;\n/*!99999 SET @e = 5 */;\n/*! SET @f = 6 */;";
  auto names = [&](const std::string& version) {
    std::string out;
    for (const auto& s : parse(text, version).script.statements) {
      std::string d = ir::printTree(*s);
      size_t at = d.find("name: ");
      if (at != std::string::npos) out += d.substr(at + 6, 1);
    }
    return out;
  };
  CHECK(names("5.6") == "af");
  CHECK(names("5.7.40") == "abf");
  CHECK(names("8.0") == "abf");
  CHECK(names("8.0.30") == "abcf");
  // MariaDB runs /*M! and, comparing numbers, every /*!NNNNN up to its own 10xxyy
  CHECK(names("10.11") == "abcdef");
  CHECK(names("10.4-MariaDB") == "abcef");
  // positions do not move: the statement inside keeps its column
  auto r = parse(
      "/*!50003 CREATE*/ /*!50017 DEFINER=`u`@`h`*/ /*!50003 TRIGGER t BEFORE INSERT "
      "ON x FOR EACH ROW SET NEW.a = 1 */;");
  REQUIRE(r.stats.parsed == 1);
  CHECK(r.script.statements[0]->loc.column == 10);
  CHECK(r.script.statements[0]->nodeName() == std::string("CreateTrigger"));
}

TEST_CASE("mysql CRLF input gives the same IR and lines as LF") {
  std::string lf = "CREATE TABLE t (\n  a INT,\n  b VARCHAR(5)\n);\nSELECT a\nFROM t;\n";
  std::string crlf;
  for (char c : lf) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  auto a = parse(lf);
  auto b = parse(crlf);
  CHECK(b.stats.failed == 0);
  // offsets differ (one byte per line), lines and columns do not
  auto strip = [](std::string d) { return d; };
  CHECK(strip(dump(a)) == strip(dump(b)));
  REQUIRE(b.script.statements.size() == 2);
  CHECK(b.script.statements[1]->loc.line == 5);
  CHECK(b.script.statements[1]->loc.offset == lf.find("SELECT") + 4);
}

TEST_CASE("mysql latin1 input is decoded and reported; invalid UTF-8 names its byte offset") {
  std::string latin1 = "INSERT INTO t VALUES ('G\xf6tz');";
  auto r = parse(latin1);
  CHECK(r.stats.failed == 0);
  CHECK(dump(r).find("value: G\xc3\xb6tz") != std::string::npos);
  auto forced = parse(latin1, "8.0", parser::Encoding::Latin1);
  CHECK(dump(forced) == dump(r));
  auto strict = parse(latin1, "8.0", parser::Encoding::Utf8);
  bool offsetNamed = false;
  for (const auto& d : strict.diagnostics)
    if (d.severity == parser::Severity::Warning && d.loc.offset == latin1.find('\xf6'))
      offsetNamed = true;
  CHECK(offsetNamed);
  CHECK(strict.stats.failed == 0);
}

TEST_CASE("mysql syntax errors name file:line:col and the unexpected token, then resume") {
  auto r = parse("SELECT 1;\nCREATE TABLE t (\n  a INT,\n  b INT NOT 5\n);\nSELECT 2;");
  CHECK(r.stats.parsed == 2);
  CHECK(r.stats.failed == 1);
  REQUIRE(!r.diagnostics.empty());
  const auto& d = r.diagnostics.front();
  CHECK(d.str().rfind("t.sql:4:13: ", 0) == 0);
  CHECK(d.message.find("'5'") != std::string::npos);
  // after multi-byte characters the column counts characters
  auto r2 = parse("SELECT '\xc3\xa9\xc3\xa9' FROM FROM;");
  REQUIRE(r2.stats.failed == 1);
  CHECK(r2.diagnostics.front().loc.column == 18);
}

TEST_CASE("mysql never crashes or hangs on hostile input") {
  CHECK(parse("").stats.statements == 0);
  CHECK(parse("   \n\t  \r\n").stats.statements == 0);
  CHECK(parse("-- only a comment").stats.statements == 0);
  std::string garbage;
  for (int i = 0; i < 20000; ++i) garbage += static_cast<char>((i * 7919 + 13) % 256);
  auto g = parse(garbage);
  CHECK(g.stats.parsed + g.stats.failed == g.stats.statements);
  CHECK(parse("SELECT 'never closed").stats.failed == 1);
  CHECK(parse("SELECT \"never closed").stats.failed == 1);
  CHECK(parse("SELECT `never closed").stats.failed == 1);
  auto comment = parse("SELECT 1; /* never closed\nSELECT 2;");
  CHECK(comment.stats.parsed == 1);
  auto versioned = parse("/*!50003 CREATE TABLE t (a INT)");
  CHECK(versioned.stats.statements == 1);
  auto deep = parse("SELECT " + std::string(50000, '(') + "1" + std::string(50000, ')'));
  CHECK(deep.stats.failed == 1);
  std::string chain = "SELECT 1";
  for (int i = 0; i < 50000; ++i) chain += "+1";
  CHECK(parse(chain).stats.failed == 1);
  std::string ors = "SELECT 1 FROM t WHERE a = 0";
  for (int i = 1; i < 3000; ++i) ors += " OR a = " + std::to_string(i);
  CHECK(parse(ors).stats.parsed == 1);  // long but reasonable: parsed, not refused
}

TEST_CASE("mysql huge single-line INSERT is read in linear time") {
  std::string big = "INSERT INTO `t` VALUES ";
  for (int i = 0; i < 200000; ++i) {
    if (i) big += ',';
    big += "(" + std::to_string(i) + ",'row " + std::to_string(i) + "',-1.5,NULL,0x0A0B)";
  }
  big += ";";
  auto r = parse(big);
  CHECK(r.stats.parsed == 1);
  CHECK(r.stats.failed == 0);
  CHECK(r.stats.seconds < 30);  // a sanity bound only; the benchmark measures speed
}

TEST_CASE("mysql data-statement reader builds exactly the grammar's IR") {
  std::string rows;
  for (int i = 0; i < 60; ++i)
    rows += std::string(i ? ",\n" : "") + "(" + std::to_string(i) + ", -" + std::to_string(i) +
            ".25, 'it''s \\n \xc3\xa9', \"dq\", NULL, 0xFF00, 1e3, +7)";
  std::string fast = "INSERT IGNORE INTO db.`t` (`a`, b, c, d, e, f, g, h) VALUES " + rows + ";";
  // a trailing comment makes the statement go through the grammar instead
  std::string slow =
      "INSERT IGNORE INTO db.`t` (`a`, b, c, d, e, f, g, h) VALUES " + rows + " /* via grammar */;";
  auto a = parse(fast);
  auto b = parse(slow);
  CHECK(a.stats.failed == 0);
  CHECK(b.stats.failed == 0);
  CHECK(dump(a) == dump(b));
  CHECK(dump(a).find("value: it's \n \xc3\xa9") != std::string::npos);
}
