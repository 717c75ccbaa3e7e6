#pragma once
// Public front-end API. No ANTLR type appears here: callers get IR and diagnostics.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/dialect.h"
#include "ir/statements.h"
#include "parser/common/text_input.h"

namespace barge::parser {

using ir::Dialect;  // ir/dialect.h
using ir::dialectFromName;
using ir::dialectName;

struct ParseOptions {
  Encoding encoding = Encoding::Auto;
  std::string mysqlVersion = "8.0";  // which /*!NNNNN ... */ comments a server would run
  bool allowLLFallback = true;       // tests turn it off to prove the grammar is SLL-clean
  // Oracle conditional compilation: PLSQL_CCFLAGS ("name:value,...", values TRUE, FALSE, NULL
  // or an integer) and the release whose DBMS_DB_VERSION constants apply ("19", "12.2").
  std::string plsqlCcflags;
  std::string oracleVersion = "19";
};

// An error message for options a front end cannot use (a bad --plsql-ccflags value), or "".
std::string checkOptions(const ParseOptions& options);

enum class Severity { Info, Warning, Error };

struct Diagnostic {
  Severity severity = Severity::Error;
  ir::SourceLocation loc;
  std::string message;
  std::string str() const;  // "file:line:col: message"
};

struct ParseStats {
  uint64_t statements = 0;  // SQL statements seen (parsed + failed)
  uint64_t parsed = 0;      // including recognised out-of-scope statements
  uint64_t failed = 0;
  uint64_t outOfScope = 0;
  uint64_t scriptCommands = 0;  // client commands recognised and skipped
  uint64_t llFallbacks = 0;     // statements that needed full-LL prediction
  uint64_t bytes = 0;
  double seconds = 0;
  double worstStatementSeconds = 0;
  ir::SourceLocation worstStatementAt;
  void add(const ParseStats& o);
};

struct ParseResult {
  ir::Script script;
  std::vector<Diagnostic> diagnostics;
  ParseStats stats;
};

// Parse one script's bytes. Never throws for bad input: errors become diagnostics and
// Unparsed statements, and parsing goes on with the next statement.
ParseResult parseText(Dialect dialect, std::string_view bytes, const std::string& sourceName,
                      const ParseOptions& options = {});

// Files to read for the given inputs: files as given, directories recursively by the
// dialect's file extensions, sorted. Missing paths are returned in `missing`.
std::vector<std::filesystem::path> collectInputs(Dialect dialect,
                                                 const std::vector<std::string>& inputs,
                                                 std::vector<std::string>& missing);

// Read and parse a file; an unreadable file is one Error diagnostic.
ParseResult parseFile(Dialect dialect, const std::filesystem::path& path,
                      const ParseOptions& options = {});

}  // namespace barge::parser
