// --verify against the test PostgreSQL: a conversion with a deliberately broken object, one
// that depends on it, and PL/pgSQL functions for plpgsql_check.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "converter/verify/verify.h"
#include "parser/parser.h"
#include "reports/render.h"
#include "reports/report_model.h"
#include "tests/db/db_env.h"

using namespace barge;
namespace fs = std::filesystem;

namespace {
const fs::path kRoot = BARGE_SOURCE_DIR;

verify::Target testTarget() {
  const auto& e = test::dbEnv();
  verify::Target t;
  std::string err;
  REQUIRE(verify::parseTarget(
      "postgresql://" + e.pgUser + "@" + e.pgHost + ":" + e.pgPort + "/" + e.pgDb, t, err));
  return t;
}

size_t find(const converter::ConversionResult& c, const std::string& pgName) {
  for (size_t i = 0; i < c.objects.size(); ++i)
    if (c.objects[i].pgName == pgName) return i;
  FAIL("no object " << pgName);
  return 0;
}

converter::SourceObject function(const std::string& name, const std::string& body) {
  converter::SourceObject o;
  o.kind = "FUNCTION";
  o.name = "shop." + name;
  o.schema = "shop";
  o.pgName = name;
  o.converted = true;
  o.statements.push_back(
      {converter::Phase::Comment, "CREATE FUNCTION shop." + name +
                                      "() RETURNS bigint LANGUAGE plpgsql AS $$\nBEGIN\n" + body +
                                      "\nEND $$;"});
  return o;
}

std::string scratchDatabases() {
  std::string out;
  test::runCommand(test::psqlCommand("postgres",
                                     "-At -c \"SELECT count(*) FROM pg_database "
                                     "WHERE datname LIKE 'barge_verify_%'\""),
                   out);
  return out;
}
}  // namespace

TEST_CASE("target URLs: user, host, port, database; never a password", "[verify]") {
  verify::Target t;
  std::string err;
  REQUIRE(verify::parseTarget("postgresql://app@db.example:6543/sales", t, err));
  CHECK(t.endpoint() == "app@db.example:6543/sales");
  REQUIRE(verify::parseTarget("postgres://app@localhost", t, err));
  CHECK(t.port == "5432");
  CHECK(t.database == "postgres");
  CHECK_FALSE(verify::parseTarget("postgresql://app:secret@h/db", t, err));
  CHECK(err.find("BARGE_TARGET_PASSWORD") != std::string::npos);
  CHECK(err.find("secret") == std::string::npos);
  CHECK_FALSE(verify::parseTarget("mysql://app@h/db", t, err));
  CHECK_FALSE(verify::parseTarget("postgresql://h:port/db", t, err));
}

TEST_CASE("verify deploys object by object and records what PostgreSQL did", "[verify]") {
  auto target = testTarget();
  std::string before = scratchDatabases();
  fs::path file = kRoot / "tests/samples/broken/shop_broken.sql";
  auto parsed = parser::parseFile(parser::Dialect::Oracle, file);
  auto conv = converter::convert(parser::Dialect::Oracle, {&parsed.script}, {});
  conv.objects.push_back(function("good_total", "  RETURN (SELECT count(*) FROM shop.fine);"));
  conv.objects.push_back(
      function("bad_total", "  RETURN (SELECT count(*) FROM shop.no_such_table);"));
  // A left-out object keeps a comment statement saying so: PostgreSQL accepts the comment,
  // which proves nothing, so the object is not deployed.
  converter::SourceObject leftOut = function("left_out", "");
  leftOut.converted = false;
  leftOut.statements = {{converter::Phase::View, "-- barge: view at x.sql:1:1 left out"}};
  conv.objects.push_back(leftOut);

  auto vr = verify::verifyConversion(conv, target, "");
  REQUIRE(vr.objects.size() == conv.objects.size());
  CHECK_FALSE(vr.serverVersion.empty());
  CHECK(vr.scratch.rfind("barge_verify_", 0) == 0);
  CHECK(scratchDatabases() == before);  // dropped afterwards

  const auto& broken = vr.objects[find(conv, "broken")];
  CHECK(broken.status == verify::Status::Failed);
  CHECK(broken.sqlState == "42703");
  CHECK(broken.error.find("no_such_column") != std::string::npos);
  CHECK(broken.statementLine > 0);
  CHECK(broken.statementColumn > 0);
  const auto& child = vr.objects[find(conv, "broken_child")];
  CHECK(child.status == verify::Status::Skipped);
  CHECK(child.dependency == "TABLE shop.broken");
  CHECK(vr.objects[find(conv, "fine")].status == verify::Status::Deployed);
  CHECK(vr.objects[0].status == verify::Status::Deployed);  // the schemas
  CHECK(vr.objects[find(conv, "left_out")].status == verify::Status::NotDeployed);

  REQUIRE(vr.plpgsqlCheck);  // tests/scripts/install_deps.sh installs postgresql-15-plpgsql-check
  const auto& good = vr.objects[find(conv, "good_total")];
  CHECK(good.status == verify::Status::Deployed);
  CHECK(good.checkedByPlpgsqlCheck);
  const auto& bad = vr.objects[find(conv, "bad_total")];
  CHECK(bad.status == verify::Status::Failed);  // CREATE FUNCTION accepted it; the check did not
  CHECK(bad.error.find("no_such_table") != std::string::npos);
  CHECK(bad.statementLine == 3);

  // The report: the rejected table gets BRG-5001 at the source line PostgreSQL's name is on.
  reports::ReportInputs extra;
  extra.scripts = {&parsed.script};
  extra.verify = &vr;
  auto m = reports::buildReport(conv, parsed.stats, {file.string()}, "test", extra);
  size_t rejections = 0;
  for (const auto& a : m.actions) {
    if (a.code != "BRG-5001") continue;
    ++rejections;
    if (a.objectName == "shop.altered") {  // refused in its ALTER TABLE, further down the file
      CHECK(a.line == 19);
      CHECK(a.column == 59);
    }
    if (a.objectName == "shop.broken") {
      CHECK(a.line == 4);
      CHECK(a.column == 50);  // `no_such_column` in shop_broken.sql
      CHECK(a.message.find("SQLSTATE 42703") != std::string::npos);
      CHECK(a.severity == "high");
    }
  }
  CHECK(rejections == 3);  // broken, altered, bad_total; the skipped child gets none of its own
  CHECK(m.verify.failed == 3);
  CHECK(m.verify.skipped == 1);
  CHECK(m.verifiedObjects == m.verify.deployed);
  std::string html = reports::renderHtml(m);
  CHECK(html.find("id=\"v-failed\">3<") != std::string::npos);
}

TEST_CASE("barge assess --verify, --fail-on and --format on the command line", "[verify][cli]") {
#ifndef BARGE_BIN_PATH
  FAIL("BARGE_BIN_PATH is not defined: the CLI is needed for this test");
#else
  const auto& e = test::dbEnv();
  std::string url = "postgresql://" + e.pgUser + "@" + e.pgHost + ":" + e.pgPort + "/" + e.pgDb;
  std::string outDir = "/tmp/barge_verify_cli_" + std::to_string(getpid());
  std::string out;
  std::string cmd = std::string(BARGE_BIN_PATH) + " assess --from oracle " +
                    (kRoot / "tests/samples/oracle").string() + " " +
                    (kRoot / "tests/samples/broken").string() + " -o " + outDir + " --verify " +
                    url;
  int rc = test::runCommand(cmd, out);
  INFO(out);
  CHECK(rc == 0);
  CHECK(out.find("failed") != std::string::npos);
  std::ifstream in(outDir + "/report.json");
  std::stringstream ss;
  ss << in.rdbuf();
  auto j = nlohmann::json::parse(ss.str());
  CHECK(j["verification"]["ran"] == true);
  CHECK(j["verification"]["failed"] == 2);
  CHECK(j["verification"]["skipped"] == 1);
  // Every object's status is what PostgreSQL did.
  for (const auto& o : j["objects"]) {
    if (o["name"] == "shop.broken") CHECK(o["verify"]["status"] == "failed");
    if (o["name"] == "shop.broken_child") CHECK(o["verify"]["status"] == "skipped");
    if (o["status"] == "not converted") CHECK(o["verify"]["status"] == "not deployed");
  }
  rc = test::runCommand(cmd + " --fail-on high", out);
  CHECK(rc == 1);  // BRG-5001 is high
  CHECK(out.find("--fail-on high") != std::string::npos);
  rc = test::runCommand(cmd + " --fail-on critical --format json", out);
  CHECK(rc == 0);
  // A password in the URL is refused without echoing it.
  rc = test::runCommand(std::string(BARGE_BIN_PATH) + " assess --from oracle " +
                            (kRoot / "tests/samples/broken").string() + " -o " + outDir +
                            " --verify postgresql://u:hunter2@localhost/db",
                        out);
  CHECK(rc == 2);
  CHECK(out.find("hunter2") == std::string::npos);
  // An unreachable target: exit 3, one line naming the endpoint.
  rc = test::runCommand(std::string(BARGE_BIN_PATH) + " assess --from oracle " +
                            (kRoot / "tests/samples/broken").string() + " -o " + outDir +
                            " --verify postgresql://nobody@127.0.0.1:1/db",
                        out);
  CHECK(rc == 3);
  CHECK(out.find("nobody@127.0.0.1:1/db") != std::string::npos);
  test::runCommand("rm -rf " + outDir, out);
#endif
}

TEST_CASE("apply deploys for real, resumes and changes nothing the second time",
          "[verify][apply]") {
  auto target = testTarget();
  std::string out;
  REQUIRE(test::runCommand(test::psqlCommand("postgres",
                                             "-c 'DROP DATABASE IF EXISTS "
                                             "barge_apply_test' -c 'CREATE DATABASE "
                                             "barge_apply_test'"),
                           out) == 0);
  target.database = "barge_apply_test";
  auto shop = parser::parseFile(parser::Dialect::Oracle, kRoot / "tests/samples/oracle/shop.sql");
  auto code =
      parser::parseFile(parser::Dialect::Oracle, kRoot / "tests/samples/oracle/shop_code.sql");
  // A first run that stopped after the tables: only shop.sql.
  auto first = converter::convert(parser::Dialect::Oracle, {&shop.script}, {});
  auto r1 = verify::applyConversion(first, target, "");
  CHECK(r1.failed == 0);
  CHECK(r1.deployed > 1);
  // The whole input: what the first run did is unchanged, the rest is deployed.
  auto all = converter::convert(parser::Dialect::Oracle, {&shop.script, &code.script}, {});
  auto r2 = verify::applyConversion(all, target, "");
  CHECK(r2.failed == 0);
  size_t unchanged = 0, fresh = 0;
  for (size_t i = 0; i < all.objects.size(); ++i) {
    if (r2.objects[i].status != verify::Status::Deployed) continue;
    bool same = r2.objects[i].unchangedStatements == all.objects[i].statements.size();
    (same ? unchanged : fresh)++;
    if (all.objects[i].kind == "SEQUENCE") CHECK_FALSE(same);  // only in shop_code.sql
    if (all.objects[i].pgName == "customers") CHECK(same);
  }
  CHECK(fresh >= 1);
  CHECK(unchanged == r1.deployed);  // the schemas and the five tables of the first run
  // A third run changes nothing.
  auto r3 = verify::applyConversion(all, target, "");
  for (size_t i = 0; i < all.objects.size(); ++i)
    if (r3.objects[i].status == verify::Status::Deployed)
      CHECK(r3.objects[i].unchangedStatements == all.objects[i].statements.size());
  // The tables really are there, once.
  REQUIRE(test::runCommand(test::psqlCommand("barge_apply_test",
                                             "-At -c \"SELECT count(*) FROM pg_tables WHERE "
                                             "schemaname = 'shop'\""),
                           out) == 0);
  CHECK(std::stoul(out) == 5);
  // An object whose SQL changed since it was applied is refused, not altered.
  for (auto& o : all.objects)
    if (o.pgName == "customers") o.statements[0].sql += " -- changed";
  auto r4 = verify::applyConversion(all, target, "");
  CHECK(r4.objects[find(all, "customers")].status == verify::Status::Failed);
  CHECK(r4.objects[find(all, "customers")].error.find("changed since") != std::string::npos);
  test::runCommand(test::psqlCommand("postgres", "-c 'DROP DATABASE barge_apply_test'"), out);
}

TEST_CASE("without CREATEDB, verify works in one rolled-back transaction", "[verify]") {
  auto target = testTarget();
  std::string out;
  // A role that may create schemas in one database but not databases.
  REQUIRE(test::runCommand(
              test::psqlCommand(
                  "postgres",
                  "-c 'DROP DATABASE IF EXISTS barge_verify_tx' -c 'DROP ROLE IF EXISTS "
                  "barge_nocreatedb' -c 'CREATE ROLE barge_nocreatedb LOGIN NOCREATEDB' -c "
                  "'CREATE DATABASE barge_verify_tx' -c 'GRANT CREATE ON DATABASE "
                  "barge_verify_tx TO barge_nocreatedb'"),
              out) == 0);
  target.user = "barge_nocreatedb";
  target.database = "barge_verify_tx";
  auto parsed =
      parser::parseFile(parser::Dialect::Oracle, kRoot / "tests/samples/broken/shop_broken.sql");
  auto conv = converter::convert(parser::Dialect::Oracle, {&parsed.script}, {});
  auto vr = verify::verifyConversion(conv, target, "");
  CHECK(vr.scratch == "transaction");
  CHECK(vr.objects[find(conv, "broken")].status == verify::Status::Failed);
  CHECK(vr.objects[find(conv, "broken_child")].status == verify::Status::Skipped);
  CHECK(vr.objects[find(conv, "fine")].status == verify::Status::Deployed);
  // Nothing is left behind.
  REQUIRE(test::runCommand(test::psqlCommand("barge_verify_tx",
                                             "-At -c \"SELECT count(*) FROM pg_namespace "
                                             "WHERE nspname = 'shop'\""),
                           out) == 0);
  CHECK(std::stoul(out) == 0);
  test::runCommand(test::psqlCommand("postgres",
                                     "-c 'DROP DATABASE barge_verify_tx' -c 'DROP "
                                     "ROLE barge_nocreatedb'"),
                   out);
}
