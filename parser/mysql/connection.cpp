#include "parser/mysql/connection.h"

namespace barge::parser::mysql {

std::string ConnectParams::endpoint() const {
  return user + "@" + host + ":" + std::to_string(port) + (database.empty() ? "" : "/" + database);
}

Connection::Connection(const ConnectParams& p) {
  mysql_ = mysql_init(nullptr);
  if (!mysql_) throw ConnectError("out of memory creating a MySQL connection");
  unsigned timeout = p.connectTimeoutSeconds;
  mysql_optionsv(mysql_, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
  if (p.readTimeoutSeconds) {
    unsigned rt = p.readTimeoutSeconds;
    mysql_optionsv(mysql_, MYSQL_OPT_READ_TIMEOUT, &rt);
  }
  mysql_optionsv(mysql_, MYSQL_SET_CHARSET_NAME, "utf8mb4");
  if (p.sslMode == "require" || p.sslMode == "verify-full") {
    my_bool on = 1;
    mysql_optionsv(mysql_, MYSQL_OPT_SSL_ENFORCE, &on);
    my_bool verify = p.sslMode == "verify-full" ? 1 : 0;
    mysql_optionsv(mysql_, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &verify);
    if (!p.sslCa.empty()) mysql_optionsv(mysql_, MYSQL_OPT_SSL_CA, p.sslCa.c_str());
  } else {
    my_bool off = 0;
    mysql_optionsv(mysql_, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &off);
  }
  if (!mysql_real_connect(mysql_, p.host.c_str(), p.user.c_str(),
                          p.password.empty() ? nullptr : p.password.c_str(),
                          p.database.empty() ? nullptr : p.database.c_str(), p.port, nullptr, 0)) {
    std::string msg = "cannot connect to MySQL " + p.endpoint() + ": " + mysql_error(mysql_);
    mysql_close(mysql_);
    mysql_ = nullptr;
    throw ConnectError(msg);
  }
}

Connection::~Connection() {
  if (mysql_) mysql_close(mysql_);
}

void Connection::fail(const std::string& sql) {
  std::string shortSql = sql.size() > 200 ? sql.substr(0, 200) + "..." : sql;
  throw QueryError(std::string(mysql_error(mysql_)) + " (in: " + shortSql + ")",
                   mysql_errno(mysql_));
}

void Connection::execute(const std::string& sql) {
  if (mysql_real_query(mysql_, sql.data(), sql.size()) != 0) fail(sql);
  // Drain any result so the connection stays usable.
  do {
    if (MYSQL_RES* r = mysql_store_result(mysql_)) mysql_free_result(r);
  } while (mysql_next_result(mysql_) == 0);
}

std::vector<Row> Connection::query(const std::string& sql) {
  if (mysql_real_query(mysql_, sql.data(), sql.size()) != 0) fail(sql);
  MYSQL_RES* res = mysql_store_result(mysql_);
  std::vector<Row> rows;
  if (!res) {
    if (mysql_field_count(mysql_) != 0) fail(sql);
    return rows;
  }
  unsigned n = mysql_num_fields(res);
  while (MYSQL_ROW r = mysql_fetch_row(res)) {
    unsigned long* lens = mysql_fetch_lengths(res);
    Row row;
    row.reserve(n);
    for (unsigned i = 0; i < n; ++i) {
      if (r[i]) {
        row.emplace_back(std::string(r[i], lens[i]));
      } else {
        row.emplace_back(std::nullopt);
      }
    }
    rows.push_back(std::move(row));
  }
  mysql_free_result(res);
  return rows;
}

std::optional<std::string> Connection::scalar(const std::string& sql) {
  auto rows = query(sql);
  if (rows.empty() || rows[0].empty()) return std::nullopt;
  return rows[0][0];
}

std::string Connection::quoteIdentifier(const std::string& name) const {
  std::string out = "`";
  for (char c : name) {
    if (c == '`') out += '`';
    out += c;
  }
  return out + "`";
}

std::string Connection::quoteString(const std::string& value) {
  std::string buf(value.size() * 2 + 1, '\0');
  unsigned long n = mysql_real_escape_string(mysql_, buf.data(), value.data(), value.size());
  buf.resize(n);
  return "'" + buf + "'";
}

std::string Connection::serverVersion() {
  return mysql_get_server_info(mysql_);
}

}  // namespace barge::parser::mysql
