// Without ONLY_FULL_GROUP_BY (MySQL 5.6 and MariaDB defaults, and many dumps' sql_mode) a
// grouped query may select columns that are neither grouped nor aggregated; MySQL returns a
// value from any row of the group (MySQL Reference Manual, "MySQL Handling of GROUP BY").
// PostgreSQL rejects such a query. Each such column becomes min(col): the same value where it
// is functionally dependent on the group (the usual case, e.g. columns of a joined row picked
// by the grouped key), and one of the group's values otherwise, which MySQL allows as well.
#include <set>

#include "converter/passes/mysql/mysql_passes.h"
#include "converter/passes/walk.h"

namespace barge::converter::mysql {

namespace {

bool isAggregate(const ir::Call& c) {
  if (c.over) return true;
  std::string n = c.function.parts.empty() ? "" : c.function.last().text;
  for (auto& ch : n) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  static const char* kAggregates[] = {
      "COUNT",    "SUM",        "AVG",         "MIN",          "MAX",           "STDDEV",
      "VARIANCE", "BIT_AND",    "BIT_OR",      "BIT_XOR",      "STD",           "VAR_POP",
      "VAR_SAMP", "STDDEV_POP", "STDDEV_SAMP", "GROUP_CONCAT", "JSON_ARRAYAGG", "JSON_OBJECTAGG"};
  for (const char* a : kAggregates)
    if (n == a) return true;
  return false;
}

std::string key(const ir::NameRef& n) {
  std::string k;
  for (const auto& p : n.name.parts) {
    std::string t = p.text;
    for (auto& ch : t) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    k += (k.empty() ? "" : ".") + t;
  }
  return k;
}

// Rewrites column references outside aggregates that GROUP BY does not name.
void wrap(ir::ExprPtr& e, const std::set<std::string>& grouped, const ir::TableRef* const* from,
          size_t fromCount, PassContext& ctx, bool& changed) {
  if (!e) return;
  if (e->kind == ir::ExprKind::Call && isAggregate(e->as<ir::Call>())) return;
  if (e->kind == ir::ExprKind::Subquery || e->kind == ir::ExprKind::Exists) return;
  if (e->kind == ir::ExprKind::Name) {
    auto& n = e->as<ir::NameRef>();
    if (n.role != ir::NameRole::Column) return;
    if (grouped.count(key(n)) || grouped.count(n.name.last().text)) return;
    bool local = false;  // a column of this block, not an outer reference
    for (size_t i = 0; i < fromCount; ++i) local = local || n.from == from[i];
    if (!local && n.from) return;
    auto c = std::make_unique<ir::Call>();
    c->loc = e->loc;
    c->valueType = e->valueType;
    c->function.parts = {ir::Identifier{"min", false, true}};
    c->target = true;
    ir::Argument a;
    a.value = std::move(e);
    c->args.push_back(std::move(a));
    e = std::move(c);
    changed = true;
    return;
  }
  switch (e->kind) {
    case ir::ExprKind::Binary:
      wrap(e->as<ir::Binary>().left, grouped, from, fromCount, ctx, changed);
      wrap(e->as<ir::Binary>().right, grouped, from, fromCount, ctx, changed);
      break;
    case ir::ExprKind::Unary:
      wrap(e->as<ir::Unary>().operand, grouped, from, fromCount, ctx, changed);
      break;
    case ir::ExprKind::Call:
      for (auto& a : e->as<ir::Call>().args) wrap(a.value, grouped, from, fromCount, ctx, changed);
      break;
    case ir::ExprKind::Case: {
      auto& c = e->as<ir::CaseExpr>();
      wrap(c.operand, grouped, from, fromCount, ctx, changed);
      for (auto& w : c.whens) {
        wrap(w.condition, grouped, from, fromCount, ctx, changed);
        wrap(w.result, grouped, from, fromCount, ctx, changed);
      }
      wrap(c.elseResult, grouped, from, fromCount, ctx, changed);
      break;
    }
    case ir::ExprKind::Cast:
      wrap(e->as<ir::Cast>().operand, grouped, from, fromCount, ctx, changed);
      break;
    default:
      break;
  }
}

void collectRefs(const ir::TableRef* t, std::vector<const ir::TableRef*>& out) {
  if (!t) return;
  out.push_back(t);
  if (t->kind == ir::TableRefKind::Join) {
    collectRefs(static_cast<const ir::Join*>(t)->left.get(), out);
    collectRefs(static_cast<const ir::Join*>(t)->right.get(), out);
  }
}

}  // namespace

void looseGroupBy(ir::Select& s, PassContext& ctx) {
  if (s.groupBy.empty()) return;
  std::set<std::string> grouped;
  for (const auto& g : s.groupBy)
    if (g && g->kind == ir::ExprKind::Name) {
      grouped.insert(key(g->as<ir::NameRef>()));
      grouped.insert(g->as<ir::NameRef>().name.last().text);
    }
  // select-list aliases named in GROUP BY are grouped too
  for (const auto& i : s.items)
    if (!i->alias.empty() && grouped.count(i->alias.text) && i->expr &&
        i->expr->kind == ir::ExprKind::Name)
      grouped.insert(key(i->expr->as<ir::NameRef>()));
  std::vector<const ir::TableRef*> refs;
  for (const auto& f : s.from) collectRefs(f.get(), refs);
  bool changed = false;
  for (auto& i : s.items) {
    if (!i->expr) continue;
    std::string name;
    if (i->alias.empty() && i->expr->kind == ir::ExprKind::Name)
      name = i->expr->as<ir::NameRef>().name.last().text;
    bool before = changed;
    wrap(i->expr, grouped, refs.data(), refs.size(), ctx, changed);
    if (changed && !before && !name.empty()) i->alias = ir::Identifier{name, false};
  }
  wrap(s.having, grouped, refs.data(), refs.size(), ctx, changed);
  // ORDER BY: columns as above; select-list aliases are already grouped or aggregated
  std::set<std::string> withAliases = grouped;
  for (const auto& i : s.items)
    if (!i->alias.empty()) withAliases.insert(i->alias.text);
  for (auto& o : s.orderBy)
    if (o->expr) wrap(o->expr, withAliases, refs.data(), refs.size(), ctx, changed);
  if (changed)
    ctx.actions.add("BRG-2010", s.loc,
                    "columns neither grouped nor aggregated (MySQL picks a value of the group) "
                    "are read with min()");
}

}  // namespace barge::converter::mysql
