// Source TLS (SourceEndpoint.SslMode / SslCa) against the test MariaDB, which tests/scripts/
// servers.sh starts with a throwaway CA and server certificate. The source user is created
// with REQUIRE SSL, so a connection that is not encrypted is refused by the server.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "mover/endpoints.h"
#include "mover/task.h"
#include "tests/db/db_env.h"
#include "tests/db/mover_fixture.h"

using barge::test::MoverFixture;

namespace {

constexpr const char* kPassword = "Tls-only-pw-7731";  // must never appear in any output

std::filesystem::path tlsTask(MoverFixture& f, const std::string& mode, const std::string& ca) {
  auto path = f.writeTask();
  nlohmann::json t;
  std::ifstream(path) >> t;
  auto& s = t["SourceEndpoint"];
  s["Username"] = "barge_tls";
  s["PasswordEnv"] = "BARGE_TEST_TLS_PASSWORD";
  s["SslMode"] = mode;
  if (!ca.empty()) s["SslCa"] = ca;
  std::ofstream(path) << t.dump(2);
  return path;
}

int run(MoverFixture& f, const std::string& args, std::string& out) {
  return barge::test::runCommand(
      std::string("BARGE_TEST_TLS_PASSWORD=") + kPassword + " " + f.bargeCommand(args), out);
}

}  // namespace

TEST_CASE("mover: source TLS require / verify-full, and a wrong CA refused") {
  const char* ca = std::getenv("BARGE_TEST_MYSQL_SSL_CA");
  const char* otherCa = std::getenv("BARGE_TEST_MYSQL_SSL_OTHER_CA");
  // tests/scripts/servers.sh always makes the certificates: missing ones are a failure.
  INFO(
      "BARGE_TEST_MYSQL_SSL_CA / _OTHER_CA not set: start the servers with "
      "tests/scripts/servers.sh");
  REQUIRE(ca);
  REQUIRE(otherCa);
  MoverFixture f("mv_tls");
  f.mysql("DROP USER IF EXISTS 'barge_tls'@'%'");
  f.mysql(std::string("CREATE USER 'barge_tls'@'%' IDENTIFIED BY '") + kPassword + "' REQUIRE SSL");
  f.mysql("GRANT ALL PRIVILEGES ON *.* TO 'barge_tls'@'%'");
  f.mysql("CREATE TABLE t (id int PRIMARY KEY, v varchar(20))");
  f.mysql("INSERT INTO t SELECT seq, CONCAT('v', seq) FROM seq_1_to_100");
  setenv("BARGE_TEST_TLS_PASSWORD", kPassword, 1);

  // The connection code the mover uses: the session is encrypted.
  for (std::string mode : {"require", "verify-full"}) {
    INFO(mode);
    auto task = barge::mover::loadTask(tlsTask(f, mode, mode == "require" ? "" : ca));
    barge::parser::mysql::Connection c(barge::mover::sourceParams(task));
    auto rows = c.query("SHOW SESSION STATUS LIKE 'Ssl_cipher'");
    REQUIRE(rows.size() == 1);
    CHECK_FALSE(rows[0][1].value_or("").empty());
  }

  std::string out;
  // Without TLS the server refuses this user: the checks below can tell TLS from no TLS.
  int rc = run(f, "precheck --task " + tlsTask(f, "none", "").string(), out);
  CHECK(rc == 3);
  CHECK(out.find(kPassword) == std::string::npos);

  // verify-full with the right CA: the whole migration (schema read, load, validate) works.
  auto task = tlsTask(f, "verify-full", ca);
  rc = run(f, "migrate --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 0);
  // The live schema was read over TLS too (otherwise the planner falls back to
  // information_schema and says so).
  CHECK(out.find("read from information_schema") == std::string::npos);
  CHECK(f.pgScalar("SELECT count(*) FROM mv_tls.t") == "100");
  rc = run(f, "validate --task " + task.string(), out);
  CHECK(rc == 0);
  rc = run(f, "validate --task " + tlsTask(f, "require", "").string(), out);
  CHECK(rc == 0);

  // verify-full against a CA that did not sign the server certificate: refused, clearly,
  // without the password.
  rc = run(f, "validate --task " + tlsTask(f, "verify-full", otherCa).string(), out);
  CHECK(rc == 3);
  CHECK(out.find("cannot connect to MySQL barge_tls@") != std::string::npos);
  CHECK((out.find("certificate") != std::string::npos || out.find("TLS") != std::string::npos ||
         out.find("SSL") != std::string::npos));
  CHECK(out.find(kPassword) == std::string::npos);
  f.mysql("DROP USER 'barge_tls'@'%'");
}
