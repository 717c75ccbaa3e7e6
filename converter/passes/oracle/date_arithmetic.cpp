// Oracle datetime arithmetic (Oracle Database SQL Language Reference, "Datetime/Interval
// Arithmetic"): DATE + n and DATE - n add or subtract n days (n may be fractional);
// DATE - DATE is the number of days between them, fractional. PostgreSQL has no
// timestamp + number, and timestamp - timestamp is an interval.
#include "converter/passes/oracle/oracle_passes.h"

namespace barge::converter::oracle {

namespace {
bool temporal(ir::ValueType t) {
  return t == ir::ValueType::Date || t == ir::ValueType::Timestamp ||
         t == ir::ValueType::TimestampTz;
}
bool numeric(ir::ValueType t) {
  return t == ir::ValueType::Number || t == ir::ValueType::Integer;
}
}  // namespace

void dateArithmetic(ir::ExprPtr& e, PassContext&) {
  if (e->kind != ir::ExprKind::Binary) return;
  auto& b = e->as<ir::Binary>();
  if ((b.op != ir::BinaryOp::Add && b.op != ir::BinaryOp::Sub) || !b.left || !b.right) return;
  ir::ValueType l = b.left->valueType, r = b.right->valueType;
  std::vector<ir::ExprPtr> args;
  if (temporal(l) && numeric(r)) {
    std::string op = b.op == ir::BinaryOp::Add ? "+" : "-";
    args.push_back(std::move(b.left));
    args.push_back(std::move(b.right));
    ir::ValueType t = l == ir::ValueType::Date ? ir::ValueType::Timestamp : l;
    e = templateCall(e->loc, "({0} " + op + " ({1}) * INTERVAL '1 day')", std::move(args), t);
  } else if (b.op == ir::BinaryOp::Add && numeric(l) && temporal(r)) {
    args.push_back(std::move(b.right));
    args.push_back(std::move(b.left));
    ir::ValueType t = r == ir::ValueType::Date ? ir::ValueType::Timestamp : r;
    e = templateCall(e->loc, "({0} + ({1}) * INTERVAL '1 day')", std::move(args), t);
  } else if (b.op == ir::BinaryOp::Sub && temporal(l) && temporal(r)) {
    std::string cast = l == ir::ValueType::TimestampTz || r == ir::ValueType::TimestampTz
                           ? "timestamptz"
                           : "timestamp";
    args.push_back(std::move(b.left));
    args.push_back(std::move(b.right));
    e = templateCall(
        e->loc,
        "(EXTRACT(EPOCH FROM (CAST({0} AS " + cast + ") - CAST({1} AS " + cast + "))) / 86400)",
        std::move(args), ir::ValueType::Number);
  }
}

}  // namespace barge::converter::oracle
