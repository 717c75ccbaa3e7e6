// Function calls -> PostgreSQL through the dialect's rule table (converter/rules/
// <dialect>_pg_functions.cpp): each row renames, templates, calls barge_compat, or says the
// function has no equivalent. Names written without parentheses (SYSDATE) are calls when the
// binder found no column or variable of that name. A call barge cannot place is never
// emitted unchanged: PostgreSQL would reject the statement.
#include "converter/passes/functions.h"

#include "converter/function_rules.h"
#include "converter/identifiers.h"

namespace barge::converter {

namespace {

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

void applyRule(ir::ExprPtr& e, const FunctionRule& r, PassContext& ctx) {
  auto& c = e->as<ir::Call>();
  if (!r.actionCode.empty())
    ctx.actions.add(
        r.actionCode, e->loc,
        std::string(r.name) + ": " +
            (r.note.empty() ? std::string("converted with a difference") : std::string(r.note)));
  switch (r.kind) {
    case FunctionRuleKind::Same:
      c.function.parts = {ir::Identifier{std::string(r.name), false}};
      for (auto& ch : c.function.parts[0].text)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      c.target = true;
      break;
    case FunctionRuleKind::Rename:
      c.function.parts = {ir::Identifier{std::string(r.pg), false}};
      c.target = true;
      break;
    case FunctionRuleKind::Template:
      c.pgTemplate = std::string(r.pg);
      c.target = true;
      break;
    case FunctionRuleKind::Compat:
      c.function.parts = {ir::Identifier{"barge_compat", false},
                          ir::Identifier{std::string(r.pg), false}};
      c.target = true;
      ctx.compatUsed.insert(std::string(r.pg));
      break;
    case FunctionRuleKind::Pass:
      break;  // a dedicated pass handles it (or left it: then it is reported below)
    case FunctionRuleKind::NotConvertible:
      if (r.actionCode.empty())
        ctx.actions.add("BRG-2005", e->loc, std::string(r.name) + " has no PostgreSQL equivalent");
      e = reportedRaw(*e, std::string(r.name));
      break;
  }
  if (e->kind == ir::ExprKind::Call && r.returns != ir::ValueType::Unknown)
    e->valueType = r.returns;
}

// The constructor of an object or collection type of the input (PL/SQL Language Reference,
// "Collection Constructors"; Object-Relational Developer's Guide, "Constructor Methods"):
// t(a, b) builds a value from all attributes in order -> ROW(a, b)::t; a collection
// c(x, y) -> ARRAY[x, y]::c (c is a domain over an array), c() -> '{}'::c (empty, not NULL).
bool typeConstructor(ir::ExprPtr& e, PassContext& ctx) {
  auto& c = e->as<ir::Call>();
  const TypeEntry* t = ctx.catalog.findType(c.function);
  if (!t || !t->def || t->def->isBody || c.over) return false;
  const ir::TypeDef& d = *t->def;
  std::string name = c.function.str();
  for (const auto& m : d.methods)
    if (pgName(ctx.from, m->name.last()) == pgName(ctx.from, d.name.last())) {
      ctx.actions.add("BRG-4005", e->loc,
                      "calls " + name +
                          ", a user-defined constructor (stored code that is not "
                          "converted yet)");
      e = reportedRaw(*e, "call of " + name);
      return true;
    }
  size_t n = c.args.size();
  for (const auto& a : c.args)
    if (!a.name.text.empty() || !a.value) return false;  // named notation: reported below
  std::string args;
  for (size_t i = 0; i < n; ++i) args += (i ? ", {" : "{") + std::to_string(i) + "}";
  std::string tmpl;
  if (d.typeKind == "OBJECT" && n == t->attributeCount && n > 0)
    tmpl = "ROW(" + args + ")::" + t->qualified;
  else if (d.typeKind == "VARRAY" || d.typeKind == "TABLE")
    tmpl = n ? "ARRAY[" + args + "]::" + t->qualified : "'{}'::" + t->qualified;
  if (tmpl.empty()) {
    ctx.actions.add("BRG-2005", e->loc,
                    "constructor " + name + " with " + std::to_string(n) +
                        " arguments: the type has " + std::to_string(t->attributeCount) +
                        " attributes");
    e = reportedRaw(*e, "call of " + name);
    return true;
  }
  std::vector<ir::ExprPtr> values;
  for (auto& a : c.args) values.push_back(std::move(a.value));
  e = templateCall(e->loc, tmpl, std::move(values), ir::ValueType::Unknown);
  return true;
}

}  // namespace

void functionCalls(ir::ExprPtr& e, PassContext& ctx, const SpecialCalls& special) {
  if (e->kind == ir::ExprKind::Name) {
    auto& n = e->as<ir::NameRef>();
    if (n.role != ir::NameRole::Function) return;
    const FunctionRule* r = findNoParensRule(ctx.from, upper(n.name.last().text));
    if (!r) return;
    auto c = std::make_unique<ir::Call>();
    c->loc = e->loc;
    c->valueType = e->valueType;
    c->function = n.name;
    e = std::move(c);
    applyRule(e, *r, ctx);
    return;
  }
  if (e->kind != ir::ExprKind::Call) return;
  auto& c = e->as<ir::Call>();
  if (c.target || !c.pgTemplate.empty() || c.function.parts.empty()) return;
  std::string name;
  for (size_t i = 0; i < c.function.parts.size(); ++i)
    name += (i ? "." : "") + upper(c.function.parts[i].text);
  bool quoted = c.function.last().quoted;
  if (!quoted) {
    if (auto it = special.find(name); it != special.end() && it->second(e, ctx)) return;
    if (const FunctionRule* r = findFunctionRule(ctx.from, name, static_cast<int>(c.args.size()))) {
      if (r->kind != FunctionRuleKind::Pass) {
        applyRule(e, *r, ctx);
        return;
      }
    }
  }
  if (typeConstructor(e, ctx)) return;
  // A routine of the input: converted with its own object (stored code is part 2 of the
  // converter, so today the call cannot deploy yet).
  if (!ctx.catalog.findRoutines(c.function).empty() ||
      (c.function.parts.size() >= 2 &&
       ctx.catalog.isPackage(
           ir::QualifiedName{{c.function.parts.begin(), c.function.parts.end() - 1}, {}}))) {
    ctx.actions.add("BRG-4005", e->loc,
                    "calls " + c.function.str() + ", stored code that is not converted yet");
    e = reportedRaw(*e, "call of " + c.function.str());
    return;
  }
  const FunctionRule* any = findFunctionRule(ctx.from, name);
  ctx.actions.add(any ? "BRG-2005" : "BRG-2001", e->loc,
                  any ? c.function.str() + " with " + std::to_string(c.args.size()) +
                            " arguments has no PostgreSQL equivalent"
                      : "function " + c.function.str() + " is not known to barge");
  e = reportedRaw(*e, "call of " + c.function.str());
}

}  // namespace barge::converter
