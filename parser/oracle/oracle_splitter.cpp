#include "parser/oracle/oracle_splitter.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

namespace barge::parser::oracle {

namespace {

bool isSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
bool isWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' || c == '#';
}
std::string upperWord(std::string_view s, size_t i) {
  std::string w;
  while (i < s.size() && isWordChar(s[i])) w += static_cast<char>(std::toupper(s[i++]));
  return w;
}

// Offset just past the end of the line containing i (past the \n).
size_t lineEnd(std::string_view s, size_t i) {
  size_t e = s.find('\n', i);
  return e == std::string_view::npos ? s.size() : e + 1;
}

// True when the line starting at `i` holds only "/" (and blanks).
bool isSlashLine(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  if (i >= s.size() || s[i] != '/') return false;
  ++i;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) ++i;
  return i >= s.size() || s[i] == '\n';
}

bool isSqlPlusCommand(std::string_view s, size_t i, std::string& word) {
  if (s[i] == '@') {
    word = s.compare(i, 2, "@@") == 0 ? "@@" : "@";
    return true;
  }
  if (s[i] == '$' || s[i] == '!') {  // host command ($ on Windows, ! on Unix)
    if (s[i] == '$' && i + 1 < s.size() && std::isalpha(static_cast<unsigned char>(s[i + 1])))
      return false;  // $IF ... conditional compilation
    word = "HOST";
    return true;
  }
  if (s[i] == '.') {  // a lone "." ends SQL*Plus buffer input
    size_t j = i + 1;
    while (j < s.size() && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r')) ++j;
    if (j >= s.size() || s[j] == '\n') {
      word = ".";
      return true;
    }
    return false;
  }
  word = upperWord(s, i);
  static const std::array<const char*, 45> kCommands = {
      "REM",       "REMARK",   "PROMPT",  "DEFINE",    "UNDEFINE",  "SPOOL",      "WHENEVER",
      "EXEC",      "EXECUTE",  "CONNECT", "CONN",      "SHOW",      "PAUSE",      "ACCEPT",
      "COLUMN",    "COL",      "TTITLE",  "BTITLE",    "BREAK",     "COMPUTE",    "CLEAR",
      "DESC",      "DESCRIBE", "HOST",    "VARIABLE",  "VAR",       "PRINT",      "EXIT",
      "QUIT",      "START",    "STA",     "TIMING",    "SET",       "DISCONNECT", "PASSWORD",
      "RUN",       "LOAD",     "PRO",     "REPHEADER", "REPFOOTER", "STORE",      "SHO",
      "ATTRIBUTE", "DEF",      "UNDEF"};
  for (const char* c : kCommands) {
    if (word == c) {
      if (word == "SET") {  // SET TRANSACTION / ROLE / CONSTRAINTS are SQL
        size_t j = i + 3;
        while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
        std::string next = upperWord(s, j);
        if (next == "TRANSACTION" || next == "ROLE" || next == "CONSTRAINT" ||
            next == "CONSTRAINTS")
          return false;
      }
      if (word == "EXECUTE" || word == "EXEC") {  // EXECUTE IMMEDIATE only inside PL/SQL
        size_t j = i + word.size();
        while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
        if (upperWord(s, j) == "IMMEDIATE") return false;
      }
      return true;
    }
  }
  return false;
}

// Words at the start of a statement (comments skipped), for PL/SQL unit detection; `stop`
// gets the offset where the scan ended (the first character that is not part of a word).
std::vector<std::string> leadingWords(std::string_view s, size_t i, size_t n,
                                      size_t* stop = nullptr) {
  std::vector<std::string> words;
  while (i < s.size() && words.size() < n) {
    if (isSpace(s[i])) {
      ++i;
    } else if (s.compare(i, 2, "--") == 0) {
      i = lineEnd(s, i);
    } else if (s.compare(i, 2, "/*") == 0) {
      size_t e = s.find("*/", i + 2);
      i = e == std::string_view::npos ? s.size() : e + 2;
    } else if (isWordChar(s[i])) {
      std::string w = upperWord(s, i);
      i += w.size();
      words.push_back(w);
    } else {
      break;
    }
  }
  if (stop) *stop = i;
  return words;
}

// WITH FUNCTION | PROCEDURE name ...: a query that starts with PL/SQL declarations (12c). Their
// semicolons belong to the query, so SQL*Plus sends it at the "/" line, like a PL/SQL unit. A
// common table may be called FUNCTION (not reserved in Oracle): WITH function AS (...) and
// WITH function (c) AS (...) are plain queries.
bool startsWithPlsqlDeclaration(std::string_view s, size_t i) {
  size_t stop = 0;
  auto w = leadingWords(s, i, 3, &stop);
  if (w.size() < 2 || w[0] != "WITH" || (w[1] != "FUNCTION" && w[1] != "PROCEDURE")) return false;
  if (w.size() == 3) return w[2] != "AS";
  return stop < s.size() && s[stop] == '"';  // a quoted name
}

// SQL*Plus ends a SQL statement at a blank line (SQLBLANKLINES OFF). Scripts that rely on it
// leave out the ';': cut there when the next line starts a new statement.
bool blankLineEndsStatement(std::string_view s, size_t nl) {
  size_t i = nl + 1;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) ++i;
  if (i >= s.size() || s[i] != '\n') return false;
  while (i < s.size()) {  // blank and comment lines may sit in between
    if (isSpace(s[i])) {
      ++i;
    } else if (s.compare(i, 2, "--") == 0) {
      i = lineEnd(s, i);
    } else {
      break;
    }
  }
  std::string w = upperWord(s, i);
  static const char* kStarts[] = {"SELECT", "INSERT",  "UPDATE",  "DELETE",   "MERGE",  "CREATE",
                                  "ALTER",  "DROP",    "GRANT",   "REVOKE",   "COMMIT", "ROLLBACK",
                                  "BEGIN",  "DECLARE", "COMMENT", "TRUNCATE", "WITH"};
  for (const char* k : kStarts)
    if (w == k) return true;
  return false;
}

// CREATE [OR REPLACE] TYPE name ... (not TYPE BODY): a type spec holds no ';' outside
// parentheses, so it ends at the first one even when the script forgets the "/" line.
bool isTypeSpec(std::string_view s, size_t i) {
  auto w = leadingWords(s, i, 7);
  size_t k = 0;
  if (k < w.size() && w[k] == "CREATE")
    ++k;
  else
    return false;
  if (k + 1 < w.size() && w[k] == "OR" && w[k + 1] == "REPLACE") k += 2;
  if (k < w.size() && (w[k] == "EDITIONABLE" || w[k] == "NONEDITIONABLE")) ++k;
  return k + 1 < w.size() && w[k] == "TYPE" && w[k + 1] != "BODY";
}

bool isPlsqlUnit(std::string_view s, size_t i) {
  auto w = leadingWords(s, i, 6);
  if (w.empty()) return false;
  if (w[0] == "DECLARE" || w[0] == "BEGIN") return true;
  if (s.compare(i, 2, "<<") == 0) return true;  // labelled anonymous block
  if (startsWithPlsqlDeclaration(s, i)) return true;
  if (w[0] != "CREATE") return false;
  size_t k = 1;
  if (k + 1 < w.size() && w[k] == "OR" && w[k + 1] == "REPLACE") k += 2;
  if (k < w.size() && (w[k] == "EDITIONABLE" || w[k] == "NONEDITIONABLE" || w[k] == "EDITIONING"))
    ++k;
  if (k >= w.size()) return false;
  const std::string& kind = w[k];
  return kind == "PROCEDURE" || kind == "FUNCTION" || kind == "PACKAGE" || kind == "TRIGGER" ||
         kind == "TYPE" || kind == "LIBRARY" || kind == "JAVA" || kind == "AND";
}

// Skips a quoted literal or comment at i; returns the offset after it, or i if none starts here.
size_t skipQuotedOrComment(std::string_view s, size_t i) {
  char c = s[i];
  if (c == '-' && i + 1 < s.size() && s[i + 1] == '-') return lineEnd(s, i);
  if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
    size_t e = s.find("*/", i + 2);
    return e == std::string_view::npos ? s.size() : e + 2;
  }
  // q'<delim>...<delim>' (also nq'...')
  if ((c == 'q' || c == 'Q') && i + 2 < s.size() && s[i + 1] == '\'' &&
      (i == 0 || !isWordChar(s[i - 1]) ||
       ((s[i - 1] == 'n' || s[i - 1] == 'N') && (i < 2 || !isWordChar(s[i - 2]))))) {
    char open = s[i + 2];
    char close = open == '['   ? ']'
                 : open == '{' ? '}'
                 : open == '(' ? ')'
                 : open == '<' ? '>'
                               : open;
    for (size_t j = i + 3; j + 1 < s.size(); ++j)
      if (s[j] == close && s[j + 1] == '\'') return j + 2;
    return s.size();
  }
  if (c == '\'' || c == '"') {
    for (size_t j = i + 1; j < s.size(); ++j) {
      if (s[j] == c) {
        if (c == '\'' && j + 1 < s.size() && s[j + 1] == '\'') {
          ++j;
          continue;
        }
        return j + 1;
      }
    }
    return s.size();
  }
  return i;
}

// The characters the statement scan of splitScript acts on: starts of quoted literals and
// comments (skipQuotedOrComment), parentheses, ';' and line ends.
constexpr std::array<bool, 256> kStatementChars = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : std::string_view("-/qQ'\"();\n")) t[c] = true;
  return t;
}();

}  // namespace

void joinContinuationLines(std::string& s) {
  size_t lineStart = 0;
  while (lineStart < s.size()) {
    size_t nl = s.find('\n', lineStart);
    if (nl == std::string::npos) break;
    size_t last = nl;
    while (last > lineStart && (s[last - 1] == ' ' || s[last - 1] == '\t' || s[last - 1] == '\r'))
      --last;
    if (last > lineStart && s[last - 1] == '-') {
      size_t dash = last - 1;
      bool comment = s.substr(lineStart, dash - lineStart).find("--") != std::string::npos ||
                     (dash > lineStart && s[dash - 1] == '-');
      size_t prev = dash;
      while (prev > lineStart && (s[prev - 1] == ' ' || s[prev - 1] == '\t')) --prev;
      char before = prev > lineStart ? s[prev - 1] : '\n';
      size_t nx = nl + 1;
      while (nx < s.size() && (s[nx] == ' ' || s[nx] == '\t')) ++nx;
      char after = nx < s.size() ? s[nx] : '\n';
      // Only where a minus sign makes no sense: before , ) ' or right after ( ,
      bool cont = after == ',' || after == ')' || after == '\'' || before == '(' || before == ',';
      if (!comment && cont) s[dash] = '\v';  // whitespace to the lexer, a continuation mark here
    }
    lineStart = nl + 1;
  }
}

std::vector<std::string> substitutionVariables(std::string_view s) {
  std::vector<std::string> vars;
  if (s.find('&') == std::string_view::npos) return vars;  // the usual case: skip the scan
  size_t i = 0;
  while (i < s.size()) {
    size_t k = skipQuotedOrComment(s, i);
    if (k != i) {
      i = k;
      continue;
    }
    if (s[i] == '&') {
      size_t j = i + 1;
      if (j < s.size() && s[j] == '&') ++j;
      size_t nameStart = j;
      while (j < s.size() && isWordChar(s[j])) ++j;
      if (j > nameStart) {
        std::string v(s.substr(i, j - i));
        bool seen = false;
        for (const auto& x : vars) seen = seen || x == v;
        if (!seen) vars.push_back(v);
      }
      i = j;
      continue;
    }
    ++i;
  }
  return vars;
}

bool isPlsqlUnitText(std::string_view statement) {
  return !statement.empty() && isPlsqlUnit(statement, 0);
}

std::optional<WrappedHeading> wrappedHeading(std::string_view s) {
  // Cheap test first: the word must be there at all.
  size_t limit = std::min<size_t>(s.size(), 1024);
  bool found = false;
  for (size_t i = 0; i + 7 <= limit && !found; ++i)
    found = (s[i] == 'w' || s[i] == 'W') && upperWord(s, i) == "WRAPPED";
  if (!found) return std::nullopt;
  // Words and quoted names, comments skipped.
  std::vector<std::pair<std::string, bool>> items;  // (word upper / quoted text, quoted?)
  std::vector<bool> dotBefore;
  size_t i = 0;
  bool dot = false;
  while (i < s.size() && items.size() < 12) {
    if (isSpace(s[i])) {
      ++i;
    } else if (s.compare(i, 2, "--") == 0) {
      i = lineEnd(s, i);
    } else if (s.compare(i, 2, "/*") == 0) {
      size_t e = s.find("*/", i + 2);
      i = e == std::string_view::npos ? s.size() : e + 2;
    } else if (s[i] == '.') {
      dot = true;
      ++i;
    } else if (s[i] == '"') {
      size_t e = s.find('"', i + 1);
      if (e == std::string_view::npos) return std::nullopt;
      items.emplace_back(std::string(s.substr(i + 1, e - i - 1)), true);
      dotBefore.push_back(dot);
      dot = false;
      i = e + 1;
    } else if (isWordChar(s[i])) {
      size_t e = i;
      while (e < s.size() && isWordChar(s[e])) ++e;
      items.emplace_back(std::string(s.substr(i, e - i)), false);
      dotBefore.push_back(dot);
      dot = false;
      i = e;
    } else {
      return std::nullopt;
    }
  }
  auto word = [&](size_t k) {
    if (k >= items.size() || items[k].second) return std::string();
    std::string w = items[k].first;
    for (auto& c : w) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return w;
  };
  WrappedHeading h;
  size_t k = 0;
  if (word(k++) != "CREATE") return std::nullopt;
  if (word(k) == "OR" && word(k + 1) == "REPLACE") {
    h.orReplace = true;
    k += 2;
  }
  if (word(k) == "EDITIONABLE" || word(k) == "NONEDITIONABLE") ++k;
  h.kind = word(k++);
  if (h.kind != "PACKAGE" && h.kind != "PROCEDURE" && h.kind != "FUNCTION" && h.kind != "TYPE" &&
      h.kind != "TRIGGER" && h.kind != "LIBRARY")
    return std::nullopt;
  if ((h.kind == "PACKAGE" || h.kind == "TYPE") && word(k) == "BODY") {
    h.kind += " BODY";
    ++k;
  }
  if (k >= items.size()) return std::nullopt;
  h.name.push_back(items[k++]);
  while (k < items.size() && dotBefore[k]) h.name.push_back(items[k++]);
  if (word(k) != "WRAPPED") return std::nullopt;
  return h;
}

std::vector<Chunk> splitScript(std::string_view s) {
  ChunkList out(s);
  size_t i = 0;
  while (i < s.size()) {
    // Skip blanks and comments between statements.
    if (isSpace(s[i])) {
      ++i;
      continue;
    }
    size_t skipped = skipQuotedOrComment(s, i);
    if (skipped != i && (s[i] == '-' || s[i] == '/')) {
      i = skipped;
      continue;
    }
    bool atLineStart = i == 0 || s.substr(0, i).find_last_not_of(" \t") == std::string_view::npos ||
                       s[s.find_last_not_of(" \t", i - 1)] == '\n';
    if (atLineStart && isSlashLine(s, i)) {  // a stray terminator
      i = lineEnd(s, i);
      continue;
    }
    std::string word;
    if (atLineStart && isSqlPlusCommand(s, i, word)) {
      size_t e = lineEnd(s, i);
      // SQL*Plus continues a command line that ends with '-'
      while (e < s.size()) {
        size_t last = e - 1;
        while (last > i && (s[last] == '\n' || s[last] == '\r' || s[last] == ' ')) --last;
        if (s[last] != '-' && s[last] != '\v') break;
        e = lineEnd(s, e);
      }
      out.add(Chunk::Kind::ScriptCommand, i, e, word);
      i = e;
      continue;
    }
    bool typeSpec = isTypeSpec(s, i);
    bool plsql = !typeSpec && isPlsqlUnit(s, i);
    int depth = 0;
    size_t start = i, j = i;
    size_t end = s.size(), next = s.size();
    while (j < s.size()) {
      // Most characters matter to none of the tests below: skip them in a tight loop.
      while (j < s.size() && !kStatementChars[static_cast<unsigned char>(s[j])]) ++j;
      if (j >= s.size()) break;
      size_t k = skipQuotedOrComment(s, j);
      if (k != j) {
        j = k;
        continue;
      }
      if (s[j] == '(') ++depth;
      if (s[j] == ')') --depth;
      if (typeSpec && s[j] == ';' && depth <= 0) {
        end = j + 1;
        next = j + 1;
        break;
      }
      if (s[j] == '\n' && j + 1 < s.size() && isSlashLine(s, j + 1)) {
        end = j;
        next = lineEnd(s, j + 1);
        break;
      }
      // Not inside open parentheses: there SQL*Plus would cut a statement that cannot run,
      // and the script's author plainly meant one statement.
      if (!plsql && !typeSpec && s[j] == '\n' && depth <= 0 && blankLineEndsStatement(s, j)) {
        end = j;
        next = j + 1;
        break;
      }
      if (!plsql && !typeSpec && s[j] == ';') {
        end = j + 1;
        next = j + 1;
        break;
      }
      ++j;
    }
    out.add(Chunk::Kind::Statement, start, end);
    i = next;
  }
  return out.take();
}

}  // namespace barge::parser::oracle
