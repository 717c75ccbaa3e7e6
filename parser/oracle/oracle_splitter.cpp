#include "parser/oracle/oracle_splitter.h"

#include <array>
#include <cctype>
#include <string>

namespace barge::parser::oracle {

namespace {

bool isSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
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
    word = "@";
    return true;
  }
  word = upperWord(s, i);
  static const std::array<const char*, 36> kCommands = {
      "REM",      "REMARK",     "PROMPT",   "DEFINE",  "UNDEFINE", "SPOOL",  "WHENEVER", "EXEC",
      "EXECUTE",  "CONNECT",    "CONN",     "SHOW",    "PAUSE",    "ACCEPT", "COLUMN",   "COL",
      "TTITLE",   "BTITLE",     "BREAK",    "COMPUTE", "CLEAR",    "DESC",   "DESCRIBE", "HOST",
      "VARIABLE", "VAR",        "PRINT",    "EXIT",    "QUIT",     "START",  "STA",      "TIMING",
      "SET",      "DISCONNECT", "PASSWORD", "RUN"};
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

// Words at the start of a statement (comments skipped), for PL/SQL unit detection.
std::vector<std::string> leadingWords(std::string_view s, size_t i, size_t n) {
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
  return words;
}

bool isPlsqlUnit(std::string_view s, size_t i) {
  auto w = leadingWords(s, i, 6);
  if (w.empty()) return false;
  if (w[0] == "DECLARE" || w[0] == "BEGIN") return true;
  if (w[0] != "CREATE") return false;
  size_t k = 1;
  if (k + 1 < w.size() && w[k] == "OR" && w[k + 1] == "REPLACE") k += 2;
  if (k < w.size() && (w[k] == "EDITIONABLE" || w[k] == "NONEDITIONABLE" || w[k] == "EDITIONING"))
    ++k;
  if (k >= w.size()) return false;
  const std::string& kind = w[k];
  return kind == "PROCEDURE" || kind == "FUNCTION" || kind == "PACKAGE" || kind == "TRIGGER" ||
         kind == "TYPE" || kind == "LIBRARY";
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

}  // namespace

std::vector<Chunk> splitScript(std::string_view s) {
  std::vector<Chunk> out;
  PositionTracker pos(s);
  size_t i = 0;
  auto emit = [&](Chunk::Kind kind, size_t from, size_t to, std::string command) {
    while (to > from && isSpace(s[to - 1])) --to;
    if (to <= from) return;
    pos.advanceTo(from);
    Chunk c;
    c.kind = kind;
    c.text = s.substr(from, to - from);
    c.line = pos.line();
    c.column = pos.column();
    c.offset = from;
    c.command = std::move(command);
    out.push_back(std::move(c));
  };
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
        if (s[last] != '-') break;
        e = lineEnd(s, e);
      }
      emit(Chunk::Kind::ScriptCommand, i, e, word);
      i = e;
      continue;
    }
    bool plsql = isPlsqlUnit(s, i);
    size_t start = i, j = i;
    size_t end = s.size(), next = s.size();
    while (j < s.size()) {
      size_t k = skipQuotedOrComment(s, j);
      if (k != j) {
        j = k;
        continue;
      }
      if (s[j] == '\n' && j + 1 < s.size() && isSlashLine(s, j + 1)) {
        end = j;
        next = lineEnd(s, j + 1);
        break;
      }
      if (!plsql && s[j] == ';') {
        end = j + 1;
        next = j + 1;
        break;
      }
      ++j;
    }
    emit(Chunk::Kind::Statement, start, end, "");
    i = next;
  }
  return out;
}

}  // namespace barge::parser::oracle
