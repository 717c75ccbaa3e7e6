// The order of the passes per dialect. Query-block passes run first (they read the binder's
// name resolution: (+) marks and ROWNUM), then expression passes children first, one pass at
// a time over the whole statement.
#include "converter/bind/binder.h"
#include "converter/passes/assignment_targets.h"
#include "converter/passes/casts.h"
#include "converter/passes/functions.h"
#include "converter/passes/mysql/mysql_passes.h"
#include "converter/passes/oracle/oracle_passes.h"
#include "converter/passes/pass.h"
#include "converter/passes/walk.h"

namespace barge::converter {

namespace {

using ExprPass = void (*)(ir::ExprPtr&, PassContext&);
using SelectPass = void (*)(ir::Select&, PassContext&);
using QueryPass = void (*)(ir::QueryPtr&, PassContext&);

struct PassList {
  std::vector<SelectPass> selects;
  std::vector<QueryPass> queries;
  std::vector<ExprPass> exprs;
  const SpecialCalls* calls;
};

const PassList& passesFor(ir::Dialect d) {
  static const PassList kOracle = {
      {hints, oracle::outerJoins, oracle::connectBy, oracle::rownum, oracle::dual,
       oracle::partitionNames},
      {oracle::setOperators, oracle::fetchPercent},
      {oracle::emptyStringIsNull, oracle::decode, oracle::sequences, oracle::dateArithmetic,
       oracle::division, oracle::implicitNumbers, oracle::implicitConversion, oracle::concatenation,
       oracle::multisetCasts, isJson},
      &oracle::specialCalls()};
  static const PassList kMySql = {
      {hints, mysql::looseGroupBy}, {}, {isJson}, &mysql::specialCalls()};
  return d == ir::Dialect::Oracle ? kOracle : kMySql;
}

template <typename Root>
void runPasses(Root& root, PassContext& ctx) {
  const PassList& p = passesFor(ctx.from);
  for (SelectPass sp : p.selects) {
    Visitor v;
    v.select = [&](ir::Select& s) { sp(s, ctx); };
    walk(root, v);
  }
  for (QueryPass qp : p.queries) {
    Visitor v;
    v.query = [&](ir::QueryPtr& q) { qp(q, ctx); };
    walk(root, v);
  }
  for (ExprPass ep : p.exprs) {
    Visitor v;
    v.expr = [&](ir::ExprPtr& e) { ep(e, ctx); };
    walk(root, v);
  }
  Visitor calls;
  calls.expr = [&](ir::ExprPtr& e) { functionCalls(e, ctx, *p.calls); };
  walk(root, calls);
  Visitor c;
  c.expr = [&](ir::ExprPtr& e) { casts(e, ctx); };
  walk(root, c);
}

}  // namespace

ConvertedQuery convertQuery(ir::QueryPtr& q, PassContext& ctx, const Scope* outer) {
  ConvertedQuery out;
  if (!q) return out;
  if (ctx.from == ir::Dialect::Oracle) oracle::pivots(q, ctx);
  Binder b(ctx.catalog, ctx.actions);
  b.bindQuery(*q, outer);
  out.columns = b.outputColumns(*q);
  out.unresolvedTables = b.unresolvedTables() > 0;
  runPasses(q, ctx);
  return out;
}

ConvertedQuery convertStatement(ir::Stmt& s, PassContext& ctx) {
  ConvertedQuery out;
  if (ctx.from == ir::Dialect::Oracle) oracle::pivots(s, ctx);
  Binder b(ctx.catalog, ctx.actions);
  b.bindDml(s, nullptr);
  out.unresolvedTables = b.unresolvedTables() > 0;
  runPasses(s, ctx);
  assignmentTargets(s, ctx);
  if (ctx.from == ir::Dialect::Oracle) oracle::mergeDelete(s, ctx);
  return out;
}

void convertExpr(ir::ExprPtr& e, PassContext& ctx, const Scope& scope) {
  if (!e) return;
  Binder b(ctx.catalog, ctx.actions);
  b.bindExpr(*e, scope);
  runPasses(e, ctx);
}

}  // namespace barge::converter
