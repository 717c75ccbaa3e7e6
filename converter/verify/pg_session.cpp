#include "converter/verify/pg_session.h"

#include <memory>

namespace barge::verify {

std::string Target::endpoint() const {
  return user + "@" + host + ":" + port + "/" + database;
}

bool parseTarget(const std::string& url, Target& out, std::string& error) {
  const std::string usage = "--verify/--target must look like postgresql://USER@HOST:PORT/DB";
  std::string rest;
  for (const char* scheme : {"postgresql://", "postgres://"})
    if (url.rfind(scheme, 0) == 0) rest = url.substr(std::string(scheme).size());
  if (rest.empty()) {
    error = usage;
    return false;
  }
  Target t;
  size_t at = rest.rfind('@');
  if (at != std::string::npos) {
    t.user = rest.substr(0, at);
    rest = rest.substr(at + 1);
    if (t.user.find(':') != std::string::npos) {
      error = "the target password goes in BARGE_TARGET_PASSWORD, not in the URL";
      return false;
    }
  }
  size_t slash = rest.find('/');
  std::string hostPort = rest.substr(0, slash);
  if (slash != std::string::npos) t.database = rest.substr(slash + 1);
  if (t.database.find_first_of("?/") != std::string::npos) {
    error = usage;
    return false;
  }
  if (t.database.empty()) t.database = "postgres";
  size_t colon = hostPort.rfind(':');
  if (colon != std::string::npos) {
    t.port = hostPort.substr(colon + 1);
    hostPort = hostPort.substr(0, colon);
    if (t.port.empty() || t.port.find_first_not_of("0123456789") != std::string::npos) {
      error = usage;
      return false;
    }
  }
  if (!hostPort.empty()) t.host = hostPort;
  if (t.user.empty()) {
    error = usage + " (USER is missing)";
    return false;
  }
  out = t;
  return true;
}

namespace {
void quietNotice(void*, const char*) {}
std::string oneLine(const char* m) {
  std::string s = m ? m : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  for (auto& ch : s)
    if (ch == '\n') ch = ' ';
  return s;
}
struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

void fill(PGresult* r, PGconn* c, PgFailure* f) {
  if (!f) return;
  auto field = [&](int code) {
    const char* v = r ? PQresultErrorField(r, code) : nullptr;
    return std::string(v ? v : "");
  };
  f->sqlState = field(PG_DIAG_SQLSTATE);
  f->message = r ? field(PG_DIAG_MESSAGE_PRIMARY) : oneLine(PQerrorMessage(c));
  if (f->message.empty()) f->message = oneLine(PQerrorMessage(c));
  f->detail = field(PG_DIAG_MESSAGE_DETAIL);
  f->hint = field(PG_DIAG_MESSAGE_HINT);
  std::string pos = field(PG_DIAG_STATEMENT_POSITION);
  f->position = pos.empty() ? 0 : std::stoi(pos);
}
}  // namespace

PgSession::PgSession(const Target& t, const std::string& database, const std::string& password) {
  // Keywords passed one by one: no connection string a password could leak from.
  std::vector<const char*> keys = {
      "host",   "port", "dbname", "user", "sslmode", "connect_timeout", "application_name",
      "options"};
  std::vector<const char*> vals = {
      t.host.c_str(), t.port.c_str(), database.c_str(), t.user.c_str(),
      "prefer",       "10",           "barge verify",   "-c client_min_messages=warning"};
  if (!password.empty()) {
    keys.push_back("password");
    vals.push_back(password.c_str());
  }
  keys.push_back(nullptr);
  vals.push_back(nullptr);
  conn_ = PQconnectdbParams(keys.data(), vals.data(), 0);
  if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
    connectError_ = "cannot connect to PostgreSQL " + t.user + "@" + t.host + ":" + t.port + "/" +
                    database + ": " + (conn_ ? oneLine(PQerrorMessage(conn_)) : "out of memory");
    return;
  }
  PQsetNoticeProcessor(conn_, quietNotice, nullptr);
  ok_ = true;
}

PgSession::~PgSession() {
  if (conn_) PQfinish(conn_);
}

bool PgSession::run(const std::string& sql, PgFailure* f) {
  Result r(PQexec(conn_, sql.c_str()));
  auto st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
  // A statement that is only a comment (a left-out construct) is an empty query: nothing to do.
  if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY) return true;
  fill(r.get(), conn_, f);
  return false;
}

std::vector<std::vector<std::string>> PgSession::rows(const std::string& sql, PgFailure* f) {
  std::vector<std::vector<std::string>> out;
  Result r(PQexec(conn_, sql.c_str()));
  if (!r || PQresultStatus(r.get()) != PGRES_TUPLES_OK) {
    fill(r.get(), conn_, f);
    return out;
  }
  int n = PQntuples(r.get()), m = PQnfields(r.get());
  for (int i = 0; i < n; ++i) {
    std::vector<std::string> row;
    for (int k = 0; k < m; ++k) row.emplace_back(PQgetvalue(r.get(), i, k));
    out.push_back(std::move(row));
  }
  return out;
}

std::string quoteIdent(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string quoteLiteral(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

}  // namespace barge::verify
