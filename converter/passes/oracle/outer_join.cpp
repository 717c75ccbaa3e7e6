// Oracle (+) outer joins -> ANSI joins. Oracle Database SQL Language Reference, "Joins":
// the (+) marks the optional side of the condition; a condition on the optional side against
// a constant belongs to the join (ON), not to WHERE; (+) cannot be used with OR or relate a
// table to more than one other table's columns in one condition; chained (+) conditions join
// in sequence.
#include <algorithm>
#include <map>
#include <set>

#include "converter/passes/oracle/oracle_passes.h"
#include "converter/passes/walk.h"

namespace barge::converter::oracle {

namespace {

void splitAnd(ir::ExprPtr e, std::vector<ir::ExprPtr>& out) {
  if (e && e->kind == ir::ExprKind::Binary && e->as<ir::Binary>().op == ir::BinaryOp::And) {
    auto& b = e->as<ir::Binary>();
    splitAnd(std::move(b.left), out);
    splitAnd(std::move(b.right), out);
    return;
  }
  if (e) out.push_back(std::move(e));
}

ir::ExprPtr joinAnd(std::vector<ir::ExprPtr> v, const ir::SourceLocation& loc) {
  ir::ExprPtr out;
  for (auto& e : v) {
    if (!out) {
      out = std::move(e);
      continue;
    }
    auto b = std::make_unique<ir::Binary>();
    b->loc = loc;
    b->op = ir::BinaryOp::And;
    b->valueType = ir::ValueType::Boolean;
    b->left = std::move(out);
    b->right = std::move(e);
    out = std::move(b);
  }
  return out;
}

// The FROM items each table reference belongs to (top-level index).
void indexRefs(const ir::TableRef* t, size_t top, std::map<const ir::TableRef*, size_t>& out) {
  if (!t) return;
  out[t] = top;
  if (t->kind == ir::TableRefKind::Join) {
    const auto& j = static_cast<const ir::Join&>(*t);
    indexRefs(j.left.get(), top, out);
    indexRefs(j.right.get(), top, out);
  }
}

struct Refs {
  std::set<size_t> marked, plain;
  bool unresolvedMark = false, underOr = false;
};

void collect(const ir::Expr* e, const std::map<const ir::TableRef*, size_t>& items, bool inOr,
             Refs& r) {
  if (!e) return;
  if (e->kind == ir::ExprKind::Name) {
    const auto& n = e->as<ir::NameRef>();
    auto it = n.from ? items.find(n.from) : items.end();
    if (n.outerJoinMark) {
      if (inOr) r.underOr = true;
      if (it == items.end())
        r.unresolvedMark = true;
      else
        r.marked.insert(it->second);
    } else if (it != items.end()) {
      r.plain.insert(it->second);
    }
    return;
  }
  if (e->kind == ir::ExprKind::Subquery) return;  // (+) cannot reach into subqueries
  bool orHere = e->kind == ir::ExprKind::Binary && e->as<ir::Binary>().op == ir::BinaryOp::Or;
  switch (e->kind) {
    case ir::ExprKind::Binary:
      collect(e->as<ir::Binary>().left.get(), items, inOr || orHere, r);
      collect(e->as<ir::Binary>().right.get(), items, inOr || orHere, r);
      break;
    case ir::ExprKind::Unary:
      collect(e->as<ir::Unary>().operand.get(), items, inOr, r);
      break;
    case ir::ExprKind::Call:
      for (const auto& a : e->as<ir::Call>().args) collect(a.value.get(), items, inOr, r);
      break;
    case ir::ExprKind::Between:
      collect(e->as<ir::Between>().operand.get(), items, inOr, r);
      collect(e->as<ir::Between>().low.get(), items, inOr, r);
      collect(e->as<ir::Between>().high.get(), items, inOr, r);
      break;
    case ir::ExprKind::InList:
      collect(e->as<ir::InList>().operand.get(), items, inOr, r);
      for (const auto& i : e->as<ir::InList>().items) collect(i.get(), items, inOr, r);
      break;
    case ir::ExprKind::Like:
      collect(e->as<ir::Like>().operand.get(), items, inOr, r);
      collect(e->as<ir::Like>().pattern.get(), items, inOr, r);
      break;
    case ir::ExprKind::IsNull:
      collect(e->as<ir::IsNull>().operand.get(), items, inOr, r);
      break;
    case ir::ExprKind::Case: {
      const auto& c = e->as<ir::CaseExpr>();
      collect(c.operand.get(), items, inOr, r);
      for (const auto& w : c.whens) {
        collect(w.condition.get(), items, inOr, r);
        collect(w.result.get(), items, inOr, r);
      }
      collect(c.elseResult.get(), items, inOr, r);
      break;
    }
    case ir::ExprKind::Cast:
      collect(e->as<ir::Cast>().operand.get(), items, inOr, r);
      break;
    case ir::ExprKind::Row:
      for (const auto& i : e->as<ir::RowExpr>().items) collect(i.get(), items, inOr, r);
      break;
    default:
      break;
  }
}

void clearMarks(ir::ExprPtr& e) {
  Visitor v;
  v.expr = [](ir::ExprPtr& x) {
    if (x->kind == ir::ExprKind::Name) x->as<ir::NameRef>().outerJoinMark = false;
  };
  walk(e, v);
}

}  // namespace

void outerJoins(ir::Select& s, PassContext& ctx) {
  if (!s.where) return;
  std::map<const ir::TableRef*, size_t> items;
  for (size_t i = 0; i < s.from.size(); ++i) indexRefs(s.from[i].get(), i, items);
  // Look before touching anything: the rewrite is all or nothing.
  std::vector<ir::ExprPtr> conj;
  splitAnd(std::move(s.where), conj);
  std::vector<Refs> refs(conj.size());
  bool any = false, ok = true;
  for (size_t i = 0; i < conj.size(); ++i) {
    collect(conj[i].get(), items, false, refs[i]);
    if (refs[i].marked.empty() && !refs[i].unresolvedMark) continue;
    any = true;
    std::string why;
    if (refs[i].unresolvedMark)
      why = "(+) on a column barge could not resolve";
    else if (refs[i].underOr)
      why = "(+) inside OR";
    else if (refs[i].marked.size() > 1)
      why = "(+) on columns of more than one table";
    if (!why.empty()) {
      ctx.actions.add("BRG-2008", conj[i]->loc, "outer join not converted: " + why);
      ok = false;
    }
  }
  if (!any || !ok) {
    s.where = joinAnd(std::move(conj), s.loc);
    return;  // a remaining (+) makes the printer leave the statement out
  }
  // Conditions per optional item, and the items each one needs first.
  std::map<size_t, std::vector<size_t>> condsOf;
  std::map<size_t, std::set<size_t>> partners;
  for (size_t i = 0; i < conj.size(); ++i) {
    if (refs[i].marked.empty()) continue;
    size_t opt = *refs[i].marked.begin();
    condsOf[opt].push_back(i);
    for (size_t p : refs[i].plain)
      if (p != opt) partners[opt].insert(p);
  }
  struct Element {
    ir::TableRefPtr ref;
    std::set<size_t> members;
  };
  std::vector<Element> elements;
  for (size_t i = 0; i < s.from.size(); ++i)
    if (!condsOf.count(i)) elements.push_back({std::move(s.from[i]), {i}});
  if (elements.empty()) {  // every table optional: Oracle rejects it (ORA-01416)
    ctx.actions.add("BRG-2008", s.loc, "outer join not converted: every table is marked (+)");
    s.where = joinAnd(std::move(conj), s.loc);
    return;
  }
  std::vector<size_t> pending;
  for (const auto& [opt, _] : condsOf) pending.push_back(opt);
  std::vector<bool> used(conj.size(), false);
  while (!pending.empty()) {
    bool progress = false;
    for (auto it = pending.begin(); it != pending.end();) {
      size_t opt = *it;
      const auto& need = partners[opt];
      // every partner must already be placed
      bool ready = true;
      for (size_t p : need) {
        bool placed = false;
        for (const auto& el : elements)
          if (el.members.count(p)) placed = true;
        if (!placed) ready = false;
      }
      if (!ready) {
        ++it;
        continue;
      }
      // merge the elements holding the partners (or the first element for constant-only
      // conditions) into one
      std::vector<size_t> holders;
      for (size_t k = 0; k < elements.size(); ++k)
        for (size_t p : need)
          if (elements[k].members.count(p)) {
            if (std::find(holders.begin(), holders.end(), k) == holders.end()) holders.push_back(k);
          }
      if (holders.empty()) holders.push_back(0);
      Element merged = std::move(elements[holders[0]]);
      for (size_t h = 1; h < holders.size(); ++h) {
        auto j = std::make_unique<ir::Join>();
        j->loc = s.loc;
        j->joinType = "CROSS";
        j->left = std::move(merged.ref);
        j->right = std::move(elements[holders[h]].ref);
        merged.ref = std::move(j);
        merged.members.insert(elements[holders[h]].members.begin(),
                              elements[holders[h]].members.end());
      }
      std::vector<ir::ExprPtr> on;
      for (size_t c : condsOf[opt]) {
        clearMarks(conj[c]);
        on.push_back(std::move(conj[c]));
        used[c] = true;
      }
      auto j = std::make_unique<ir::Join>();
      j->loc = s.from[opt]->loc;
      j->joinType = "LEFT";
      j->left = std::move(merged.ref);
      j->right = std::move(s.from[opt]);
      j->on = joinAnd(std::move(on), j->loc);
      merged.ref = std::move(j);
      merged.members.insert(opt);
      // drop merged holders (highest index first), put the result where the first one was
      std::sort(holders.begin() + 1, holders.end(), std::greater<>());
      size_t first = holders[0];
      elements[first] = std::move(merged);
      for (size_t h = 1; h < holders.size(); ++h)
        elements.erase(elements.begin() + static_cast<long>(holders[h]));
      it = pending.erase(it);
      progress = true;
    }
    if (!progress) {
      ctx.actions.add("BRG-2008", s.loc, "outer join not converted: (+) conditions form a cycle");
      break;
    }
  }
  // Items left by a cycle keep their (+) conditions in WHERE: the printer leaves it out.
  for (size_t opt : pending) elements.push_back({std::move(s.from[opt]), {opt}});
  s.from.clear();
  for (auto& el : elements) s.from.push_back(std::move(el.ref));
  std::vector<ir::ExprPtr> rest;
  for (size_t i = 0; i < conj.size(); ++i)
    if (!used[i] && conj[i]) rest.push_back(std::move(conj[i]));
  s.where = joinAnd(std::move(rest), s.loc);
}

}  // namespace barge::converter::oracle
