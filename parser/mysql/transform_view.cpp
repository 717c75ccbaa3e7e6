// CREATE VIEW (ALGORITHM, DEFINER, SQL SECURITY, column list, WITH CHECK OPTION).
#include "ir/query.h"
#include "parser/mysql/transform.h"

namespace barge::parser::mysql {

ir::StmtPtr transformCreateView(P::CreateStatementContext* create, P::CreateViewContext* ctx,
                                const ParseContext& pc) {
  auto stmt = std::make_unique<ir::CreateViewStmt>();
  stmt->loc = pc.locate(create);
  stmt->orReplace = create->K_REPLACE() != nullptr;
  auto view = std::make_unique<ir::View>();
  view->loc = pc.locate(ctx->qualifiedName());
  view->name = transformQualifiedName(ctx->qualifiedName());
  if (ctx->columnList())
    for (auto* id : ctx->columnList()->identifier())
      view->columns.push_back(transformIdentifier(id));
  view->query = transformQuery(ctx->queryExpression(), pc);
  if (ctx->K_CHECK()) view->checkOption = ctx->K_LOCAL() ? "LOCAL" : "CASCADED";
  for (auto* p : create->createPrefix()) {
    if (auto* a = dynamic_cast<P::AlgorithmPrefixContext*>(p))
      view->algorithm = upper(a->identifier()->getText());
    if (auto* s = dynamic_cast<P::SecurityPrefixContext*>(p))
      view->security = upper(s->identifier()->getText());
  }
  view->definer = createDefiner(create);
  if (ctx->ifNotExists())
    view->ignored.push_back({"IF NOT EXISTS", "", pc.locate(ctx->ifNotExists())});
  stmt->view = std::move(view);
  return stmt;
}

}  // namespace barge::parser::mysql
