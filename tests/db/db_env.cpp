#include "tests/db/db_env.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace barge::test {

namespace {
std::string need(const char* name) {
  const char* v = std::getenv(name);
  if (!v || !*v)
    throw std::runtime_error(std::string(name) +
                             " is not set: start the test servers with tests/scripts/servers.sh "
                             "start and source their env.sh (tests/scripts/run_all.sh does both)");
  return v;
}
}  // namespace

const DbEnv& dbEnv() {
  static const DbEnv env = [] {
    DbEnv e;
    e.pgHost = need("BARGE_TEST_PG_HOST");
    e.pgPort = need("BARGE_TEST_PG_PORT");
    e.pgUser = need("BARGE_TEST_PG_USER");
    e.pgDb = need("BARGE_TEST_PG_DB");
    e.pgBin = need("BARGE_TEST_PG_BIN");
    e.myHost = need("BARGE_TEST_MYSQL_HOST");
    e.myPort = need("BARGE_TEST_MYSQL_PORT");
    e.myUser = need("BARGE_TEST_MYSQL_USER");
    e.myPassword = need("BARGE_TEST_MYSQL_PASSWORD");
    return e;
  }();
  return env;
}

int runCommand(const std::string& command, std::string& output) {
  output.clear();
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  if (!p) return -1;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) output.append(buf.data(), n);
  int status = pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string psqlCommand(const std::string& database, const std::string& args) {
  const DbEnv& e = dbEnv();
  return e.pgBin + "/psql -X -q -v ON_ERROR_STOP=1 -h " + e.pgHost + " -p " + e.pgPort + " -U " +
         e.pgUser + " -d " + database + " " + args;
}

}  // namespace barge::test
