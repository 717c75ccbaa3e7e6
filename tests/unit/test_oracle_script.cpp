// Oracle script layer: SQL*Plus commands, "/" terminators, substitution variables, q-quotes,
// CRLF and Latin-1 input, and error positions.
#include <catch2/catch.hpp>

#include "parser/oracle/oracle_splitter.h"
#include "parser/parser.h"

using namespace barge;
using namespace barge::parser;

namespace {

std::vector<std::string> kinds(const ParseResult& r) {
  std::vector<std::string> out;
  for (const auto& s : r.script.statements) out.push_back(s->nodeName());
  return out;
}

std::vector<std::string> commands(const ParseResult& r) {
  std::vector<std::string> out;
  for (const auto& s : r.script.statements)
    if (s->kind == ir::StmtKind::ScriptCommand)
      out.push_back(s->as<ir::ScriptCommandStmt>().command);
  return out;
}

ParseResult parseOracle(const std::string& text) {
  ParseOptions sll;
  sll.allowLLFallback = false;
  return parseText(Dialect::Oracle, text, "s.sql", sll);
}

}  // namespace

TEST_CASE("SQL*Plus commands are reported as skipped, never parsed as SQL") {
  auto r = parseOracle(
      "REM a remark\n"
      "REMARK another\n"
      "PROMPT hello; world\n"
      "SET DEFINE OFF\n"
      "DEFINE x = 1\n"
      "UNDEFINE x\n"
      "SPOOL out.log\n"
      "WHENEVER SQLERROR EXIT 1\n"
      "EXEC pkg.run;\n"
      "EXECUTE pkg.run( -\n"
      "  1)\n"
      "CONNECT u/p@db\n"
      "@@child.sql\n"
      "@/abs/x.sql\n"
      "SHOW ERRORS\n"
      "CREATE TABLE t (x NUMBER);\n");
  CHECK(commands(r) == std::vector<std::string>{"REM", "REMARK", "PROMPT", "SET", "DEFINE",
                                                "UNDEFINE", "SPOOL", "WHENEVER", "EXEC", "EXECUTE",
                                                "CONNECT", "@@", "@", "SHOW"});
  CHECK(r.stats.scriptCommands == 14);
  CHECK(r.stats.statements == 1);
  CHECK(r.stats.failed == 0);
  CHECK(r.script.statements.back()->kind == ir::StmtKind::CreateTable);
  int infos = 0;
  for (const auto& d : r.diagnostics)
    if (d.severity == Severity::Info && d.message.find("SQL*Plus command") == 0) ++infos;
  CHECK(infos == 14);
}

TEST_CASE("SET TRANSACTION and EXECUTE IMMEDIATE are SQL, not SQL*Plus") {
  auto r = parseOracle("SET TRANSACTION READ ONLY;\nBEGIN EXECUTE IMMEDIATE 'x'; END;\n/\n");
  CHECK(r.stats.scriptCommands == 0);
  CHECK(kinds(r) == std::vector<std::string>{"Transaction", "Block"});
}

TEST_CASE("a PL/SQL unit runs to its / line even though it holds semicolons") {
  auto r = parseOracle(
      "CREATE OR REPLACE PROCEDURE p IS\n"
      "  x NUMBER;\n"
      "BEGIN\n"
      "  x := 1; -- a / in a comment\n"
      "  x := x / 2;\n"
      "END;\n"
      "/\n"
      "DECLARE y NUMBER; BEGIN y := 2; END;\n"
      "/\n"
      "SELECT 1 FROM dual\n"
      "/\n");
  CHECK(kinds(r) == std::vector<std::string>{"CreateRoutine", "Block", "Select"});
  CHECK(r.stats.failed == 0);
}

TEST_CASE("CREATE TYPE specs end at their ';' even without a / line") {
  auto r = parseOracle(
      "CREATE TYPE a_t AS OBJECT (x NUMBER, MEMBER FUNCTION f RETURN NUMBER);\n"
      "CREATE TYPE b_t AS TABLE OF a_t;\n"
      "/\n"
      "CREATE TABLE t (x NUMBER);\n");
  CHECK(kinds(r) == std::vector<std::string>{"CreateType", "CreateType", "CreateTable"});
  CHECK(r.stats.failed == 0);
}

TEST_CASE("substitution variables are left as written and reported") {
  auto r = parseOracle(
      "CREATE TABLE &&owner..t_&suffix (x NUMBER DEFAULT &dflt);\n"
      "SELECT '&not_a_var' FROM dual;\n");
  REQUIRE(r.stats.failed == 0);
  const auto& t = r.script.statements[0]->as<ir::CreateTableStmt>();
  CHECK(t.table->name.str() == "&&owner..t_&suffix");
  std::vector<std::string> vars;
  for (const auto& d : r.diagnostics)
    if (d.message.find("substitution variable") != std::string::npos) vars.push_back(d.message);
  REQUIRE(vars.size() == 3);
  CHECK(vars[0].find("&&owner") != std::string::npos);
  CHECK(vars[1].find("&suffix") != std::string::npos);
  CHECK(vars[2].find("&dflt") != std::string::npos);
  CHECK(oracle::substitutionVariables("x = '&in_literal' -- &in_comment\n").empty());
}

TEST_CASE("q-quoted literals keep their text, any delimiter, semicolons included") {
  auto r = parseOracle(
      "INSERT INTO t VALUES (q'[it's; fine]', q'{a}b}', q'!x'y!', nq'<z>', N'n''x');\n");
  REQUIRE(r.stats.failed == 0);
  const auto& ins = r.script.statements[0]->as<ir::Insert>();
  const auto& row = ins.source->as<ir::Values>().rows.at(0);
  REQUIRE(row.size() == 5);
  CHECK(row[0]->as<ir::Literal>().value == "it's; fine");
  CHECK(row[1]->as<ir::Literal>().value == "a}b");
  CHECK(row[2]->as<ir::Literal>().value == "x'y");
  CHECK(row[3]->as<ir::Literal>().literalKind == ir::LiteralKind::NationalString);
  CHECK(row[3]->as<ir::Literal>().value == "z");
  CHECK(row[4]->as<ir::Literal>().value == "n'x");
}

TEST_CASE("CRLF input splits and locates like LF input") {
  auto r = parseOracle(
      "REM x\r\nCREATE TABLE a (x NUMBER);\r\n\r\nBEGIN\r\n  NULL;\r\nEND;\r\n/\r\n"
      "CREATE TABLE b (y NUMBER,, z NUMBER);\r\n");
  CHECK(kinds(r) == std::vector<std::string>{"ScriptCommand", "CreateTable", "Block", "Unparsed"});
  CHECK(r.script.statements[2]->loc.line == 4);
  const auto& bad = r.script.statements[3]->as<ir::UnparsedStmt>();
  CHECK(bad.loc.line == 8);
  CHECK(bad.loc.column == 26);  // the second comma
}

TEST_CASE("Latin-1 input is read, reported once, and never crashes") {
  std::string text = "INSERT INTO c (n) VALUES ('G\xf6tz');\nCREATE TABLE d (x NUMBER);\n";
  auto r = parseText(Dialect::Oracle, text, "l1.sql");
  CHECK(r.stats.failed == 0);
  CHECK(r.stats.parsed == 2);
  const auto& ins = r.script.statements[0]->as<ir::Insert>();
  CHECK(ins.source->as<ir::Values>().rows.at(0).at(0)->as<ir::Literal>().value == "G\xc3\xb6tz");
  int warnings = 0;
  for (const auto& d : r.diagnostics)
    if (d.severity == Severity::Warning) ++warnings;
  CHECK(warnings == 1);
}

TEST_CASE("SQL*Plus line continuation inside a statement is joined") {
  auto r = parseOracle("INSERT INTO t VALUES (1-\n, UNISTR(-\n'x'-\n));\nSELECT a -\n b FROM t;\n");
  CHECK(r.stats.failed == 0);
  const auto& sel = r.script.statements[1]->as<ir::Select>();
  // "a -" followed by "b" is a subtraction, not a continuation
  CHECK(sel.items.at(0)->expr->kind == ir::ExprKind::Binary);
}

TEST_CASE("a SQL*Plus command continued with '-' is recorded with a blank for the dash") {
  auto r = parseOracle("EXEC dbms_output.put_line('a',-\n  'b')\nSELECT 1 FROM dual;\n");
  CHECK(r.stats.failed == 0);
  REQUIRE(commands(r) == std::vector<std::string>{"EXEC"});
  const auto& cmd = r.script.statements.at(0)->as<ir::ScriptCommandStmt>();
  CHECK(cmd.text == "EXEC dbms_output.put_line('a', \n  'b')");
  CHECK(r.script.statements.at(1)->kind == ir::StmtKind::Select);
}

TEST_CASE("an Oracle syntax error names file:line:col and the token; the next statement parses") {
  auto r = parseOracle(
      "CREATE TABLE ok1 (x NUMBER);\n"
      "CREATE OR REPLACE PROCEDURE p IS\n"
      "BEGIN\n"
      "  x := 1 +;\n"
      "END;\n"
      "/\n"
      "CREATE TABLE ok2 (x NUMBER);\n");
  CHECK(r.stats.statements == 3);
  CHECK(r.stats.failed == 1);
  REQUIRE(kinds(r) == std::vector<std::string>{"CreateTable", "Unparsed", "CreateTable"});
  const auto& bad = r.script.statements[1]->as<ir::UnparsedStmt>();
  CHECK(bad.loc.line == 4);
  CHECK(bad.loc.column == 10);  // "1" completes the expression: the "+" is the bad token
  CHECK(bad.statementStart.line == 2);
  CHECK(bad.message.find("'+'") != std::string::npos);
  bool named = false;
  for (const auto& d : r.diagnostics)
    named = named || d.str().rfind("s.sql:4:10: syntax error", 0) == 0;
  CHECK(named);
}

TEST_CASE("out-of-scope statements are recognised whole and counted, not failed") {
  auto r = parseOracle(
      "CREATE USER u IDENTIFIED BY p;\nALTER SYSTEM SET x = 1;\nAUDIT SELECT ON t;\n"
      "CREATE PUBLIC DATABASE LINK l CONNECT TO u IDENTIFIED BY p USING 'x';\n");
  CHECK(r.stats.failed == 0);
  CHECK(r.stats.outOfScope == 4);
  CHECK(r.script.statements[0]->as<ir::OutOfScopeStmt>().what == "CREATE USER");
}
