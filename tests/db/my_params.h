#pragma once
// Connection parameters for the throwaway MariaDB of tests/scripts/servers.sh.
#include <string>

#include "parser/mysql/connection.h"

namespace barge::test {

parser::mysql::ConnectParams mariaDbParams(const std::string& database = {});

}  // namespace barge::test
