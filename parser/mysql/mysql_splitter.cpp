#include "parser/mysql/mysql_splitter.h"

#include <cctype>

namespace barge::parser::mysql {

namespace {

bool isSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}

// "8.0" -> 80000, "10.11.5" -> 101105 (MySQL's own version number form)
long versionNumber(const std::string& v) {
  long parts[3] = {0, 0, 0};
  size_t k = 0;
  for (size_t i = 0; i < v.size() && k < 3; ++i) {
    if (std::isdigit(static_cast<unsigned char>(v[i]))) {
      parts[k] = parts[k] * 10 + (v[i] - '0');
    } else if (v[i] == '.') {
      ++k;
    }
  }
  return parts[0] * 10000 + parts[1] * 100 + parts[2];
}

size_t lineEnd(std::string_view s, size_t i) {
  size_t e = s.find('\n', i);
  return e == std::string_view::npos ? s.size() : e + 1;
}

// Skips a quoted string, identifier or comment starting at i; returns i when none starts here.
size_t skipQuotedOrComment(std::string_view s, size_t i) {
  char c = s[i];
  if (c == '#') return lineEnd(s, i);
  if (c == '-' && i + 2 < s.size() + 1 && s.compare(i, 2, "--") == 0 &&
      (i + 2 == s.size() || isSpace(s[i + 2])))
    return lineEnd(s, i);
  if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
    size_t e = s.find("*/", i + 2);
    return e == std::string_view::npos ? s.size() : e + 2;
  }
  if (c == '\'' || c == '"' || c == '`') {
    for (size_t j = i + 1; j < s.size(); ++j) {
      if (s[j] == '\\' && c != '`') {
        ++j;
        continue;
      }
      if (s[j] == c) {
        if (j + 1 < s.size() && s[j + 1] == c) {
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

bool startsWithWordCI(std::string_view s, size_t i, std::string_view word) {
  if (i + word.size() > s.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (std::toupper(static_cast<unsigned char>(s[i + k])) != word[k]) return false;
  return i + word.size() == s.size() || isSpace(s[i + word.size()]);
}

bool isWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool isWordStart(std::string_view s, size_t i) {
  return isWordChar(s[i]) &&
         (i == 0 || (!isWordChar(s[i - 1]) && s[i - 1] != '.' && s[i - 1] != '@'));
}

// Whether the next word after blanks and comments begins a new top-level statement.
bool startsStatement(std::string_view s, size_t i) {
  while (i < s.size()) {
    if (isSpace(s[i])) {
      ++i;
      continue;
    }
    size_t k = skipQuotedOrComment(s, i);
    if (k == i || s[i] == '\'' || s[i] == '"' || s[i] == '`') break;
    i = k;
  }
  static const char* const kStarts[] = {"CREATE", "DROP",   "ALTER", "INSERT",   "UPDATE",
                                        "DELETE", "SELECT", "SET",   "CALL",     "DELIMITER",
                                        "USE",    "GRANT",  "WITH",  "TRUNCATE", "REPLACE"};
  for (const char* w : kStarts) {
    std::string_view word(w);
    if (i + word.size() > s.size()) continue;
    bool same = true;
    for (size_t k = 0; k < word.size() && same; ++k)
      same = std::toupper(static_cast<unsigned char>(s[i + k])) == word[k];
    if (same && (i + word.size() == s.size() || !isWordChar(s[i + word.size()]))) return true;
  }
  return false;
}

// Counts BEGIN / CASE openings against END closings (END IF / LOOP / WHILE / REPEAT close
// constructs that were not counted) once the statement is known to create a routine.
struct BlockTracker {
  size_t words = 0;
  bool create = false, compound = false;
  bool closed = false;  // the body's outermost END was just read
  int depth = 0;

  static std::string upperWord(std::string_view s, size_t i, size_t& e) {
    e = i;
    while (e < s.size() && isWordChar(s[e])) ++e;
    std::string w(s.substr(i, e - i));
    for (auto& c : w) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return w;
  }

  size_t word(std::string_view s, size_t i) {
    size_t e;
    std::string w = upperWord(s, i, e);
    ++words;
    if (words == 1) create = w == "CREATE";
    if (create && !compound &&
        (w == "PROCEDURE" || w == "FUNCTION" || w == "TRIGGER" || w == "EVENT"))
      compound = true;
    if (!compound) return e;
    if (w == "BEGIN" || w == "CASE") {
      ++depth;
    } else if (w == "END") {
      size_t k = e;
      while (k < s.size() && isSpace(s[k])) ++k;
      size_t e2 = e;
      std::string after = k < s.size() && isWordChar(s[k]) ? upperWord(s, k, e2) : "";
      if (after != "IF" && after != "LOOP" && after != "WHILE" && after != "REPEAT" && depth > 0)
        closed = --depth == 0;
      // END IF / END CASE ...: the closing keyword belongs to END, it opens nothing
      if (after == "IF" || after == "LOOP" || after == "WHILE" || after == "REPEAT" ||
          after == "CASE")
        return e2;
    }
    return e;
  }
};

}  // namespace

void applyVersionedComments(std::string& s, const std::string& version) {
  long server = versionNumber(version);
  // MariaDB runs /*M!NNNNNN ... */ as well; MySQL treats it as a plain comment. MariaDB is
  // named in the version ("10.11.6-MariaDB") or told apart by its major version (10 and up).
  std::string lower = version;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  bool mariaDb = lower.find("mariadb") != std::string::npos || server >= 100000;
  for (size_t i = 0; i < s.size();) {
    size_t skip = skipQuotedOrComment(s, i);
    bool versioned = s.compare(i, 3, "/*!") == 0 || s.compare(i, 4, "/*M!") == 0;
    if (!versioned) {
      i = skip == i ? i + 1 : skip;
      continue;
    }
    size_t body = i + (s[i + 2] == 'M' ? 4 : 3);
    size_t digits = body;
    while (digits < s.size() && digits - body < 6 &&
           std::isdigit(static_cast<unsigned char>(s[digits])))
      ++digits;
    long needed = 0;
    if (digits - body >= 5) needed = std::stol(s.substr(body, digits - body));
    // Find the closing */ that is not inside a quoted string of the comment's body.
    size_t j = digits, close = std::string::npos;
    while (j < s.size()) {
      if (s.compare(j, 2, "*/") == 0) {
        close = j;
        break;
      }
      size_t k = (s[j] == '\'' || s[j] == '"' || s[j] == '`') ? skipQuotedOrComment(s, j) : j;
      j = k == j ? j + 1 : k;
    }
    if (close == std::string::npos) break;  // unterminated: left for the lexer to report
    auto blank = [&](size_t from, size_t to) {
      for (size_t k = from; k < to; ++k)
        if (s[k] != '\n' && s[k] != '\r') s[k] = ' ';
    };
    bool mariaOnly = s[i + 2] == 'M';
    if (needed <= server && (!mariaOnly || mariaDb)) {
      blank(i, digits);
      blank(close, close + 2);
    } else {
      blank(i, close + 2);
    }
    i = close + 2;
  }
}

std::vector<Chunk> splitScript(std::string_view s) {
  ChunkList out(s);
  std::string delimiter = ";";
  size_t i = 0;
  while (i < s.size()) {
    if (isSpace(s[i])) {
      ++i;
      continue;
    }
    size_t k = skipQuotedOrComment(s, i);
    bool unterminatedComment = k == s.size() && s.compare(i, 2, "/*") == 0 &&
                               (s.size() < 4 || s.compare(s.size() - 2, 2, "*/") != 0);
    if (k != i && s[i] != '\'' && s[i] != '"' && s[i] != '`' && !unterminatedComment) {
      i = k;
      continue;
    }
    if (startsWithWordCI(s, i, "DELIMITER")) {
      size_t e = lineEnd(s, i);
      std::string_view rest = s.substr(i + 9, e - i - 9);
      size_t a = rest.find_first_not_of(" \t");
      size_t b = rest.find_last_not_of(" \t\r\n");
      if (a != std::string_view::npos && b != std::string_view::npos && b >= a)
        delimiter = std::string(rest.substr(a, rest.find_first_of(" \t\r\n", a) - a));
      out.add(Chunk::Kind::ScriptCommand, i, e, "DELIMITER");
      i = e;
      continue;
    }
    if (startsWithWordCI(s, i, "SOURCE") || s.compare(i, 2, "\\.") == 0) {
      size_t e = lineEnd(s, i);
      out.add(Chunk::Kind::ScriptCommand, i, e, "SOURCE");
      i = e;
      continue;
    }
    size_t start = i, j = i, end = s.size(), next = s.size();
    // Routines written without DELIMITER (the client would cut them at the first `;`):
    // while the delimiter is `;`, a CREATE PROCEDURE / FUNCTION / TRIGGER / EVENT keeps its
    // BEGIN ... END body together. If the blocks never close, the first `;` cuts as usual.
    BlockTracker blocks;
    bool track = delimiter == ";";
    size_t firstDelimiter = std::string::npos;
    while (j < s.size()) {
      size_t q = skipQuotedOrComment(s, j);
      if (q != j) {
        j = q;
        continue;
      }
      if (track && isWordStart(s, j)) {
        j = blocks.word(s, j);
        if (blocks.words > 16 && !blocks.compound) track = false;
        if (blocks.closed) {
          // A body closed and the next statement starts without a delimiter: cut here,
          // rather than gluing the next statement onto this one.
          blocks.closed = false;
          if (startsStatement(s, j)) {
            end = j;
            next = j;
            break;
          }
        }
        continue;
      }
      if (s.compare(j, delimiter.size(), delimiter) == 0) {
        if (track && blocks.compound && blocks.depth > 0) {
          if (firstDelimiter == std::string::npos) firstDelimiter = j;
          j += delimiter.size();
          continue;
        }
        end = j;
        next = j + delimiter.size();
        break;
      }
      ++j;
    }
    if (j >= s.size() && firstDelimiter != std::string::npos && blocks.depth > 0) {
      end = firstDelimiter;
      next = firstDelimiter + delimiter.size();
    }
    out.add(Chunk::Kind::Statement, start, end);
    i = next;
  }
  return out.take();
}

}  // namespace barge::parser::mysql
