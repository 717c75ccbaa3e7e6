// PIVOT / UNPIVOT (Oracle Database SQL Language Reference, SELECT, pivot_clause and
// unpivot_clause; Data Warehousing Guide, "Pivoting Operations"). Runs before binding, since
// the rewrite produces ordinary query blocks that the binder and the other passes then see.
//
// PIVOT (agg(x) [AS a] FOR (c, ...) IN (v [AS n], ...)) over a source S:
//   (SELECT <implicit grouping columns>, agg(CASE WHEN c = v THEN x END) AS n_a, ...
//    FROM S GROUP BY <implicit grouping columns>)
// The implicit grouping columns are S's columns not named in the aggregates or FOR. The
// value goes into the aggregate's first argument (COUNT(*) counts CASE ... THEN 1): Oracle's
// aggregates ignore NULLs, so this is the FILTER (WHERE c = v) of each aggregate, and it stays
// an argument through every function rule (LISTAGG -> string_agg ...).
// Column names follow Oracle: n_a with both aliases, n or the value as written alone.
//
// UNPIVOT [EXCLUDE|INCLUDE NULLS] ((m, ...) FOR (f, ...) IN ((c, ...) [AS (v, ...)], ...)):
//   (SELECT <other columns>, u.f, u.m FROM S CROSS JOIN LATERAL (VALUES (v, c), ...) u(f, m)
//    [WHERE u.m IS NOT NULL OR ...])
// Without AS the value is the column's name; EXCLUDE NULLS (the default) drops the rows
// whose measure columns are all NULL.
#include <algorithm>
#include <map>

#include "converter/bind/binder.h"
#include "converter/identifiers.h"
#include "converter/passes/oracle/oracle_passes.h"
#include "converter/passes/walk.h"
#include "ir/clone.h"

namespace barge::converter::oracle {

namespace {

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// An identifier holding a PostgreSQL name exactly.
ir::Identifier exact(const std::string& pg) {
  return ir::Identifier{pg, true};
}

ir::ExprPtr column(const std::string& pg, const ir::SourceLocation& loc,
                   const std::string& qualifier = {}) {
  auto n = std::make_unique<ir::NameRef>();
  n->loc = loc;
  if (!qualifier.empty()) n->name.parts.push_back(exact(qualifier));
  n->name.parts.push_back(exact(pg));
  return n;
}

ir::ExprPtr binary(ir::BinaryOp op, ir::ExprPtr l, ir::ExprPtr r, const ir::SourceLocation& loc) {
  auto b = std::make_unique<ir::Binary>();
  b->loc = loc;
  b->op = op;
  b->left = std::move(l);
  b->right = std::move(r);
  return b;
}

class PivotRewriter {
 public:
  explicit PivotRewriter(PassContext& ctx) : ctx_(ctx) {}

  void select(ir::Select& s) {
    for (auto& f : s.from) item(f, s);
  }

 private:
  void item(ir::TableRefPtr& t, ir::Select& s) {
    if (!t) return;
    if (t->kind == ir::TableRefKind::Join) {
      auto& j = static_cast<ir::Join&>(*t);
      item(j.left, s);
      item(j.right, s);
    }
    if (!t->pivot || t->pivot->xml) return;  // PIVOT XML: the printer reports it
    auto cols = sourceColumns(*t, s);
    if (cols.empty()) return;  // unknown source: left for the printer to report
    if (t->pivot->unpivot)
      unpivot(t, cols);
    else
      pivot(t, cols);
  }

  std::string pg(const ir::Identifier& id) { return pgName(ctx_.from, id); }

  // The source's columns (PostgreSQL names) in order; empty when they are not known.
  std::vector<std::string> sourceColumns(ir::TableRef& t, ir::Select& s) {
    std::vector<std::string> out;
    if (t.kind == ir::TableRefKind::Named) {
      const auto& n = static_cast<const ir::NamedTable&>(t);
      if (n.name.parts.size() == 1) {
        for (const auto& cte : s.with)
          if (pg(cte->name) == pg(n.name.last()) && cte->query) return queryColumns(*cte->query);
        auto it = ctes_.find(pg(n.name.last()));
        if (it != ctes_.end()) return queryColumns(*it->second);
      }
      const Relation* r = ctx_.catalog.findRelation(n.name);
      if (!r || !r->columnsKnown) return out;
      for (const auto& c : r->columns) out.push_back(c.name);
      return out;
    }
    if (t.kind == ir::TableRefKind::Derived) {
      auto& d = static_cast<ir::DerivedTable&>(t);
      if (!d.query) return out;
      pivots(d.query, ctx_);  // a pivot inside the source first
      return queryColumns(*d.query);
    }
    return out;
  }

  // Output columns of a query, from a bound copy (the real binding happens after the rewrite).
  std::vector<std::string> queryColumns(const ir::Query& q) {
    std::vector<ActionItem> scratch;
    ActionSink sink(scratch);
    ObjectActions actions(sink, "", "");
    auto copy = ir::clone(q);
    Binder b(ctx_.catalog, actions);
    b.bindQuery(*copy, nullptr);
    std::vector<std::string> out;
    for (const auto& c : b.outputColumns(*copy)) {
      if (c.name.empty()) return {};
      out.push_back(c.name);
    }
    return out;
  }

  void namesIn(ir::ExprPtr& e, std::vector<std::string>& out) {
    Visitor v;
    v.expr = [&](ir::ExprPtr& x) {
      if (x && x->kind == ir::ExprKind::Name) {
        const auto& n = x->as<ir::NameRef>();
        if (!n.name.parts.empty()) out.push_back(pg(n.name.last()));
      }
    };
    walk(e, v);
  }

  // The heading Oracle gives a pivot value without an alias: the value as written.
  std::optional<std::string> valueName(const ir::PivotIn& in) {
    if (!in.alias.empty()) return pg(in.alias);
    std::string name;
    for (const auto& v : in.values) {
      if (!v || v->kind != ir::ExprKind::Literal) return std::nullopt;
      const auto& l = v->as<ir::Literal>();
      std::string text;
      if (l.literalKind == ir::LiteralKind::String)
        text = "'" + l.value + "'";
      else if (l.literalKind == ir::LiteralKind::Integer ||
               l.literalKind == ir::LiteralKind::Decimal)
        text = l.value;
      else
        return std::nullopt;
      name += (name.empty() ? "" : "_") + text;
    }
    return name;
  }

  bool pivot(ir::TableRefPtr& t, const std::vector<std::string>& cols) {
    ir::Pivot& p = *t->pivot;
    std::vector<std::string> used;
    for (auto& a : p.aggregates) {
      if (!a || a->kind != ir::ExprKind::Call || a->as<ir::Call>().over) return false;
      namesIn(a, used);
    }
    for (const auto& f : p.forColumns) used.push_back(pg(f));
    for (const auto& in : p.in)
      if (in.values.size() != p.forColumns.size() || !valueName(in)) return false;
    auto sel = std::make_unique<ir::Select>();
    sel->loc = p.loc;
    for (const auto& c : cols) {
      if (std::find(used.begin(), used.end(), c) != used.end()) continue;
      auto item = std::make_unique<ir::SelectItem>();
      item->loc = p.loc;
      item->expr = column(c, p.loc);
      sel->items.push_back(std::move(item));
      sel->groupBy.push_back(column(c, p.loc));
    }
    for (const auto& in : p.in) {
      for (size_t k = 0; k < p.aggregates.size(); ++k) {
        ir::ExprPtr cond;
        for (size_t i = 0; i < p.forColumns.size(); ++i) {
          auto eq = binary(ir::BinaryOp::Eq, column(pg(p.forColumns[i]), in.loc),
                           ir::clone(*in.values[i]), in.loc);
          cond = cond ? binary(ir::BinaryOp::And, std::move(cond), std::move(eq), in.loc)
                      : std::move(eq);
        }
        auto agg = ir::clone(*p.aggregates[k]);
        auto& call = agg->as<ir::Call>();
        auto c = std::make_unique<ir::CaseExpr>();
        c->loc = in.loc;
        ir::CaseExpr::When w;
        w.condition = std::move(cond);
        if (call.starArg || call.args.empty()) {
          auto one = std::make_unique<ir::Literal>();
          one->loc = in.loc;
          one->literalKind = ir::LiteralKind::Integer;
          one->value = "1";
          w.result = std::move(one);
          call.starArg = false;
          call.args.clear();
          call.args.push_back({});
        } else {
          w.result = std::move(call.args[0].value);
        }
        c->whens.push_back(std::move(w));
        call.args[0].value = std::move(c);
        auto item = std::make_unique<ir::SelectItem>();
        item->loc = in.loc;
        item->expr = std::move(agg);
        std::string name = *valueName(in);
        if (!p.aggregateAliases[k].empty()) name += "_" + pg(p.aggregateAliases[k]);
        item->alias = exact(name);
        sel->items.push_back(std::move(item));
      }
    }
    replace(t, std::move(sel));
    return true;
  }

  bool unpivot(ir::TableRefPtr& t, const std::vector<std::string>& cols) {
    ir::Pivot& p = *t->pivot;
    std::vector<std::string> used;
    for (const auto& in : p.in) {
      if (in.columns.size() != p.valueColumns.size()) return false;
      if (!in.values.empty() && in.values.size() != p.forColumns.size()) return false;
      if (in.values.empty() && p.forColumns.size() != 1) return false;
      for (const auto& c : in.columns) used.push_back(pg(c));
    }
    const std::string u = "barge_unpivot";
    auto values = std::make_unique<ir::Values>();
    values->loc = p.loc;
    for (const auto& in : p.in) {
      std::vector<ir::ExprPtr> row;
      if (in.values.empty()) {  // the value is the column's name, as Oracle stores it
        auto l = std::make_unique<ir::Literal>();
        l->loc = in.loc;
        l->literalKind = ir::LiteralKind::String;
        l->value = in.columns[0].quoted ? in.columns[0].text : upper(in.columns[0].text);
        row.push_back(std::move(l));
      } else {
        for (const auto& v : in.values) row.push_back(ir::clone(*v));
      }
      for (const auto& c : in.columns) row.push_back(column(pg(c), in.loc));
      values->rows.push_back(std::move(row));
    }
    auto lateral = std::make_unique<ir::DerivedTable>();
    lateral->loc = p.loc;
    lateral->lateral = true;
    lateral->query = std::move(values);
    lateral->alias = exact(u);
    for (const auto& f : p.forColumns) lateral->columnAliases.push_back(exact(pg(f)));
    for (const auto& m : p.valueColumns) lateral->columnAliases.push_back(exact(pg(m)));

    auto sel = std::make_unique<ir::Select>();
    sel->loc = p.loc;
    auto add = [&](ir::ExprPtr e) {
      auto item = std::make_unique<ir::SelectItem>();
      item->loc = p.loc;
      item->expr = std::move(e);
      sel->items.push_back(std::move(item));
    };
    for (const auto& c : cols)
      if (std::find(used.begin(), used.end(), c) == used.end()) add(column(c, p.loc));
    for (const auto& f : p.forColumns) add(column(pg(f), p.loc, u));
    for (const auto& m : p.valueColumns) add(column(pg(m), p.loc, u));
    if (!p.includeNulls) {
      ir::ExprPtr cond;
      for (const auto& m : p.valueColumns) {
        auto nn = std::make_unique<ir::IsNull>();
        nn->loc = p.loc;
        nn->negated = true;
        nn->operand = column(pg(m), p.loc, u);
        cond =
            cond ? binary(ir::BinaryOp::Or, std::move(cond), std::move(nn), p.loc) : std::move(nn);
      }
      sel->where = std::move(cond);
    }
    auto join = std::make_unique<ir::Join>();
    join->loc = p.loc;
    join->joinType = "CROSS";
    join->right = std::move(lateral);
    // the source keeps no alias of its own (Oracle's alias names the result)
    ir::Identifier alias = t->alias;
    auto colAliases = t->columnAliases;
    t->pivot.reset();
    t->alias = {};
    t->columnAliases.clear();
    join->left = std::move(t);
    sel->from.push_back(std::move(join));
    auto d = std::make_unique<ir::DerivedTable>();
    d->loc = p.loc;
    d->query = std::move(sel);
    d->alias = alias;
    d->columnAliases = colAliases;
    t = std::move(d);
    return true;
  }

  void replace(ir::TableRefPtr& t, ir::Ptr<ir::Select> sel) {
    ir::Identifier alias = t->alias;
    auto colAliases = t->columnAliases;
    ir::SourceLocation loc = t->pivot->loc;
    t->pivot.reset();
    t->alias = {};
    t->columnAliases.clear();
    sel->from.push_back(std::move(t));
    auto d = std::make_unique<ir::DerivedTable>();
    d->loc = loc;
    d->query = std::move(sel);
    d->alias = alias;
    d->columnAliases = colAliases;
    t = std::move(d);
  }

  PassContext& ctx_;

 public:
  // WITH queries of the whole statement by name: a PIVOT may read a WITH element defined by an
  // enclosing query (WITH base AS (...), p AS (SELECT ... FROM base PIVOT ...)).
  void collect(const ir::Query& q) {
    for (const auto& c : q.with)
      if (c->query) ctes_.emplace(pg(c->name), c->query.get());
  }

 private:
  std::map<std::string, const ir::Query*> ctes_;
};

}  // namespace

template <typename Root>
void collectWith(Root& root, PivotRewriter& r) {
  Visitor c;
  c.query = [&](ir::QueryPtr& q) {
    if (q) r.collect(*q);
  };
  c.select = [&](ir::Select& s) { r.collect(s); };
  walk(root, c);
}

void pivots(ir::QueryPtr& q, PassContext& ctx) {
  PivotRewriter r(ctx);
  collectWith(q, r);
  Visitor v;
  v.select = [&](ir::Select& s) { r.select(s); };
  walk(q, v);
}

void pivots(ir::Stmt& s, PassContext& ctx) {
  PivotRewriter r(ctx);
  collectWith(s, r);
  Visitor v;
  v.select = [&](ir::Select& sel) { r.select(sel); };
  walk(s, v);
}

}  // namespace barge::converter::oracle
