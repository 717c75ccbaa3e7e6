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

namespace {
ParseResult parseWith(const std::string& text, const std::string& ccflags,
                      const std::string& version = "19") {
  ParseOptions o;
  o.allowLLFallback = false;
  o.plsqlCcflags = ccflags;
  o.oracleVersion = version;
  return parseText(Dialect::Oracle, text, "cc.sql", o);
}

// The IR of the only statement, as JSON text.
std::string irOf(const ParseResult& r) {
  REQUIRE(r.script.statements.size() == 1);
  return r.script.statements[0]->toJson().dump();
}

bool hasDiagnostic(const ParseResult& r, Severity s, const std::string& part) {
  for (const auto& d : r.diagnostics)
    if (d.severity == s && d.message.find(part) != std::string::npos) return true;
  return false;
}

const char* kCcBlock =
    "BEGIN\n"
    "  $IF $$debug $THEN dbg_call(1);\n"
    "  $ELSIF $$level > 2 $THEN level_call($$level);\n"
    "  $ELSIF DBMS_DB_VERSION.VER_LE_12_2 $THEN old_call;\n"
    "  $ELSE new_call; $END\n"
    "END;\n";
}  // namespace

TEST_CASE("conditional compilation selects the branch the flags and version choose") {
  auto dbg = parseWith(kCcBlock, "debug:true");
  CHECK(dbg.stats.failed == 0);
  CHECK(irOf(dbg).find("dbg_call") != std::string::npos);
  CHECK(irOf(dbg).find("new_call\"") == std::string::npos);  // only in the kept branch text

  auto lvl = parseWith(kCcBlock, "debug:false,level:3");
  CHECK(irOf(lvl).find("\"level_call\"") != std::string::npos);
  CHECK(irOf(lvl).find("\"value\":\"3\"") != std::string::npos);  // $$level became 3

  auto old = parseWith(kCcBlock, "", "12.1");
  CHECK(irOf(old).find("\"old_call\"") != std::string::npos);
  // Unset flags are NULL, with a warning, as Oracle's PLW-06003.
  CHECK(hasDiagnostic(old, Severity::Warning, "$$debug is not set"));

  auto now = parseWith(kCcBlock, "", "19");
  CHECK(irOf(now).find("\"new_call\"") != std::string::npos);
  // Every branch is kept with its condition, value and text.
  const auto& cc = now.script.statements[0]->conditionalCompilation;
  REQUIRE(cc.size() == 1);
  REQUIRE(cc[0]->branches.size() == 4);
  CHECK(cc[0]->branches[0].condition == "$$debug");
  CHECK(cc[0]->branches[0].value == "NULL");
  CHECK(cc[0]->branches[2].value == "FALSE");
  CHECK(cc[0]->branches[3].selected);
  CHECK(cc[0]->branches[1].text == "level_call($$level);");
}

TEST_CASE("inquiry directives become the literals of their values") {
  auto r = parseWith(
      "CREATE OR REPLACE\nPACKAGE BODY hr.pkg AS\n  PROCEDURE p IS BEGIN\n"
      "    log($$plsql_unit, $$plsql_line, $$plsql_unit_type, $$plsql_unit_owner, $$x);\n"
      "  END;\nEND;\n",
      "x:7");
  CHECK(r.stats.failed == 0);
  std::string ir = irOf(r);
  CHECK(ir.find("\"value\":\"PKG\"") != std::string::npos);
  CHECK(ir.find("\"value\":\"3\"") != std::string::npos);  // line 1 is the PACKAGE line
  CHECK(ir.find("\"value\":\"PACKAGE BODY\"") != std::string::npos);
  CHECK(ir.find("\"value\":\"HR\"") != std::string::npos);
  CHECK(ir.find("\"value\":\"7\"") != std::string::npos);
}

TEST_CASE("a selected $ERROR is reported; bad --plsql-ccflags is an error") {
  auto r = parseWith("BEGIN $IF $$x $THEN $ERROR 'x is ' || $$plsql_line $END $END NULL; END;",
                     "x:TRUE");
  CHECK(r.stats.failed == 0);
  CHECK(hasDiagnostic(r, Severity::Warning, "$ERROR directive selected: x is 1"));
  CHECK_FALSE(checkOptions([] {
                ParseOptions o;
                o.plsqlCcflags = "debug";
                return o;
              }())
                  .empty());
  CHECK_FALSE(checkOptions([] {
                ParseOptions o;
                o.oracleVersion = "nineteen";
                return o;
              }())
                  .empty());
  CHECK(checkOptions({}).empty());
}

TEST_CASE("PL/SQL blocks not ended by a / line are still parsed, with a warning") {
  auto r = parseOracle("BEGIN\n  NULL;\nEND;\nSELECT 1 FROM dual;\nBEGIN NULL; END;\n");
  CHECK(r.stats.failed == 0);
  CHECK(kinds(r) == std::vector<std::string>{"Block", "Select", "Block"});
  CHECK(hasDiagnostic(r, Severity::Warning, "not ended by a \"/\" line"));
  CHECK(r.script.statements[1]->loc.line == 4);
}

TEST_CASE("a wrapped unit is its own statement, not a syntax error") {
  auto r =
      parseOracle("CREATE OR REPLACE PACKAGE BODY \"Sec\".pkg wrapped \na000000\n1\nabcd\n/\n");
  CHECK(r.stats.failed == 0);
  REQUIRE(kinds(r) == std::vector<std::string>{"WrappedUnit"});
  const auto& w = r.script.statements[0]->as<ir::WrappedUnitStmt>();
  CHECK(w.unitKind == "PACKAGE BODY");
  CHECK(w.name.str() == "\"Sec\".pkg");
}

TEST_CASE("a query starting WITH FUNCTION runs to its / line, its semicolons included") {
  // 12c plsql_declarations: SQL*Plus sends the query at the "/" line, like a PL/SQL unit.
  auto r = parseOracle(
      "WITH\n"
      "  FUNCTION twice(n NUMBER) RETURN NUMBER IS\n"
      "  BEGIN\n"
      "    RETURN n * 2;\n"
      "  END twice;\n"
      "  PROCEDURE noop IS BEGIN NULL; END;\n"
      "  nums AS (SELECT 1 AS n FROM dual)\n"
      "SELECT twice(n) FROM nums\n"
      "/\n"
      "WITH FUNCTION \"Half\"(n NUMBER) RETURN NUMBER IS BEGIN RETURN n / 2; END;\n"
      "SELECT \"Half\"(4) FROM dual\n"
      "/\n");
  CHECK(r.stats.failed == 0);
  REQUIRE(kinds(r) == std::vector<std::string>{"Select", "Select"});
  const auto& q = r.script.statements[0]->as<ir::Select>();
  REQUIRE(q.plsqlDeclarations.size() == 2);
  CHECK(q.plsqlDeclarations[0]->name.text == "twice");
  CHECK(q.plsqlDeclarations[1]->name.text == "noop");
  REQUIRE(q.with.size() == 1);
  CHECK(q.with[0]->name.text == "nums");
  CHECK(r.script.statements[1]->as<ir::Select>().plsqlDeclarations.size() == 1);
  CHECK(r.script.statements[1]->loc.line == 10);
}

TEST_CASE("a common table called FUNCTION is a plain query that ends at its ';'") {
  // FUNCTION is not reserved in Oracle: WITH function AS (...) names a common table. (Our
  // grammar keeps FUNCTION reserved, so only the cut is checked here.)
  auto chunks = oracle::splitScript(
      "WITH function AS (SELECT 1 AS n FROM dual) SELECT n FROM function;\n"
      "WITH function (n) AS (SELECT 1 FROM dual) SELECT n FROM function;\n"
      "SELECT 2 FROM dual;\n");
  REQUIRE(chunks.size() == 3);
  CHECK(chunks[0].line == 1);
  CHECK(chunks[1].line == 2);
  CHECK(chunks[2].line == 3);
  CHECK_FALSE(oracle::isPlsqlUnitText(chunks[0].text));
  CHECK(oracle::isPlsqlUnitText("WITH FUNCTION f RETURN NUMBER IS BEGIN RETURN 1; END; SELECT f"));
  CHECK(oracle::isPlsqlUnitText("with procedure \"P\" is begin null; end; select 1 from dual"));
}

TEST_CASE("a WITH FUNCTION query not ended by a / line is parsed, with a warning") {
  auto r = parseOracle(
      "WITH FUNCTION one RETURN NUMBER IS BEGIN RETURN 1; END;\n"
      "SELECT one FROM dual;\n"
      "SELECT 2 FROM dual;\n");
  CHECK(r.stats.failed == 0);
  CHECK(kinds(r) == std::vector<std::string>{"Select", "Select"});
  CHECK(hasDiagnostic(r, Severity::Warning, "not ended by a \"/\" line"));
}
