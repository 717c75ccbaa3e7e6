#pragma once
// Evaluating SQL expressions one at a time in a database of the test PostgreSQL (behaviour
// cases: converted expressions and barge_compat functions against the source's documented
// results).
#include <string>

namespace barge::test {

// A throwaway database: dropped if it exists, then created.
void freshDatabase(const std::string& name);

// Runs a script file with ON_ERROR_STOP; returns psql's exit status, output in `output`.
int runSqlFile(const std::string& database, const std::string& path, std::string& output);

// Runs SQL text (any number of statements) with ON_ERROR_STOP.
int runSql(const std::string& database, const std::string& sql, std::string& output);

struct PgValue {
  bool ok = false;
  std::string text;   // the value as PostgreSQL prints it (DateStyle ISO); "<null>" for NULL
  std::string error;  // psql's message when !ok
};

// SELECT (expr) in `database`, with DateStyle ISO, YMD and the given TimeZone, after the
// statement `setup` (if any) in the same session.
PgValue pgEval(const std::string& database, const std::string& expr,
               const std::string& timeZone = "UTC", const std::string& setup = "");

}  // namespace barge::test
