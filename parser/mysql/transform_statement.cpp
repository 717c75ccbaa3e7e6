#include "parser/mysql/transform.h"

namespace barge::parser::mysql {

ir::StmtPtr transformStatement(P::SqlStatementContext* ctx, const ParseContext& pc) {
  auto* s = ctx->statement();
  if (auto* t = s->createTable()) return transformCreateTable(t, pc);
  auto u = std::make_unique<ir::UnmodelledStmt>();
  at(*u, s, pc);
  u->construct = "statement";
  u->text = pc.text(s);
  return u;
}

}  // namespace barge::parser::mysql
