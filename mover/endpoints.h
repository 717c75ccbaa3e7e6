#pragma once
// Connection parameters for the task's endpoints (passwords from PasswordEnv only).
#include "mover/pg_conn.h"
#include "mover/task.h"
#include "parser/mysql/connection.h"

namespace barge::mover {

parser::mysql::ConnectParams sourceParams(const Task& t);
PgParams targetParams(const Task& t);

}  // namespace barge::mover
