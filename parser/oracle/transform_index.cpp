// CREATE INDEX and CREATE SEQUENCE.
#include "parser/oracle/transform.h"

namespace barge::parser::oracle {

ir::StmtPtr transformCreateIndex(P::CreateStatementContext* stmt, P::CreateIndexContext* ctx,
                                 const ParseContext& pc) {
  auto s = std::make_unique<ir::CreateIndexStmt>();
  at(*s, stmt, pc);
  auto idx = std::make_unique<ir::Index>();
  at(*idx, ctx, pc);
  idx->name = transformQualifiedName(ctx->qualifiedName(0)).last();
  for (auto* m : stmt->createModifier()) {
    if (m->K_UNIQUE()) idx->method = "UNIQUE";
    if (m->K_BITMAP()) idx->method = "BITMAP";
  }
  if (ctx->K_CLUSTER()) {
    idx->table = transformQualifiedName(ctx->qualifiedName(1));
    idx->ignored.push_back({"CLUSTER", normalizedText(ctx), pc.locate(ctx)});
  } else {
    idx->table = transformQualifiedName(ctx->qualifiedName(1));
  }
  for (auto* part : ctx->indexPart()) {
    ir::KeyPart k;
    auto e = transformExpression(part->expression(), pc);
    if (e->kind == ir::ExprKind::Name && e->as<ir::NameRef>().name.parts.size() == 1)
      k.column = e->as<ir::NameRef>().name.parts[0];
    else
      k.expr = std::move(e);
    k.descending = part->K_DESC() != nullptr;
    idx->parts.push_back(std::move(k));
  }
  for (auto* t : ctx->indexTail()) {
    if (t->K_REVERSE()) {
      idx->reverse = true;
    } else if (t->K_LOCAL() || t->K_GLOBAL()) {
      idx->locality = t->K_LOCAL() ? "LOCAL" : "GLOBAL";
      if (t->parenGroup()) idx->ignored.push_back({"LOCAL", pc.text(t), pc.locate(t)});
    } else if (!idx->ignored.empty() && !t->soupItem()->parenGroup() &&
               t->getStart()->getType() != P::ID) {
      idx->ignored.back().value += " " + pc.text(t);
    } else if (!idx->ignored.empty() && t->soupItem()->parenGroup()) {
      idx->ignored.back().value += " " + pc.text(t);
    } else {
      idx->ignored.push_back({upperText(t->getStart()->getText()), pc.text(t), pc.locate(t)});
    }
  }
  s->index = std::move(idx);
  return s;
}

ir::StmtPtr transformCreateSequence(P::CreateSequenceContext* ctx, const ParseContext& pc) {
  auto s = std::make_unique<ir::CreateSequenceStmt>();
  at(*s, static_cast<antlr4::ParserRuleContext*>(ctx->parent->parent), pc);
  auto seq = std::make_unique<ir::Sequence>();
  at(*seq, ctx, pc);
  seq->name = transformQualifiedName(ctx->qualifiedName());
  for (auto* o : ctx->sequenceOption()) {
    std::string v = o->signedNumber() ? o->signedNumber()->getText() : "";
    if (o->K_START())
      seq->start = v;
    else if (o->K_INCREMENT())
      seq->increment = v;
    else if (o->K_MAXVALUE())
      seq->maxValue = v;
    else if (o->K_MINVALUE())
      seq->minValue = v;
    else if (o->K_NOCACHE())
      seq->noCache = true;
    else if (o->K_ORDER())
      seq->order = true;
    else if (o->K_NOORDER() || o->K_NOCYCLE() || o->K_NOMAXVALUE() || o->K_NOMINVALUE())
      continue;  // the PostgreSQL defaults
    else {
      // CACHE / CYCLE / NOCYCLE and the rest (KEEP, SCALE, SESSION, GLOBAL, SHARD, ...), as an
      // identifier or a non-reserved keyword: never dropped without a trace.
      std::string t = normalizedText(o);
      std::string w = upperText(t.substr(0, t.find(' ')));
      if (w == "CACHE")
        seq->cache = v;
      else if (w == "CYCLE")
        seq->cycle = true;
      else
        seq->ignored.push_back({w, t, pc.locate(o)});
    }
  }
  s->sequence = std::move(seq);
  return s;
}

}  // namespace barge::parser::oracle
