#include "parser/oracle/oracle_conditional_compilation.h"

#include <CommonToken.h>

#include <algorithm>
#include <cctype>
#include <charconv>

#include "OracleLexer.h"
#include "parser/common/parse_context.h"

namespace barge::parser::oracle {

namespace {

using L = barge_oracle::OracleLexer;
using V = CcValue;
constexpr size_t kHidden = antlr4::Token::HIDDEN_CHANNEL;

std::string upper(std::string_view s) {
  std::string u(s);
  std::transform(u.begin(), u.end(), u.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return u;
}

std::string trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n\f\v");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\n\f\v");
  return std::string(s.substr(b, e - b + 1));
}

bool parseInteger(std::string_view s, long long& v) {
  if (s.empty()) return false;
  size_t i = s[0] == '-' || s[0] == '+' ? 1 : 0;
  if (i == s.size()) return false;
  auto [p, ec] = std::from_chars(s.data() + i, s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return false;
  if (s[0] == '-') v = -v;
  return true;
}

V nullValue() {
  return {};
}
V boolValue(bool b) {
  V v;
  v.kind = V::Kind::Boolean;
  v.boolean = b;
  return v;
}
V intValue(long long i) {
  V v;
  v.kind = V::Kind::Integer;
  v.integer = i;
  return v;
}
V textValue(std::string s) {
  V v;
  v.kind = V::Kind::Text;
  v.text = std::move(s);
  return v;
}

std::string show(const V& v) {
  switch (v.kind) {
    case V::Kind::Null:
      return "NULL";
    case V::Kind::Boolean:
      return v.boolean ? "TRUE" : "FALSE";
    case V::Kind::Integer:
      return std::to_string(v.integer);
    case V::Kind::Text:
      return "'" + v.text + "'";
  }
  return "NULL";
}

// What the inquiry directives about the unit itself answer ($$PLSQL_UNIT, ...).
struct UnitInfo {
  V name, owner, type;
  bool ownerKnown = true;  // an unqualified stored unit belongs to whoever compiles it
  size_t firstLine = 1;    // $$PLSQL_LINE counts from the line of the unit's kind keyword
};

class Preprocessor {
 public:
  Preprocessor(StatementTokenStream& tokens, CodePointStream& chars, const Chunk& chunk,
               const std::shared_ptr<const std::string>& file, const CcSettings& settings,
               ParseResult& out)
      : buffer_(tokens.buffer()),
        chars_(chars),
        pc_(chunk, chars, file),
        settings_(settings),
        out_(out) {
    for (auto& t : buffer_)
      if (t->getChannel() == antlr4::Token::DEFAULT_CHANNEL && t->getType() != antlr4::Token::EOF)
        on_.push_back(static_cast<antlr4::CommonToken*>(t.get()));
  }

  bool hasDirectives() const {
    return std::any_of(on_.begin(), on_.end(), [](antlr4::Token* t) { return isDirective(t); });
  }

  std::vector<ir::Ptr<ir::ConditionalCompilation>> run() {
    unit_ = unitInfo();
    size_t i = 0;
    while (i < on_.size()) {
      i = text(i, true);
      if (i < on_.size()) {  // $ELSIF / $ELSE / $END with no $IF open
        warn(on_[i], on_[i]->getText() + " without a matching $IF is ignored");
        hide(on_[i]);
        ++i;
      }
    }
    return std::move(records_);
  }

 private:
  static bool isDirective(const antlr4::Token* t) {
    switch (t->getType()) {
      case L::CC_IF:
      case L::CC_THEN:
      case L::CC_ELSIF:
      case L::CC_ELSE:
      case L::CC_END:
      case L::CC_ERROR:
      case L::CC_FLAG:
        return true;
      default:
        return false;
    }
  }

  size_t type(size_t i) const { return i < on_.size() ? on_[i]->getType() : antlr4::Token::EOF; }
  void hide(antlr4::CommonToken* t) { t->setChannel(kHidden); }

  void diag(Severity s, const antlr4::Token* t, const std::string& msg) {
    out_.diagnostics.push_back({s, pc_.locate(t), msg});
  }
  void warn(const antlr4::Token* t, const std::string& msg) { diag(Severity::Warning, t, msg); }

  // Source text from the start of token `from` up to (not including) the start of `to`.
  std::string between(size_t fromChar, size_t toChar) const {
    std::string_view u = chars_.utf8();
    size_t a = chars_.byteOffset(fromChar), b = chars_.byteOffset(toChar);
    return b > a ? trim(u.substr(a, b - a)) : std::string();
  }
  size_t startOf(size_t i) const {
    return i < on_.size() ? on_[i]->getStartIndex() : chars_.codePoints().size();
  }

  UnitInfo unitInfo() const {
    UnitInfo u;
    u.type = textValue("ANONYMOUS BLOCK");
    if (on_.empty()) return u;
    u.firstLine = on_[0]->getLine();
    if (on_[0]->getType() != L::K_CREATE) return u;
    size_t i = 1;
    while (i < on_.size() &&
           (on_[i]->getType() == L::K_OR || on_[i]->getType() == L::K_REPLACE ||
            on_[i]->getType() == L::K_EDITIONABLE || on_[i]->getType() == L::K_NONEDITIONABLE ||
            on_[i]->getType() == L::K_EDITIONING))
      ++i;
    if (i >= on_.size()) return u;
    std::string kind = upper(on_[i]->getText());
    if (kind != "PACKAGE" && kind != "PROCEDURE" && kind != "FUNCTION" && kind != "TRIGGER" &&
        kind != "TYPE" && kind != "LIBRARY")
      return u;
    u.firstLine = on_[i]->getLine();
    ++i;
    if ((kind == "PACKAGE" || kind == "TYPE") && type(i) == L::K_BODY) {
      kind += " BODY";
      ++i;
    }
    u.type = textValue(kind);
    std::vector<std::string> parts;
    while (i < on_.size()) {
      std::string t = on_[i]->getText();
      parts.push_back(on_[i]->getType() == L::QUOTED_ID ? t.substr(1, t.size() - 2) : upper(t));
      if (type(i + 1) != L::DOT) break;
      i += 2;
    }
    if (!parts.empty()) u.name = textValue(parts.back());
    if (parts.size() > 1)
      u.owner = textValue(parts[parts.size() - 2]);
    else
      u.ownerKnown = false;
    return u;
  }

  // The value of $$name; `known` is false for an unknown name (Oracle: NULL, warning PLW-6003).
  V inquiry(const antlr4::Token* t, bool& known) {
    known = true;
    std::string name = upper(t->getText().substr(2));
    if (name == "PLSQL_LINE")
      return intValue(static_cast<long long>(t->getLine() - unit_.firstLine + 1));
    if (name == "PLSQL_UNIT") return unit_.name;
    if (name == "PLSQL_UNIT_TYPE") return unit_.type;
    if (name == "PLSQL_UNIT_OWNER") {
      known = unit_.ownerKnown;
      return unit_.owner;
    }
    if (auto it = settings_.flags.find(name); it != settings_.flags.end()) return it->second;
    // Compilation parameters at their documented defaults.
    if (name == "PLSQL_CCFLAGS") return textValue(settings_.ccflags);
    if (name == "PLSQL_OPTIMIZE_LEVEL") return intValue(2);
    if (name == "PLSQL_CODE_TYPE") return textValue("INTERPRETED");
    if (name == "PLSQL_DEBUG") return boolValue(false);
    if (name == "PLSQL_WARNINGS") return textValue("DISABLE:ALL");
    if (name == "NLS_LENGTH_SEMANTICS") return textValue("BYTE");
    if (name == "PERMIT_92_WRAP_FORMAT") return boolValue(true);
    if (name == "PLSCOPE_SETTINGS") return textValue("IDENTIFIERS:NONE");
    known = false;
    return nullValue();
  }

  V inquiryReported(const antlr4::Token* t) {
    bool known = true;
    V v = inquiry(t, known);
    if (!known) {
      std::string name = upper(t->getText().substr(2));
      warn(t, name == "PLSQL_UNIT_OWNER"
                  ? "$$PLSQL_UNIT_OWNER of an unqualified unit is the compiling user, unknown "
                    "here: taken as NULL"
                  : "inquiry directive " + t->getText() +
                        " is not set (--plsql-ccflags): NULL, as Oracle takes it (PLW-06003)");
    }
    return v;
  }

  // A static constant named in a condition: DBMS_DB_VERSION's, or unknown (NULL, warned).
  V constant(const std::string& name, const antlr4::Token* at) {
    const int ver = settings_.version, rel = settings_.release;
    if (name == "DBMS_DB_VERSION.VERSION") return intValue(ver);
    if (name == "DBMS_DB_VERSION.RELEASE") return intValue(rel);
    const std::string pre = "DBMS_DB_VERSION.VER_LE_";
    if (name.compare(0, pre.size(), pre) == 0) {
      // VER_LE_v: VERSION <= v; VER_LE_v_r: VERSION < v, or VERSION = v and RELEASE <= r.
      std::string rest = name.substr(pre.size());
      size_t us = rest.find('_');
      long long v = 0, r = 0;
      if (parseInteger(rest.substr(0, us), v) &&
          (us == std::string::npos || parseInteger(rest.substr(us + 1), r)))
        return boolValue(us == std::string::npos ? ver <= v : (ver < v || (ver == v && rel <= r)));
    }
    warn(at, "static constant " + name + " is not known here: taken as NULL");
    return nullValue();
  }

  // ---- static expression evaluation over on_[pos_, end_) ----
  V orExpr() {
    V l = andExpr();
    while (type(pos_) == L::K_OR && pos_ < end_) {
      ++pos_;
      V r = andExpr();
      l = logic(l, r, true);
    }
    return l;
  }
  V andExpr() {
    V l = notExpr();
    while (type(pos_) == L::K_AND && pos_ < end_) {
      ++pos_;
      V r = notExpr();
      l = logic(l, r, false);
    }
    return l;
  }
  static V logic(const V& l, const V& r, bool isOr) {
    auto val = [](const V& v) { return v.kind == V::Kind::Boolean ? v.boolean : false; };
    bool ln = l.kind != V::Kind::Boolean, rn = r.kind != V::Kind::Boolean;
    if (isOr) {
      if ((!ln && val(l)) || (!rn && val(r))) return boolValue(true);
      return ln || rn ? nullValue() : boolValue(false);
    }
    if ((!ln && !val(l)) || (!rn && !val(r))) return boolValue(false);
    return ln || rn ? nullValue() : boolValue(true);
  }
  V notExpr() {
    if (type(pos_) == L::K_NOT && pos_ < end_) {
      ++pos_;
      V v = notExpr();
      return v.kind == V::Kind::Boolean ? boolValue(!v.boolean) : nullValue();
    }
    return comparison();
  }
  V comparison() {
    V l = additive();
    if (pos_ >= end_) return l;
    size_t op = type(pos_);
    if (op == L::K_IS) {
      ++pos_;
      bool neg = type(pos_) == L::K_NOT;
      if (neg) ++pos_;
      if (type(pos_) == L::K_NULL) ++pos_;
      bool isNull = l.kind == V::Kind::Null;
      return boolValue(neg ? !isNull : isNull);
    }
    if (op != L::EQ && op != L::NE && op != L::LT && op != L::GT && op != L::LE && op != L::GE)
      return l;
    ++pos_;
    V r = additive();
    if (l.kind == V::Kind::Null || r.kind == V::Kind::Null) return nullValue();
    int c = 0;
    if (l.kind != r.kind) {
      failed_ = true;
      return nullValue();
    }
    if (l.kind == V::Kind::Integer)
      c = l.integer < r.integer ? -1 : l.integer > r.integer ? 1 : 0;
    else if (l.kind == V::Kind::Text)
      c = l.text.compare(r.text) < 0 ? -1 : l.text == r.text ? 0 : 1;
    else
      c = l.boolean == r.boolean ? 0 : (l.boolean ? 1 : -1);
    switch (op) {
      case L::EQ:
        return boolValue(c == 0);
      case L::NE:
        return boolValue(c != 0);
      case L::LT:
        return boolValue(c < 0);
      case L::GT:
        return boolValue(c > 0);
      case L::LE:
        return boolValue(c <= 0);
      default:
        return boolValue(c >= 0);
    }
  }
  V additive() {
    V l = multiplicative();
    while (pos_ < end_ &&
           (type(pos_) == L::PLUS || type(pos_) == L::MINUS || type(pos_) == L::CONCAT)) {
      size_t op = type(pos_++);
      V r = multiplicative();
      if (op == L::CONCAT) {  // NULL concatenates as the empty string, as in Oracle
        auto str = [](const V& v) {
          return v.kind == V::Kind::Null   ? std::string()
                 : v.kind == V::Kind::Text ? v.text
                                           : show(v);
        };
        l = textValue(str(l) + str(r));
      } else if (l.kind == V::Kind::Integer && r.kind == V::Kind::Integer) {
        l = intValue(op == L::PLUS ? l.integer + r.integer : l.integer - r.integer);
      } else {
        if (l.kind != V::Kind::Null && r.kind != V::Kind::Null) failed_ = true;
        l = nullValue();
      }
    }
    return l;
  }
  V multiplicative() {
    V l = unary();
    while (pos_ < end_ && (type(pos_) == L::STAR || type(pos_) == L::SLASH ||
                           (type(pos_) == L::ID && upper(on_[pos_]->getText()) == "MOD"))) {
      size_t op = type(pos_++);
      V r = unary();
      if (l.kind == V::Kind::Integer && r.kind == V::Kind::Integer &&
          (op == L::STAR || r.integer != 0)) {
        l = intValue(op == L::STAR    ? l.integer * r.integer
                     : op == L::SLASH ? l.integer / r.integer
                                      : l.integer % r.integer);
      } else {
        if (l.kind != V::Kind::Null && r.kind != V::Kind::Null) failed_ = true;
        l = nullValue();
      }
    }
    return l;
  }
  V unary() {
    if (pos_ < end_ && (type(pos_) == L::MINUS || type(pos_) == L::PLUS)) {
      bool neg = type(pos_++) == L::MINUS;
      V v = unary();
      if (v.kind == V::Kind::Integer) return intValue(neg ? -v.integer : v.integer);
      if (v.kind != V::Kind::Null) failed_ = true;
      return nullValue();
    }
    return primary();
  }
  V primary() {
    if (pos_ >= end_) {
      failed_ = true;
      return nullValue();
    }
    antlr4::Token* t = on_[pos_];
    switch (t->getType()) {
      case L::LPAREN: {
        ++pos_;
        V v = orExpr();
        if (type(pos_) == L::RPAREN && pos_ < end_)
          ++pos_;
        else
          failed_ = true;
        return v;
      }
      case L::K_TRUE:
        ++pos_;
        return boolValue(true);
      case L::K_FALSE:
        ++pos_;
        return boolValue(false);
      case L::K_NULL:
        ++pos_;
        return nullValue();
      case L::NUMBER: {
        ++pos_;
        long long v = 0;
        if (!parseInteger(t->getText(), v)) failed_ = true;
        return intValue(v);
      }
      case L::STRING: {
        ++pos_;
        std::string s = t->getText();
        if (s.size() >= 2 && s[0] == '\'') {
          std::string v;
          for (size_t i = 1; i + 1 < s.size(); ++i) {
            v += s[i];
            if (s[i] == '\'' && s[i + 1] == '\'') ++i;
          }
          return textValue(v);
        }
        failed_ = true;  // q'...' and N'...' literals: not expected in a condition
        return nullValue();
      }
      case L::CC_FLAG:
        ++pos_;
        return inquiryReported(t);
      default:
        break;
    }
    if (isDirective(t) || t->getType() == L::RPAREN || t->getType() == L::COMMA) {
      failed_ = true;
      return nullValue();
    }
    // A (package.)constant name.
    std::string name = upper(t->getText());
    ++pos_;
    while (pos_ + 1 < end_ && type(pos_) == L::DOT) {
      name += "." + upper(on_[pos_ + 1]->getText());
      pos_ += 2;
    }
    return constant(name, t);
  }

  V evaluate(size_t from, size_t to) {
    pos_ = from;
    end_ = to;
    failed_ = false;
    V v = orExpr();
    if (pos_ < end_) failed_ = true;
    return v;
  }

  // Replaces an inquiry directive in selected text by the literal of its value.
  void substitute(antlr4::CommonToken* t) {
    bool known = true;
    V v = inquiry(t, known);
    if (!known && upper(t->getText().substr(2)) == "PLSQL_UNIT_OWNER") return;  // kept as is
    if (!known)
      warn(t, "inquiry directive " + t->getText() +
                  " is not set (--plsql-ccflags): NULL, as Oracle takes it (PLW-06003)");
    switch (v.kind) {
      case V::Kind::Null:
        t->setType(L::K_NULL);
        t->setText("NULL");
        break;
      case V::Kind::Boolean:
        t->setType(v.boolean ? L::K_TRUE : L::K_FALSE);
        t->setText(v.boolean ? "TRUE" : "FALSE");
        break;
      case V::Kind::Integer:
        t->setType(L::NUMBER);
        t->setText(std::to_string(v.integer));
        break;
      case V::Kind::Text: {
        std::string q = "'";
        for (char c : v.text) {
          q += c;
          if (c == '\'') q += '\'';
        }
        t->setType(L::STRING);
        t->setText(q + "'");
        break;
      }
    }
  }

  // Plain text from on_[i] up to a $ELSIF / $ELSE / $END at this level (returned) or the end.
  size_t text(size_t i, bool active) {
    while (i < on_.size()) {
      switch (on_[i]->getType()) {
        case L::CC_ELSIF:
        case L::CC_ELSE:
        case L::CC_END:
        case L::CC_THEN:
          if (on_[i]->getType() != L::CC_THEN) return i;
          if (active) warn(on_[i], "$THEN without $IF is ignored");
          hide(on_[i++]);
          break;
        case L::CC_IF:
          i = selection(i, active);
          break;
        case L::CC_ERROR:
          i = errorDirective(i, active);
          break;
        case L::CC_FLAG:
          if (active)
            substitute(on_[i]);
          else
            hide(on_[i]);
          ++i;
          break;
        default:
          if (!active) hide(on_[i]);
          ++i;
      }
    }
    return i;
  }

  size_t findType(size_t from, size_t t) const {
    while (from < on_.size() && on_[from]->getType() != t) ++from;
    return from;
  }

  size_t errorDirective(size_t i, bool active) {
    size_t end = findType(i + 1, L::CC_END);
    for (size_t k = i; k < end && k < on_.size(); ++k) hide(on_[k]);
    if (end < on_.size()) hide(on_[end]);
    if (!active) return end < on_.size() ? end + 1 : end;
    auto rec = std::make_unique<ir::ConditionalCompilation>();
    rec->loc = pc_.locate(on_[i]);
    rec->error = true;
    V msg = evaluate(i + 1, end);
    rec->message = failed_                     ? between(startOf(i + 1), startOf(end))
                   : msg.kind == V::Kind::Text ? msg.text
                                               : show(msg);
    diag(Severity::Warning, on_[i],
         "$ERROR directive selected: " + rec->message +
             " (Oracle does not compile this unit with these flags)");
    if (end >= on_.size()) warn(on_[i], "$ERROR has no $END");
    records_.push_back(std::move(rec));
    return end < on_.size() ? end + 1 : end;
  }

  size_t selection(size_t i, bool active) {
    ir::ConditionalCompilation* rec = nullptr;
    if (active) {
      records_.push_back(std::make_unique<ir::ConditionalCompilation>());
      rec = records_.back().get();
      rec->loc = pc_.locate(on_[i]);
    }
    bool chosen = false, sawElse = false;
    size_t cur = i;
    while (true) {
      antlr4::CommonToken* kw = on_[cur];
      hide(kw);
      ir::ConditionalBranch b;
      b.loc = pc_.locate(kw);
      size_t body = cur + 1;
      bool take = false;
      if (kw->getType() == L::CC_ELSE) {
        sawElse = true;
        take = active && !chosen;
        if (take) b.value = "TRUE";
      } else {
        size_t then = findType(cur + 1, L::CC_THEN);
        // A condition holds no directive but inquiry directives: stop at a stray one.
        for (size_t k = cur + 1; k < then; ++k)
          if (isDirective(on_[k]) && on_[k]->getType() != L::CC_FLAG) then = k;
        b.condition = between(startOf(cur + 1), startOf(then));
        if (active && !chosen) {
          V v = evaluate(cur + 1, then);
          if (failed_) {
            warn(kw, "condition of " + kw->getText() +
                         " is not a static expression barge can "
                         "evaluate: taken as not TRUE");
            v = nullValue();
          } else if (v.kind != V::Kind::Boolean && v.kind != V::Kind::Null) {
            warn(kw, "condition of " + kw->getText() + " is not BOOLEAN: taken as not TRUE");
            v = nullValue();
          }
          b.value = show(v);
          take = v.kind == V::Kind::Boolean && v.boolean;
        }
        for (size_t k = cur + 1; k < then; ++k) hide(on_[k]);
        if (then >= on_.size() || on_[then]->getType() != L::CC_THEN) {
          if (active) warn(kw, kw->getText() + " has no $THEN");
          body = then;
        } else {
          hide(on_[then]);
          body = then + 1;
        }
      }
      size_t stop = text(body, take);
      b.selected = take;
      chosen = chosen || take;
      b.text = between(body < on_.size() ? on_[body - 1]->getStopIndex() + 1 : startOf(body),
                       startOf(stop));
      if (rec) rec->branches.push_back(std::move(b));
      if (stop >= on_.size()) {
        if (active) warn(on_[i], "$IF has no $END: the rest of the statement is its text");
        return stop;
      }
      size_t st = on_[stop]->getType();
      if (st == L::CC_END) {
        hide(on_[stop]);
        return stop + 1;
      }
      if (sawElse) {  // $ELSIF / $ELSE after $ELSE: Oracle rejects it; skip it
        if (active) warn(on_[stop], on_[stop]->getText() + " after $ELSE is ignored");
        hide(on_[stop]);
        size_t more = text(stop + 1, false);
        if (more >= on_.size()) return more;
        hide(on_[more]);
        if (on_[more]->getType() == L::CC_END) return more + 1;
        cur = more;
        continue;
      }
      cur = stop;
    }
  }

  std::vector<std::unique_ptr<antlr4::Token>>& buffer_;
  CodePointStream& chars_;
  ParseContext pc_;
  const CcSettings& settings_;
  ParseResult& out_;
  std::vector<antlr4::CommonToken*> on_;
  UnitInfo unit_;
  std::vector<ir::Ptr<ir::ConditionalCompilation>> records_;
  size_t pos_ = 0, end_ = 0;
  bool failed_ = false;
};

bool parseFlagValue(std::string_view s, CcValue& v) {
  std::string u = upper(trim(s));
  if (u == "TRUE" || u == "FALSE") {
    v = boolValue(u == "TRUE");
    return true;
  }
  if (u == "NULL") {
    v = nullValue();
    return true;
  }
  long long i = 0;
  if (!parseInteger(u, i) || i < -2147483648LL || i > 2147483647LL) return false;
  v = intValue(i);
  return true;
}

}  // namespace

bool parseCcSettings(const ParseOptions& o, CcSettings& out, std::string& error) {
  out = CcSettings{};
  out.ccflags = o.plsqlCcflags;
  std::string_view s = o.plsqlCcflags;
  while (!trim(s).empty()) {
    size_t comma = s.find(',');
    std::string_view item = s.substr(0, comma);
    size_t colon = item.find(':');
    std::string name = colon == std::string_view::npos ? "" : upper(trim(item.substr(0, colon)));
    CcValue v;
    bool nameOk = !name.empty() && std::isalpha(static_cast<unsigned char>(name[0])) &&
                  std::all_of(name.begin(), name.end(), [](unsigned char c) {
                    return std::isalnum(c) || c == '_' || c == '$' || c == '#';
                  });
    if (!nameOk || !parseFlagValue(item.substr(colon + 1), v)) {
      error = "--plsql-ccflags: '" + trim(item) +
              "' is not name:value (value TRUE, FALSE, NULL or a PLS_INTEGER)";
      return false;
    }
    out.flags[name] = v;  // a name given twice: the last value counts, as in Oracle
    if (comma == std::string_view::npos) break;
    s = s.substr(comma + 1);
  }
  std::string_view ver = o.oracleVersion;
  size_t dot = ver.find('.');
  long long major = 0, minor = 0;
  std::string_view rest = dot == std::string_view::npos ? std::string_view() : ver.substr(dot + 1);
  size_t dot2 = rest.find('.');  // "19.3.0": the release is the second number
  if (!parseInteger(ver.substr(0, dot), major) || major < 7 || major > 99 ||
      (dot != std::string_view::npos && !parseInteger(rest.substr(0, dot2), minor))) {
    error = "--oracle-version: '" + std::string(ver) + "' is not a version such as 19 or 12.2";
    return false;
  }
  out.version = static_cast<int>(major);
  out.release = static_cast<int>(minor);
  return true;
}

std::vector<ir::Ptr<ir::ConditionalCompilation>> applyConditionalCompilation(
    StatementTokenStream& tokens, CodePointStream& chars, const Chunk& chunk,
    const std::shared_ptr<const std::string>& file, const CcSettings& settings, ParseResult& out) {
  Preprocessor p(tokens, chars, chunk, file, settings, out);
  if (!p.hasDirectives()) return {};
  auto records = p.run();
  tokens.reindex();
  return records;
}

}  // namespace barge::parser::oracle
