#include "parser/mysql/live_source.h"

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
  try {
    Connection conn(cp);
    auto tables = conn.query(
        "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = " +
        conn.quoteString(url.database) + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
    for (const auto& row : tables) {
      const std::string name = row[0].value_or("");
      auto create = conn.query("SHOW CREATE TABLE " + conn.quoteIdentifier(name));
      if (create.empty() || create[0].size() < 2 || !create[0][1]) continue;
      // Each object's text is parsed as its own script so locations name the object.
      ParseResult r = parseScript(*create[0][1], source + "/" + name, options);
      out.result.stats.add(r.stats);
      for (auto& d : r.diagnostics) out.result.diagnostics.push_back(std::move(d));
      for (auto& s : r.script.statements) out.result.script.statements.push_back(std::move(s));
    }
  } catch (const ConnectError& e) {
    out.error = e.what();
  } catch (const QueryError& e) {
    out.error = std::string("reading ") + source + ": " + e.what();
  }
  return out;
}

}  // namespace barge::parser::mysql
