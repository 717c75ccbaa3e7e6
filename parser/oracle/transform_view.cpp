// CREATE VIEW, CREATE MATERIALIZED VIEW, CREATE SYNONYM.
#include "parser/oracle/transform.h"

namespace barge::parser::oracle {

ir::StmtPtr transformCreateView(P::CreateStatementContext* stmt, P::CreateViewContext* ctx,
                                const ParseContext& pc) {
  auto s = std::make_unique<ir::CreateViewStmt>();
  at(*s, stmt, pc);
  s->orReplace = stmt->K_REPLACE() != nullptr;
  auto v = std::make_unique<ir::View>();
  at(*v, ctx, pc);
  v->name = transformQualifiedName(ctx->qualifiedName(0));
  for (auto* m : stmt->createModifier())
    if (m->K_FORCE() && !m->K_NO()) v->force = true;
  for (auto* c : ctx->viewColumn()) {
    if (c->identifier()) v->columns.push_back(transformIdentifier(c->identifier()));
    if (c->outOfLineConstraint() || !c->inlineConstraint().empty())
      v->ignored.push_back({"CONSTRAINT", normalizedText(c), pc.locate(c)});
  }
  if (ctx->K_OF()) {
    std::string t = "OF " + ctx->qualifiedName(1)->getText();
    if (ctx->viewObjectClause()) t += " " + normalizedText(ctx->viewObjectClause());
    v->ignored.push_back({"OBJECT VIEW", t, pc.locate(ctx->qualifiedName(1))});
  }
  v->query = transformQuery(ctx->query(), pc);
  if (auto* r = ctx->subqueryRestriction()) {
    v->checkOption = r->K_READ() ? "READ ONLY" : "CASCADED";
    if (r->K_CONSTRAINT()) v->ignored.push_back({"CONSTRAINT", normalizedText(r), pc.locate(r)});
  }
  s->view = std::move(v);
  return s;
}

ir::StmtPtr transformCreateMaterializedView(P::CreateMaterializedViewContext* ctx,
                                            const ParseContext& pc) {
  auto s = std::make_unique<ir::CreateViewStmt>();
  at(*s, static_cast<antlr4::ParserRuleContext*>(ctx->parent->parent), pc);
  auto v = std::make_unique<ir::View>();
  at(*v, ctx, pc);
  v->materialized = true;
  v->name = transformQualifiedName(ctx->qualifiedName());
  v->columns = transformColumnList(ctx->columnList());
  auto soup = ctx->mviewSoup();
  if (!soup.empty()) {
    std::string text;
    for (auto* m : soup) text += (text.empty() ? "" : " ") + pc.text(m);
    v->ignored.push_back(
        {upperText(soup.front()->getStart()->getText()), text, pc.locate(soup.front())});
  }
  v->query = transformQuery(ctx->query(), pc);
  s->view = std::move(v);
  return s;
}

ir::StmtPtr transformCreateSynonym(P::CreateStatementContext* stmt, P::CreateSynonymContext* ctx,
                                   const ParseContext& pc) {
  auto s = std::make_unique<ir::CreateSynonymStmt>();
  at(*s, stmt, pc);
  s->orReplace = stmt->K_REPLACE() != nullptr;
  auto syn = std::make_unique<ir::Synonym>();
  at(*syn, ctx, pc);
  for (auto* m : stmt->createModifier())
    if (m->K_PUBLIC()) syn->isPublic = true;
  syn->name = transformQualifiedName(ctx->qualifiedName(0));
  syn->target = transformQualifiedName(ctx->qualifiedName(1));
  if (ctx->AT_SIGN()) syn->target.dbLink = ir::Identifier{ctx->qualifiedName(2)->getText(), false};
  s->synonym = std::move(syn);
  return s;
}

}  // namespace barge::parser::oracle
