// ROWNUM (Oracle Database SQL Language Reference, "ROWNUM Pseudocolumn"): Oracle numbers the
// rows of a query block as they pass its WHERE, before GROUP BY and ORDER BY of that block.
// `WHERE ROWNUM <= n` (also < n, = 1) is a top-N that becomes LIMIT when nothing in the block
// would run before the numbering in PostgreSQL (no ORDER BY, GROUP BY, aggregates or
// DISTINCT in the same block); the usual top-N over an ordered subquery has its ORDER BY one
// level down and converts. With an ORDER BY in the same block (Oracle keeps the first n rows,
// then sorts those), the block without its ORDER BY becomes a derived table with the LIMIT and
// the ORDER BY sorts its rows, when every sort key is an output column. ROWNUM in the select list
// becomes row_number() OVER (). A condition that can never hold (ROWNUM > 1) becomes FALSE, one
// that always holds (ROWNUM >= 1) TRUE.
#include "converter/passes/oracle/oracle_passes.h"
#include "converter/passes/walk.h"

namespace barge::converter::oracle {

namespace {

bool isRownum(const ir::Expr* e) {
  if (!e || e->kind != ir::ExprKind::Name) return false;
  const auto& n = e->as<ir::NameRef>();
  if (n.role != ir::NameRole::PseudoColumn || n.name.parts.size() != 1) return false;
  std::string t = n.name.parts[0].text;
  for (auto& c : t) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return t == "ROWNUM";
}

const ir::Literal* integerLiteral(const ir::Expr* e) {
  if (e && e->kind == ir::ExprKind::Literal &&
      e->as<ir::Literal>().literalKind == ir::LiteralKind::Integer)
    return &e->as<ir::Literal>();
  return nullptr;
}

// n for "ROWNUM <= n", "ROWNUM < n", "ROWNUM = 1", "n >= ROWNUM", "n > ROWNUM"; the limit
// expression is returned (a copy of n, or n - 1), null if the condition is no top-N.
ir::ExprPtr topN(ir::Expr& cond) {
  if (cond.kind != ir::ExprKind::Binary) return nullptr;
  auto& b = cond.as<ir::Binary>();
  ir::BinaryOp op = b.op;
  ir::ExprPtr* bound = nullptr;
  if (isRownum(b.left.get())) {
    bound = &b.right;
  } else if (isRownum(b.right.get())) {
    bound = &b.left;
    // mirror: n >= ROWNUM is ROWNUM <= n
    if (op == ir::BinaryOp::Ge)
      op = ir::BinaryOp::Le;
    else if (op == ir::BinaryOp::Gt)
      op = ir::BinaryOp::Lt;
    else if (op != ir::BinaryOp::Eq)
      return nullptr;
  } else {
    return nullptr;
  }
  if (op == ir::BinaryOp::Le) return std::move(*bound);
  if (op == ir::BinaryOp::Eq) {
    const ir::Literal* l = integerLiteral(bound->get());
    if (!l || l->value != "1") return nullptr;
    return std::move(*bound);
  }
  if (op == ir::BinaryOp::Lt) {
    if (const ir::Literal* l = integerLiteral(bound->get())) {
      auto n = std::make_unique<ir::Literal>();
      n->loc = l->loc;
      n->literalKind = ir::LiteralKind::Integer;
      n->valueType = ir::ValueType::Integer;
      long long v = std::stoll(l->value) - 1;
      n->value = std::to_string(v < 0 ? 0 : v);
      return n;
    }
    auto m = std::make_unique<ir::Binary>();
    m->loc = cond.loc;
    m->op = ir::BinaryOp::Sub;
    m->left = std::move(*bound);
    auto one = std::make_unique<ir::Literal>();
    one->literalKind = ir::LiteralKind::Integer;
    one->value = "1";
    m->right = std::move(one);
    return m;
  }
  return nullptr;
}

bool hasAggregate(const ir::Select& s) {
  bool found = false;
  static const char* kAggregates[] = {"COUNT",   "SUM",    "AVG",      "MIN",   "MAX",
                                      "LISTAGG", "STDDEV", "VARIANCE", "MEDIAN"};
  for (const auto& i : s.items) {
    ir::ExprPtr& e = const_cast<ir::ExprPtr&>(i->expr);
    Visitor v;
    v.expr = [&](ir::ExprPtr& x) {
      if (x->kind != ir::ExprKind::Call) return;
      const auto& c = x->as<ir::Call>();
      if (c.over || c.function.parts.size() != 1) return;
      std::string n = c.function.last().text;
      for (auto& ch : n) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      for (const char* a : kAggregates)
        if (n == a) found = true;
    };
    v.query = [](ir::QueryPtr&) {};
    walk(e, v);
  }
  return found;
}

void splitAnd(ir::ExprPtr& e, std::vector<ir::ExprPtr*>& out) {
  if (e && e->kind == ir::ExprKind::Binary && e->as<ir::Binary>().op == ir::BinaryOp::And) {
    splitAnd(e->as<ir::Binary>().left, out);
    splitAnd(e->as<ir::Binary>().right, out);
    return;
  }
  if (e) out.push_back(&e);
}

ir::ExprPtr booleanLiteral(const ir::SourceLocation& loc, bool value) {
  auto t = std::make_unique<ir::Literal>();
  t->loc = loc;
  t->literalKind = ir::LiteralKind::Boolean;
  t->value = value ? "TRUE" : "FALSE";
  t->valueType = ir::ValueType::Boolean;
  return t;
}
ir::ExprPtr trueLiteral(const ir::SourceLocation& loc) {
  return booleanLiteral(loc, true);
}

// "Conditions testing for ROWNUM values greater than a positive integer are always false":
// the first row fetched is 1, fails, and no row ever gets 2. So ROWNUM > n (n >= 1),
// ROWNUM >= n and ROWNUM = n (n >= 2), also mirrored, never hold; ROWNUM > n (n < 1) and
// ROWNUM >= n (n <= 1) always hold. Returns 1 / 0 for those, -1 for anything else.
int constantCondition(const ir::Binary& b) {
  ir::BinaryOp op = b.op;
  const ir::Literal* n = nullptr;
  if (isRownum(b.left.get())) {
    n = integerLiteral(b.right.get());
  } else if (isRownum(b.right.get())) {
    n = integerLiteral(b.left.get());
    if (op == ir::BinaryOp::Lt)
      op = ir::BinaryOp::Gt;
    else if (op == ir::BinaryOp::Le)
      op = ir::BinaryOp::Ge;
    else if (op != ir::BinaryOp::Eq)
      return -1;
  }
  if (!n || n->value.empty() || n->value.size() > 18) return -1;
  long long v = std::stoll(n->value);
  if (op == ir::BinaryOp::Gt) return v >= 1 ? 0 : 1;
  if (op == ir::BinaryOp::Ge) return v >= 2 ? 0 : 1;
  if (op == ir::BinaryOp::Eq && v >= 2) return 0;
  return -1;
}

std::string lowerText(std::string t) {
  for (auto& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return t;
}

// Every ORDER BY key is an output column of the block (a position, or a one-part name that
// is a select item's alias or column, or any column under an unqualified *): the sort can then
// move above a derived table holding the block.
bool orderByOverOutput(const ir::Select& s) {
  if (!s.into.empty() || !s.windows.empty()) return false;
  bool star = false;
  std::vector<std::string> names;
  for (const auto& i : s.items) {
    if (!i->alias.empty()) names.push_back(lowerText(i->alias.text));
    if (!i->expr) continue;
    if (i->expr->kind == ir::ExprKind::Star && i->expr->as<ir::Star>().qualifier.parts.empty())
      star = true;
    if (i->alias.empty() && i->expr->kind == ir::ExprKind::Name)
      names.push_back(lowerText(i->expr->as<ir::NameRef>().name.last().text));
  }
  for (const auto& o : s.orderBy) {
    if (!o->expr) return false;
    if (integerLiteral(o->expr.get())) continue;
    if (o->expr->kind != ir::ExprKind::Name) return false;
    const auto& n = o->expr->as<ir::NameRef>();
    if (n.name.parts.size() != 1) return false;
    std::string t = lowerText(n.name.parts[0].text);
    bool found = false;
    for (const auto& x : names) found = found || x == t;
    if (!found && !(star && n.role == ir::NameRole::Column)) return false;
  }
  return true;
}

// The block, without its ORDER BY, moves into a derived table limited to `n` rows.
void limitBelowOrderBy(ir::Select& s, ir::ExprPtr n) {
  auto inner = std::make_unique<ir::Select>();
  inner->loc = s.loc;
  inner->modifiers = std::move(s.modifiers);
  inner->hints = std::move(s.hints);
  inner->items = std::move(s.items);
  inner->from = std::move(s.from);
  inner->where = std::move(s.where);
  inner->limit = std::move(n);
  auto derived = std::make_unique<ir::DerivedTable>();
  derived->loc = s.loc;
  derived->alias = ir::Identifier{"barge_rownum", false};
  derived->query = std::move(inner);
  s.from.clear();
  s.from.push_back(std::move(derived));
  s.items.clear();
  auto item = std::make_unique<ir::SelectItem>();
  item->loc = s.loc;
  auto star = std::make_unique<ir::Star>();
  star->loc = s.loc;
  item->expr = std::move(star);
  s.items.push_back(std::move(item));
}

}  // namespace

void rownum(ir::Select& s, PassContext& ctx) {
  // select list: ROWNUM -> row_number() OVER ()
  for (auto& i : s.items) {
    if (!isRownum(i->expr.get())) continue;
    if (i->alias.empty()) i->alias = ir::Identifier{"rownum", false};
    i->expr = templateCall(i->expr->loc, "row_number() OVER ()", {}, ir::ValueType::Integer);
  }
  if (!s.where) return;
  std::vector<ir::ExprPtr*> conj;
  splitAnd(s.where, conj);
  ir::ExprPtr limitBelow;  // a top-N under this block's ORDER BY
  for (ir::ExprPtr* c : conj) {
    if (!*c || (*c)->kind != ir::ExprKind::Binary) continue;
    auto& b = (*c)->as<ir::Binary>();
    if (!isRownum(b.left.get()) && !isRownum(b.right.get())) continue;
    if (int k = constantCondition(b); k >= 0) {
      *c = booleanLiteral((*c)->loc, k == 1);
      continue;
    }
    std::string why;
    if (!s.orderBy.empty() && s.groupBy.empty() && !s.distinct && !hasAggregate(s) && !s.limit &&
        !s.offset && !limitBelow && orderByOverOutput(s)) {
      ir::SourceLocation loc = (*c)->loc;
      if ((limitBelow = topN(**c))) {
        *c = trueLiteral(loc);
        continue;
      }
    }
    if (!s.orderBy.empty())
      why = "ORDER BY in the same query block (Oracle numbers rows before sorting)";
    else if (!s.groupBy.empty() || s.distinct || hasAggregate(s))
      why = "GROUP BY, DISTINCT or an aggregate in the same query block";
    else if (s.limit || s.offset)
      why = "a second row limit";
    if (!why.empty()) {
      ctx.actions.add("BRG-2009", (*c)->loc, "ROWNUM condition not converted: " + why);
      continue;  // the printer leaves the statement out
    }
    ir::SourceLocation loc = (*c)->loc;
    ir::ExprPtr n = topN(**c);
    if (!n) {
      ctx.actions.add("BRG-2009", loc, "ROWNUM condition not converted: not a top-N filter");
      continue;
    }
    s.limit = std::move(n);
    *c = trueLiteral(loc);  // the AND chain keeps its shape; TRUE conjuncts are harmless
  }
  // drop a WHERE that is only TRUE
  if (s.where && s.where->kind == ir::ExprKind::Literal &&
      s.where->as<ir::Literal>().literalKind == ir::LiteralKind::Boolean &&
      s.where->as<ir::Literal>().value == "TRUE")
    s.where = nullptr;
  if (limitBelow) limitBelowOrderBy(s, std::move(limitBelow));
}

}  // namespace barge::converter::oracle
