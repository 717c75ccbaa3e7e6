#include "parser/mysql/fast_insert.h"

#include <cctype>

#include "ir/query.h"
#include "parser/mysql/transform.h"

namespace barge::parser::mysql {

namespace {

class Scanner {
 public:
  Scanner(const Chunk& chunk, const std::shared_ptr<const std::string>& file)
      : s_(chunk.text), chunk_(chunk), file_(file), line_(chunk.line), column_(chunk.column) {}

  bool atEnd() const { return i_ >= s_.size(); }
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }

  // Whitespace only: a comment inside the statement sends it to the grammar path.
  bool skipSpace() {
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '\n') {
        ++line_;
        column_ = 1;
        ++i_;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
        ++column_;
        ++i_;
      } else if (c == '#' || c == '/' || (c == '-' && i_ + 1 < s_.size() && s_[i_ + 1] == '-')) {
        return c == '/' && !(i_ + 1 < s_.size() && s_[i_ + 1] == '*');
      } else {
        return true;
      }
    }
    return true;
  }

  ir::SourceLocation here() const {
    ir::SourceLocation loc;
    loc.file = file_;
    loc.line = line_;
    loc.column = column_;
    loc.offset = chunk_.offset + i_;
    return loc;
  }

  // Advances over [i_, to) that holds no newline, counting characters (not bytes).
  void advanceTo(size_t to) {
    for (; i_ < to; ++i_) {
      unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c == '\n') {
        ++line_;
        column_ = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++column_;
      }
    }
  }

  bool word(std::string_view w) {
    if (i_ + w.size() > s_.size()) return false;
    for (size_t k = 0; k < w.size(); ++k)
      if (std::toupper(static_cast<unsigned char>(s_[i_ + k])) != w[k]) return false;
    size_t e = i_ + w.size();
    if (e < s_.size() && isWordChar(s_[e])) return false;
    advanceTo(e);
    return true;
  }

  bool punct(char c) {
    if (peek() != c) return false;
    advanceTo(i_ + 1);
    return true;
  }

  static bool isWordChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' ||
           static_cast<unsigned char>(c) >= 0x80;
  }

  // A plain or backtick identifier; keywords are refused (the grammar decides about those).
  bool identifier(ir::Identifier& out) {
    if (peek() == '`') {
      size_t j = i_ + 1;
      std::string text;
      while (j < s_.size()) {
        if (s_[j] == '`') {
          if (j + 1 < s_.size() && s_[j + 1] == '`') {
            text += '`';
            j += 2;
            continue;
          }
          break;
        }
        text += s_[j++];
      }
      if (j >= s_.size()) return false;
      out = {text, true};
      advanceTo(j + 1);
      return true;
    }
    size_t j = i_;
    bool letter = false;
    while (j < s_.size() && isWordChar(s_[j])) {
      if (!std::isdigit(static_cast<unsigned char>(s_[j]))) letter = true;
      ++j;
    }
    if (j == i_ || !letter) return false;
    std::string text(s_.substr(i_, j - i_));
    if (isKeyword(text)) return false;
    out = {text, false};
    advanceTo(j);
    return true;
  }

  static bool isKeyword(const std::string& t) {
    std::string u;
    for (char c : t) u += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return u == "VALUES" || u == "VALUE" || u == "SET" || u == "SELECT" || u == "PARTITION" ||
           u == "INTO" || u == "ON" || u == "AS" || u == "WITH" || u == "TABLE" ||
           u == "LOW_PRIORITY" || u == "DELAYED" || u == "HIGH_PRIORITY" || u == "IGNORE";
  }

  // One literal value, possibly signed; null when the value is anything else.
  ir::ExprPtr value() {
    ir::SourceLocation start = here();
    char c = peek();
    if (c == '-' || c == '+') {
      // `--` starts a comment only when followed by a blank; `- -1` is left to the grammar
      advanceTo(i_ + 1);
      if (!skipSpace()) return nullptr;
      if (!std::isdigit(static_cast<unsigned char>(peek())) && peek() != '.') return nullptr;
      auto operand = number();
      if (!operand) return nullptr;
      auto u = std::make_unique<ir::Unary>();
      u->loc = start;
      u->op = c == '-' ? ir::UnaryOp::Neg : ir::UnaryOp::Plus;
      u->spelling = std::string(1, c);
      u->operand = std::move(operand);
      return u;
    }
    if (c == '\'' || c == '"') return string();
    if (c == '0' && i_ + 1 < s_.size() && s_[i_ + 1] == 'x') return hex();
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') return number();
    if (word("NULL")) {
      auto l = std::make_unique<ir::Literal>();
      l->loc = start;
      l->literalKind = ir::LiteralKind::Null;
      return l;
    }
    return nullptr;
  }

 private:
  ir::ExprPtr number() {
    ir::SourceLocation start = here();
    size_t j = i_;
    auto digits = [&] {
      size_t k = j;
      while (j < s_.size() && std::isdigit(static_cast<unsigned char>(s_[j]))) ++j;
      return j > k;
    };
    bool intPart = digits();
    bool dot = false;
    if (j < s_.size() && s_[j] == '.') {
      dot = true;
      ++j;
      bool frac = digits();
      if (!intPart && !frac) return nullptr;
    } else if (!intPart) {
      return nullptr;
    }
    bool exp = false;
    if (j < s_.size() && (s_[j] == 'e' || s_[j] == 'E')) {
      size_t k = j + 1;
      if (k < s_.size() && (s_[k] == '+' || s_[k] == '-')) ++k;
      if (k < s_.size() && std::isdigit(static_cast<unsigned char>(s_[k]))) {
        j = k;
        digits();
        exp = true;
      }
    }
    // 12abc would lex as an identifier: not a number
    if (j < s_.size() && isWordChar(s_[j])) return nullptr;
    auto l = std::make_unique<ir::Literal>();
    l->loc = start;
    l->value = std::string(s_.substr(i_, j - i_));
    l->literalKind = exp   ? ir::LiteralKind::Float
                     : dot ? ir::LiteralKind::Decimal
                           : ir::LiteralKind::Integer;
    advanceTo(j);
    return l;
  }

  ir::ExprPtr hex() {
    ir::SourceLocation start = here();
    size_t j = i_ + 2;
    while (j < s_.size() && std::isxdigit(static_cast<unsigned char>(s_[j]))) ++j;
    if (j == i_ + 2 || (j < s_.size() && isWordChar(s_[j]))) return nullptr;
    auto l = std::make_unique<ir::Literal>();
    l->loc = start;
    l->literalKind = ir::LiteralKind::HexString;
    l->value = std::string(s_.substr(i_ + 2, j - i_ - 2));
    advanceTo(j);
    return l;
  }

  ir::ExprPtr string() {
    ir::SourceLocation start = here();
    char q = peek();
    size_t j = i_ + 1;
    while (j < s_.size()) {
      if (s_[j] == '\\') {
        j += 2;
        continue;
      }
      if (s_[j] == q) {
        if (j + 1 < s_.size() && s_[j + 1] == q) {
          j += 2;
          continue;
        }
        break;
      }
      ++j;
    }
    if (j >= s_.size()) return nullptr;
    auto l = std::make_unique<ir::Literal>();
    l->loc = start;
    l->literalKind = ir::LiteralKind::String;
    l->value = unquoteString(std::string(s_.substr(i_, j + 1 - i_)));
    advanceTo(j + 1);
    // 'a' 'b' is one concatenated literal: left to the grammar
    if (!skipSpace() || peek() == '\'' || peek() == '"') return nullptr;
    return l;
  }

  std::string_view s_;
  const Chunk& chunk_;
  std::shared_ptr<const std::string> file_;
  size_t i_ = 0;
  uint32_t line_, column_;
};

}  // namespace

ir::StmtPtr tryFastInsert(const Chunk& chunk, const std::shared_ptr<const std::string>& file) {
  // Worth it only for data: short statements go through the grammar.
  if (chunk.text.size() < 512) return nullptr;
  Scanner sc(chunk, file);
  ir::SourceLocation start = sc.here();
  bool replace = false;
  if (sc.word("REPLACE")) {
    replace = true;
  } else if (!sc.word("INSERT")) {
    return nullptr;
  }
  auto ins = std::make_unique<ir::Insert>(replace ? ir::StmtKind::Replace : ir::StmtKind::Insert);
  ins->loc = start;
  if (!sc.skipSpace()) return nullptr;
  for (const char* m : {"LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE"}) {
    if (sc.word(m)) {
      ins->modifiers.push_back(m);
      if (!sc.skipSpace()) return nullptr;
    }
  }
  if (sc.word("INTO") && !sc.skipSpace()) return nullptr;
  ir::Identifier id;
  if (!sc.identifier(id)) return nullptr;
  ins->table.parts.push_back(id);
  while (sc.peek() == '.') {
    sc.punct('.');
    if (!sc.identifier(id)) return nullptr;
    ins->table.parts.push_back(id);
  }
  if (!sc.skipSpace()) return nullptr;
  if (sc.punct('(')) {
    if (!sc.skipSpace()) return nullptr;
    while (true) {
      if (!sc.identifier(id) || !sc.skipSpace()) return nullptr;
      ins->columns.push_back(id);
      if (sc.punct(',')) {
        if (!sc.skipSpace()) return nullptr;
        continue;
      }
      if (!sc.punct(')') || !sc.skipSpace()) return nullptr;
      break;
    }
  }
  if (!sc.word("VALUES") && !sc.word("VALUE")) return nullptr;
  if (!sc.skipSpace()) return nullptr;
  auto values = std::make_unique<ir::Values>();
  values->loc = sc.here();
  while (true) {
    if (!sc.punct('(') || !sc.skipSpace()) return nullptr;
    std::vector<ir::ExprPtr> row;
    if (!sc.punct(')')) {
      while (true) {
        auto v = sc.value();
        if (!v || !sc.skipSpace()) return nullptr;
        row.push_back(std::move(v));
        if (sc.punct(',')) {
          if (!sc.skipSpace()) return nullptr;
          continue;
        }
        if (!sc.punct(')')) return nullptr;
        break;
      }
    }
    values->rows.push_back(std::move(row));
    if (!sc.skipSpace()) return nullptr;
    if (sc.punct(',')) {
      if (!sc.skipSpace()) return nullptr;
      continue;
    }
    break;
  }
  if (sc.punct(';') && !sc.skipSpace()) return nullptr;
  if (!sc.atEnd()) return nullptr;  // ON DUPLICATE KEY UPDATE, AS alias, ...: the grammar
  ins->source = std::move(values);
  return ins;
}

}  // namespace barge::parser::mysql
