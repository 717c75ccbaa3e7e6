#include "tests/db/pg_eval.h"

#include <unistd.h>

#include <fstream>
#include <stdexcept>

#include "tests/db/db_env.h"

namespace barge::test {

namespace {
std::string shellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

const std::string kSettings = "PGOPTIONS='-c DateStyle=ISO,YMD -c TimeZone=UTC' ";
}  // namespace

void freshDatabase(const std::string& name) {
  std::string out;
  int rc =
      runCommand(psqlCommand("postgres", "-c " + shellQuote("DROP DATABASE IF EXISTS " + name) +
                                             " -c " + shellQuote("CREATE DATABASE " + name)),
                 out);
  if (rc != 0) throw std::runtime_error("cannot create database " + name + ": " + out);
}

int runSqlFile(const std::string& database, const std::string& path, std::string& output) {
  return runCommand(kSettings + psqlCommand(database, "-f " + shellQuote(path)), output);
}

int runSql(const std::string& database, const std::string& sql, std::string& output) {
  // The process id keeps test runs of several checkouts on one machine apart.
  std::string path =
      "/tmp/barge_sql_" + database + "_" + std::to_string(static_cast<long>(getpid())) + ".sql";
  std::ofstream(path) << sql;
  return runSqlFile(database, path, output);
}

PgValue pgEval(const std::string& database, const std::string& expr, const std::string& timeZone,
               const std::string& setup) {
  std::string sql = "SELECT CASE WHEN v IS NULL THEN '<null>' ELSE v::text END FROM (SELECT (" +
                    expr + ") AS v) s";
  std::string out;
  std::string settings = "PGOPTIONS='-c DateStyle=ISO,YMD -c TimeZone=" + timeZone + "' ";
  // The setup's own output goes to /dev/null (\o); only the value is printed.
  std::string args = "-At ";
  if (!setup.empty())
    args += "-c " + shellQuote("\\o /dev/null") + " -c " + shellQuote(setup) + " -c " +
            shellQuote("\\o") + " ";
  int rc = runCommand(settings + psqlCommand(database, args + "-c " + shellQuote(sql)), out);
  PgValue v;
  v.ok = rc == 0;
  while (!out.empty() && out.back() == '\n') out.pop_back();
  (v.ok ? v.text : v.error) = out;
  return v;
}

}  // namespace barge::test
