#include "mover/pg_conn.h"

namespace barge::mover {

std::string PgParams::endpoint() const {
  return user + "@" + host + ":" + std::to_string(port) + "/" + database;
}

namespace {
void quietNotice(void*, const char*) {}
}  // namespace

PgConn::PgConn(const PgParams& p) {
  std::string port = std::to_string(p.port);
  // Keywords passed separately: no connection string to leak a password into.
  const char* keys[] = {"host",
                        "port",
                        "dbname",
                        "user",
                        "password",
                        "sslmode",
                        "connect_timeout",
                        "application_name",
                        "client_encoding",
                        nullptr};
  const char* vals[] = {p.host.c_str(),
                        port.c_str(),
                        p.database.c_str(),
                        p.user.c_str(),
                        p.password.empty() ? nullptr : p.password.c_str(),
                        p.sslMode.c_str(),
                        "10",
                        "barge",
                        "UTF8",
                        "-c client_min_messages=warning",
                        nullptr};
  if (p.password.empty()) {
    // libpq stops at the first null value: drop the password pair so a password file applies.
    keys[4] = "sslmode";
    vals[4] = p.sslMode.c_str();
    for (int i = 5; keys[i]; ++i) {
      keys[i] = keys[i + 1];
      vals[i] = vals[i + 1];
    }
  }
  conn_ = PQconnectdbParams(keys, vals, 0);
  if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
    std::string msg = conn_ ? PQerrorMessage(conn_) : "out of memory";
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    for (auto& ch : msg)
      if (ch == '\n') ch = ' ';
    if (conn_) PQfinish(conn_);
    conn_ = nullptr;
    throw PgConnectError("cannot connect to PostgreSQL " + p.endpoint() + ": " + msg);
  }
  // NOTICEs such as "already exists, skipping" are expected on resume: not for the terminal.
  PQsetNoticeProcessor(conn_, quietNotice, nullptr);
}

PgConn::~PgConn() {
  if (conn_) PQfinish(conn_);
}

namespace {
std::string oneLine(const char* m) {
  std::string s = m ? m : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  for (auto& ch : s)
    if (ch == '\n') ch = ' ';
  return s;
}
PgError errorOf(PGresult* r, PGconn* c, const std::string& sql) {
  std::string msg = oneLine(r ? PQresultErrorMessage(r) : PQerrorMessage(c));
  const char* st = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
  std::string shortSql = sql.size() > 200 ? sql.substr(0, 200) + "..." : sql;
  return PgError(msg + " (in: " + shortSql + ")", st ? st : "");
}
}  // namespace

void PgConn::exec(const std::string& sql) {
  PgResult r(PQexec(conn_, sql.c_str()));
  auto st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) throw errorOf(r.get(), conn_, sql);
}

PgResult PgConn::query(const std::string& sql,
                       const std::vector<std::optional<std::string>>& params) {
  std::vector<const char*> vals;
  for (const auto& p : params) vals.push_back(p ? p->c_str() : nullptr);
  PgResult r(PQexecParams(conn_, sql.c_str(), static_cast<int>(vals.size()), nullptr, vals.data(),
                          nullptr, nullptr, 0));
  auto st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) throw errorOf(r.get(), conn_, sql);
  return r;
}

std::optional<std::string> PgConn::scalar(const std::string& sql,
                                          const std::vector<std::optional<std::string>>& params) {
  auto r = query(sql, params);
  if (PQntuples(r.get()) == 0 || PQnfields(r.get()) == 0 || PQgetisnull(r.get(), 0, 0))
    return std::nullopt;
  return std::string(PQgetvalue(r.get(), 0, 0), PQgetlength(r.get(), 0, 0));
}

std::string PgConn::copyIn(const std::string& copySql, std::string_view header,
                           std::string_view rows, std::string_view trailer, std::string* sqlState) {
  copyStart(copySql);
  copyPut(header);
  copyPut(rows);
  copyPut(trailer);
  return copyEnd(sqlState);
}

void PgConn::copyStart(const std::string& copySql) {
  PgResult r(PQexec(conn_, copySql.c_str()));
  if (!r || PQresultStatus(r.get()) != PGRES_COPY_IN) throw errorOf(r.get(), conn_, copySql);
}

void PgConn::copyPut(std::string_view d) {
  // Chunks keep each libpq send buffer small; a full socket blocks here (back-pressure).
  constexpr size_t kChunk = 1 << 20;
  for (size_t off = 0; off < d.size(); off += kChunk) {
    size_t n = std::min(kChunk, d.size() - off);
    if (PQputCopyData(conn_, d.data() + off, static_cast<int>(n)) != 1)
      throw PgError("COPY send failed: " + oneLine(PQerrorMessage(conn_)), "08006");
  }
}

std::string PgConn::copyEnd(std::string* sqlState) {
  if (PQputCopyEnd(conn_, nullptr) != 1)
    throw PgError("COPY end failed: " + oneLine(PQerrorMessage(conn_)), "08006");
  std::string err;
  while (PGresult* res = PQgetResult(conn_)) {
    if (PQresultStatus(res) != PGRES_COMMAND_OK && err.empty()) {
      err = oneLine(PQresultErrorMessage(res));
      const char* st = PQresultErrorField(res, PG_DIAG_SQLSTATE);
      if (sqlState) *sqlState = st ? st : "";
    }
    PQclear(res);
  }
  if (PQstatus(conn_) != CONNECTION_OK)
    throw PgError("connection lost during COPY: " + oneLine(PQerrorMessage(conn_)), "08006");
  return err;
}

std::string PgConn::quoteLiteral(const std::string& s) {
  char* q = PQescapeLiteral(conn_, s.data(), s.size());
  std::string out = q ? q : "''";
  PQfreemem(q);
  return out;
}

std::string pgQuoteIdent(std::string_view name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string pgQualified(const std::string& schema, const std::string& table) {
  return pgQuoteIdent(schema) + "." + pgQuoteIdent(table);
}

}  // namespace barge::mover
