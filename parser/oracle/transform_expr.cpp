// Expressions: conditions (expression rule) and values (simpleExpr rule) -> ir::Expr.
#include <optional>

#include "ir/clone.h"
#include "parser/oracle/transform.h"

namespace barge::parser::oracle {

ir::ExprPtr rawExpr(antlr4::ParserRuleContext* ctx, const ParseContext& pc,
                    const std::string& construct) {
  auto e = std::make_unique<ir::RawExpr>();
  at(*e, ctx, pc);
  e->construct = construct;
  e->text = pc.text(ctx);
  return e;
}

namespace {

// Labelled alternatives are told apart by their tokens, not by a chain of dynamic_casts: the
// transform runs on every expression node and RTTI lookups dominated its cost.
size_t tokenType(antlr4::tree::ParseTree* t) {
  return static_cast<antlr4::tree::TerminalNode*>(t)->getSymbol()->getType();
}
bool isTerminal(antlr4::tree::ParseTree* t) {
  return barge::parser::RuleContextBase::asTerminal(t) != nullptr;
}

enum class SimpleKind {
  Primary,
  Member,
  StarMember,
  Call,
  Attribute,
  OuterJoin,
  DbLink,
  WithinGroup,
  Keep,
  Over,
  AtTimeZone,
  Unary,
  Binary,
  Multiset,
  IntervalConv,
  Collate,
  Json
};

SimpleKind simpleKind(P::SimpleExprContext* ctx) {
  if (ctx->children.size() == 1) return SimpleKind::Primary;
  if (isTerminal(ctx->children[0])) return SimpleKind::Unary;
  switch (tokenType(ctx->children[1])) {
    case P::DOT:
      return ctx->getStop()->getType() == P::STAR ? SimpleKind::StarMember : SimpleKind::Member;
    case P::LPAREN:
      return SimpleKind::Call;
    case P::PERCENT_SIGN:
      return SimpleKind::Attribute;
    case P::OUTER_JOIN:
      return SimpleKind::OuterJoin;
    case P::AT_SIGN:
      return SimpleKind::DbLink;
    case P::K_WITHIN:
      return SimpleKind::WithinGroup;
    case P::K_KEEP:
      return SimpleKind::Keep;
    case P::K_OVER:
      return SimpleKind::Over;
    case P::K_AT:
      return SimpleKind::AtTimeZone;
    case P::K_MULTISET:
      return SimpleKind::Multiset;
    case P::K_COLLATE:
      return SimpleKind::Collate;
    case P::K_DAY:
    case P::K_YEAR:
      return SimpleKind::IntervalConv;
    case P::LBRACE:
    case P::LBRACKET:
      return SimpleKind::Json;
    default:
      return SimpleKind::Binary;
  }
}

// a, a.b, a.b.c as a qualified name when the chain holds only names.
bool isNamePrimary(P::PrimaryContext* ctx);

std::optional<ir::QualifiedName> nameChain(P::SimpleExprContext* ctx) {
  SimpleKind k = simpleKind(ctx);
  if (k == SimpleKind::Primary) {
    auto* prim = static_cast<P::PrimaryExprContext*>(ctx)->primary();
    if (isNamePrimary(prim)) {
      ir::QualifiedName q;
      q.parts.push_back(
          transformIdentifier(static_cast<P::NamePrimaryContext*>(prim)->identifier()));
      return q;
    }
    return std::nullopt;
  }
  if (k == SimpleKind::Member) {
    auto* m = static_cast<P::MemberExprContext*>(ctx);
    auto base = nameChain(m->simpleExpr());
    if (!base) return std::nullopt;
    base->parts.push_back(transformAnyName(m->anyName()));
    return base;
  }
  return std::nullopt;
}

ir::ExprPtr literal(P::LiteralContext* lit, const ParseContext& pc) {
  auto e = std::make_unique<ir::Literal>();
  at(*e, lit, pc);
  if (lit->NUMBER()) {
    std::string t = lit->NUMBER()->getText();
    bool isFloat = t.find_first_of("eEfFdD") != std::string::npos;
    e->literalKind = isFloat                            ? ir::LiteralKind::Float
                     : t.find('.') != std::string::npos ? ir::LiteralKind::Decimal
                                                        : ir::LiteralKind::Integer;
    e->value = t;
  } else if (lit->STRING()) {
    std::string t = lit->STRING()->getText();
    bool national = t[0] == 'n' || t[0] == 'N';
    e->literalKind = national ? ir::LiteralKind::NationalString : ir::LiteralKind::String;
    if (national) e->introducer = "N";
    e->value = unquoteString(t);
  } else if (lit->K_TRUE() || lit->K_FALSE()) {
    e->literalKind = ir::LiteralKind::Boolean;
    e->value = lit->K_TRUE() ? "TRUE" : "FALSE";
  } else {
    e->literalKind = ir::LiteralKind::Null;
  }
  return e;
}

ir::Ptr<ir::WindowSpec> windowSpec(P::WindowSpecContext* ctx, const ParseContext& pc) {
  auto w = std::make_unique<ir::WindowSpec>();
  at(*w, ctx, pc);
  for (auto* e : ctx->expression()) w->partitionBy.push_back(transformExpression(e, pc));
  if (auto* o = ctx->orderByClause()) w->orderBy = transformOrderBy(o, pc);
  if (auto* f = ctx->windowFrame()) w->frame = normalizedText(f);
  return w;
}

// One-token primaries: literal, bind variable, inquiry directive, DEFAULT, or a name.
bool isNamePrimary(P::PrimaryContext* ctx) {
  if (ctx->children.size() != 1) return false;
  switch (ctx->getStart()->getType()) {
    case P::NUMBER:
    case P::STRING:
    case P::K_NULL:
    case P::K_TRUE:
    case P::K_FALSE:
    case P::BIND_VAR:
    case P::CC_FLAG:
    case P::K_DEFAULT:
    case P::K_LEFT:
    case P::K_RIGHT:
      return false;
    default:
      return true;
  }
}

ir::Argument jsonMember(P::ExpressionContext* key, P::ExpressionContext* value,
                        antlr4::ParserRuleContext* whole, const ParseContext& pc);

// JSON { ... } and JSON [ ... ] (23ai) are JSON_OBJECT / JSON_ARRAY calls.
ir::ExprPtr jsonConstructor(antlr4::ParserRuleContext* ctx, const std::string& function,
                            const ParseContext& pc) {
  auto e = std::make_unique<ir::Call>();
  at(*e, ctx, pc);
  e->function.parts.push_back({function, false});
  if (auto* o = dynamic_cast<P::JsonObjectExprContext*>(ctx)) {
    for (auto* m : o->jsonMember())
      e->args.push_back(jsonMember(m->expression(0), m->expression(1), m, pc));
  } else {
    for (auto* x : static_cast<P::JsonArrayExprContext*>(ctx)->expression()) {
      ir::Argument arg;
      arg.value = transformExpression(x, pc);
      e->args.push_back(std::move(arg));
    }
  }
  return e;
}

ir::ExprPtr primary(P::PrimaryContext* ctx, const ParseContext& pc) {
  if (ctx->children.size() == 1) {
    switch (ctx->getStart()->getType()) {
      case P::NUMBER:
      case P::STRING:
      case P::K_NULL:
      case P::K_TRUE:
      case P::K_FALSE:
        return literal(static_cast<P::LiteralPrimaryContext*>(ctx)->literal(), pc);
      case P::BIND_VAR: {
        auto e = std::make_unique<ir::VarRef>(ir::ExprKind::BindVar);
        at(*e, ctx, pc);
        e->name = ctx->getStart()->getText().substr(1);
        return e;
      }
      case P::CC_FLAG:
        return rawExpr(ctx, pc, "INQUIRY DIRECTIVE");
      case P::K_LEFT:  // a variable called LEFT / RIGHT
      case P::K_RIGHT: {
        auto e = std::make_unique<ir::NameRef>();
        at(*e, ctx, pc);
        e->name.parts.push_back(ir::Identifier{ctx->getText(), false});
        return e;
      }
      case P::K_DEFAULT: {
        auto e = std::make_unique<ir::Literal>();
        at(*e, ctx, pc);
        e->literalKind = ir::LiteralKind::Default;
        e->value = "DEFAULT";
        return e;
      }
      default: {
        auto e = std::make_unique<ir::NameRef>();
        at(*e, ctx, pc);
        e->name.parts.push_back(
            transformIdentifier(static_cast<P::NamePrimaryContext*>(ctx)->identifier()));
        return e;
      }
    }
  }
  if (auto* n = dynamic_cast<P::NamePrimaryContext*>(ctx)) {
    auto e = std::make_unique<ir::NameRef>();
    at(*e, ctx, pc);
    e->name.parts.push_back(transformIdentifier(n->identifier()));
    return e;
  }
  if (auto* b = dynamic_cast<P::BindPrimaryContext*>(ctx)) {
    auto e = std::make_unique<ir::VarRef>(ir::ExprKind::BindVar);
    at(*e, ctx, pc);
    // ": name" (blank after the colon) has the name as its last token
    e->name = b->BIND_VAR() ? b->BIND_VAR()->getText().substr(1) : b->children.back()->getText();
    return e;
  }
  if (auto* p = dynamic_cast<P::ParenPrimaryContext*>(ctx)) {
    auto items = p->expression();
    if (p->K_AS()) {  // (self AS supertype): generalized invocation
      auto e = std::make_unique<ir::Cast>();
      at(*e, ctx, pc);
      e->style = "TREAT";
      e->operand = transformExpression(items[0], pc);
      e->type = transformDataType(p->dataType(), pc);
      return e;
    }
    if (items.size() == 1) return transformExpression(items[0], pc);
    auto e = std::make_unique<ir::RowExpr>();
    at(*e, ctx, pc);
    for (auto* i : items) e->items.push_back(transformExpression(i, pc));
    return e;
  }
  if (auto* s = dynamic_cast<P::SubqueryPrimaryContext*>(ctx)) {
    auto e = std::make_unique<ir::SubqueryExpr>();
    at(*e, ctx, pc);
    e->query = transformQuery(s->query(), pc);
    return e;
  }
  if (auto* x = dynamic_cast<P::ExistsPrimaryContext*>(ctx)) {
    auto e = std::make_unique<ir::Exists>();
    at(*e, ctx, pc);
    auto sq = std::make_unique<ir::SubqueryExpr>();
    at(*sq, x->query(), pc);
    sq->query = transformQuery(x->query(), pc);
    e->subquery = std::move(sq);
    return e;
  }
  if (auto* c = dynamic_cast<P::CasePrimaryContext*>(ctx)) {
    auto e = std::make_unique<ir::CaseExpr>();
    at(*e, ctx, pc);
    auto exprs = c->expression();
    size_t i = 0;
    // Simple CASE has an operand before the first WHEN.
    if (!c->K_WHEN().empty() && !exprs.empty() &&
        exprs[0]->getStart()->getTokenIndex() < c->K_WHEN(0)->getSymbol()->getTokenIndex())
      e->operand = transformExpression(exprs[i++], pc);
    for (size_t w = 0; w < c->K_WHEN().size() && i + 1 < exprs.size() + 1; ++w) {
      ir::CaseExpr::When when;
      when.condition = transformExpression(exprs[i++], pc);
      if (i < exprs.size()) when.result = transformExpression(exprs[i++], pc);
      e->whens.push_back(std::move(when));
    }
    if (c->K_ELSE() && i < exprs.size()) e->elseResult = transformExpression(exprs[i], pc);
    return e;
  }
  if (auto* c = dynamic_cast<P::CastPrimaryContext*>(ctx)) {
    auto e = std::make_unique<ir::Cast>();
    at(*e, ctx, pc);
    e->style = "CAST";
    e->operand = transformExpression(c->expression(), pc);
    e->type = transformDataType(c->dataType(), pc);
    return e;
  }
  if (auto* t = dynamic_cast<P::TreatPrimaryContext*>(ctx)) {
    auto e = std::make_unique<ir::Cast>();
    at(*e, ctx, pc);
    e->style = "TREAT";
    e->operand = transformExpression(t->expression(), pc);
    e->type = transformDataType(t->dataType(), pc);
    return e;
  }
  if (auto* i = dynamic_cast<P::IntervalPrimaryContext*>(ctx)) {
    auto e = std::make_unique<ir::IntervalExpr>();
    at(*e, ctx, pc);
    auto v = std::make_unique<ir::Literal>();
    at(*v, ctx, pc);
    v->literalKind = ir::LiteralKind::String;
    v->value = unquoteString(i->STRING()->getText());
    e->value = std::move(v);
    std::string unit;
    for (size_t k = 2; k < i->children.size(); ++k) {
      if (!unit.empty()) unit += ' ';
      unit += upperText(i->children[k]->getText());
    }
    e->unit = unit;
    return e;
  }
  if (auto* d = dynamic_cast<P::DatetimePrimaryContext*>(ctx)) {
    auto e = std::make_unique<ir::Literal>();
    at(*e, ctx, pc);
    e->literalKind = d->K_DATE() ? ir::LiteralKind::Date : ir::LiteralKind::Timestamp;
    e->value = unquoteString(d->STRING()->getText());
    return e;
  }
  if (auto* n = dynamic_cast<P::NewPrimaryContext*>(ctx)) {
    auto e = std::make_unique<ir::Call>();
    at(*e, ctx, pc);
    e->function = transformQualifiedName(n->qualifiedName());
    if (n->callArgs()) e->args = transformCallArgs(n->callArgs(), pc);
    return e;
  }
  if (dynamic_cast<P::DefaultPrimaryContext*>(ctx)) {
    auto e = std::make_unique<ir::Literal>();
    at(*e, ctx, pc);
    e->literalKind = ir::LiteralKind::Default;
    e->value = "DEFAULT";
    return e;
  }
  if (auto* c = dynamic_cast<P::CursorPrimaryContext*>(ctx)) {
    if (!c->K_MULTISET()) return rawExpr(ctx, pc, upperText(ctx->getStart()->getText()));
    auto e = std::make_unique<ir::SubqueryExpr>();
    at(*e, ctx, pc);
    e->multiset = true;
    e->query = transformQuery(c->query(), pc);
    return e;
  }
  if (dynamic_cast<P::CcFlagPrimaryContext*>(ctx)) return rawExpr(ctx, pc, "INQUIRY DIRECTIVE");
  if (auto* s = dynamic_cast<P::SetFunctionPrimaryContext*>(ctx)) {
    auto e = std::make_unique<ir::Call>();
    at(*e, ctx, pc);
    e->function.parts.push_back(ir::Identifier{"SET", false});
    ir::Argument a;
    a.value = transformExpression(s->expression(), pc);
    e->args.push_back(std::move(a));
    return e;
  }
  return rawExpr(ctx, pc, "expression");
}

// Oracle operator spellings -> canonical operators (SQL Language Reference, "Operators" and
// "Conditions"; `**` is PL/SQL exponentiation). `||` is concatenation in Oracle.
ir::BinaryOp oracleBinaryOp(std::string_view s) {
  static const std::pair<std::string_view, ir::BinaryOp> kOps[] = {
      {"+", ir::BinaryOp::Add},
      {"-", ir::BinaryOp::Sub},
      {"*", ir::BinaryOp::Mul},
      {"/", ir::BinaryOp::Div},
      {"**", ir::BinaryOp::Power},
      {"MOD", ir::BinaryOp::Mod},
      {"||", ir::BinaryOp::Concat},
      {"=", ir::BinaryOp::Eq},
      {"!=", ir::BinaryOp::Ne},
      {"<>", ir::BinaryOp::Ne},
      {"^=", ir::BinaryOp::Ne},
      {"~=", ir::BinaryOp::Ne},
      {"<", ir::BinaryOp::Lt},
      {"<=", ir::BinaryOp::Le},
      {">", ir::BinaryOp::Gt},
      {">=", ir::BinaryOp::Ge},
      {"AND", ir::BinaryOp::And},
      {"OR", ir::BinaryOp::Or},
      {"MEMBER OF", ir::BinaryOp::MemberOf},
      {"NOT MEMBER OF", ir::BinaryOp::NotMemberOf},
      {"SUBMULTISET OF", ir::BinaryOp::SubmultisetOf},
      {"NOT SUBMULTISET OF", ir::BinaryOp::NotSubmultisetOf},
  };
  for (const auto& [spelling, op] : kOps)
    if (s == spelling) return op;
  return ir::BinaryOp::Other;
}

ir::UnaryOp oracleUnaryOp(std::string_view s) {
  if (s == "-") return ir::UnaryOp::Neg;
  if (s == "+") return ir::UnaryOp::Plus;
  if (s == "NOT") return ir::UnaryOp::Not;
  if (s == "PRIOR") return ir::UnaryOp::Prior;
  if (s == "CONNECT_BY_ROOT") return ir::UnaryOp::ConnectByRoot;
  return ir::UnaryOp::Other;
}

ir::ExprPtr binary(const std::string& op, ir::ExprPtr l, ir::ExprPtr r,
                   antlr4::ParserRuleContext* ctx, const ParseContext& pc) {
  auto e = std::make_unique<ir::Binary>();
  at(*e, ctx, pc);
  e->op = oracleBinaryOp(op);
  e->spelling = op;
  e->left = std::move(l);
  e->right = std::move(r);
  return e;
}

ir::ExprPtr predicate(P::PredicateExprContext* ctx, const ParseContext& pc) {
  ir::ExprPtr left = transformSimpleExpr(ctx->simpleExpr(), pc);
  auto* tail = ctx->predicateTail();
  if (!tail) return left;
  if (auto* c = dynamic_cast<P::CompareTailContext*>(tail))
    return binary(c->compOp()->getText(), std::move(left), transformSimpleExpr(c->simpleExpr(), pc),
                  ctx, pc);
  if (auto* q = dynamic_cast<P::QuantifiedTailContext*>(tail)) {
    auto sub = std::make_unique<ir::SubqueryExpr>();
    at(*sub, q, pc);
    sub->quantifier = upperText(q->children[1]->getText());
    if (q->query()) {
      sub->query = transformQuery(q->query(), pc);
      return binary(q->compOp()->getText(), std::move(left), std::move(sub), ctx, pc);
    }
    // A list: Oracle reads x op ANY (a, b) as x op a OR x op b, and ALL with AND (SQL Language
    // Reference, "Comparison Conditions"), NULLs included.
    std::string op = q->compOp()->getText();
    bool all = sub->quantifier == "ALL";
    auto items = q->expression();
    ir::ExprPtr out;
    for (size_t i = 0; i < items.size(); ++i) {
      ir::ExprPtr l = i + 1 < items.size() ? ir::clone(*left) : std::move(left);
      ir::ExprPtr cmp = binary(op, std::move(l), transformExpression(items[i], pc), ctx, pc);
      out = out ? binary(all ? "AND" : "OR", std::move(out), std::move(cmp), ctx, pc)
                : std::move(cmp);
    }
    if (out) return out;
    return binary(op, std::move(left), rawExpr(q, pc, "quantified list"), ctx, pc);
  }
  if (auto* is = dynamic_cast<P::IsTailContext*>(tail)) {
    auto e = std::make_unique<ir::IsNull>();
    at(*e, ctx, pc);
    e->operand = std::move(left);
    e->negated = is->K_NOT() != nullptr;
    std::string what;
    for (size_t k = e->negated ? 2 : 1; k < is->children.size(); ++k) {
      if (!what.empty()) what += ' ';
      what += upperText(is->children[k]->getText());
    }
    e->what = what;
    return e;
  }
  if (auto* l = dynamic_cast<P::LikeTailContext*>(tail)) {
    auto e = std::make_unique<ir::Like>();
    at(*e, ctx, pc);
    e->negated = l->K_NOT() != nullptr;
    e->op = upperText(l->children[e->negated ? 1 : 0]->getText());
    e->operand = std::move(left);
    e->pattern = transformSimpleExpr(l->simpleExpr(0), pc);
    if (l->simpleExpr().size() > 1) e->escape = transformSimpleExpr(l->simpleExpr(1), pc);
    return e;
  }
  if (auto* b = dynamic_cast<P::BetweenTailContext*>(tail)) {
    auto e = std::make_unique<ir::Between>();
    at(*e, ctx, pc);
    e->negated = b->K_NOT() != nullptr;
    e->operand = std::move(left);
    e->low = transformSimpleExpr(b->simpleExpr(0), pc);
    e->high = transformSimpleExpr(b->simpleExpr(1), pc);
    return e;
  }
  if (auto* in = dynamic_cast<P::InTailContext*>(tail)) {
    auto e = std::make_unique<ir::InList>();
    at(*e, ctx, pc);
    e->negated = in->K_NOT() != nullptr;
    e->operand = std::move(left);
    // IN (a, b), IN (SELECT ...), IN (x) and IN collection all parse as one value.
    auto list = transformSimpleExpr(in->simpleExpr(), pc);
    if (list->kind == ir::ExprKind::Row) {
      for (auto& x : list->as<ir::RowExpr>().items) e->items.push_back(std::move(x));
    } else {
      e->items.push_back(std::move(list));
    }
    return e;
  }
  auto* m = dynamic_cast<P::MemberTailContext*>(tail);
  std::string op = m && m->K_MEMBER() ? "MEMBER OF" : "SUBMULTISET OF";
  if (m && m->K_NOT()) op = "NOT " + op;
  return binary(op, std::move(left), transformSimpleExpr(m->simpleExpr(), pc), ctx, pc);
}

// Calls whose arguments are keywords, as canonical calls (the converter sees no keyword
// syntax): TRIM(LEADING c FROM s) -> LTRIM(s, c), TRAILING -> RTRIM, BOTH -> BTRIM;
// EXTRACT(field FROM x) -> EXTRACT('FIELD', x).
void addArg(ir::Call& e, ir::ExprPtr v) {
  ir::Argument arg;
  arg.value = std::move(v);
  e.args.push_back(std::move(arg));
}

void canonicalSpecialCall(ir::Call& e, P::CallArgsContext* a, const ParseContext& pc) {
  if (e.function.parts.size() != 1 || a->callArg().size() != 1) return;
  std::string name = upperText(e.function.last().text);
  auto* arg = a->callArg(0);
  if (name == "TRIM" && arg->K_FROM() && arg->expression().size() >= 1) {
    auto exprs = arg->expression();
    e.function.parts[0].text = arg->K_LEADING() ? "LTRIM" : arg->K_TRAILING() ? "RTRIM" : "BTRIM";
    e.args.clear();
    addArg(e, transformExpression(exprs.back(), pc));
    if (exprs.size() == 2) addArg(e, transformExpression(exprs[0], pc));
    return;
  }
  // TRANSLATE(x USING CHAR_CS | NCHAR_CS) converts x to the database or national character
  // set (SQL Language Reference, "TRANSLATE ... USING"): what TO_CHAR / TO_NCHAR of a
  // character value do.
  if (name == "TRANSLATE" && arg->expression().size() == 1 && arg->argTail().size() == 1 &&
      arg->argTail(0)->K_USING() && arg->argTail(0)->ID().size() == 1 &&
      !arg->argTail(0)->simpleExpr()) {
    std::string cs = upperText(arg->argTail(0)->ID(0)->getText());
    if (cs != "CHAR_CS" && cs != "NCHAR_CS") return;
    e.function.parts[0].text = cs == "NCHAR_CS" ? "TO_NCHAR" : "TO_CHAR";
    e.args.clear();
    addArg(e, transformExpression(arg->expression(0), pc));
    return;
  }
  if (name == "EXTRACT" && arg->expression().size() == 1 && arg->argTail().size() == 1 &&
      arg->argTail(0)->K_FROM() && arg->argTail(0)->expression()) {
    auto field = std::make_unique<ir::Literal>();
    at(*field, arg->expression(0), pc);
    field->literalKind = ir::LiteralKind::String;
    field->value = upperText(arg->expression(0)->getText());
    e.args.clear();
    addArg(e, std::move(field));
    addArg(e, transformExpression(arg->argTail(0)->expression(), pc));
  }
}

}  // namespace

namespace {
// JSON 'key' : value (JSON_OBJECT, JSON { }): the key names the member like p => v names a
// parameter; a key that is not a string literal keeps the member as raw text.
ir::Argument jsonMember(P::ExpressionContext* key, P::ExpressionContext* value,
                        antlr4::ParserRuleContext* whole, const ParseContext& pc) {
  ir::Argument arg;
  std::string k = key->getText();
  if (!value) {
    arg.value = transformExpression(key, pc);
  } else if (key->getStart() == key->getStop() && key->getStart()->getType() == P::STRING &&
             k.size() >= 2 && k[0] == '\'') {
    std::string name;
    for (size_t i = 1; i + 1 < k.size(); ++i) {
      name += k[i];
      if (k[i] == '\'' && k[i + 1] == '\'') ++i;
    }
    arg.name = ir::Identifier{name, true};
    arg.value = transformExpression(value, pc);
  } else {
    arg.value = rawExpr(whole, pc, "JSON member");
  }
  return arg;
}
}  // namespace

std::vector<ir::Argument> transformCallArgs(P::CallArgsContext* ctx, const ParseContext& pc) {
  std::vector<ir::Argument> args;
  if (!ctx) return args;
  if (ctx->STAR()) {
    if (!ctx->argTail().empty()) {  // JSON_OBJECT(* RETURNING CLOB): kept whole, explicitly raw
      ir::Argument arg;
      arg.value = rawExpr(ctx, pc, "argument");
      args.push_back(std::move(arg));
    }
    return args;
  }
  if (ctx->K_PARTITION() || ctx->orderByClause()) {  // APPROX_RANK(PARTITION BY .. ORDER BY ..)
    ir::Argument arg;
    arg.value = rawExpr(ctx, pc, "argument");
    args.push_back(std::move(arg));
    return args;
  }
  for (auto* a : ctx->callArg()) {
    ir::Argument arg;
    if (a->K_FOR()) {  // iterator choice (21c): kept whole, explicitly raw
      arg.value = rawExpr(a, pc, "ITERATOR CHOICE");
    } else if (a->COLON() && a->argTail().empty()) {
      arg = jsonMember(a->expression(0), a->expression(1), a, pc);
    } else if (a->COLON()) {  // 'k' : v RETURNING ... / FORMAT JSON: kept whole
      arg.value = rawExpr(a, pc, "JSON member");
    } else if (a->ARROW()) {
      // p => v names a parameter; in a qualified expression the key may be any expression
      arg.name.text = pc.text(a->expression(0));
      arg.value = transformExpression(a->expression(1), pc);
    } else if (a->argTail().empty() && a->expression().size() == 1 && !a->K_FROM() &&
               a->getStart() == a->expression(0)->getStart()) {
      arg.value = transformExpression(a->expression(0), pc);
    } else {
      arg.value = rawExpr(a, pc, "argument");
    }
    args.push_back(std::move(arg));
  }
  return args;
}

ir::ExprPtr transformSimpleExpr(P::SimpleExprContext* ctx, const ParseContext& pc) {
  SimpleKind kind = simpleKind(ctx);
  if (kind == SimpleKind::Primary)
    return primary(static_cast<P::PrimaryExprContext*>(ctx)->primary(), pc);
  if (kind == SimpleKind::Member) {
    if (auto q = nameChain(ctx)) {
      auto e = std::make_unique<ir::NameRef>();
      at(*e, ctx, pc);
      e->name = std::move(*q);
      return e;
    }
    return rawExpr(ctx, pc, "member access");
  }
  if (kind == SimpleKind::StarMember) {
    auto* s = static_cast<P::StarMemberExprContext*>(ctx);
    auto e = std::make_unique<ir::Star>();
    at(*e, ctx, pc);
    if (auto q = nameChain(s->simpleExpr())) e->qualifier = std::move(*q);
    return e;
  }
  if (kind == SimpleKind::Call) {
    auto* c = static_cast<P::CallExprContext*>(ctx);
    auto q = nameChain(c->simpleExpr());
    if (!q) return rawExpr(ctx, pc, "call");
    auto e = std::make_unique<ir::Call>();
    at(*e, ctx, pc);
    e->function = std::move(*q);
    if (auto* a = c->callArgs()) {
      e->starArg = a->STAR() != nullptr;
      e->distinct = a->K_DISTINCT() != nullptr || a->K_UNIQUE() != nullptr;
      e->args = transformCallArgs(a, pc);
      canonicalSpecialCall(*e, a, pc);
    }
    return e;
  }
  if (kind == SimpleKind::OuterJoin) {
    auto* o = static_cast<P::OuterJoinExprContext*>(ctx);
    auto inner = transformSimpleExpr(o->simpleExpr(), pc);
    if (inner->kind == ir::ExprKind::Name) inner->as<ir::NameRef>().outerJoinMark = true;
    return inner;
  }
  if (kind == SimpleKind::Over) {
    auto* ov = static_cast<P::OverExprContext*>(ctx);
    auto inner = transformSimpleExpr(ov->simpleExpr(), pc);
    if (inner->kind != ir::ExprKind::Call) return rawExpr(ctx, pc, "analytic call");
    auto& call = inner->as<ir::Call>();
    if (auto* w = ov->windowSpec()) {
      call.over = windowSpec(w, pc);
    } else {
      call.over = std::make_unique<ir::WindowSpec>();
      call.over->name = transformIdentifier(ov->identifier());
    }
    return inner;
  }
  if (kind == SimpleKind::WithinGroup) {
    auto* wg = static_cast<P::WithinGroupExprContext*>(ctx);
    auto inner = transformSimpleExpr(wg->simpleExpr(), pc);
    if (inner->kind != ir::ExprKind::Call) return rawExpr(ctx, pc, "WITHIN GROUP");
    inner->as<ir::Call>().withinGroup = transformOrderBy(wg->orderByClause(), pc);
    return inner;
  }
  if (kind == SimpleKind::Keep) {
    auto* k = static_cast<P::KeepExprContext*>(ctx);
    auto inner = transformSimpleExpr(k->simpleExpr(), pc);
    if (inner->kind != ir::ExprKind::Call) return rawExpr(ctx, pc, "KEEP");
    std::string keep = "DENSE_RANK ";
    keep += k->K_FIRST() ? "FIRST " : "LAST ";
    keep += normalizedText(k->orderByClause());
    inner->as<ir::Call>().keep = keep;
    return inner;
  }
  if (kind == SimpleKind::Unary) {
    auto* u = static_cast<P::UnaryExprContext*>(ctx);
    auto e = std::make_unique<ir::Unary>();
    at(*e, ctx, pc);
    e->spelling = upperText(u->children.front()->getText());
    e->op = oracleUnaryOp(e->spelling);
    e->operand = transformSimpleExpr(u->simpleExpr(), pc);
    return e;
  }
  if (kind == SimpleKind::Json) {  // JSON { ... } / JSON [ ... ]
    if (upperText(ctx->children[0]->getText()) != "JSON")
      return rawExpr(ctx, pc, "JSON constructor");
    return jsonConstructor(
        ctx, tokenType(ctx->children[1]) == P::LBRACE ? "JSON_OBJECT" : "JSON_ARRAY", pc);
  }
  if (kind == SimpleKind::Binary && tokenType(ctx->children[1]) == P::K_MOD) {
    // PL/SQL's infix MOD is the MOD function
    auto* b = static_cast<P::BinaryExprContext*>(ctx);
    auto e = std::make_unique<ir::Call>();
    at(*e, ctx, pc);
    e->function.parts.push_back({"MOD", false});
    for (auto* operand : b->simpleExpr()) {
      ir::Argument arg;
      arg.value = transformSimpleExpr(operand, pc);
      e->args.push_back(std::move(arg));
    }
    return e;
  }
  if (kind == SimpleKind::Binary) {
    auto* b = static_cast<P::BinaryExprContext*>(ctx);
    // "| |" (two BAR tokens) is the concatenation operator written with a blank
    std::string op =
        tokenType(b->children[1]) == P::BAR ? "||" : upperText(b->children[1]->getText());
    return binary(op, transformSimpleExpr(b->simpleExpr(0), pc),
                  transformSimpleExpr(b->simpleExpr(1), pc), ctx, pc);
  }
  if (kind == SimpleKind::Collate) {
    auto* c = static_cast<P::CollateExprContext*>(ctx);
    auto e = std::make_unique<ir::Collate>();
    at(*e, ctx, pc);
    e->operand = transformSimpleExpr(c->simpleExpr(), pc);
    e->collation = c->anyName()->getText();
    return e;
  }
  if (kind == SimpleKind::Attribute) {
    auto* a = static_cast<P::AttributeExprContext*>(ctx);
    auto e = std::make_unique<ir::AttributeRef>();
    at(*e, ctx, pc);
    e->base = transformSimpleExpr(a->simpleExpr(), pc);
    e->attribute = upperText(a->anyName()->getText());
    return e;
  }
  if (kind == SimpleKind::AtTimeZone) {
    auto* z = static_cast<P::AtTimeZoneExprContext*>(ctx);
    auto e = std::make_unique<ir::AtTimeZone>();
    at(*e, ctx, pc);
    e->operand = transformSimpleExpr(z->simpleExpr(0), pc);
    if (!z->K_LOCAL()) e->zone = transformSimpleExpr(z->simpleExpr(1), pc);
    return e;
  }
  switch (kind) {
    case SimpleKind::Multiset:
      return rawExpr(ctx, pc, "MULTISET operator");
    case SimpleKind::DbLink:
      return rawExpr(ctx, pc, "database link call");
    case SimpleKind::IntervalConv:
      return rawExpr(ctx, pc, "interval expression");
    default:
      return rawExpr(ctx, pc, "expression");
  }
}

ir::ExprPtr transformExpression(P::ExpressionContext* ctx, const ParseContext& pc) {
  if (!ctx) return nullptr;
  if (ctx->children.size() == 3) {
    bool isAnd = tokenType(ctx->children[1]) == P::K_AND;
    auto* l = static_cast<P::ExpressionContext*>(ctx->children[0]);
    auto* r = static_cast<P::ExpressionContext*>(ctx->children[2]);
    return binary(isAnd ? "AND" : "OR", transformExpression(l, pc), transformExpression(r, pc), ctx,
                  pc);
  }
  if (ctx->getStart()->getType() != P::K_NOT)
    return predicate(static_cast<P::PredicateExprContext*>(ctx), pc);
  if (auto* n = static_cast<P::NotExprContext*>(ctx)) {
    auto e = std::make_unique<ir::Unary>();
    at(*e, ctx, pc);
    e->op = ir::UnaryOp::Not;
    e->spelling = "NOT";
    e->operand = transformExpression(n->expression(), pc);
    return e;
  }
  if (auto* a = dynamic_cast<P::AndExprContext*>(ctx))
    return binary("AND", transformExpression(a->expression(0), pc),
                  transformExpression(a->expression(1), pc), ctx, pc);
  auto* o = dynamic_cast<P::OrExprContext*>(ctx);
  return binary("OR", transformExpression(o->expression(0), pc),
                transformExpression(o->expression(1), pc), ctx, pc);
}

}  // namespace barge::parser::oracle
