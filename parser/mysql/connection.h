#pragma once
// A MariaDB Connector/C connection, shared by the live-schema reader and the mover.
#include <mysql.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace barge::parser::mysql {

struct ConnectParams {
  std::string host = "127.0.0.1";
  unsigned port = 3306;
  std::string user;
  std::string password;  // never logged: error texts name user@host:port only
  std::string database;
  std::string sslMode = "none";  // none | require | verify-full
  std::string sslCa;             // CA file for verify-full
  unsigned connectTimeoutSeconds = 10;
  unsigned readTimeoutSeconds = 0;  // 0: the client's default
  std::string endpoint() const;     // "user@host:port/db", for messages
};

class ConnectError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};
class QueryError : public std::runtime_error {
 public:
  QueryError(const std::string& what, unsigned code) : std::runtime_error(what), code(code) {}
  unsigned code;
};

using Row = std::vector<std::optional<std::string>>;

class Connection {
 public:
  explicit Connection(const ConnectParams& p);  // throws ConnectError
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  MYSQL* raw() { return mysql_; }
  void execute(const std::string& sql);            // throws QueryError
  std::vector<Row> query(const std::string& sql);  // buffered; for metadata only
  std::optional<std::string> scalar(const std::string& sql);
  std::string quoteIdentifier(const std::string& name) const;  // `name`
  std::string quoteString(const std::string& value);           // 'escaped'
  std::string serverVersion();                                 // e.g. "10.11.6-MariaDB"

 private:
  [[noreturn]] void fail(const std::string& sql);
  MYSQL* mysql_ = nullptr;
};

}  // namespace barge::parser::mysql
