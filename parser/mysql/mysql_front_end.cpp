#include "parser/mysql/mysql_front_end.h"

#include <cctype>
#include <chrono>
#include <optional>

#include "MySqlLexer.h"

#include "parser/common/front_end_util.h"
#include "parser/common/statement_driver.h"
#include "parser/mysql/fast_insert.h"
#include "parser/mysql/mysql_splitter.h"
#include "parser/mysql/transform.h"

namespace barge::parser::mysql {

namespace {
const KeywordTable& keywords() {
  static const KeywordTable table(barge_mysql::MySqlLexer(nullptr).getVocabulary(),
                                  barge_mysql::MySqlLexer::ID);
  return table;
}
// The parser and the transforms recurse once per nesting level and once per operator of a
// chain (a + b + c ...), so absurd inputs would exhaust the stack. Measured on the default
// 8 MB stack: 3,000 nested parentheses and 20,000-operator chains are fine. Statements beyond
// the limits below are refused with an error at the position, never a crash.
constexpr size_t kMaxDepth = 2000;
constexpr size_t kMaxChain = 10000;

struct Refusal {
  size_t offset = 0;
  std::string message;
};

std::optional<Refusal> tooDeep(std::string_view s) {
  size_t depth = 0, chain = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\'' || c == '"' || c == '`') {
      size_t j = i + 1;
      while (j < s.size() && s[j] != c) j += (s[j] == '\\' && c != '`') ? 2 : 1;
      i = j;
      continue;
    }
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
      size_t e = s.find("*/", i + 2);
      i = e == std::string_view::npos ? s.size() : e + 1;
      continue;
    }
    if (c == '#' || (c == '-' && i + 2 < s.size() && s[i + 1] == '-' &&
                     (s[i + 2] == ' ' || s[i + 2] == '\t'))) {
      size_t e = s.find('\n', i);
      i = e == std::string_view::npos ? s.size() : e;
      continue;
    }
    switch (c) {
      case '(':
        chain = 0;
        if (++depth > kMaxDepth)
          return Refusal{i, "statement nests deeper than " + std::to_string(kMaxDepth) +
                                " parentheses: not parsed"};
        break;
      case ')':
        chain = 0;
        if (depth) --depth;
        break;
      case ',':
      case ';':
        chain = 0;
        break;
      case '+':
      case '-':
      case '*':
      case '/':
      case '%':
      case '^':
      case '&':
      case '|':
      case '<':
      case '>':
      case '=':
      case '!':
      case '~':
        if (++chain > kMaxChain)
          return Refusal{i, "expression chains more than " + std::to_string(kMaxChain) +
                                " operators: not parsed"};
        break;
      default:
        if ((c == 'A' || c == 'a' || c == 'O' || c == 'o' || c == 'X' || c == 'x') &&
            (i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1])))) {
          size_t e = i;
          while (e < s.size() && std::isalpha(static_cast<unsigned char>(s[e]))) ++e;
          std::string w(s.substr(i, e - i));
          for (auto& ch : w) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
          if ((w == "AND" || w == "OR" || w == "XOR") && ++chain > kMaxChain)
            return Refusal{i, "expression chains more than " + std::to_string(kMaxChain) +
                                  " operators: not parsed"};
          i = e - 1;
        }
    }
  }
  return std::nullopt;
}

void refuse(const Refusal& r, const Chunk& chunk, const std::shared_ptr<const std::string>& file,
            ParseResult& out) {
  size_t line = 1, column = 0;
  for (size_t i = 0; i < r.offset && i < chunk.text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(chunk.text[i]);
    if (c == '\n') {
      ++line;
      column = 0;
    } else if ((c & 0xC0) != 0x80) {
      ++column;
    }
  }
  recordFailure(out, chunk, file, line, column, r.offset, r.message);
}

}  // namespace

ParseResult parseScript(std::string_view bytes, const std::string& sourceName,
                        const ParseOptions& options) {
  ParseResult result;
  auto file = std::make_shared<const std::string>(sourceName);
  NormalizedText text = normalizeText(bytes, options.encoding);
  addEncodingDiagnostics(result, text, file);
  applyVersionedComments(text.utf8, options.mysqlVersion);
  StatementDriver<barge_mysql::MySqlLexer, P, P::SqlStatementContext> driver(
      keywords(), &P::sqlStatement, transformStatement);
  for (const Chunk& chunk : splitScript(text.utf8)) {
    if (chunk.kind == Chunk::Kind::ScriptCommand) {
      recordScriptCommand(result, chunk, file, "client command");
      continue;
    }
    auto t0 = std::chrono::steady_clock::now();
    if (auto fast = tryFastInsert(chunk, file)) {
      recordStatement(result, std::move(fast), chunk);
      std::chrono::duration<double> d = std::chrono::steady_clock::now() - t0;
      recordTiming(result, chunk, file, d.count());
      continue;
    }
    if (auto r = tooDeep(chunk.text)) {
      refuse(*r, chunk, file, result);
      continue;
    }
    driver.parse(chunk, file, options, result);
  }
  return result;
}

}  // namespace barge::parser::mysql
