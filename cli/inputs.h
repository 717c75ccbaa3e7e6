#pragma once
// Options and loading shared by parse / convert / assess: files or a live MySQL source.
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "parser/parser.h"

namespace barge::cli {

struct InputOptions {
  std::string from;                 // oracle | mysql
  std::vector<std::string> inputs;  // files and directories
  std::string source;               // mysql://USER@HOST:PORT/DB
  std::string encoding = "auto";
  std::string mysqlVersion = "8.0";
  std::string plsqlCcflags;          // Oracle conditional compilation flags
  std::string oracleVersion = "19";  // Oracle release for DBMS_DB_VERSION
};

void addInputOptions(CLI::App& cmd, InputOptions& o);

struct LoadedInputs {
  parser::Dialect dialect = parser::Dialect::Oracle;
  std::vector<parser::ParseResult> results;
  parser::ParseStats total;
  int exitCode = 0;        // non-zero: stop with this code (usage error, unreachable source)
  bool hadErrors = false;  // some input failed: unreadable file, syntax error
};

// Parses every input; prints each Error diagnostic to stderr as one `file:line:col: message`
// line (Info/Warning only with `verbose`).
LoadedInputs loadInputs(const InputOptions& o, bool verbose);

}  // namespace barge::cli
