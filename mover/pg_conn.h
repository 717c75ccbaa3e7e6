#pragma once
// A libpq connection: simple statements, parameterised queries, COPY FROM STDIN.
#include <libpq-fe.h>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace barge::mover {

struct PgParams {
  std::string host, database, user, password, sslMode = "disable";
  unsigned port = 5432;
  std::string endpoint() const;  // user@host:port/db
};

class PgConnectError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};
class PgError : public std::runtime_error {
 public:
  PgError(const std::string& what, std::string sqlState)
      : std::runtime_error(what), sqlState(std::move(sqlState)) {}
  std::string sqlState;
};

struct PgResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, PgResultDeleter>;

class PgConn {
 public:
  explicit PgConn(const PgParams& p);  // throws PgConnectError
  ~PgConn();
  PgConn(const PgConn&) = delete;
  PgConn& operator=(const PgConn&) = delete;

  PGconn* raw() { return conn_; }
  void exec(const std::string& sql);  // throws PgError
  // Text-format parameters (nullopt = NULL), text results.
  PgResult query(const std::string& sql,
                 const std::vector<std::optional<std::string>>& params = {});
  std::optional<std::string> scalar(const std::string& sql,
                                    const std::vector<std::optional<std::string>>& params = {});
  // COPY ... FROM STDIN with the whole payload; returns "" or the server's error message.
  // sqlState receives the error's SQLSTATE (class 22/23: the data was refused).
  std::string copyIn(const std::string& copySql, std::string_view header, std::string_view rows,
                     std::string_view trailer, std::string* sqlState = nullptr);
  // The same in steps, so rows can be sent while the source is still being read.
  void copyStart(const std::string& copySql);
  void copyPut(std::string_view data);
  std::string copyEnd(std::string* sqlState = nullptr);
  std::string quoteLiteral(const std::string& s);

 private:
  PGconn* conn_ = nullptr;
};

std::string pgQuoteIdent(std::string_view name);  // always double-quoted
std::string pgQualified(const std::string& schema, const std::string& table);

}  // namespace barge::mover
