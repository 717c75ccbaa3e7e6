// Oracle `||` ignores NULL operands ('a' || NULL = 'a'; Oracle Database SQL Language
// Reference, "Concatenation Operator"); PostgreSQL's || returns NULL. A chain a || b || c
// becomes concat(a, b, c), which skips NULLs. concat() is only STABLE, so where PostgreSQL
// needs an IMMUTABLE expression (generated columns, index expressions) each operand is
// wrapped in coalesce(x::text, '') instead. A chain whose result is empty (all operands NULL
// or '') is NULL in Oracle, which has no zero-length string: nullif(..., '') keeps that.
// Oracle converts a NUMBER operand as TO_CHAR(n) does ('x' || .3 is 'x.3', no trailing
// zeros of the column's scale); numeric's text form would give 'x0.30', so non-integer
// numbers go through barge_compat.to_char.
#include "converter/passes/oracle/oracle_passes.h"

namespace barge::converter::oracle {

namespace {
// Passes run children first, so an inner a || b is already a concat call: it is marked with
// this name and taken apart again, giving one flat call per chain.
constexpr const char* kMarker = "barge:concat";

void flatten(ir::ExprPtr e, std::vector<ir::ExprPtr>& out) {
  if (e && e->kind == ir::ExprKind::Binary && e->as<ir::Binary>().op == ir::BinaryOp::Concat) {
    auto& b = e->as<ir::Binary>();
    flatten(std::move(b.left), out);
    flatten(std::move(b.right), out);
    return;
  }
  if (e && e->kind == ir::ExprKind::Call && e->as<ir::Call>().function.parts.size() == 1 &&
      e->as<ir::Call>().function.parts[0].text == kMarker) {
    for (auto& a : e->as<ir::Call>().args) out.push_back(std::move(a.value));
    return;
  }
  out.push_back(std::move(e));
}
}  // namespace

void concatenation(ir::ExprPtr& e, PassContext& ctx) {
  if (e->kind != ir::ExprKind::Binary || e->as<ir::Binary>().op != ir::BinaryOp::Concat) return;
  ir::SourceLocation loc = e->loc;
  std::vector<ir::ExprPtr> parts;
  flatten(std::move(e), parts);
  std::vector<std::string> operands;
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string o = "{" + std::to_string(i) + "}";
    if (parts[i] && parts[i]->valueType == ir::ValueType::Number) {
      o = "barge_compat.to_char(CAST(" + o + " AS numeric))";
      ctx.compatUsed.insert("to_char");
    }
    operands.push_back(o);
  }
  std::string t;
  if (ctx.immutable) {
    for (size_t i = 0; i < operands.size(); ++i)
      t +=
          (i ? " || " : "nullif(") + std::string("coalesce(CAST(") + operands[i] + " AS text), '')";
    t += ", '')";
  } else {
    t = "nullif(concat(";
    for (size_t i = 0; i < operands.size(); ++i) t += (i ? ", " : "") + operands[i];
    t += "), '')";
  }
  e = templateCall(loc, t, std::move(parts), ir::ValueType::Text);
  e->as<ir::Call>().function.parts = {ir::Identifier{kMarker, true}};
}

}  // namespace barge::converter::oracle
