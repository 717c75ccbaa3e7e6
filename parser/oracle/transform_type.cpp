// CREATE TYPE (object, VARRAY, nested table, incomplete) and CREATE TYPE BODY.
#include "parser/oracle/transform.h"

namespace barge::parser::oracle {

namespace {

std::vector<std::string> methodCharacteristics(const std::vector<P::MethodQualifierContext*>& q,
                                               P::MethodKindContext* kind) {
  std::vector<std::string> out;
  for (auto* m : q) out.push_back(normalizedText(m));
  std::string k = kind ? normalizedText(kind) : "";
  if (!k.empty()) out.push_back(k);
  return out;
}

ir::Ptr<ir::Routine> methodHeading(P::ProcedureHeadingContext* ph, P::FunctionHeadingContext* fh,
                                   P::ConstructorHeadingContext* ch, const ParseContext& pc) {
  auto r = std::make_unique<ir::Routine>();
  if (ph) {
    at(*r, ph, pc);
    r->routineKind = ir::RoutineKind::Procedure;
    r->name.parts.push_back(transformAnyName(ph->anyName()));
    r->params = transformParameters(ph->parameterList(), pc);
  } else if (fh) {
    at(*r, fh, pc);
    r->routineKind = ir::RoutineKind::Function;
    r->name.parts.push_back(transformAnyName(fh->anyName()));
    r->params = transformParameters(fh->parameterList(), pc);
    r->returnType = transformDataType(fh->dataType(), pc);
  } else {
    at(*r, ch, pc);
    r->routineKind = ir::RoutineKind::Function;
    r->name = transformQualifiedName(ch->qualifiedName());
    r->params = transformParameters(ch->parameterList(), pc);
    r->characteristics.push_back("CONSTRUCTOR");
    r->characteristics.push_back("RETURN SELF AS RESULT");
  }
  return r;
}

void elements(ir::TypeDef& t, const std::vector<P::TypeElementContext*>& elems,
              const ParseContext& pc) {
  for (auto* e : elems) {
    if (auto* m = e->methodSpec()) {
      auto r =
          methodHeading(m->procedureHeading(), m->functionHeading(), m->constructorHeading(), pc);
      auto chars = methodCharacteristics(m->methodQualifier(), m->methodKind());
      chars.insert(chars.end(), r->characteristics.begin(), r->characteristics.end());
      for (auto& o : transformRoutineOptions(m->routineOption())) chars.push_back(o);
      r->characteristics = chars;
      if (m->callSpec()) r->externalName = normalizedText(m->callSpec());
      t.methods.push_back(std::move(r));
    } else if (e->K_PRAGMA()) {
      t.modifiers.push_back(normalizedText(e));
    } else {
      auto v = std::make_unique<ir::VarDecl>();
      at(*v, e, pc);
      v->name = transformIdentifier(e->identifier());
      v->type = transformDataType(e->dataType(), pc);
      t.attributes.push_back(std::move(v));
    }
  }
}

}  // namespace

ir::StmtPtr transformAlterType(P::AlterTypeContext* ctx, const ParseContext& pc) {
  auto s = std::make_unique<ir::AlterTypeStmt>();
  at(*s, ctx, pc);
  s->type = transformQualifiedName(ctx->qualifiedName());
  for (auto* a : ctx->alterTypeAttributes()) {
    if (upperText(a->ID()->getText()) != "ATTRIBUTE") return unmodelled(ctx, pc, "ALTER TYPE");
    std::string action = a->K_ADD() ? "ADD" : a->K_MODIFY() ? "MODIFY" : "DROP";
    auto ids = a->identifier();
    auto types = a->dataType();
    for (size_t i = 0; i < ids.size(); ++i) {
      auto c = std::make_unique<ir::AlterTypeAttribute>();
      at(*c, ids[i], pc);
      c->action = action;
      c->attribute = std::make_unique<ir::VarDecl>();
      at(*c->attribute, ids[i], pc);
      c->attribute->name = transformIdentifier(ids[i]);
      if (i < types.size()) c->attribute->type = transformDataType(types[i], pc);
      s->changes.push_back(std::move(c));
    }
  }
  if (ctx->alterTypeDependents()) s->dependents = normalizedText(ctx->alterTypeDependents());
  return s;
}

ir::StmtPtr transformCreateType(P::CreateStatementContext* stmt, P::CreateTypeContext* ctx,
                                const ParseContext& pc) {
  auto s = std::make_unique<ir::CreateTypeStmt>();
  at(*s, stmt, pc);
  s->orReplace = stmt->K_REPLACE() != nullptr;
  auto t = std::make_unique<ir::TypeDef>();
  at(*t, ctx, pc);
  t->name = transformQualifiedName(ctx->qualifiedName(0));
  for (auto& o : transformRoutineOptions(ctx->routineOption())) t->modifiers.push_back(o);
  if (ctx->K_OID()) t->modifiers.push_back("OID " + ctx->STRING()->getText());
  if (ctx->K_FORCE()) t->modifiers.push_back("FORCE");
  if (ctx->K_UNDER()) {
    t->typeKind = "OBJECT";
    t->superType = transformQualifiedName(ctx->qualifiedName(1));
    elements(*t, ctx->typeElement(), pc);
  } else if (auto* spec = ctx->typeSpec()) {
    if (spec->K_OBJECT()) {
      t->typeKind = "OBJECT";
      elements(*t, spec->typeElement(), pc);
    } else if (spec->K_TABLE()) {
      t->typeKind = "TABLE";
      t->elementType = transformDataType(spec->dataType(), pc);
    } else if (spec->callSpec()) {
      t->typeKind = "EXTERNAL";
      t->modifiers.push_back(normalizedText(spec->callSpec()));
    } else {
      t->typeKind = "VARRAY";
      try {
        t->limit = std::stoll(spec->expression()->getText());
      } catch (...) {
      }
      t->elementType = transformDataType(spec->dataType(), pc);
    }
  } else {
    t->typeKind = "INCOMPLETE";
  }
  for (auto* m : ctx->typeModifier()) t->modifiers.push_back(normalizedText(m));
  s->type = std::move(t);
  return s;
}

ir::StmtPtr transformCreateTypeBody(P::CreateStatementContext* stmt, P::CreateTypeBodyContext* ctx,
                                    const ParseContext& pc) {
  auto s = std::make_unique<ir::CreateTypeStmt>();
  at(*s, stmt, pc);
  s->orReplace = stmt->K_REPLACE() != nullptr;
  auto t = std::make_unique<ir::TypeDef>();
  at(*t, ctx, pc);
  t->isBody = true;
  t->typeKind = "OBJECT";
  t->name = transformQualifiedName(ctx->qualifiedName());
  for (auto* item : ctx->typeBodyItem()) {
    auto r = methodHeading(item->procedureHeading(), item->functionHeading(),
                           item->constructorHeading(), pc);
    auto chars = methodCharacteristics(item->methodQualifier(), item->methodKind());
    chars.insert(chars.end(), r->characteristics.begin(), r->characteristics.end());
    for (auto& o : transformRoutineOptions(item->routineOption())) chars.push_back(o);
    r->characteristics = chars;
    transformRoutineImpl(item->routineImpl(), *r, pc);
    t->methods.push_back(std::move(r));
  }
  s->type = std::move(t);
  return s;
}

}  // namespace barge::parser::oracle
