#include "converter/emit_expr.h"

#include <cctype>

#include "converter/function_rules.h"
#include "converter/identifiers.h"
#include "converter/type_rules.h"
#include "ir/query.h"

namespace barge::converter {

namespace {
std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// Source operator spelling -> PostgreSQL spelling; empty: not expressible directly.
std::string binaryOp(const std::string& op) {
  static const std::pair<const char*, const char*> kOps[] = {
      {"+", "+"},   {"-", "-"},     {"*", "*"},   {"/", "/"},    {"%", "%"},
      {"MOD", "%"}, {"||", "||"},   {"=", "="},   {"!=", "<>"},  {"<>", "<>"},
      {"^=", "<>"}, {"~=", "<>"},   {"<", "<"},   {"<=", "<="},  {">", ">"},
      {">=", ">="}, {"AND", "AND"}, {"OR", "OR"}, {"&&", "AND"}, {"<=>", "IS NOT DISTINCT FROM"},
      {"&", "&"},   {"|", "|"},     {"<<", "<<"}, {">>", ">>"},  {"^", "#"}};
  for (const auto& [from, to] : kOps)
    if (op == from) return to;
  return {};
}
}  // namespace

std::optional<std::string> ExprEmitter::emit(const ir::Expr& e) {
  bool ok = true;
  std::string s = expr(e, ok);
  if (!ok) return std::nullopt;
  // Drop one pair of parentheses that encloses the whole expression: callers add their own.
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
    int depth = 0;
    bool enclosing = true;
    for (size_t i = 0; i + 1 < s.size(); ++i) {
      if (s[i] == '(') ++depth;
      if (s[i] == ')') --depth;
      if (depth == 0) {
        enclosing = false;
        break;
      }
    }
    if (enclosing) s = s.substr(1, s.size() - 2);
  }
  return s;
}

void ExprEmitter::unsupported(const ir::Expr& e, const std::string& what, bool& ok) {
  ok = false;
  ActionItem a;
  a.code = "BRG-2002";
  a.loc = e.loc;
  a.objectKind = objectKind_;
  a.objectName = objectName_;
  a.message = what + " is not converted";
  actions_.push_back(std::move(a));
}

std::string ExprEmitter::expr(const ir::Expr& e, bool& ok) {
  switch (e.kind) {
    case ir::ExprKind::Literal: {
      const auto& l = e.as<ir::Literal>();
      switch (l.literalKind) {
        case ir::LiteralKind::Null:
          return "NULL";
        case ir::LiteralKind::Integer:
        case ir::LiteralKind::Decimal:
          return l.value;
        case ir::LiteralKind::Float: {
          std::string v = l.value;
          if (!v.empty() && std::strchr("fFdD", v.back())) v.pop_back();  // Oracle 1.5f / 2d
          return v;
        }
        case ir::LiteralKind::Boolean:
          return upper(l.value) == "TRUE" ? "true" : "false";
        case ir::LiteralKind::String:
        case ir::LiteralKind::NationalString:
          return quoteLiteral(l.value);
        case ir::LiteralKind::HexString:
          return "'\\x" + l.value + "'::bytea";
        case ir::LiteralKind::BitString:
          return "B'" + l.value + "'";
        case ir::LiteralKind::Date:
          return "DATE " + quoteLiteral(l.value);
        case ir::LiteralKind::Time:
          return "TIME " + quoteLiteral(l.value);
        case ir::LiteralKind::Timestamp:
          return "TIMESTAMP " + quoteLiteral(l.value);
        case ir::LiteralKind::Default:
          return "DEFAULT";
      }
      return l.value;
    }
    case ir::ExprKind::Name: {
      const auto& n = e.as<ir::NameRef>();
      if (n.outerJoinMark) {
        unsupported(e, "Oracle outer-join marker (+)", ok);
        return {};
      }
      if (n.name.parts.size() == 1 && !n.name.parts[0].quoted) {
        // Pseudo-columns such as SYSDATE / USER are names without parentheses.
        if (auto* r = findFunctionRule(from_, upper(n.name.parts[0].text)); r && r->replaceCall)
          return std::string(r->pg);
      }
      std::string out;
      for (size_t i = 0; i < n.name.parts.size(); ++i) {
        if (i) out += '.';
        out += quoteIdent(pgName(from_, n.name.parts[i]));
      }
      return out;
    }
    case ir::ExprKind::Unary: {
      const auto& u = e.as<ir::Unary>();
      std::string op = u.op == "!" ? "NOT" : u.op;
      if (op != "-" && op != "+" && op != "NOT" && op != "~") {
        unsupported(e, "operator " + u.op, ok);
        return {};
      }
      std::string inner = expr(*u.operand, ok);
      return op == "NOT" ? "NOT (" + inner + ")" : op + "(" + inner + ")";
    }
    case ir::ExprKind::Binary: {
      const auto& b = e.as<ir::Binary>();
      std::string op = binaryOp(b.op);
      if (op.empty()) {
        unsupported(e, "operator " + b.op, ok);
        return {};
      }
      return "(" + expr(*b.left, ok) + " " + op + " " + expr(*b.right, ok) + ")";
    }
    case ir::ExprKind::IsNull: {
      const auto& n = e.as<ir::IsNull>();
      std::string what = upper(n.what);
      if (what == "NULL" || what == "TRUE" || what == "FALSE" || what == "UNKNOWN")
        return "(" + expr(*n.operand, ok) + (n.negated ? " IS NOT " : " IS ") + what + ")";
      if (what.rfind("JSON", 0) == 0 && !n.negated && what == "JSON") {
        // PostgreSQL 15 has no IS JSON: the cast raises an error for invalid JSON, and NULL
        // stays NULL, which a CHECK constraint accepts as Oracle's IS JSON does.
        std::string x = expr(*n.operand, ok);
        std::string asText = x;
        if (columnType_ && n.operand->kind == ir::ExprKind::Name &&
            columnType_(pgName(from_, n.operand->as<ir::NameRef>().name.last())) == "bytea")
          asText = "convert_from(" + x + ", 'UTF8')";  // JSON kept in a BLOB
        return "CASE WHEN " + x + " IS NULL THEN NULL ELSE (" + asText + ")::jsonb IS NOT NULL END";
      }
      unsupported(e, "IS " + std::string(n.negated ? "NOT " : "") + n.what, ok);
      return {};
    }
    case ir::ExprKind::InList: {
      const auto& in = e.as<ir::InList>();
      std::string s = "(" + expr(*in.operand, ok) + (in.negated ? " NOT IN (" : " IN (");
      for (size_t i = 0; i < in.items.size(); ++i) s += (i ? ", " : "") + expr(*in.items[i], ok);
      return s + "))";
    }
    case ir::ExprKind::Between: {
      const auto& b = e.as<ir::Between>();
      return "(" + expr(*b.operand, ok) + (b.negated ? " NOT BETWEEN " : " BETWEEN ") +
             expr(*b.low, ok) + " AND " + expr(*b.high, ok) + ")";
    }
    case ir::ExprKind::Like: {
      const auto& l = e.as<ir::Like>();
      if (l.op != "LIKE") {
        unsupported(e, l.op, ok);
        return {};
      }
      std::string s =
          "(" + expr(*l.operand, ok) + (l.negated ? " NOT LIKE " : " LIKE ") + expr(*l.pattern, ok);
      if (l.escape) s += " ESCAPE " + expr(*l.escape, ok);
      return s + ")";
    }
    case ir::ExprKind::Case: {
      const auto& c = e.as<ir::CaseExpr>();
      std::string s = "CASE";
      if (c.operand) s += " " + expr(*c.operand, ok);
      for (const auto& w : c.whens)
        s += " WHEN " + expr(*w.condition, ok) + " THEN " + expr(*w.result, ok);
      if (c.elseResult) s += " ELSE " + expr(*c.elseResult, ok);
      return s + " END";
    }
    case ir::ExprKind::Cast: {
      const auto& c = e.as<ir::Cast>();
      if (!c.type) {
        unsupported(e, "CAST without a type", ok);
        return {};
      }
      TypeMapping m = mapType(from_, *c.type);
      if (!m.actionCode.empty() && m.pgType == "text" && c.type->kind == ir::TypeKind::Unknown) {
        unsupported(e, "CAST to " + c.type->describe(), ok);
        return {};
      }
      return "CAST(" + expr(*c.operand, ok) + " AS " + m.pgType + ")";
    }
    case ir::ExprKind::Call: {
      const auto& c = e.as<ir::Call>();
      if (c.over || !c.withinGroup.empty() || !c.keep.empty()) {
        unsupported(e, "analytic or ordered-set call", ok);
        return {};
      }
      std::string name = c.function.parts.empty() ? "" : upper(c.function.last().text);
      if (name == "JSON_VALID" && c.args.size() == 1 && from_ == parser::Dialect::MySql) {
        // MariaDB writes JSON columns as LONGTEXT CHECK (json_valid(c)). The jsonb cast raises
        // an error for invalid JSON; NULL stays NULL (MySQL's json_valid(NULL) is NULL too).
        std::string x = expr(*c.args[0].value, ok);
        return "CASE WHEN " + x + " IS NULL THEN NULL ELSE (" + x + ")::jsonb IS NOT NULL END";
      }
      const FunctionRule* r =
          c.function.parts.size() == 1 ? findFunctionRule(from_, name) : nullptr;
      if (r && r->replaceCall && c.args.empty()) return std::string(r->pg);
      std::string fn;
      if (r) {
        fn = r->pg.empty() ? name : std::string(r->pg);
        for (auto& ch : fn) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      } else {
        ActionItem a;
        a.code = "BRG-2001";
        a.loc = e.loc;
        a.objectKind = objectKind_;
        a.objectName = objectName_;
        a.message = "function " + sourceName(from_, c.function) + " emitted unchanged";
        actions_.push_back(std::move(a));
        for (size_t i = 0; i < c.function.parts.size(); ++i) {
          if (i) fn += '.';
          fn += quoteIdent(pgName(from_, c.function.parts[i]));
        }
      }
      std::string s = fn + "(";
      if (c.distinct) s += "DISTINCT ";
      if (c.starArg) s += "*";
      for (size_t i = 0; i < c.args.size(); ++i) {
        if (i) s += ", ";
        if (!c.args[i].name.empty()) s += quoteIdent(pgName(from_, c.args[i].name)) + " => ";
        s += expr(*c.args[i].value, ok);
      }
      return s + ")";
    }
    case ir::ExprKind::Row: {
      const auto& r = e.as<ir::RowExpr>();
      std::string s = "(";
      for (size_t i = 0; i < r.items.size(); ++i) s += (i ? ", " : "") + expr(*r.items[i], ok);
      return s + ")";
    }
    case ir::ExprKind::Raw:
      unsupported(e,
                  e.as<ir::RawExpr>().construct.empty() ? std::string("construct")
                                                        : e.as<ir::RawExpr>().construct,
                  ok);
      return {};
    default:
      unsupported(e, std::string(e.nodeName()) + " expression", ok);
      return {};
  }
}

}  // namespace barge::converter
