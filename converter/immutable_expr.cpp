#include "converter/immutable_expr.h"

#include <set>

#include "converter/identifiers.h"

namespace barge::converter {

namespace {

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// Source functions whose PostgreSQL form is immutable for text and numeric arguments.
const std::set<std::string>& immutableFunctions() {
  static const std::set<std::string> k = {
      "ABS",     "ASCII",     "CEIL",    "CEILING", "CHR",  "COALESCE", "FLOOR", "GREATEST",
      "INITCAP", "LEAST",     "LENGTH",  "LOWER",   "LPAD", "LTRIM",    "MOD",   "NULLIF",
      "NVL",     "POWER",     "REPLACE", "ROUND",   "RPAD", "RTRIM",    "SIGN",  "SQRT",
      "SUBSTR",  "SUBSTRING", "TRIM",    "TRUNC",   "UPPER"};
  return k;
}

bool temporal(const std::string& pgType) {
  return pgType.find("time") != std::string::npos || pgType.find("date") != std::string::npos ||
         pgType.find("interval") != std::string::npos;
}

class Checker {
 public:
  Checker(ir::Dialect from, const std::function<std::string(const std::string&)>& types)
      : from_(from), types_(types) {}

  // PostgreSQL type family of a sub-expression as far as it matters here: "text", "num",
  // "time", "" (unknown); `why` is set on the first failure.
  std::string check(const ir::Expr& e) {
    if (why) return "";
    switch (e.kind) {
      case ir::ExprKind::Literal: {
        auto k = e.as<ir::Literal>().literalKind;
        if (k == ir::LiteralKind::String) return "text";
        if (k == ir::LiteralKind::Integer || k == ir::LiteralKind::Decimal) return "num";
        if (k == ir::LiteralKind::Date || k == ir::LiteralKind::Timestamp ||
            k == ir::LiteralKind::Time)
          return "time";
        return "";
      }
      case ir::ExprKind::Name: {
        const auto& n = e.as<ir::NameRef>().name;
        std::string t = n.parts.empty() ? "" : types_(pgName(from_, n.last()));
        if (t.empty()) return fail(e, n.str() + " is not a column of the table");
        if (temporal(t)) return "time";
        if (t.find("char") != std::string::npos || t == "text") return "text";
        return "num";
      }
      case ir::ExprKind::Unary:
        return check(*e.as<ir::Unary>().operand);
      case ir::ExprKind::Binary: {
        const auto& b = e.as<ir::Binary>();
        std::string l = check(*b.left), r = check(*b.right);
        bool compare = ir::isComparison(b.op) || b.op == ir::BinaryOp::And ||
                       b.op == ir::BinaryOp::Or;
        // Date arithmetic and || over non-text values go through time-zone or output
        // functions that PostgreSQL marks STABLE.
        if (!compare && (l == "time" || r == "time"))
          return fail(e, "date/time arithmetic is not immutable in PostgreSQL");
        if (b.op == ir::BinaryOp::Concat) {
          if (l != "text" || r != "text")
            return fail(e, "|| over a non-text value is not immutable in PostgreSQL");
          return "text";
        }
        return compare ? "num" : l;
      }
      case ir::ExprKind::Call: {
        const auto& c = e.as<ir::Call>();
        std::string f = c.function.parts.size() == 1 ? upper(c.function.last().text) : "";
        if (!immutableFunctions().count(f) || c.over)
          return fail(e, c.function.str() + "() is not known to be immutable in PostgreSQL");
        std::string first;
        for (size_t i = 0; i < c.args.size(); ++i) {
          std::string t = c.args[i].value ? check(*c.args[i].value) : "";
          if (i == 0) first = t;
          if (t == "time") return fail(e, c.function.str() + "() of a date/time value");
        }
        bool textual = f == "UPPER" || f == "LOWER" || f == "SUBSTR" || f == "SUBSTRING" ||
                       f == "TRIM" || f == "LTRIM" || f == "RTRIM" || f == "LPAD" || f == "RPAD" ||
                       f == "REPLACE" || f == "INITCAP" || f == "CHR";
        return textual ? "text"
               : (f == "NVL" || f == "COALESCE" || f == "NULLIF" || f == "GREATEST" || f == "LEAST")
                   ? first
                   : "num";
      }
      case ir::ExprKind::Case: {
        const auto& c = e.as<ir::CaseExpr>();
        if (c.operand) check(*c.operand);
        std::string t;
        for (const auto& w : c.whens) {
          check(*w.condition);
          t = check(*w.result);
        }
        if (c.elseResult) t = check(*c.elseResult);
        return t;
      }
      case ir::ExprKind::InList: {
        const auto& in = e.as<ir::InList>();
        check(*in.operand);
        for (const auto& i : in.items) check(*i);
        return "num";
      }
      case ir::ExprKind::Between: {
        const auto& b = e.as<ir::Between>();
        check(*b.operand);
        check(*b.low);
        check(*b.high);
        return "num";
      }
      case ir::ExprKind::IsNull:
        check(*e.as<ir::IsNull>().operand);
        return "num";
      case ir::ExprKind::Like: {
        const auto& l = e.as<ir::Like>();
        if (upper(l.op) != "LIKE") return fail(e, l.op + " is not known to be immutable");
        check(*l.operand);
        check(*l.pattern);
        return "num";
      }
      default:
        return fail(e, std::string(e.nodeName()) + " is not known to be immutable");
    }
  }

  std::optional<std::string> why;

 private:
  std::string fail(const ir::Expr& e, std::string reason) {
    if (!why) why = reason + " (at " + e.loc.shortStr() + ")";
    return "";
  }
  ir::Dialect from_;
  const std::function<std::string(const std::string&)>& types_;
};

}  // namespace

std::optional<std::string> notImmutable(
    ir::Dialect from, const ir::Expr& e,
    const std::function<std::string(const std::string& pgColumn)>& columnType) {
  Checker c(from, columnType);
  c.check(e);
  return c.why;
}

}  // namespace barge::converter
