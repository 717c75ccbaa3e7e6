#include "tests/db/my_params.h"

#include "tests/db/db_env.h"

namespace barge::test {

parser::mysql::ConnectParams mariaDbParams(const std::string& database) {
  const DbEnv& e = dbEnv();
  parser::mysql::ConnectParams cp;
  cp.host = e.myHost;
  cp.port = static_cast<unsigned>(std::stoul(e.myPort));
  cp.user = e.myUser;
  cp.password = e.myPassword;
  cp.database = database;
  return cp;
}

}  // namespace barge::test
