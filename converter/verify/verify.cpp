#include "converter/verify/verify.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>

namespace barge::verify {

const char* statusName(Status s) {
  switch (s) {
    case Status::NotDeployed:
      return "not deployed";
    case Status::Deployed:
      return "deployed";
    case Status::Failed:
      return "failed";
    case Status::Skipped:
      return "skipped";
  }
  return "?";
}

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// 1-based character position -> line and column (in characters, UTF-8 aware).
void lineColumn(const std::string& text, int position, uint32_t& line, uint32_t& column) {
  line = 1;
  column = 1;
  int chars = 0;
  for (size_t i = 0; i < text.size() && chars < position - 1; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte: same character
    ++chars;
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
}

// Names a "does not exist" error is about: the quoted ones, and the function of 42883
// ("function f(integer) does not exist" quotes nothing).
std::vector<std::string> missingNames(const PgFailure& f) {
  std::vector<std::string> out;
  const std::string& m = f.message;
  for (size_t i = m.find('"'); i != std::string::npos; i = m.find('"', i + 1)) {
    size_t j = m.find('"', i + 1);
    if (j == std::string::npos) break;
    out.push_back(lower(m.substr(i + 1, j - i - 1)));
    i = j;
  }
  if (size_t p = m.find("function "); p != std::string::npos) {
    size_t b = p + 9, e = m.find('(', b);
    if (e != std::string::npos) out.push_back(lower(m.substr(b, e - b)));
  }
  return out;
}

bool isMissingObject(const std::string& sqlState) {
  // undefined_table, invalid_schema_name, undefined_object, undefined_function,
  // undefined_column (a view over a table whose column failed to be added)
  return sqlState == "42P01" || sqlState == "3F000" || sqlState == "42704" || sqlState == "42883" ||
         sqlState == "42703";
}

std::vector<std::string> quotedIdentifiers(const std::string& sql) {
  std::vector<std::string> out;
  for (size_t i = sql.find('"'); i != std::string::npos; i = sql.find('"', i + 1)) {
    size_t j = sql.find('"', i + 1);
    if (j == std::string::npos) break;
    out.push_back(lower(sql.substr(i + 1, j - i - 1)));
    i = j;
  }
  return out;
}

// Names by which other statements may refer to an object.
std::vector<std::string> namesOf(const converter::SourceObject& o) {
  std::vector<std::string> out;
  if (o.pgName.empty()) return out;
  out.push_back(lower(o.pgName));
  if (!o.schema.empty()) out.push_back(lower(o.schema + "." + o.pgName));
  return out;
}

// Line of the statement where the body of a CREATE FUNCTION/PROCEDURE starts (its dollar
// quote), so plpgsql_check's body line can be shown as a statement line.
uint32_t bodyStartLine(const std::string& sql) {
  size_t as = lower(sql).find(" as $");
  if (as == std::string::npos) return 1;
  return 1 + static_cast<uint32_t>(std::count(sql.begin(), sql.begin() + as, '\n'));
}

struct Ordered {
  converter::Phase phase;
  size_t object, statement;
};

class Deployer {
 public:
  Deployer(const converter::ConversionResult& conv, PgSession& s, VerifyResult& r,
           bool ledger = false)
      : conv_(conv), s_(s), r_(r), ledger_(ledger) {}

  void deploy() {
    std::vector<Ordered> order;
    for (const auto& [i, k] : conv_.deployOrder())
      order.push_back({conv_.objects[i].statements[k].phase, i, k});
    for (size_t i = 0; i < conv_.objects.size(); ++i)
      // A left-out object's only statement is the comment that says so: it is not deployed
      // (an empty statement PostgreSQL accepts proves nothing about it).
      if (!conv_.objects[i].statements.empty() && conv_.objects[i].converted)
        r_.objects[i].status = Status::Deployed;
    for (const auto& step : order) runStep(step);
  }

  void plpgsqlCheck() {
    PgFailure f;
    s_.run("SAVEPOINT barge_check");
    if (!s_.run("CREATE EXTENSION IF NOT EXISTS plpgsql_check", &f)) {
      s_.run("ROLLBACK TO SAVEPOINT barge_check");
      return;
    }
    r_.plpgsqlCheck = true;
    auto funcs = s_.rows(
        "SELECT p.oid, n.nspname, p.proname, coalesce(t.tgrelid, 0), coalesce(t.tgname, ''), "
        "p.prorettype = 'trigger'::regtype FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace "
        "JOIN pg_language l ON l.oid = p.prolang AND l.lanname = 'plpgsql' "
        "LEFT JOIN pg_trigger t ON t.tgfoid = p.oid "
        "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg\\_%' "
        "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')");
    for (const auto& fn : funcs) {
      size_t obj = owner(fn[1], fn[2], fn[4]);
      if (obj == SIZE_MAX) continue;
      if (fn[5] == "t" && fn[3] == "0") continue;  // a trigger function needs its table
      auto& res = r_.objects[obj];
      res.checkedByPlpgsqlCheck = true;
      auto issues = s_.rows(
          "SELECT level, message, coalesce(lineno, 0), coalesce(sqlstate, ''), "
          "coalesce(detail, ''), coalesce(hint, '') "
          "FROM plpgsql_check_function_tb(" +
              fn[0] + "::regprocedure, " + fn[3] + "::regclass)",
          &f);
      for (const auto& is : issues) {
        if (is[0] != "error" || res.status != Status::Deployed) continue;
        res.status = Status::Failed;
        res.error = "plpgsql_check: " + is[1];
        res.sqlState = is[3];
        res.detail = is[4];
        res.hint = is[5];
        res.statement = functionStatement(obj, fn[2]);
        res.statementLine = bodyStartLine(res.statement) + std::stoul(is[2]) - 1;
        res.statementColumn = 0;
      }
    }
  }

 private:
  void runStep(const Ordered& step) {
    const auto& o = conv_.objects[step.object];
    auto& res = r_.objects[step.object];
    // One failure is the object's; its later statements would only fail after it. Schemas are
    // separate statements of one object: each is tried.
    if (res.status != Status::Deployed && o.kind != "SCHEMA") return;
    const std::string& sql = o.statements[step.statement].sql;
    PgFailure f;
    if (ledger_) {
      if (applyStep(step, sql, res, f)) return;
    } else {
      s_.run("SAVEPOINT barge_step");
      if (s_.run(sql, &f)) {
        s_.run("RELEASE SAVEPOINT barge_step");
        return;
      }
      s_.run("ROLLBACK TO SAVEPOINT barge_step");
    }
    if (res.status != Status::Deployed) return;  // a further schema of a failed SCHEMA object
    res.sqlState = f.sqlState;
    res.error = f.message;
    res.detail = f.detail;
    res.hint = f.hint;
    res.statement = sql;
    if (f.position > 0) lineColumn(sql, f.position, res.statementLine, res.statementColumn);
    res.status = Status::Failed;
    if (isMissingObject(f.sqlState)) {
      for (const auto& n : missingNames(f)) {
        auto it = unavailable_.find(n);
        if (it == unavailable_.end()) continue;
        res.status = Status::Skipped;
        res.dependency = it->second;
        break;
      }
    }
    std::string label =
        o.kind + " " +
        (o.pgName.empty() ? o.name : (o.schema.empty() ? "" : o.schema + ".") + o.pgName);
    if (o.kind == "SCHEMA") {
      for (const auto& id : quotedIdentifiers(sql)) unavailable_.emplace(id, "SCHEMA " + id);
    }
    for (const auto& n : namesOf(o)) unavailable_.emplace(n, label);
  }

  // apply: true when the statement is in place (run now, or found in the ledger unchanged).
  bool applyStep(const Ordered& step, const std::string& sql, ObjectResult& res, PgFailure& f) {
    const auto& o = conv_.objects[step.object];
    std::string key = o.kind + " " + (o.schema.empty() ? "" : o.schema + ".") +
                      (o.pgName.empty() ? o.name : o.pgName) + " #" +
                      std::to_string(static_cast<int>(step.phase)) + "." +
                      std::to_string(step.statement);
    auto done = s_.rows("SELECT sql, applied_at FROM barge_apply.statements WHERE key = " +
                        quoteLiteral(key));
    if (!done.empty()) {
      if (done[0][0] == sql) {
        ++res.unchangedStatements;
        return true;
      }
      f = PgFailure{};
      f.message = "changed since barge apply created it on " + done[0][1] +
                  "; apply never alters existing objects: drop it (and its ledger row in "
                  "barge_apply.statements), then apply again";
      return false;
    }
    s_.run("BEGIN");
    if (s_.run(sql, &f) &&
        s_.run("INSERT INTO barge_apply.statements (key, sql) VALUES (" + quoteLiteral(key) + ", " +
                   quoteLiteral(sql) + ")",
               &f) &&
        s_.run("COMMIT", &f))
      return true;
    s_.run("ROLLBACK");
    if (f.sqlState == "42P07" || f.sqlState == "42710")
      f.hint = "the object exists but barge apply did not create it; drop it or leave it out";
    return false;
  }

  // The deployed code object a PL/pgSQL function belongs to.
  size_t owner(const std::string& schema, const std::string& proname, const std::string& tgname) {
    for (size_t i = 0; i < conv_.objects.size(); ++i) {
      const auto& o = conv_.objects[i];
      if (r_.objects[i].status != Status::Deployed || o.pgName.empty()) continue;
      if (!o.schema.empty() && lower(o.schema) != lower(schema)) continue;
      if (lower(o.pgName) == lower(proname)) return i;
      if (o.kind == "TRIGGER" && !tgname.empty() && lower(o.pgName) == lower(tgname)) return i;
    }
    return SIZE_MAX;
  }

  std::string functionStatement(size_t obj, const std::string& proname) {
    const auto& st = conv_.objects[obj].statements;
    for (const auto& s : st) {
      std::string l = lower(s.sql);
      if ((l.find("function") != std::string::npos || l.find("procedure") != std::string::npos) &&
          l.find(lower(proname)) != std::string::npos)
        return s.sql;
    }
    return st.empty() ? "" : st.front().sql;
  }

  const converter::ConversionResult& conv_;
  PgSession& s_;
  VerifyResult& r_;
  bool ledger_;
  std::map<std::string, std::string> unavailable_;  // name -> label of the failed object
};

std::string scratchName() {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::system_clock::now().time_since_epoch())
                .count();
  return "barge_verify_" + std::to_string(getpid()) + "_" + std::to_string(ms);
}

}  // namespace

static void countStatuses(VerifyResult& r);

VerifyResult verifyConversion(const converter::ConversionResult& conv, const Target& target,
                              const std::string& password) {
  VerifyResult r;
  r.target = target.endpoint();
  r.objects.resize(conv.objects.size());
  PgSession admin(target, target.database, password);
  if (!admin.ok()) throw std::runtime_error(admin.connectError());
  auto v = admin.rows("SHOW server_version");
  if (!v.empty()) r.serverVersion = v[0][0].substr(0, v[0][0].find(' '));

  // A scratch database keeps the deploy away from whatever the target holds. Without the right
  // to create one, everything runs in one transaction of the target database, rolled back.
  std::string name = scratchName();
  PgFailure f;
  std::unique_ptr<PgSession> scratch;
  PgSession* s = &admin;
  if (admin.run("CREATE DATABASE " + quoteIdent(name), &f)) {
    scratch = std::make_unique<PgSession>(target, name, password);
    if (!scratch->ok()) {
      std::string err = scratch->connectError();
      scratch.reset();
      admin.run("DROP DATABASE IF EXISTS " + quoteIdent(name));
      throw std::runtime_error(err);
    }
    s = scratch.get();
    r.scratch = name;
  } else if (f.sqlState == "42501") {
    r.scratch = "transaction";
  } else {
    throw std::runtime_error("cannot create a scratch database on " + r.target + ": " + f.message);
  }
  s->run("BEGIN");
  Deployer d(conv, *s, r);
  d.deploy();
  d.plpgsqlCheck();
  s->run("ROLLBACK");
  scratch.reset();
  if (r.scratch != "transaction")
    admin.run("DROP DATABASE IF EXISTS " + quoteIdent(name) + " WITH (FORCE)");
  countStatuses(r);
  return r;
}

VerifyResult applyConversion(const converter::ConversionResult& conv, const Target& target,
                             const std::string& password) {
  VerifyResult r;
  r.target = target.endpoint();
  r.objects.resize(conv.objects.size());
  PgSession s(target, target.database, password);
  if (!s.ok()) throw std::runtime_error(s.connectError());
  auto v = s.rows("SHOW server_version");
  if (!v.empty()) r.serverVersion = v[0][0].substr(0, v[0][0].find(' '));
  PgFailure f;
  // The ledger's literals are quoted for standard strings.
  if (!s.run("SET standard_conforming_strings = on", &f) ||
      !s.run("CREATE SCHEMA IF NOT EXISTS barge_apply", &f) ||
      !s.run("CREATE TABLE IF NOT EXISTS barge_apply.statements (key text PRIMARY KEY, sql text "
             "NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
             &f))
    throw std::runtime_error("cannot create the ledger barge_apply.statements on " + r.target +
                             ": " + f.message);
  Deployer d(conv, s, r, true);
  d.deploy();
  countStatuses(r);
  return r;
}

static void countStatuses(VerifyResult& r) {
  for (const auto& o : r.objects) {
    switch (o.status) {
      case Status::Deployed:
        ++r.deployed;
        break;
      case Status::Failed:
        ++r.failed;
        break;
      case Status::Skipped:
        ++r.skipped;
        break;
      case Status::NotDeployed:
        ++r.notDeployed;
        break;
    }
  }
}

}  // namespace barge::verify
