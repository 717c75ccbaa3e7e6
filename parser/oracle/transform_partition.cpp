// PARTITION BY ... of CREATE TABLE -> ir::Partitioning (Oracle Database SQL Language Reference,
// CREATE TABLE, table_partitioning_clauses).
#include <algorithm>

#include "parser/oracle/transform.h"

namespace barge::parser::oracle {

namespace {

std::optional<int64_t> count(antlr4::tree::TerminalNode* n) {
  if (!n) return std::nullopt;
  try {
    size_t used = 0;
    int64_t v = std::stoll(n->getText(), &used);
    if (used == n->getText().size() && v > 0) return v;
  } catch (...) {
  }
  return std::nullopt;  // the caller keeps the text as an ignored attribute: reported
}

ir::Ptr<ir::PartitionDef> partitionDef(P::PartitionDefContext* ctx, const ParseContext& pc);

void partitionList(P::PartitionListContext* ctx, std::vector<ir::Ptr<ir::PartitionDef>>& out,
                   const ParseContext& pc) {
  if (!ctx) return;
  for (auto* d : ctx->partitionDef()) out.push_back(partitionDef(d, pc));
}

ir::Ptr<ir::PartitionDef> partitionDef(P::PartitionDefContext* ctx, const ParseContext& pc) {
  auto p = std::make_unique<ir::PartitionDef>();
  at(*p, ctx, pc);
  if (auto* id = ctx->identifier()) p->name = transformIdentifier(id);
  if (auto* v = ctx->partitionValues()) {
    p->hasLessThan = !v->ID().empty();  // VALUES LESS THAN
    for (auto* b : v->partitionBound()) {
      if (p->hasLessThan) {
        p->lessThan.push_back(b->K_MAXVALUE() ? nullptr : transformExpression(b->expression(), pc));
      } else if (b->K_DEFAULT()) {
        p->isDefault = true;
      } else if (b->K_MAXVALUE()) {
        p->listValues.push_back(rawExpr(b, pc, "MAXVALUE in a list partition"));
      } else {
        p->listValues.push_back(transformExpression(b->expression(), pc));
      }
    }
  }
  auto attrs = ctx->partitionAttr();
  for (size_t i = 0; i < attrs.size(); ++i) {
    std::string head = upperText(attrs[i]->getStart()->getText());
    // SUBPARTITIONS n: two attribute words, the second a number
    if (head == "SUBPARTITIONS" && i + 1 < attrs.size()) {
      auto* n = attrs[i + 1]->getStart();
      if (n->getType() == P::NUMBER) {
        try {
          p->subpartitionCount = std::stoll(n->getText());
          ++i;
          continue;
        } catch (...) {
        }
      }
    }
    std::string text = pc.text(attrs[i]);
    if (!p->ignored.empty() && head != "TABLESPACE" && !attrs[i]->attrGroup() &&
        attrs[i]->getStart()->getType() == P::NUMBER) {
      p->ignored.back().value += " " + text;  // the value of the word before (PCTFREE 10)
      continue;
    }
    p->ignored.push_back({head, text, pc.locate(attrs[i])});
  }
  partitionList(ctx->partitionList(), p->subpartitions, pc);
  return p;
}

std::string method(P::IdentifierContext* id) {
  return upperText(id->getText());
}

// The word right before a child of `ctx` (STORE IN (...), SUBPARTITIONS n, TEMPLATE (...)).
std::string wordBefore(antlr4::ParserRuleContext* ctx, antlr4::tree::ParseTree* child) {
  auto it = std::find(ctx->children.begin(), ctx->children.end(), child);
  if (it == ctx->children.begin() || it == ctx->children.end()) return {};
  auto* t = dynamic_cast<antlr4::tree::TerminalNode*>(*(it - 1));
  return t ? upperText(t->getText()) : std::string();
}

// PARTITIONS n / SUBPARTITIONS n / STORE IN (...) / AUTOMATIC / TEMPLATE among the children.
void options(antlr4::ParserRuleContext* ctx, ir::Partitioning& p, const ParseContext& pc,
             ir::Partitioning* parent = nullptr) {
  for (auto* child : ctx->children) {
    auto* t = dynamic_cast<antlr4::tree::TerminalNode*>(child);
    if (auto* g = dynamic_cast<P::ParenGroupContext*>(child)) {
      std::string w = wordBefore(ctx, g);
      if (w == "IN") {
        p.ignored.push_back({"STORE IN", "STORE IN " + pc.text(g), pc.locate(g)});
      } else {
        p.modelled = false;  // a partition list or template the model could not read
        p.ignored.push_back(
            {w == "TEMPLATE" ? "SUBPARTITION TEMPLATE" : "PARTITIONS", pc.text(g), pc.locate(g)});
      }
    } else if (t && t->getSymbol()->getType() == P::NUMBER) {
      std::string w = wordBefore(ctx, t);
      // PARTITIONS n after SUBPARTITION BY ... counts the partitions, not the subpartitions
      ir::Partitioning& target = parent && w == "PARTITIONS" ? *parent : p;
      target.count = count(t);
      if (!target.count) target.ignored.push_back({w, w + " " + t->getText(), pc.locate(ctx)});
    } else if (t && t->getSymbol()->getType() == P::ID) {
      std::string w = upperText(t->getText());
      if (w == "AUTOMATIC") p.automatic = true;
      if (w != "AUTOMATIC" && w != "PARTITIONS" && w != "SUBPARTITIONS" && w != "TEMPLATE")
        p.ignored.push_back({w, w, pc.locate(ctx)});
    }
  }
}

}  // namespace

ir::Ptr<ir::Partitioning> transformPartitioning(P::PartitionClauseContext* ctx,
                                                const ParseContext& pc) {
  auto p = std::make_unique<ir::Partitioning>();
  at(*p, ctx, pc);
  p->text = normalizedText(ctx);
  p->method = method(ctx->identifier());
  p->columns = transformColumnList(ctx->columnList());
  p->modelled = true;
  if (auto* e = ctx->expression()) p->interval = transformExpression(e, pc);
  options(ctx, *p, pc);
  partitionList(ctx->partitionList(), p->partitions, pc);
  if (auto* s = ctx->subpartitionBy()) {
    auto sub = std::make_unique<ir::Partitioning>();
    at(*sub, s, pc);
    sub->text = normalizedText(s);
    sub->method = method(s->identifier());
    sub->columns = transformColumnList(s->columnList());
    sub->modelled = true;
    options(s, *sub, pc, p.get());
    for (auto* l : s->partitionList()) partitionList(l, sub->partitions, pc);
    p->modelled = p->modelled && sub->modelled;
    p->sub = std::move(sub);
  }
  return p;
}

}  // namespace barge::parser::oracle
