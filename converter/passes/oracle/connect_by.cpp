// Hierarchical queries (Oracle Database SQL Language Reference, "Hierarchical Queries" and
// "Hierarchical Query Pseudocolumns") -> WITH RECURSIVE.
//   SELECT ... FROM t [WHERE w] START WITH s CONNECT BY [NOCYCLE] PRIOR a = b [ORDER SIBLINGS BY k]
// becomes
//   WITH RECURSIVE barge_h(<t's columns>, barge_level, <paths>, <roots>, barge_order) AS (
//     SELECT c.*, 1, ... FROM t c WHERE s
//     UNION ALL
//     SELECT c.*, p.barge_level + 1, ... FROM t c JOIN barge_h p ON <condition, PRIOR x -> p.x>
//   ) CYCLE <child key> SET barge_is_cycle USING barge_cycle_path
//   SELECT ... FROM barge_h t WHERE NOT t.barge_is_cycle [AND w] ORDER BY t.barge_order
// Oracle evaluates WHERE after building the hierarchy, so it moves to the outer query; rows come
// depth first with siblings in ORDER SIBLINGS BY order (barge_order is the path of sibling
// numbers). LEVEL, SYS_CONNECT_BY_PATH, CONNECT_BY_ROOT and CONNECT_BY_ISLEAF become columns of
// the recursion. Oracle raises ORA-01436 on a loop without NOCYCLE; PostgreSQL's CYCLE clause
// stops there instead (reported). One table or view in FROM is converted; joins are reported.
#include <algorithm>
#include <functional>

#include "converter/identifiers.h"
#include "converter/passes/oracle/oracle_passes.h"
#include "converter/passes/walk.h"
#include "ir/clone.h"

namespace barge::converter::oracle {

namespace {

constexpr const char* kChild = "barge_c";
constexpr const char* kParent = "barge_p";
constexpr const char* kCte = "barge_h";

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

ir::Identifier exact(std::string s) {
  return ir::Identifier{std::move(s), false, true};
}

ir::ExprPtr column(const std::string& alias, const std::string& col, ir::ValueType t = {}) {
  auto n = std::make_unique<ir::NameRef>();
  n->name.parts = {exact(alias), exact(col)};
  n->role = ir::NameRole::Column;
  n->valueType = t;
  return n;
}

ir::ExprPtr integer(const char* v) {
  auto l = std::make_unique<ir::Literal>();
  l->literalKind = ir::LiteralKind::Integer;
  l->value = v;
  l->valueType = ir::ValueType::Integer;
  return l;
}

bool isPseudo(const ir::Expr& e, const char* name) {
  if (e.kind != ir::ExprKind::Name) return false;
  const auto& n = e.as<ir::NameRef>();
  return n.role == ir::NameRole::PseudoColumn && n.name.parts.size() == 1 &&
         upper(n.name.parts[0].text) == name;
}

// Column references of the hierarchy's table -> `alias`.col; PRIOR x -> x over `priorAlias`.
void requalify(ir::ExprPtr& e, const ir::TableRef* table, const std::string& alias,
               const std::string& priorAlias, const std::vector<CatalogColumn>& cols, ir::Dialect d,
               std::vector<std::string>* childColumns) {
  Visitor v;
  v.expr = [&](ir::ExprPtr& x) {
    if (x->kind == ir::ExprKind::Unary && x->as<ir::Unary>().op == ir::UnaryOp::Prior) {
      ir::ExprPtr inner = std::move(x->as<ir::Unary>().operand);
      // the operand was already requalified to `alias`: point it at the prior row instead
      Visitor back;
      back.expr = [&](ir::ExprPtr& y) {
        if (y->kind == ir::ExprKind::Name && y->as<ir::NameRef>().name.parts.size() == 2 &&
            y->as<ir::NameRef>().name.parts[0].text == alias)
          y->as<ir::NameRef>().name.parts[0] = exact(priorAlias);
      };
      walk(inner, back);
      x = std::move(inner);
      return;
    }
    if (x->kind != ir::ExprKind::Name) return;
    auto& n = x->as<ir::NameRef>();
    if (n.role != ir::NameRole::Column || (n.from && n.from != table)) return;
    std::string col = pgName(d, n.name.last());
    for (const auto& c : cols)
      if (c.name == col) {
        n.name.parts = {exact(alias), exact(col)};
        if (childColumns) childColumns->push_back(col);
        return;
      }
  };
  walk(e, v);
}

ir::ExprPtr andOf(ir::ExprPtr a, ir::ExprPtr b) {
  if (!a) return b;
  if (!b) return a;
  auto x = std::make_unique<ir::Binary>();
  x->op = ir::BinaryOp::And;
  x->valueType = ir::ValueType::Boolean;
  x->left = std::move(a);
  x->right = std::move(b);
  return x;
}

ir::Ptr<ir::SelectItem> item(ir::ExprPtr e) {
  auto i = std::make_unique<ir::SelectItem>();
  i->expr = std::move(e);
  return i;
}

ir::TableRefPtr tableRef(const ir::QualifiedName& name, const std::string& alias) {
  auto t = std::make_unique<ir::NamedTable>();
  t->name = name;
  t->alias = exact(alias);
  return t;
}

ir::ExprPtr siblingNumber(const std::vector<ir::Ptr<ir::OrderItem>>& order) {
  auto c = std::make_unique<ir::Call>();
  c->function.parts = {exact("row_number")};
  c->target = true;
  c->over = std::make_unique<ir::WindowSpec>();
  for (const auto& o : order) c->over->orderBy.push_back(ir::clone(*o));
  return c;
}

}  // namespace

void connectBy(ir::Select& s, PassContext& ctx) {
  if (!s.connectBy) return;
  auto fail = [&](const std::string& why) {
    ctx.actions.add("BRG-2012", s.loc, "CONNECT BY not converted: " + why);
  };
  if (s.from.size() != 1 || s.from[0]->kind != ir::TableRefKind::Named) {
    fail("the hierarchy is built over a join or a subquery");
    return;
  }
  const auto& src = static_cast<const ir::NamedTable&>(*s.from[0]);
  const Relation* rel = ctx.catalog.findRelation(src.name);
  if (!rel || !rel->columnsKnown) {
    fail("the columns of " + src.name.str() + " are not known");
    return;
  }
  const ir::Dialect d = ctx.from;
  const std::string alias = pgName(d, src.alias.empty() ? src.name.last() : src.alias);
  ir::TableRefPtr original = std::move(s.from[0]);  // kept alive: bound names point at it
  const ir::TableRef* table = original.get();
  const auto& cols = rel->columns;

  // Pseudo-columns and hierarchical functions used by the query -> extra recursion columns.
  struct Extra {
    std::string name;
    ir::ExprPtr anchor, step;
  };
  std::vector<Extra> extras;
  // CONNECT_BY_ISLEAF: 1 when no row has this one as its prior row
  ir::ExprPtr leafProbe = ir::clone(*s.connectBy);
  requalify(leafProbe, table, kChild, alias, cols, d, nullptr);
  auto collect = [&](ir::ExprPtr& x) {
    if (isPseudo(*x, "LEVEL")) {
      x = column(alias, "barge_level", ir::ValueType::Integer);
    } else if (isPseudo(*x, "CONNECT_BY_ISLEAF")) {
      auto probe = std::make_unique<ir::Select>();
      probe->items.push_back(item(integer("1")));
      probe->from.push_back(tableRef(src.name, kChild));
      probe->where = ir::clone(*leafProbe);
      auto sq = std::make_unique<ir::SubqueryExpr>();
      sq->query = std::move(probe);
      auto ex = std::make_unique<ir::Exists>();
      ex->subquery = std::move(sq);
      std::vector<ir::ExprPtr> args;
      args.push_back(std::move(ex));
      x = templateCall(x->loc, "CASE WHEN {0} THEN 0 ELSE 1 END", std::move(args),
                       ir::ValueType::Integer);
    } else if (isPseudo(*x, "CONNECT_BY_ISCYCLE")) {
      std::vector<ir::ExprPtr> args;
      args.push_back(column(alias, "barge_is_cycle"));
      x = templateCall(x->loc, "CASE WHEN {0} THEN 1 ELSE 0 END", std::move(args),
                       ir::ValueType::Integer);
    } else if (x->kind == ir::ExprKind::Call && !x->as<ir::Call>().target &&
               x->as<ir::Call>().function.parts.size() == 1 &&
               upper(x->as<ir::Call>().function.last().text) == "SYS_CONNECT_BY_PATH" &&
               x->as<ir::Call>().args.size() == 2) {
      auto& c = x->as<ir::Call>();
      std::string name = "barge_path_" + std::to_string(extras.size() + 1);
      ir::ExprPtr value = std::move(c.args[0].value), sep = std::move(c.args[1].value);
      ir::ExprPtr a1 = ir::clone(*value), s1 = ir::clone(*sep);
      requalify(a1, table, kChild, kParent, cols, d, nullptr);
      ir::ExprPtr a2 = ir::clone(*value), s2 = ir::clone(*sep);
      requalify(a2, table, kChild, kParent, cols, d, nullptr);
      std::vector<ir::ExprPtr> anchorArgs, stepArgs;
      anchorArgs.push_back(std::move(s1));
      anchorArgs.push_back(std::move(a1));
      stepArgs.push_back(column(kParent, name));
      stepArgs.push_back(std::move(s2));
      stepArgs.push_back(std::move(a2));
      extras.push_back({name,
                        templateCall(x->loc, "CAST(concat({0}, {1}) AS text)",
                                     std::move(anchorArgs), ir::ValueType::Text),
                        templateCall(x->loc, "CAST(concat({0}, {1}, {2}) AS text)",
                                     std::move(stepArgs), ir::ValueType::Text)});
      x = column(alias, name, ir::ValueType::Text);
    } else if (x->kind == ir::ExprKind::Unary &&
               x->as<ir::Unary>().op == ir::UnaryOp::ConnectByRoot) {
      std::string name = "barge_root_" + std::to_string(extras.size() + 1);
      ir::ExprPtr value = std::move(x->as<ir::Unary>().operand);
      ir::ExprPtr a1 = ir::clone(*value);
      requalify(a1, table, kChild, kParent, cols, d, nullptr);
      extras.push_back({name, std::move(a1), column(kParent, name)});
      x = column(alias, name, value->valueType);
    }
  };
  Visitor v;
  v.expr = collect;
  v.query = [](ir::QueryPtr&) {};
  for (auto& i : s.items) walk(i->expr, v);
  walk(s.where, v);
  for (auto& o : s.orderBy) walk(o->expr, v);

  // The recursion.
  auto anchor = std::make_unique<ir::Select>();
  auto step = std::make_unique<ir::Select>();
  auto cte = std::make_unique<ir::CommonTable>();
  cte->name = exact(kCte);
  for (const auto& c : cols) {
    anchor->items.push_back(item(column(kChild, c.name, c.valueType)));
    step->items.push_back(item(column(kChild, c.name, c.valueType)));
    cte->columns.push_back(exact(c.name));
  }
  anchor->items.push_back(item(integer("1")));
  {
    auto plus = std::make_unique<ir::Binary>();
    plus->op = ir::BinaryOp::Add;
    plus->left = column(kParent, "barge_level", ir::ValueType::Integer);
    plus->right = integer("1");
    step->items.push_back(item(std::move(plus)));
  }
  cte->columns.push_back(exact("barge_level"));
  for (auto& x : extras) {
    anchor->items.push_back(item(std::move(x.anchor)));
    step->items.push_back(item(std::move(x.step)));
    cte->columns.push_back(exact(x.name));
  }
  std::vector<ir::Ptr<ir::OrderItem>> siblingsChild;
  if (s.orderSiblings)
    for (auto& o : s.orderBy) {
      auto c = ir::clone(*o);
      requalify(c->expr, table, kChild, kParent, cols, d, nullptr);
      siblingsChild.push_back(std::move(c));
    }
  {
    std::vector<ir::ExprPtr> a, b;
    a.push_back(siblingNumber(siblingsChild));
    anchor->items.push_back(
        item(templateCall(s.loc, "ARRAY[{0}]", std::move(a), ir::ValueType::Unknown)));
    b.push_back(column(kParent, "barge_order"));
    b.push_back(siblingNumber(siblingsChild));
    step->items.push_back(
        item(templateCall(s.loc, "({0} || {1})", std::move(b), ir::ValueType::Unknown)));
  }
  cte->columns.push_back(exact("barge_order"));

  anchor->from.push_back(tableRef(src.name, kChild));
  if (s.startWith) {
    requalify(s.startWith, table, kChild, kParent, cols, d, nullptr);
    anchor->where = std::move(s.startWith);
  }
  std::vector<std::string> childKey;
  ir::ExprPtr cond = std::move(s.connectBy);
  requalify(cond, table, kChild, kParent, cols, d, &childKey);
  {
    // the recursion table joins the prior rows
    auto j = std::make_unique<ir::Join>();
    j->joinType = "INNER";
    j->left = tableRef(src.name, kChild);
    auto p = std::make_unique<ir::NamedTable>();
    p->name.parts = {exact(kCte)};
    p->alias = exact(kParent);
    j->right = std::move(p);
    j->on = std::move(cond);
    step->from.push_back(std::move(j));
  }
  // the child rows' key columns mark a loop (a row reached again on its own path)
  for (const auto& c : childKey)
    if (std::find_if(cte->cycleColumns.begin(), cte->cycleColumns.end(),
                     [&](const ir::Identifier& i) { return i.text == c; }) ==
        cte->cycleColumns.end())
      cte->cycleColumns.push_back(exact(c));
  if (cte->cycleColumns.empty())
    for (const auto& c : cols) cte->cycleColumns.push_back(exact(c.name));
  if (!s.noCycle)
    ctx.actions.add("BRG-2010", s.loc,
                    "CONNECT BY without NOCYCLE: Oracle raises ORA-01436 on a loop in the data; "
                    "the converted query stops at the loop instead");
  auto union_ = std::make_unique<ir::SetOp>();
  union_->op = "UNION ALL";
  union_->left = std::move(anchor);
  union_->right = std::move(step);
  cte->query = std::move(union_);

  // The outer query reads the recursion under the table's own name.
  s.with.push_back(std::move(cte));
  s.recursiveWith = true;
  auto h = std::make_unique<ir::NamedTable>();
  h->name.parts = {exact(kCte)};
  h->alias = exact(alias);
  s.from[0] = std::move(h);
  // SELECT * must not show the recursion's own columns
  for (auto& i : s.items)
    if (i->expr->kind == ir::ExprKind::Star) {
      std::vector<ir::Ptr<ir::SelectItem>> expanded;
      for (const auto& c : cols) expanded.push_back(item(column(alias, c.name, c.valueType)));
      auto pos = std::find(s.items.begin(), s.items.end(), i);
      size_t at = static_cast<size_t>(pos - s.items.begin());
      s.items.erase(pos);
      for (size_t k = 0; k < expanded.size(); ++k)
        s.items.insert(s.items.begin() + static_cast<long>(at + k), std::move(expanded[k]));
      break;
    }
  auto notCycle = std::make_unique<ir::Unary>();
  notCycle->op = ir::UnaryOp::Not;
  notCycle->operand = column(alias, "barge_is_cycle", ir::ValueType::Boolean);
  s.where = andOf(std::move(notCycle), std::move(s.where));
  if (s.orderSiblings || s.orderBy.empty()) {
    s.orderBy.clear();
    auto o = std::make_unique<ir::OrderItem>();
    o->expr = column(alias, "barge_order");
    s.orderBy.push_back(std::move(o));
    s.orderSiblings = false;
  }
  s.noCycle = false;
  (void)original;
}

}  // namespace barge::converter::oracle
