// COMMENT ON, DROP, GRANT / REVOKE.
#include "parser/oracle/transform.h"

namespace barge::parser::oracle {

ir::StmtPtr transformComment(P::CommentStatementContext* ctx, const ParseContext& pc) {
  auto s = std::make_unique<ir::CommentStmt>();
  at(*s, ctx, pc);
  auto c = std::make_unique<ir::CommentOn>();
  at(*c, ctx, pc);
  std::string kind;
  for (auto* ch : ctx->children) {
    if (ch == ctx->qualifiedName()) break;
    std::string w = upperText(ch->getText());
    if (w == "COMMENT" || w == "ON") continue;
    kind += (kind.empty() ? "" : " ") + w;
  }
  c->objectKind = kind;
  c->object = transformQualifiedName(ctx->qualifiedName());
  c->text = unquoteString(ctx->STRING()->getText());
  s->comment = std::move(c);
  return s;
}

ir::StmtPtr transformDrop(P::DropStatementContext* ctx, const ParseContext& pc) {
  if (auto* admin = dynamic_cast<P::DropAdminContext*>(ctx))
    return outOfScope(ctx, pc, "DROP " + normalizedText(admin->adminObject()));
  auto* d = dynamic_cast<P::DropObjectContext*>(ctx);
  auto s = std::make_unique<ir::DropStmt>();
  at(*s, ctx, pc);
  s->objectKind = normalizedText(d->dropKind());
  s->names.push_back(transformQualifiedName(d->qualifiedName()));
  s->ifExists = d->K_EXISTS() != nullptr;
  for (auto* o : d->dropOption()) {
    if (o->K_CASCADE()) s->cascade = true;
    if (o->K_PURGE()) s->purge = true;
    if (o->K_EXISTS()) s->ifExists = true;
  }
  return s;
}

namespace {
template <typename Ctx>
ir::StmtPtr grantLike(Ctx* ctx, bool revoke, const ParseContext& pc) {
  auto s = std::make_unique<ir::GrantStmt>();
  at(*s, ctx, pc);
  s->revoke = revoke;
  for (auto* p : ctx->privilege()) s->privileges.push_back(normalizedText(p));
  if (auto* o = ctx->grantObject()) s->object = transformQualifiedName(o->qualifiedName());
  for (auto* g : ctx->grantee()) {
    ir::Identifier id;
    if (g->identifier())
      id = transformIdentifier(g->identifier());
    else
      id.text = "PUBLIC";
    s->grantees.push_back(id);
  }
  std::string rest = upperText(normalizedText(ctx->anyTokens()));
  s->withGrantOption = rest.find("WITH GRANT OPTION") != std::string::npos ||
                       rest.find("WITH ADMIN OPTION") != std::string::npos;
  return s;
}
}  // namespace

ir::StmtPtr transformGrant(P::GrantStatementContext* ctx, const ParseContext& pc) {
  return grantLike(ctx, false, pc);
}
ir::StmtPtr transformRevoke(P::RevokeStatementContext* ctx, const ParseContext& pc) {
  return grantLike(ctx, true, pc);
}

}  // namespace barge::parser::oracle
