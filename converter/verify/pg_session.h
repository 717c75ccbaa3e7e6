#pragma once
// The few libpq calls verification needs: connect, run one statement and keep PostgreSQL's
// whole error report (SQLSTATE, message, detail, hint, position), run a query.
#include <libpq-fe.h>

#include <string>
#include <vector>

namespace barge::verify {

struct Target {
  std::string host = "localhost", port = "5432", user, database = "postgres";
  // user@host:port/db: what reports and errors show (never the password).
  std::string endpoint() const;
};

// postgresql://USER@HOST:PORT/DB (also postgres://; port and database optional). Returns false
// and sets `error` on anything else, including a password in the URL (it belongs in
// BARGE_TARGET_PASSWORD, where it cannot end up in a shell history or a report).
bool parseTarget(const std::string& url, Target& out, std::string& error);

struct PgFailure {
  std::string sqlState, message, detail, hint;
  int position = 0;  // 1-based character in the statement, 0 = none given
};

class PgSession {
 public:
  PgSession(const Target& t, const std::string& database, const std::string& password);
  ~PgSession();
  PgSession(const PgSession&) = delete;
  PgSession& operator=(const PgSession&) = delete;

  bool ok() const { return ok_; }
  const std::string& connectError() const { return connectError_; }
  // Runs one statement; false and `f` filled when PostgreSQL refuses it.
  bool run(const std::string& sql, PgFailure* f = nullptr);
  // Rows of text values; empty on error (with `f` filled).
  std::vector<std::vector<std::string>> rows(const std::string& sql, PgFailure* f = nullptr);

 private:
  PGconn* conn_ = nullptr;
  bool ok_ = false;
  std::string connectError_;
};

std::string quoteIdent(const std::string& s);
std::string quoteLiteral(const std::string& s);

}  // namespace barge::verify
