#pragma once
// Connection facts of the throwaway servers started by tests/scripts/servers.sh. A DB test
// fails (never passes silently) when they are missing.
#include <string>

namespace barge::test {

struct DbEnv {
  std::string pgHost, pgPort, pgUser, pgDb, pgBin;
  std::string myHost, myPort, myUser, myPassword;
};

// Throws std::runtime_error naming the missing variable.
const DbEnv& dbEnv();

// Runs a shell command; returns its exit status and captures stdout+stderr in `output`.
int runCommand(const std::string& command, std::string& output);

// psql against the test server: `psql -X -v ON_ERROR_STOP=1 -d <db> <args>`.
std::string psqlCommand(const std::string& database, const std::string& args);

}  // namespace barge::test
