#include "cli/inputs.h"

#include <cstdlib>
#include <iostream>

#include "cli/exit_codes.h"
#include "parser/mysql/live_source.h"

namespace barge::cli {

void addInputOptions(CLI::App& cmd, InputOptions& o) {
  cmd.add_option("--from", o.from, "Source dialect: oracle | mysql")
      ->check(CLI::IsMember({"oracle", "mysql", "mariadb"}));
  cmd.add_option("inputs", o.inputs, "Files or directories to read (directories recursively)");
  cmd.add_option("--source", o.source,
                 "Live source instead of files: mysql://USER@HOST:PORT/DB "
                 "(password from BARGE_SOURCE_PASSWORD)");
  cmd.add_option("--encoding", o.encoding, "Input encoding: auto | utf8 | latin1")
      ->check(CLI::IsMember({"auto", "utf8", "latin1"}));
  cmd.add_option("--mysql-version", o.mysqlVersion,
                 "Server version whose /*!NNNNN */ comments apply (default 8.0)");
  cmd.add_option("--plsql-ccflags", o.plsqlCcflags,
                 "Oracle PLSQL_CCFLAGS for conditional compilation ($IF $$flag ...): "
                 "'name:value,...', values TRUE, FALSE, NULL or an integer; unset flags are NULL");
  cmd.add_option("--oracle-version", o.oracleVersion,
                 "Oracle release the code is compiled for: DBMS_DB_VERSION.VERSION / RELEASE and "
                 "VER_LE_* in $IF conditions (default 19)");
}

LoadedInputs loadInputs(const InputOptions& o, bool verbose) {
  LoadedInputs out;
  parser::ParseOptions po;
  po.encoding = o.encoding == "utf8"     ? parser::Encoding::Utf8
                : o.encoding == "latin1" ? parser::Encoding::Latin1
                                         : parser::Encoding::Auto;
  po.mysqlVersion = o.mysqlVersion;
  po.plsqlCcflags = o.plsqlCcflags;
  po.oracleVersion = o.oracleVersion;
  if (std::string bad = parser::checkOptions(po); !bad.empty()) {
    std::cerr << "barge: error: " << bad << '\n';
    out.exitCode = kUsage;
    return out;
  }

  auto report = [&](const parser::ParseResult& r) {
    for (const auto& d : r.diagnostics) {
      if (d.severity == parser::Severity::Error) out.hadErrors = true;
      if (d.severity == parser::Severity::Error || verbose) std::cerr << d.str() << '\n';
    }
  };

  if (!o.source.empty()) {
    if (!o.inputs.empty()) {
      std::cerr << "barge: error: give either input files or --source, not both\n";
      out.exitCode = kUsage;
      return out;
    }
    auto url = parser::mysql::parseSourceUrl(o.source);
    if (!url) {
      std::cerr << "barge: error: --source must look like mysql://USER@HOST:PORT/DB\n";
      out.exitCode = kUsage;
      return out;
    }
    out.dialect = parser::Dialect::MySql;
    const char* pw = std::getenv("BARGE_SOURCE_PASSWORD");
    auto live = parser::mysql::readLiveSchema(*url, pw ? pw : "", po);
    if (!live.error.empty()) {
      std::cerr << "barge: error: " << live.error << '\n';
      out.exitCode = kUnreachable;
      return out;
    }
    report(live.result);
    out.total.add(live.result.stats);
    out.results.push_back(std::move(live.result));
    return out;
  }

  auto dialect = parser::dialectFromName(o.from);
  if (!dialect) {
    std::cerr << "barge: error: --from oracle|mysql is required with input files\n";
    out.exitCode = kUsage;
    return out;
  }
  out.dialect = *dialect;
  if (o.inputs.empty()) {
    std::cerr << "barge: error: no input files given\n";
    out.exitCode = kUsage;
    return out;
  }
  std::vector<std::string> missing;
  auto files = parser::collectInputs(*dialect, o.inputs, missing);
  if (!missing.empty()) {
    for (const auto& m : missing)
      std::cerr << "barge: error: " << m << ": no such file or directory\n";
    out.exitCode = kUsage;
    return out;
  }
  for (const auto& f : files) {
    auto r = parser::parseFile(*dialect, f, po);
    report(r);
    out.total.add(r.stats);
    out.results.push_back(std::move(r));
  }
  return out;
}

}  // namespace barge::cli
