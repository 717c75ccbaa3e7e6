#include "converter/emit/pg_printer.h"

#include <cstring>

#include "converter/identifiers.h"
#include "ir/procedural.h"

namespace barge::converter {

namespace {

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// Canonical operator -> PostgreSQL spelling; nullptr: PostgreSQL has no such operator and a
// pass must have rewritten it.
const char* pgBinary(ir::BinaryOp op) {
  switch (op) {
    case ir::BinaryOp::Add:
      return "+";
    case ir::BinaryOp::Sub:
      return "-";
    case ir::BinaryOp::Mul:
      return "*";
    case ir::BinaryOp::Div:
      return "/";
    case ir::BinaryOp::Mod:
      return "%";
    case ir::BinaryOp::Power:
      return "^";
    case ir::BinaryOp::Concat:
      return "||";
    case ir::BinaryOp::Eq:
      return "=";
    case ir::BinaryOp::Ne:
      return "<>";
    case ir::BinaryOp::Lt:
      return "<";
    case ir::BinaryOp::Le:
      return "<=";
    case ir::BinaryOp::Gt:
      return ">";
    case ir::BinaryOp::Ge:
      return ">=";
    case ir::BinaryOp::NullSafeEq:
      return "IS NOT DISTINCT FROM";
    case ir::BinaryOp::And:
      return "AND";
    case ir::BinaryOp::Or:
      return "OR";
    case ir::BinaryOp::BitAnd:
      return "&";
    case ir::BinaryOp::BitOr:
      return "|";
    case ir::BinaryOp::BitXor:
      return "#";
    case ir::BinaryOp::ShiftLeft:
      return "<<";
    case ir::BinaryOp::ShiftRight:
      return ">>";
    default:
      return nullptr;
  }
}

// A join type as PostgreSQL writes it, or "" when it has none.
std::string pgJoin(const std::string& t) {
  std::string u = upper(t);
  static const std::pair<const char*, const char*> kJoins[] = {
      {"", "JOIN"},
      {"INNER", "JOIN"},
      {"JOIN", "JOIN"},
      {"LEFT", "LEFT JOIN"},
      {"LEFT OUTER", "LEFT JOIN"},
      {"RIGHT", "RIGHT JOIN"},
      {"RIGHT OUTER", "RIGHT JOIN"},
      {"FULL", "FULL JOIN"},
      {"FULL OUTER", "FULL JOIN"},
      {"CROSS", "CROSS JOIN"},
      {"NATURAL", "NATURAL JOIN"},
      {"NATURAL INNER", "NATURAL JOIN"},
      {"NATURAL LEFT", "NATURAL LEFT JOIN"},
      {"NATURAL LEFT OUTER", "NATURAL LEFT JOIN"},
      {"NATURAL RIGHT", "NATURAL RIGHT JOIN"},
      {"NATURAL RIGHT OUTER", "NATURAL RIGHT JOIN"},
      {"NATURAL FULL", "NATURAL FULL JOIN"},
      {"NATURAL FULL OUTER", "NATURAL FULL JOIN"},
      {"CROSS LATERAL", "CROSS JOIN LATERAL"},
      {"LEFT LATERAL", "LEFT JOIN LATERAL"},
  };
  for (const auto& [from, to] : kJoins)
    if (u == from) return to;
  return {};
}

bool simpleInterval(const std::string& unit) {
  static const char* kUnits[] = {"YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND", "WEEK"};
  for (const char* k : kUnits)
    if (unit == k) return true;
  return false;
}

// Oracle writes DAY(3) TO SECOND(2); PostgreSQL takes no leading precision.
std::string stripLeadingPrecision(const std::string& unit) {
  std::string out;
  int depth = 0;
  bool afterTo = false;
  for (size_t i = 0; i < unit.size(); ++i) {
    if (unit.compare(i, 3, "TO ") == 0) afterTo = true;
    if (unit[i] == '(' && !afterTo) ++depth;
    if (depth == 0) out += unit[i];
    if (unit[i] == ')' && depth > 0) --depth;
  }
  return out;
}

}  // namespace

void PgPrinter::unsupported(const ir::SourceLocation& loc, const std::string& what) {
  failed_ = true;
  actions_.add("BRG-2002", loc, what + " is not converted");
}

std::string PgPrinter::ident(const ir::Identifier& id) const {
  return quoteIdent(naming_.ident(id));
}

std::string PgPrinter::objectName(const ir::QualifiedName& n) const {
  auto [schema, name] = naming_.object(n);
  return (schema.empty() ? "" : quoteIdent(schema) + ".") + quoteIdent(name);
}

std::optional<std::string> PgPrinter::expr(const ir::Expr& x) {
  failed_ = false;
  std::string s = e(x);
  if (failed_) return std::nullopt;
  // One pair of parentheses around the whole expression is dropped: callers add their own.
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
    int depth = 0;
    bool enclosing = true;
    bool inString = false;
    for (size_t i = 0; i + 1 < s.size(); ++i) {
      if (s[i] == '\'') inString = !inString;
      if (inString) continue;
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

std::optional<std::string> PgPrinter::query(const ir::Query& x) {
  failed_ = false;
  std::string s = q(x);
  if (failed_) return std::nullopt;
  return s;
}

std::optional<std::string> PgPrinter::statement(const ir::Stmt& s) {
  failed_ = false;
  std::string out;
  switch (s.kind) {
    case ir::StmtKind::Insert:
      out = insert(s.as<ir::Insert>());
      break;
    case ir::StmtKind::Update:
      out = update(s.as<ir::Update>());
      break;
    case ir::StmtKind::Delete:
      out = del(s.as<ir::Delete>());
      break;
    case ir::StmtKind::Merge:
      out = merge(s.as<ir::Merge>());
      break;
    case ir::StmtKind::Select:
      out = q(static_cast<const ir::Query&>(s));
      break;
    default:
      unsupported(s.loc, std::string(s.nodeName()) + " statement");
  }
  if (failed_) return std::nullopt;
  return out;
}

std::string PgPrinter::e(const ir::Expr& x) {
  switch (x.kind) {
    case ir::ExprKind::Literal: {
      const auto& l = x.as<ir::Literal>();
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
      const auto& n = x.as<ir::NameRef>();
      if (n.outerJoinMark) {
        unsupported(x.loc, "outer-join marker (+)");
        return {};
      }
      if (n.role == ir::NameRole::PseudoColumn || n.role == ir::NameRole::Sequence ||
          n.role == ir::NameRole::Function) {
        unsupported(x.loc, "pseudo-column " + n.name.str());
        return {};
      }
      std::string out;
      for (size_t i = 0; i < n.name.parts.size(); ++i)
        out += (i ? "." : "") + ident(n.name.parts[i]);
      return out;
    }
    case ir::ExprKind::Star: {
      const auto& s = x.as<ir::Star>();
      if (s.qualifier.empty()) return "*";
      std::string out;
      for (const auto& p : s.qualifier.parts) out += ident(p) + ".";
      return out + "*";
    }
    case ir::ExprKind::Unary: {
      const auto& u = x.as<ir::Unary>();
      if (!u.operand) return {};
      switch (u.op) {
        case ir::UnaryOp::Neg:
          return "-(" + e(*u.operand) + ")";
        case ir::UnaryOp::Plus:
          return "+(" + e(*u.operand) + ")";
        case ir::UnaryOp::Not:
          return "NOT (" + e(*u.operand) + ")";
        case ir::UnaryOp::BitNot:
          return "~(" + e(*u.operand) + ")";
        default:
          unsupported(x.loc, "operator " + u.spelling);
          return {};
      }
    }
    case ir::ExprKind::Binary: {
      const auto& b = x.as<ir::Binary>();
      if (!b.left || !b.right) return {};
      if (b.op == ir::BinaryOp::IntDiv) return "div(" + e(*b.left) + ", " + e(*b.right) + ")";
      const char* op = pgBinary(b.op);
      if (!op) {
        unsupported(x.loc,
                    "operator " + (b.spelling.empty() ? ir::binaryOpName(b.op) : b.spelling));
        return {};
      }
      return "(" + e(*b.left) + " " + op + " " + e(*b.right) + ")";
    }
    case ir::ExprKind::Call:
      return call(x.as<ir::Call>());
    case ir::ExprKind::Case: {
      const auto& c = x.as<ir::CaseExpr>();
      std::string s = "CASE";
      if (c.operand) s += " " + e(*c.operand);
      for (const auto& w : c.whens) {
        if (!w.condition || !w.result) return {};
        s += " WHEN " + e(*w.condition) + " THEN " + e(*w.result);
      }
      if (c.elseResult) s += " ELSE " + e(*c.elseResult);
      return s + " END";
    }
    case ir::ExprKind::Cast: {
      const auto& c = x.as<ir::Cast>();
      if (c.pgType.empty() || !c.operand) {
        unsupported(x.loc, c.style + " to " + (c.type ? c.type->describe() : std::string("?")));
        return {};
      }
      return "CAST(" + e(*c.operand) + " AS " + c.pgType + ")";
    }
    case ir::ExprKind::Subquery: {
      const auto& s = x.as<ir::SubqueryExpr>();
      if (!s.query) return {};
      if (s.multiset) {  // converted only as CAST(MULTISET (...) AS collection)
        unsupported(s.loc, "MULTISET");
        return {};
      }
      return (s.quantifier.empty() ? "" : upper(s.quantifier) + " ") + "(" + q(*s.query) + ")";
    }
    case ir::ExprKind::Exists: {
      const auto& s = x.as<ir::Exists>();
      if (!s.subquery) return {};
      std::string inner = e(*s.subquery);
      return "EXISTS " + inner;
    }
    case ir::ExprKind::InList: {
      const auto& in = x.as<ir::InList>();
      if (!in.operand) return {};
      std::string s = "(" + e(*in.operand) + (in.negated ? " NOT IN (" : " IN (");
      if (in.items.size() == 1 && in.items[0]->kind == ir::ExprKind::Subquery) {
        const auto& sq = in.items[0]->as<ir::SubqueryExpr>();
        return s + (sq.query ? q(*sq.query) : "") + "))";
      }
      for (size_t i = 0; i < in.items.size(); ++i) s += (i ? ", " : "") + e(*in.items[i]);
      return s + "))";
    }
    case ir::ExprKind::Between: {
      const auto& b = x.as<ir::Between>();
      if (!b.operand || !b.low || !b.high) return {};
      return "(" + e(*b.operand) + (b.negated ? " NOT BETWEEN " : " BETWEEN ") + e(*b.low) +
             " AND " + e(*b.high) + ")";
    }
    case ir::ExprKind::Like: {
      const auto& l = x.as<ir::Like>();
      if (upper(l.op) != "LIKE" || !l.operand || !l.pattern) {
        unsupported(x.loc, l.op);
        return {};
      }
      std::string s = "(" + e(*l.operand) + (l.negated ? " NOT LIKE " : " LIKE ") + e(*l.pattern);
      if (l.escape) s += " ESCAPE " + e(*l.escape);
      return s + ")";
    }
    case ir::ExprKind::IsNull: {
      const auto& n = x.as<ir::IsNull>();
      std::string what = upper(n.what);
      if (!n.operand) return {};
      if (what == "NULL" || what == "TRUE" || what == "FALSE" || what == "UNKNOWN")
        return "(" + e(*n.operand) + (n.negated ? " IS NOT " : " IS ") + what + ")";
      unsupported(x.loc, "IS " + std::string(n.negated ? "NOT " : "") + n.what);
      return {};
    }
    case ir::ExprKind::Interval: {
      const auto& i = x.as<ir::IntervalExpr>();
      std::string unit = stripLeadingPrecision(upper(i.unit));
      if (!i.value) return {};
      if (i.value->kind == ir::ExprKind::Literal &&
          i.value->as<ir::Literal>().literalKind == ir::LiteralKind::String)
        return "INTERVAL " + quoteLiteral(i.value->as<ir::Literal>().value) + " " + unit;
      if (simpleInterval(unit)) return "((" + e(*i.value) + ") * INTERVAL '1 " + unit + "')";
      unsupported(x.loc, "INTERVAL ... " + i.unit);
      return {};
    }
    case ir::ExprKind::Row: {
      const auto& r = x.as<ir::RowExpr>();
      std::string s = "(";
      for (size_t i = 0; i < r.items.size(); ++i) s += (i ? ", " : "") + e(*r.items[i]);
      return s + ")";
    }
    case ir::ExprKind::Grouping: {
      // PostgreSQL has Oracle's ROLLUP, CUBE and GROUPING SETS with the same meaning.
      const auto& g = x.as<ir::GroupingExpr>();
      std::string s = g.grouping == ir::GroupingKind::Rollup ? "ROLLUP ("
                      : g.grouping == ir::GroupingKind::Cube ? "CUBE ("
                                                             : "GROUPING SETS (";
      for (size_t i = 0; i < g.items.size(); ++i) s += (i ? ", " : "") + e(*g.items[i]);
      return s + ")";
    }
    case ir::ExprKind::AtTimeZone: {
      const auto& a = x.as<ir::AtTimeZone>();
      if (!a.operand || !a.zone) {
        unsupported(x.loc, "AT LOCAL");
        return {};
      }
      return "(" + e(*a.operand) + " AT TIME ZONE " + e(*a.zone) + ")";
    }
    case ir::ExprKind::BindVar:
      unsupported(x.loc, "bind variable :" + x.as<ir::VarRef>().name);
      return {};
    case ir::ExprKind::UserVar:
    case ir::ExprKind::SysVar:
      unsupported(x.loc, "variable " + x.as<ir::VarRef>().name);
      return {};
    case ir::ExprKind::Collate:
      unsupported(x.loc, "COLLATE " + x.as<ir::Collate>().collation);
      return {};
    case ir::ExprKind::Attribute:
      unsupported(x.loc, "attribute %" + x.as<ir::AttributeRef>().attribute);
      return {};
    case ir::ExprKind::Raw: {
      const auto& r = x.as<ir::RawExpr>();
      if (r.reported) {
        failed_ = true;
        return {};
      }
      unsupported(x.loc, r.construct.empty() ? std::string("construct") : r.construct);
      return {};
    }
  }
  return {};
}

std::string PgPrinter::call(const ir::Call& c) {
  if (!c.keep.empty()) {
    unsupported(c.loc, "KEEP (DENSE_RANK ...)");
    return {};
  }
  if (c.separatorGiven) {
    unsupported(c.loc, "SEPARATOR");
    return {};
  }
  if (!c.withinGroup.empty() && c.pgTemplate.empty() && !c.target) {
    unsupported(c.loc, "WITHIN GROUP of " + c.function.str());
    return {};
  }
  std::vector<std::string> args;
  for (const auto& a : c.args) {
    if (!a.value) return {};
    std::string v = e(*a.value);
    if (!a.name.empty()) v = ident(a.name) + " => " + v;
    args.push_back(std::move(v));
  }
  std::string s;
  if (!c.pgTemplate.empty()) {
    const std::string& t = c.pgTemplate;
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '{' && i + 2 < t.size() && std::isdigit(static_cast<unsigned char>(t[i + 1]))) {
        size_t close = t.find('}', i);
        size_t n = std::stoul(t.substr(i + 1, close - i - 1));
        if (n < args.size()) s += args[n];
        i = close;
      } else {
        s += t[i];
      }
    }
  } else {
    std::string fn;
    for (size_t i = 0; i < c.function.parts.size(); ++i) {
      if (i) fn += '.';
      fn += c.target ? c.function.parts[i].text : ident(c.function.parts[i]);
    }
    s = fn + "(";
    if (c.distinct) s += "DISTINCT ";
    if (c.starArg) s += "*";
    for (size_t i = 0; i < args.size(); ++i) s += (i ? ", " : "") + args[i];
    if (!c.aggregateOrder.empty()) s += " ORDER BY " + order(c.aggregateOrder);
    s += ")";
    if (!c.withinGroup.empty()) s += " WITHIN GROUP (ORDER BY " + order(c.withinGroup) + ")";
  }
  if (c.over) s += " OVER " + window(*c.over);
  return s;
}

std::string PgPrinter::order(const std::vector<ir::Ptr<ir::OrderItem>>& items) {
  std::string s;
  for (size_t i = 0; i < items.size(); ++i) {
    const auto& o = *items[i];
    if (!o.expr) continue;
    s += (i ? ", " : "") + e(*o.expr);
    if (o.descending) s += " DESC";
    if (o.nulls == ir::OrderItem::Nulls::First) s += " NULLS FIRST";
    if (o.nulls == ir::OrderItem::Nulls::Last) s += " NULLS LAST";
  }
  return s;
}

std::string PgPrinter::window(const ir::WindowSpec& w) {
  if (!w.name.empty() && w.partitionBy.empty() && w.orderBy.empty() && w.frame.empty())
    return ident(w.name);
  std::string s = "(";
  if (!w.name.empty()) s += ident(w.name) + " ";
  if (!w.partitionBy.empty()) {
    s += "PARTITION BY ";
    for (size_t i = 0; i < w.partitionBy.size(); ++i) s += (i ? ", " : "") + e(*w.partitionBy[i]);
  }
  if (!w.orderBy.empty())
    s += std::string(w.partitionBy.empty() ? "" : " ") + "ORDER BY " + order(w.orderBy);
  if (!w.frame.empty()) s += " " + w.frame;
  while (s.size() > 1 && s.back() == ' ') s.pop_back();
  return s + ")";
}

std::string PgPrinter::from(const ir::TableRef& t) {
  std::string alias;
  if (!t.alias.empty()) alias = " " + ident(t.alias);
  if (!t.columnAliases.empty()) {
    alias += "(";
    for (size_t i = 0; i < t.columnAliases.size(); ++i)
      alias += (i ? ", " : "") + ident(t.columnAliases[i]);
    alias += ")";
  }
  if (t.pivot) unsupported(t.pivot->loc, t.pivot->xml ? "PIVOT XML" : "PIVOT / UNPIVOT");
  switch (t.kind) {
    case ir::TableRefKind::Named: {
      const auto& n = static_cast<const ir::NamedTable&>(t);
      if (!n.partition.empty()) unsupported(t.loc, "partition-extended table name " + n.partition);
      if (!n.flashback.empty()) unsupported(t.loc, "flashback query " + n.flashback);
      if (!n.hints.empty()) unsupported(t.loc, "index hint");
      if (n.name.dbLink) unsupported(t.loc, "database link @" + n.name.dbLink->text);
      return objectName(n.name) + alias;
    }
    case ir::TableRefKind::Derived: {
      const auto& d = static_cast<const ir::DerivedTable&>(t);
      if (!d.query) return {};
      // PostgreSQL 15 needs an alias for every subquery in FROM.
      if (t.alias.empty()) alias = " sub" + std::to_string(++derivedAliases_) + alias;
      return std::string(d.lateral ? "LATERAL " : "") + "(" + q(*d.query) + ")" + alias;
    }
    case ir::TableRefKind::Function: {
      const auto& f = static_cast<const ir::FunctionTable&>(t);
      if (!f.call) return {};
      return e(*f.call) + alias;
    }
    case ir::TableRefKind::Join: {
      const auto& j = static_cast<const ir::Join&>(t);
      if (!j.leftPartitionBy.empty() || !j.rightPartitionBy.empty()) {
        unsupported(t.loc,
                    "partitioned outer join (rewrite: cross join the partition values with the "
                    "dense side, then outer join)");
        return {};
      }
      std::string type = pgJoin(j.joinType);
      if (type.empty()) {
        unsupported(t.loc, j.joinType + " join");
        return {};
      }
      if (!j.left || !j.right) return {};
      std::string s = from(*j.left) + " " + type + " ";
      bool paren = j.right->kind == ir::TableRefKind::Join;
      s += paren ? "(" + from(*j.right) + ")" : from(*j.right);
      if (j.on) {
        s += " ON " + e(*j.on);
      } else if (!j.usingColumns.empty()) {
        s += " USING (";
        for (size_t i = 0; i < j.usingColumns.size(); ++i)
          s += (i ? ", " : "") + ident(j.usingColumns[i]);
        s += ")";
      } else if (type.find("NATURAL") == std::string::npos &&
                 type.find("CROSS") == std::string::npos) {
        s += " ON true";
      }
      return s;
    }
    case ir::TableRefKind::Raw:
      unsupported(t.loc, "table reference");
      return {};
  }
  return {};
}

std::string PgPrinter::select(const ir::Select& s) {
  if (s.connectBy || s.startWith) unsupported(s.loc, "CONNECT BY");
  if (!s.into.empty()) unsupported(s.loc, "SELECT INTO");
  if (!s.groupByModifier.empty()) unsupported(s.loc, "GROUP BY " + s.groupByModifier);
  for (const auto& m : s.modifiers) unsupported(s.loc, "SELECT modifier " + m);
  std::string out = "SELECT ";
  if (s.distinct) out += "DISTINCT ";
  for (size_t i = 0; i < s.items.size(); ++i) {
    const auto& it = *s.items[i];
    if (!it.expr) continue;
    out += (i ? ", " : "") + e(*it.expr);
    if (!it.alias.empty()) out += " AS " + ident(it.alias);
  }
  if (!s.from.empty()) {
    out += " FROM ";
    for (size_t i = 0; i < s.from.size(); ++i) out += (i ? ", " : "") + from(*s.from[i]);
  }
  if (s.where) out += " WHERE " + e(*s.where);
  if (!s.groupBy.empty()) {
    out += " GROUP BY ";
    for (size_t i = 0; i < s.groupBy.size(); ++i) out += (i ? ", " : "") + e(*s.groupBy[i]);
  }
  if (s.having) out += " HAVING " + e(*s.having);
  if (!s.windows.empty()) {
    out += " WINDOW ";
    for (size_t i = 0; i < s.windows.size(); ++i) {
      ir::WindowSpec copy;
      const auto& w = *s.windows[i];
      out += (i ? ", " : "") + ident(w.name) + " AS ";
      // the definition without its own name
      std::string def = "(";
      if (!w.partitionBy.empty()) {
        def += "PARTITION BY ";
        for (size_t k = 0; k < w.partitionBy.size(); ++k)
          def += (k ? ", " : "") + e(*w.partitionBy[k]);
      }
      if (!w.orderBy.empty())
        def += std::string(w.partitionBy.empty() ? "" : " ") + "ORDER BY " + order(w.orderBy);
      if (!w.frame.empty()) def += " " + w.frame;
      out += def + ")";
    }
  }
  return out;
}

std::string PgPrinter::q(const ir::Query& x) {
  std::string out;
  // PostgreSQL has no function local to a query: the Oracle 12c WITH FUNCTION stays visible.
  for (const auto& d : x.plsqlDeclarations)
    unsupported(d->loc, "PL/SQL subprogram " + d->name.str() + " declared in a WITH clause");
  if (!x.with.empty()) {
    out += x.recursiveWith ? "WITH RECURSIVE " : "WITH ";
    for (size_t i = 0; i < x.with.size(); ++i) {
      const auto& c = *x.with[i];
      out += (i ? ", " : "") + ident(c.name);
      if (!c.columns.empty()) {
        out += "(";
        for (size_t k = 0; k < c.columns.size(); ++k) out += (k ? ", " : "") + ident(c.columns[k]);
        out += ")";
      }
      out += " AS (" + (c.query ? q(*c.query) : std::string()) + ")";
      if (!c.cycleColumns.empty()) {
        out += " CYCLE ";
        for (size_t k = 0; k < c.cycleColumns.size(); ++k)
          out += (k ? ", " : "") + ident(c.cycleColumns[k]);
        out += " SET barge_is_cycle USING barge_cycle_path";
      }
    }
    out += " ";
  }
  switch (x.queryKind) {
    case ir::QueryKind::Select:
      out += select(static_cast<const ir::Select&>(x));
      break;
    case ir::QueryKind::SetOp: {
      const auto& s = static_cast<const ir::SetOp&>(x);
      std::string op = upper(s.op);
      if (op != "UNION" && op != "UNION ALL" && op != "INTERSECT" && op != "INTERSECT ALL" &&
          op != "EXCEPT" && op != "EXCEPT ALL") {
        unsupported(x.loc, "set operator " + s.op);
        return {};
      }
      auto operand = [&](const ir::Query* o) {
        if (!o) return std::string();
        bool paren = !o->orderBy.empty() || o->limit || o->offset || !o->with.empty() ||
                     o->queryKind == ir::QueryKind::SetOp;
        return paren ? "(" + q(*o) + ")" : q(*o);
      };
      out += operand(s.left.get()) + " " + op + " " + operand(s.right.get());
      break;
    }
    case ir::QueryKind::Values: {
      const auto& v = static_cast<const ir::Values&>(x);
      out += "VALUES ";
      for (size_t r = 0; r < v.rows.size(); ++r) {
        out += (r ? ", (" : "(");
        for (size_t i = 0; i < v.rows[r].size(); ++i) out += (i ? ", " : "") + e(*v.rows[r][i]);
        out += ")";
      }
      break;
    }
  }
  if (x.orderSiblings) unsupported(x.loc, "ORDER SIBLINGS BY");
  if (x.limitPercent) unsupported(x.loc, "FETCH FIRST n PERCENT");
  if (!x.orderBy.empty()) out += " ORDER BY " + order(x.orderBy);
  if (x.fetchWithTies) {
    if (x.offset) out += " OFFSET " + e(*x.offset) + " ROWS";
    if (x.limit) out += " FETCH FIRST " + e(*x.limit) + " ROWS WITH TIES";
  } else {
    if (x.limit) out += " LIMIT " + e(*x.limit);
    if (x.offset) out += " OFFSET " + e(*x.offset);
  }
  if (!x.forUpdate.empty()) {
    std::string f = upper(x.forUpdate);
    if (f == "FOR UPDATE" || f == "FOR UPDATE NOWAIT" || f == "FOR UPDATE SKIP LOCKED" ||
        f == "FOR SHARE")
      out += " " + f;
    else
      unsupported(x.loc, x.forUpdate);
  }
  return out;
}

std::string PgPrinter::assignments(const std::vector<ir::Assignment>& set) {
  std::string s;
  for (size_t i = 0; i < set.size(); ++i) {
    const auto& a = set[i];
    s += i ? ", " : "";
    // PostgreSQL names the target column without a table qualifier.
    if (a.targets.size() == 1) {
      s += ident(a.targets[0].last());
    } else {
      s += "(";
      for (size_t k = 0; k < a.targets.size(); ++k)
        s += (k ? ", " : "") + ident(a.targets[k].last());
      s += ")";
    }
    s += " = " + (a.value ? e(*a.value) : std::string("NULL"));
  }
  return s;
}

std::string PgPrinter::insert(const ir::Insert& i) {
  if (!i.multiTable.empty()) unsupported(i.loc, "multi-table INSERT");
  if (!i.onDuplicateKey.empty()) unsupported(i.loc, "ON DUPLICATE KEY UPDATE");
  // MySQL's INSERT ... SET a = 1, b = 2 is INSERT (a, b) VALUES (1, 2)
  bool setForm = !i.setItems.empty() && !i.source && i.columns.empty();
  if (!i.setItems.empty() && !setForm) unsupported(i.loc, "INSERT ... SET");
  for (const auto& a : i.setItems)
    if (a.targets.size() != 1) unsupported(i.loc, "INSERT ... SET (a, b) = ...");
  if (!i.logErrors.empty()) unsupported(i.loc, "LOG ERRORS");
  if (!i.returningInto.empty()) unsupported(i.loc, "RETURNING INTO");
  for (const auto& m : i.modifiers) unsupported(i.loc, "INSERT " + m);
  std::string s = "INSERT INTO " + objectName(i.table);
  if (!i.alias.empty()) s += " AS " + ident(i.alias);
  if (!i.columns.empty()) {
    s += " (";
    for (size_t k = 0; k < i.columns.size(); ++k) s += (k ? ", " : "") + ident(i.columns[k]);
    s += ")";
  }
  if (setForm) {
    std::string cols, vals;
    for (const auto& a : i.setItems) {
      if (a.targets.size() != 1) continue;
      cols += (cols.empty() ? "" : ", ") + ident(a.targets[0].last());
      vals += (vals.empty() ? "" : ", ") + (a.value ? e(*a.value) : std::string("NULL"));
    }
    s += " (" + cols + ") VALUES (" + vals + ")";
  } else if (i.source) {
    s += " " + q(*i.source);
  } else {
    s += " DEFAULT VALUES";
  }
  if (!i.returning.empty()) {
    s += " RETURNING ";
    for (size_t k = 0; k < i.returning.size(); ++k) s += (k ? ", " : "") + e(*i.returning[k]);
  }
  return s;
}

std::string PgPrinter::update(const ir::Update& u) {
  if (u.tables.size() != 1) {
    unsupported(u.loc, "multi-table UPDATE");
    return {};
  }
  if (u.whereCurrentOf) unsupported(u.loc, "WHERE CURRENT OF");
  if (!u.orderBy.empty() || u.limit) unsupported(u.loc, "UPDATE ... ORDER BY / LIMIT");
  if (!u.logErrors.empty()) unsupported(u.loc, "LOG ERRORS");
  if (!u.returningInto.empty()) unsupported(u.loc, "RETURNING INTO");
  for (const auto& m : u.modifiers) unsupported(u.loc, "UPDATE " + m);
  std::string s = "UPDATE " + from(*u.tables[0]) + " SET " + assignments(u.set);
  if (u.where) s += " WHERE " + e(*u.where);
  if (!u.returning.empty()) {
    s += " RETURNING ";
    for (size_t k = 0; k < u.returning.size(); ++k) s += (k ? ", " : "") + e(*u.returning[k]);
  }
  return s;
}

std::string PgPrinter::del(const ir::Delete& d) {
  if (d.from.size() != 1 || !d.targets.empty()) {
    unsupported(d.loc, "multi-table DELETE");
    return {};
  }
  if (d.whereCurrentOf) unsupported(d.loc, "WHERE CURRENT OF");
  if (!d.orderBy.empty() || d.limit) unsupported(d.loc, "DELETE ... ORDER BY / LIMIT");
  if (!d.logErrors.empty()) unsupported(d.loc, "LOG ERRORS");
  if (!d.returningInto.empty()) unsupported(d.loc, "RETURNING INTO");
  for (const auto& m : d.modifiers) unsupported(d.loc, "DELETE " + m);
  std::string s = "DELETE FROM " + from(*d.from[0]);
  if (!d.usingTables.empty()) {
    s += " USING ";
    for (size_t i = 0; i < d.usingTables.size(); ++i)
      s += (i ? ", " : "") + from(*d.usingTables[i]);
  }
  if (d.where) s += " WHERE " + e(*d.where);
  if (!d.returning.empty()) {
    s += " RETURNING ";
    for (size_t k = 0; k < d.returning.size(); ++k) s += (k ? ", " : "") + e(*d.returning[k]);
  }
  return s;
}

std::string PgPrinter::merge(const ir::Merge& m) {
  if (!m.target || !m.source || !m.on) return {};
  if (m.deleteWhere)
    unsupported(m.deleteWhere->loc,
                "MERGE ... DELETE WHERE (Oracle deletes updated rows; add a WHEN MATCHED AND ... "
                "THEN DELETE branch by hand)");
  if (m.matchedDelete && m.updateSet.empty()) unsupported(m.loc, "MERGE DELETE without UPDATE");
  if (!m.logErrors.empty()) unsupported(m.loc, "LOG ERRORS");
  std::string s = "MERGE INTO " + from(*m.target) + " USING " + from(*m.source) + " ON " + e(*m.on);
  if (m.matchedDelete) s += " WHEN MATCHED AND " + e(*m.matchedDelete) + " THEN DELETE";
  if (!m.updateSet.empty()) {
    s += " WHEN MATCHED";
    if (m.updateWhere) s += " AND " + e(*m.updateWhere);
    s += " THEN UPDATE SET " + assignments(m.updateSet);
  }
  if (!m.insertValues.empty()) {
    s += " WHEN NOT MATCHED";
    if (m.insertWhere) s += " AND " + e(*m.insertWhere);
    s += " THEN INSERT";
    if (!m.insertColumns.empty()) {
      s += " (";
      for (size_t k = 0; k < m.insertColumns.size(); ++k)
        s += (k ? ", " : "") + ident(m.insertColumns[k]);
      s += ")";
    }
    s += " VALUES (";
    for (size_t k = 0; k < m.insertValues.size(); ++k) s += (k ? ", " : "") + e(*m.insertValues[k]);
    s += ")";
  }
  return s;
}

}  // namespace barge::converter
