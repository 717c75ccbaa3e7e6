// Expressions: expression (logic, comparison), predicate (IN, BETWEEN, LIKE, REGEXP),
// bitExpr (arithmetic), primary.
#include "ir/query.h"
#include "parser/mysql/transform.h"

namespace barge::parser::mysql {

namespace {

// MySQL operator spellings -> canonical operators (MySQL 8.0 Reference Manual, "Operators").
// `||` is OR and `&&` AND under the default sql_mode (PIPES_AS_CONCAT is not the default);
// `/` is exact division, DIV integer division.
ir::BinaryOp mysqlBinaryOp(std::string_view s) {
  static const std::pair<std::string_view, ir::BinaryOp> kOps[] = {
      {"+", ir::BinaryOp::Add},
      {"-", ir::BinaryOp::Sub},
      {"*", ir::BinaryOp::Mul},
      {"/", ir::BinaryOp::Div},
      {"DIV", ir::BinaryOp::IntDiv},
      {"%", ir::BinaryOp::Mod},
      {"MOD", ir::BinaryOp::Mod},
      {"=", ir::BinaryOp::Eq},
      {"!=", ir::BinaryOp::Ne},
      {"<>", ir::BinaryOp::Ne},
      {"<", ir::BinaryOp::Lt},
      {"<=", ir::BinaryOp::Le},
      {">", ir::BinaryOp::Gt},
      {">=", ir::BinaryOp::Ge},
      {"<=>", ir::BinaryOp::NullSafeEq},
      {"AND", ir::BinaryOp::And},
      {"&&", ir::BinaryOp::And},
      {"OR", ir::BinaryOp::Or},
      {"||", ir::BinaryOp::Or},
      {"XOR", ir::BinaryOp::Xor},
      {"&", ir::BinaryOp::BitAnd},
      {"|", ir::BinaryOp::BitOr},
      {"^", ir::BinaryOp::BitXor},
      {"<<", ir::BinaryOp::ShiftLeft},
      {">>", ir::BinaryOp::ShiftRight},
      {"->", ir::BinaryOp::JsonExtract},
      {"->>", ir::BinaryOp::JsonExtractText},
      {":=", ir::BinaryOp::Assign},
  };
  for (const auto& [spelling, op] : kOps)
    if (s == spelling) return op;
  return ir::BinaryOp::Other;
}

ir::UnaryOp mysqlUnaryOp(std::string_view s) {
  if (s == "-") return ir::UnaryOp::Neg;
  if (s == "+") return ir::UnaryOp::Plus;
  if (s == "~") return ir::UnaryOp::BitNot;
  if (s == "!" || s == "NOT") return ir::UnaryOp::Not;
  if (s == "BINARY") return ir::UnaryOp::Binary;
  return ir::UnaryOp::Other;
}

ir::ExprPtr binary(antlr4::ParserRuleContext* ctx, std::string op, ir::ExprPtr l, ir::ExprPtr r,
                   const ParseContext& pc) {
  auto e = make<ir::Binary>(ctx, pc);
  e->op = mysqlBinaryOp(op);
  e->spelling = std::move(op);
  e->left = std::move(l);
  e->right = std::move(r);
  return e;
}

ir::ExprPtr subquery(P::QueryExpressionContext* q, const ParseContext& pc,
                     const std::string& quantifier = {}) {
  auto e = make<ir::SubqueryExpr>(q, pc);
  e->query = transformQuery(q, pc);
  e->quantifier = quantifier;
  return e;
}

ir::ExprPtr raw(antlr4::ParserRuleContext* ctx, const std::string& construct,
                const ParseContext& pc) {
  auto e = make<ir::RawExpr>(ctx, pc);
  e->construct = construct;
  e->text = pc.text(ctx);
  return e;
}

ir::ExprPtr varRef(antlr4::tree::TerminalNode* t, ir::ExprKind kind, const ParseContext& pc) {
  auto e = std::make_unique<ir::VarRef>(kind);
  e->loc = pc.locate(t->getSymbol());
  std::string text = t->getText();
  if (kind == ir::ExprKind::SysVar) {
    text = text.substr(2);
    size_t dot = text.find('.');
    if (dot != std::string::npos) {
      std::string scope = upper(text.substr(0, dot));
      if (scope == "GLOBAL" || scope == "SESSION" || scope == "LOCAL") {
        e->scope = scope;
        text = text.substr(dot + 1);
      }
    }
  } else {
    text = text.substr(1);
    if (!text.empty() && (text[0] == '\'' || text[0] == '"' || text[0] == '`'))
      text = text.substr(1, text.size() - 2);
  }
  e->name = text;
  return e;
}

void addArgs(ir::Call& call, const std::vector<P::ExpressionContext*>& exprs,
             const ParseContext& pc) {
  for (auto* a : exprs) {
    ir::Argument arg;
    arg.value = transformExpression(a, pc);
    call.args.push_back(std::move(arg));
  }
}

ir::ExprPtr transformCall(P::FunctionCallContext* fc, const ParseContext& pc) {
  auto call = make<ir::Call>(fc, pc);
  auto* fn = fc->functionName();
  if (fn->qualifiedName()) {
    call->function = transformQualifiedName(fn->qualifiedName());
  } else {
    call->function.parts.push_back({upper(fn->getText()), false});
  }
  auto* args = fc->functionArguments();
  if (!args) return call;
  if (auto* plain = dynamic_cast<P::PlainArgumentsContext*>(args)) {
    call->distinct = plain->K_DISTINCT() != nullptr;
    call->starArg = plain->STAR() != nullptr;
    addArgs(*call, plain->expression(), pc);
    if (plain->orderByClause()) call->withinGroup = transformOrderBy(plain->orderByClause(), pc);
    if (plain->string()) {
      call->separator = stringValue(plain->string());
      call->separatorGiven = true;
    }
    return call;
  }
  // TRIM(LEADING x FROM y), SUBSTRING(x FROM a FOR b), EXTRACT(unit FROM x),
  // POSITION(a IN b), CONVERT(x USING cs), CHAR(n USING cs), WEIGHT_STRING(x AS CHAR(n)):
  // the keyword forms are kept as named arguments so nothing is lost.
  auto named = [&](const std::string& name, ir::ExprPtr v) {
    ir::Argument a;
    a.name = {name, false};
    a.value = std::move(v);
    call->args.push_back(std::move(a));
  };
  if (auto* trim = dynamic_cast<P::TrimArgumentsContext*>(args)) {
    auto exprs = trim->expression();
    std::string side = upper(trim->children[0]->getText());
    if (exprs.size() == 2)
      named(side, transformExpression(exprs[0], pc));
    else
      named(side, nullptr);
    named("FROM", transformExpression(exprs.back(), pc));
  } else if (auto* from = dynamic_cast<P::FromArgumentsContext*>(args)) {
    auto exprs = from->expression();
    addArgs(*call, {exprs[0]}, pc);
    named("FROM", transformExpression(exprs[1], pc));
    if (exprs.size() > 2) named("FOR", transformExpression(exprs[2], pc));
  } else if (auto* pos = dynamic_cast<P::PositionArgumentsContext*>(args)) {
    ir::Argument a;
    a.value = transformBitExpr(pos->bitExpr(), pc);
    call->args.push_back(std::move(a));
    named("IN", transformExpression(pos->expression(), pc));
  } else if (auto* u = dynamic_cast<P::UsingArgumentsContext*>(args)) {
    addArgs(*call, {u->expression()}, pc);
    auto cs = make<ir::NameRef>(u->charsetName(), pc);
    cs->name.parts.push_back({charsetNameText(u->charsetName()), false});
    named("USING", std::move(cs));
  } else if (auto* as = dynamic_cast<P::AsArgumentsContext*>(args)) {
    addArgs(*call, {as->expression()}, pc);
    named("AS", raw(as->castType(), "type", pc));
  }
  return call;
}

ir::Ptr<ir::DataType> castType(P::CastTypeContext* ctx, const ParseContext& pc) {
  if (ctx->dataType()) return transformDataType(ctx->dataType(), pc);
  auto t = std::make_unique<ir::DataType>();
  t->loc = pc.locate(ctx);
  t->kind = ir::TypeKind::BigInt;
  t->spelling = words(ctx);
  t->isUnsigned = ctx->K_UNSIGNED() != nullptr;
  return t;
}

ir::ExprPtr transformPrimary(P::PrimaryContext* ctx, const ParseContext& pc) {
  if (auto* l = dynamic_cast<P::LiteralPrimaryContext*>(ctx))
    return transformLiteral(l->literal(), pc);
  if (auto* c = dynamic_cast<P::ColumnPrimaryContext*>(ctx)) {
    auto e = make<ir::NameRef>(c, pc);
    e->name = transformQualifiedName(c->qualifiedName());
    return e;
  }
  if (auto* c = dynamic_cast<P::CallPrimaryContext*>(ctx)) {
    auto e = transformCall(c->functionCall(), pc);
    if (c->K_OVER()) {
      auto& call = e->as<ir::Call>();
      if (c->windowSpec()) {
        call.over = transformWindowSpec(c->windowSpec(), pc);
      } else {
        call.over = make<ir::WindowSpec>(c->identifier(), pc);
        call.over->name = transformIdentifier(c->identifier());
      }
    }
    return e;
  }
  if (auto* p = dynamic_cast<P::ParenPrimaryContext*>(ctx)) {
    auto exprs = p->expression();
    if (exprs.size() == 1) return transformExpression(exprs[0], pc);
    auto row = make<ir::RowExpr>(p, pc);
    for (auto* x : exprs) row->items.push_back(transformExpression(x, pc));
    return row;
  }
  if (auto* r = dynamic_cast<P::RowPrimaryContext*>(ctx)) {
    auto row = make<ir::RowExpr>(r, pc);
    for (auto* x : r->expression()) row->items.push_back(transformExpression(x, pc));
    return row;
  }
  if (auto* s = dynamic_cast<P::SubqueryPrimaryContext*>(ctx))
    return subquery(s->queryExpression(), pc);
  if (auto* x = dynamic_cast<P::ExistsPrimaryContext*>(ctx)) {
    auto e = make<ir::Exists>(x, pc);
    e->subquery = subquery(x->queryExpression(), pc);
    return e;
  }
  if (auto* i = dynamic_cast<P::IntervalPrimaryContext*>(ctx)) {
    auto e = make<ir::IntervalExpr>(i, pc);
    e->value = transformExpression(i->expression(), pc);
    e->unit = upper(i->identifier()->getText());
    return e;
  }
  if (auto* c = dynamic_cast<P::CasePrimaryContext*>(ctx)) {
    auto e = make<ir::CaseExpr>(c, pc);
    auto exprs = c->expression();
    size_t k = 0;
    size_t whens = c->K_WHEN().size();
    if (exprs.size() > whens * 2 + (c->K_ELSE() ? 1 : 0))
      e->operand = transformExpression(exprs[k++], pc);
    for (size_t w = 0; w < whens; ++w) {
      ir::CaseExpr::When when;
      when.condition = transformExpression(exprs[k++], pc);
      when.result = transformExpression(exprs[k++], pc);
      e->whens.push_back(std::move(when));
    }
    if (c->K_ELSE()) e->elseResult = transformExpression(exprs[k], pc);
    return e;
  }
  if (auto* c = dynamic_cast<P::CastPrimaryContext*>(ctx)) {
    auto e = make<ir::Cast>(c, pc);
    e->operand = transformExpression(c->expression(), pc);
    e->type = castType(c->castType(), pc);
    e->style = "CAST";
    return e;
  }
  if (auto* c = dynamic_cast<P::ConvertPrimaryContext*>(ctx)) {
    if (c->castType()) {
      auto e = make<ir::Cast>(c, pc);
      e->operand = transformExpression(c->expression(), pc);
      e->type = castType(c->castType(), pc);
      e->style = "CONVERT";
      return e;
    }
    auto call = make<ir::Call>(c, pc);
    call->function.parts.push_back({"CONVERT", false});
    addArgs(*call, {c->expression()}, pc);
    ir::Argument a;
    a.name = {"USING", false};
    auto cs = make<ir::NameRef>(c->charsetName(), pc);
    cs->name.parts.push_back({charsetNameText(c->charsetName()), false});
    a.value = std::move(cs);
    call->args.push_back(std::move(a));
    return call;
  }
  if (auto* n = dynamic_cast<P::NiladicPrimaryContext*>(ctx)) {
    auto call = make<ir::Call>(n, pc);
    call->function.parts.push_back({upper(n->niladicFunction()->getText()), false});
    if (n->NUMBER()) {
      auto lit = std::make_unique<ir::Literal>();
      lit->loc = pc.locate(n->NUMBER()->getSymbol());
      lit->literalKind = ir::LiteralKind::Integer;
      lit->value = n->NUMBER()->getText();
      ir::Argument a;
      a.value = std::move(lit);
      call->args.push_back(std::move(a));
    }
    return call;
  }
  if (auto* u = dynamic_cast<P::UserVarPrimaryContext*>(ctx))
    return varRef(u->USER_VAR(), ir::ExprKind::UserVar, pc);
  if (auto* s = dynamic_cast<P::SysVarPrimaryContext*>(ctx))
    return varRef(s->SYS_VAR(), ir::ExprKind::SysVar, pc);
  if (auto* q = dynamic_cast<P::ParamPrimaryContext*>(ctx)) {
    auto e = std::make_unique<ir::VarRef>(ir::ExprKind::BindVar);
    e->loc = pc.locate(q);
    e->name = "?";
    return e;
  }
  if (auto* d = dynamic_cast<P::DefaultPrimaryContext*>(ctx)) {
    auto e = make<ir::Literal>(d, pc);
    e->literalKind = ir::LiteralKind::Default;
    e->value = "DEFAULT";
    return e;
  }
  if (dynamic_cast<P::MatchPrimaryContext*>(ctx)) return raw(ctx, "MATCH AGAINST", pc);
  return raw(ctx, "ODBC escape", pc);
}

}  // namespace

ir::ExprPtr transformLiteral(P::LiteralContext* lit, const ParseContext& pc) {
  auto e = make<ir::Literal>(lit, pc);
  if (lit->NUMBER()) {
    std::string t = lit->NUMBER()->getText();
    e->literalKind = t.find_first_of("eE") != std::string::npos ? ir::LiteralKind::Float
                     : t.find('.') != std::string::npos         ? ir::LiteralKind::Decimal
                                                                : ir::LiteralKind::Integer;
    e->value = t;
  } else if (lit->HEX_NUMBER()) {
    e->literalKind = ir::LiteralKind::HexString;
    e->value = lit->HEX_NUMBER()->getText().substr(2);
  } else if (lit->BIT_NUMBER()) {
    e->literalKind = ir::LiteralKind::BitString;
    e->value = lit->BIT_NUMBER()->getText().substr(2);
  } else if (auto* s = lit->string()) {
    size_t type = s->getStart()->getType();
    e->literalKind = type == P::NSTRING      ? ir::LiteralKind::NationalString
                     : type == P::HEX_STRING ? ir::LiteralKind::HexString
                     : type == P::BIT_STRING ? ir::LiteralKind::BitString
                                             : ir::LiteralKind::String;
    if (type == P::INTRO_STRING) {
      std::string t = s->getStart()->getText();
      size_t end = 1;
      while (end < t.size() && (std::isalnum(static_cast<unsigned char>(t[end])))) ++end;
      e->introducer = t.substr(0, end);
      std::string rest = t.substr(end);
      size_t b = rest.find_first_not_of(" \t");
      if (b != std::string::npos &&
          (rest.compare(b, 2, "0x") == 0 || rest[b] == 'x' || rest[b] == 'X'))
        e->literalKind = ir::LiteralKind::HexString;
    }
    e->value = stringValue(s);
    if (e->literalKind == ir::LiteralKind::HexString && e->value.rfind("0x", 0) == 0)
      e->value = e->value.substr(2);
    if (e->literalKind == ir::LiteralKind::HexString && e->value.size() > 2 &&
        (e->value[0] == 'x' || e->value[0] == 'X') && e->value[1] == '\'')
      e->value = e->value.substr(2, e->value.size() - 3);
  } else if (lit->K_TRUE() || lit->K_FALSE()) {
    e->literalKind = ir::LiteralKind::Boolean;
    e->value = lit->K_TRUE() ? "TRUE" : "FALSE";
  } else if (lit->STRING()) {
    e->literalKind = lit->K_DATE()   ? ir::LiteralKind::Date
                     : lit->K_TIME() ? ir::LiteralKind::Time
                                     : ir::LiteralKind::Timestamp;
    e->value = unquoteString(lit->STRING()->getText());
  } else {
    e->literalKind = ir::LiteralKind::Null;
  }
  return e;
}

ir::ExprPtr transformVariable(P::VariableContext* ctx, const ParseContext& pc) {
  if (ctx->USER_VAR()) return varRef(ctx->USER_VAR(), ir::ExprKind::UserVar, pc);
  auto e = make<ir::NameRef>(ctx, pc);
  e->name.parts.push_back(transformIdentifier(ctx->identifier()));
  return e;
}

std::vector<ir::Ptr<ir::OrderItem>> transformOrderBy(P::OrderByClauseContext* ctx,
                                                     const ParseContext& pc) {
  std::vector<ir::Ptr<ir::OrderItem>> out;
  if (!ctx) return out;
  for (auto* o : ctx->orderItem()) {
    auto item = make<ir::OrderItem>(o, pc);
    item->expr = transformExpression(o->expression(), pc);
    item->descending = o->K_DESC() != nullptr;
    out.push_back(std::move(item));
  }
  return out;
}

ir::Ptr<ir::WindowSpec> transformWindowSpec(P::WindowSpecContext* ctx, const ParseContext& pc) {
  auto w = make<ir::WindowSpec>(ctx, pc);
  if (ctx->identifier()) w->name = transformIdentifier(ctx->identifier());
  for (auto* e : ctx->expression()) w->partitionBy.push_back(transformExpression(e, pc));
  w->orderBy = transformOrderBy(ctx->orderByClause(), pc);
  if (ctx->frameClause()) w->frame = words(ctx->frameClause());
  return w;
}

ir::ExprPtr transformBitExpr(P::BitExprContext* ctx, const ParseContext& pc) {
  if (auto* p = dynamic_cast<P::PrimaryExprContext*>(ctx))
    return transformPrimary(p->primary(), pc);
  if (auto* b = dynamic_cast<P::BinaryExprContext*>(ctx)) {
    std::string op = upper(b->children[1]->getText());
    return binary(b, op, transformBitExpr(b->bitExpr(0), pc), transformBitExpr(b->bitExpr(1), pc),
                  pc);
  }
  if (auto* u = dynamic_cast<P::UnaryExprContext*>(ctx)) {
    auto e = make<ir::Unary>(u, pc);
    e->spelling = upper(u->children[0]->getText());
    e->op = mysqlUnaryOp(e->spelling);
    e->operand = transformBitExpr(u->bitExpr(), pc);
    return e;
  }
  if (auto* c = dynamic_cast<P::CollateExprContext*>(ctx)) {
    auto e = make<ir::Collate>(c, pc);
    e->operand = transformBitExpr(c->bitExpr(), pc);
    e->collation = charsetNameText(c->charsetName());
    return e;
  }
  auto* j = dynamic_cast<P::JsonExtractExprContext*>(ctx);
  auto path = std::make_unique<ir::Literal>();
  path->loc = pc.locate(j->string());
  path->literalKind = ir::LiteralKind::String;
  path->value = stringValue(j->string());
  return binary(j, j->ARROW2() ? "->>" : "->", transformBitExpr(j->bitExpr(), pc), std::move(path),
                pc);
}

ir::ExprPtr transformPredicate(P::PredicateContext* ctx, const ParseContext& pc) {
  auto bits = ctx->bitExpr();
  if (ctx->children.size() == 1) return transformBitExpr(bits[0], pc);
  bool negated = ctx->K_NOT() != nullptr;
  if (ctx->K_IN()) {
    auto e = make<ir::InList>(ctx, pc);
    e->negated = negated;
    e->operand = transformBitExpr(bits[0], pc);
    if (ctx->queryExpression()) {
      e->items.push_back(subquery(ctx->queryExpression(), pc));
    } else {
      for (auto* x : ctx->expression()) e->items.push_back(transformExpression(x, pc));
    }
    return e;
  }
  if (ctx->K_BETWEEN()) {
    auto e = make<ir::Between>(ctx, pc);
    e->negated = negated;
    e->operand = transformBitExpr(bits[0], pc);
    e->low = transformBitExpr(bits[1], pc);
    e->high = transformPredicate(ctx->predicate(), pc);
    return e;
  }
  if (ctx->K_MEMBER()) {
    auto call = make<ir::Call>(ctx, pc);
    call->function.parts.push_back({"MEMBER OF", false});
    for (auto* b : bits) {
      ir::Argument a;
      a.value = transformBitExpr(b, pc);
      call->args.push_back(std::move(a));
    }
    return call;
  }
  auto e = make<ir::Like>(ctx, pc);
  e->negated = negated;
  e->op = ctx->K_SOUNDS() ? "SOUNDS LIKE" : ctx->K_LIKE() ? "LIKE" : "REGEXP";
  e->operand = transformBitExpr(bits[0], pc);
  e->pattern = transformBitExpr(bits[1], pc);
  if (bits.size() > 2) e->escape = transformBitExpr(bits[2], pc);
  return e;
}

ir::ExprPtr transformExpression(P::ExpressionContext* ctx, const ParseContext& pc) {
  if (auto* p = dynamic_cast<P::PredicateExprContext*>(ctx))
    return transformPredicate(p->predicate(), pc);
  if (auto* c = dynamic_cast<P::ComparisonExprContext*>(ctx))
    return binary(c, c->comparisonOperator()->getText(), transformExpression(c->expression(0), pc),
                  transformExpression(c->expression(1), pc), pc);
  if (auto* a = dynamic_cast<P::AndExprContext*>(ctx))
    return binary(a, "AND", transformExpression(a->expression(0), pc),
                  transformExpression(a->expression(1), pc), pc);
  if (auto* o = dynamic_cast<P::OrExprContext*>(ctx)) {
    // `||` is OR unless sql_mode PIPES_AS_CONCAT; the spelling is kept for the converter.
    std::string op = o->OR_OR() ? "||" : "OR";
    return binary(o, op, transformExpression(o->expression(0), pc),
                  transformExpression(o->expression(1), pc), pc);
  }
  if (auto* x = dynamic_cast<P::XorExprContext*>(ctx))
    return binary(x, "XOR", transformExpression(x->expression(0), pc),
                  transformExpression(x->expression(1), pc), pc);
  if (auto* n = dynamic_cast<P::NotExprContext*>(ctx)) {
    auto e = make<ir::Unary>(n, pc);
    e->op = ir::UnaryOp::Not;
    e->spelling = "NOT";
    e->operand = transformExpression(n->expression(), pc);
    return e;
  }
  if (auto* i = dynamic_cast<P::IsExprContext*>(ctx)) {
    auto e = make<ir::IsNull>(i, pc);
    e->negated = i->K_NOT() != nullptr;
    e->operand = transformExpression(i->expression(), pc);
    e->what = upper(i->children.back()->getText());
    return e;
  }
  if (auto* q = dynamic_cast<P::QuantifiedExprContext*>(ctx)) {
    std::string quant = q->K_ALL() ? "ALL" : q->K_ANY() ? "ANY" : "SOME";
    return binary(q, q->comparisonOperator()->getText(), transformExpression(q->expression(), pc),
                  subquery(q->queryExpression(), pc, quant), pc);
  }
  auto* a = dynamic_cast<P::AssignExprContext*>(ctx);
  return binary(a, ":=", transformExpression(a->expression(0), pc),
                transformExpression(a->expression(1), pc), pc);
}

}  // namespace barge::parser::mysql
