#include "parser/mysql/live_source.h"

#include <vector>

#include "parser/mysql/connection.h"
#include "parser/mysql/mysql_front_end.h"

namespace barge::parser::mysql {

std::optional<SourceUrl> parseSourceUrl(std::string_view url) {
  constexpr std::string_view kScheme = "mysql://";
  if (url.substr(0, kScheme.size()) != kScheme) return std::nullopt;
  url.remove_prefix(kScheme.size());
  SourceUrl out;
  size_t at = url.find('@');
  if (at == std::string_view::npos) return std::nullopt;
  out.user = std::string(url.substr(0, at));
  if (out.user.empty() || out.user.find(':') != std::string::npos) return std::nullopt;
  url.remove_prefix(at + 1);
  size_t slash = url.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  std::string_view hostPort = url.substr(0, slash);
  out.database = std::string(url.substr(slash + 1));
  if (out.database.empty() || out.database.find('/') != std::string::npos) return std::nullopt;
  size_t colon = hostPort.rfind(':');
  if (colon != std::string_view::npos) {
    std::string port(hostPort.substr(colon + 1));
    if (port.empty() || port.find_first_not_of("0123456789") != std::string::npos ||
        port.size() > 5)
      return std::nullopt;
    out.port = static_cast<unsigned>(std::stoul(port));
    hostPort = hostPort.substr(0, colon);
  }
  if (!hostPort.empty()) out.host = std::string(hostPort);
  return out;
}

namespace {

// One object's CREATE text, parsed as its own script so locations name the object.
void addObject(LiveSchema& out, const std::string& source, const std::string& kind,
               const std::string& name, const std::string& text, const ParseOptions& options) {
  ParseResult r = parseScript(text, source + "/" + kind + "/" + name, options);
  out.result.stats.add(r.stats);
  for (auto& d : r.diagnostics) out.result.diagnostics.push_back(std::move(d));
  for (auto& s : r.script.statements) out.result.script.statements.push_back(std::move(s));
}

// sql_mode values that change what a stored object's text means; SHOW CREATE's text does not
// say them, so they are reported next to the object (mysqldump sets them before each one).
void reportSqlMode(LiveSchema& out, const std::string& source, const std::string& kind,
                   const std::string& name, const std::string& sqlMode) {
  for (const char* mode : {"ANSI_QUOTES", "PIPES_AS_CONCAT", "NO_BACKSLASH_ESCAPES"}) {
    if (sqlMode.find(mode) == std::string::npos) continue;
    Diagnostic d;
    d.severity = Severity::Warning;
    d.loc.file = std::make_shared<const std::string>(source + "/" + kind + "/" + name);
    d.message = kind + " " + name + " was created with sql_mode " + mode +
                " (its text is read with the default mode)";
    out.result.diagnostics.push_back(std::move(d));
  }
}

// SHOW CREATE ... returns the text in a column whose position depends on the object kind;
// for routines, triggers and events column 1 holds the object's sql_mode.
std::optional<std::string> showCreate(Connection& conn, const std::string& what,
                                      const std::string& name, size_t column,
                                      std::string* sqlMode = nullptr) {
  auto rows = conn.query("SHOW CREATE " + what + " " + name);
  if (rows.empty() || rows[0].size() <= column || !rows[0][column]) return std::nullopt;
  if (sqlMode && rows[0].size() > 1 && rows[0][1]) *sqlMode = *rows[0][1];
  return rows[0][column];
}

std::vector<std::string> names(Connection& conn, const std::string& sql) {
  std::vector<std::string> out;
  for (const auto& row : conn.query(sql))
    if (!row.empty() && row[0]) out.push_back(*row[0]);
  return out;
}

}  // namespace

LiveSchema readLiveSchema(const SourceUrl& url, const std::string& password,
                          const ParseOptions& options) {
  LiveSchema out;
  std::string source = "mysql://" + url.host + ":" + std::to_string(url.port) + "/" + url.database;
  out.result.script.source = source;
  ConnectParams cp;
  cp.host = url.host;
  cp.port = url.port;
  cp.user = url.user;
  cp.password = password;
  cp.database = url.database;
  cp.sslMode = url.sslMode;
  cp.sslCa = url.sslCa;
  try {
    Connection conn(cp);
    ParseOptions opts = options;
    // The server's own version decides which versioned comments its texts would run.
    std::string version = conn.serverVersion();
    if (!version.empty()) opts.mysqlVersion = version;
    const std::string db = conn.quoteString(url.database);
    auto q = [&](const std::string& n) { return conn.quoteIdentifier(n); };
    // Same objects, and the same order, as mysqldump --no-data --routines --triggers --events:
    // each table followed by its triggers, then views, events, procedures, functions.
    for (const auto& table :
         names(conn,
               "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = " + db +
                   " AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED') ORDER BY TABLE_NAME")) {
      if (auto text = showCreate(conn, "TABLE", q(table), 1))
        addObject(out, source, "table", table, *text, opts);
      for (const auto& trig : names(
               conn,
               "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = " + db +
                   " AND EVENT_OBJECT_TABLE = " + conn.quoteString(table) +
                   " ORDER BY ACTION_TIMING DESC, EVENT_MANIPULATION, ACTION_ORDER")) {
        std::string mode;
        if (auto text = showCreate(conn, "TRIGGER", q(trig), 2, &mode)) {
          addObject(out, source, "trigger", trig, *text, opts);
          reportSqlMode(out, source, "trigger", trig, mode);
        }
      }
    }
    for (const auto& view :
         names(conn, "SELECT TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA = " + db +
                         " ORDER BY TABLE_NAME")) {
      if (auto text = showCreate(conn, "VIEW", q(view), 1))
        addObject(out, source, "view", view, *text, opts);
    }
    for (const auto& ev :
         names(conn, "SELECT EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = " + db +
                         " ORDER BY EVENT_NAME")) {
      std::string mode;
      if (auto text = showCreate(conn, "EVENT", q(ev), 3, &mode)) {
        addObject(out, source, "event", ev, *text, opts);
        reportSqlMode(out, source, "event", ev, mode);
      }
    }
    for (const char* kind : {"PROCEDURE", "FUNCTION"}) {
      for (const auto& r : names(
               conn,
               "SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = " + db +
                   " AND ROUTINE_TYPE = '" + kind + "' ORDER BY ROUTINE_NAME")) {
        std::string mode;
        if (auto text = showCreate(conn, kind, q(r), 2, &mode)) {
          std::string k = kind == std::string("PROCEDURE") ? "procedure" : "function";
          addObject(out, source, k, r, *text, opts);
          reportSqlMode(out, source, k, r, mode);
        } else {
          // SHOW CREATE returns NULL text without the privilege to see the body: say so
          Diagnostic d;
          d.severity = Severity::Error;
          d.loc.file = std::make_shared<const std::string>(source);
          d.message = std::string("cannot read the body of ") + kind + " " + r +
                      " (the account lacks the privilege to see it)";
          out.result.diagnostics.push_back(std::move(d));
        }
      }
    }
  } catch (const ConnectError& e) {
    out.error = e.what();
  } catch (const QueryError& e) {
    out.error = std::string("reading ") + source + ": " + e.what();
  }
  return out;
}

}  // namespace barge::parser::mysql
