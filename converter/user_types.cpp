#include "converter/user_types.h"

#include <algorithm>
#include <functional>
#include <set>

#include "converter/emit_table.h"
#include "converter/identifiers.h"

namespace barge::converter {

std::string UserTypes::key(const ir::QualifiedName& n) const {
  auto [schema, name] = pgTableName(from_, n, targetSchema_);
  return (schema.empty() ? "" : schema + ".") + name;
}

const ir::TypeDef* UserTypes::add(const ir::TypeDef& t) {
  std::string k = key(t.name);
  for (auto& existing : types_) {
    if (key(existing->name) != k) continue;
    if (t.typeKind == "INCOMPLETE") return existing;  // a forward declaration adds nothing
    const ir::TypeDef* old = existing;
    types_.erase(std::find(types_.begin(), types_.end(), existing));
    types_.push_back(&t);  // deploys where the complete definition stands
    return old;
  }
  types_.push_back(&t);
  return nullptr;
}

bool UserTypes::hasBody(const ir::TypeDef& t) const {
  return std::find(bodies_.begin(), bodies_.end(), key(t.name)) != bodies_.end();
}

std::vector<const ir::TypeDef*> UserTypes::subtypes(const ir::TypeDef& t) const {
  std::vector<const ir::TypeDef*> out;
  for (const auto* s : types_) {
    // Walk up from each type; the depth bound stops on a cycle in bad input.
    const ir::TypeDef* up = s;
    for (int depth = 0; up && !up->superType.empty() && depth < 32; ++depth) {
      up = find(up->superType);
      if (up == &t) {
        out.push_back(s);
        break;
      }
    }
  }
  return out;
}

const ir::TypeDef* UserTypes::find(const ir::QualifiedName& n) const {
  if (n.empty()) return nullptr;
  std::string k = key(n);
  for (const auto* t : types_)
    if (key(t->name) == k) return t;
  // An unqualified reference finds a qualified type of the same name, and the reverse.
  std::string last = pgName(from_, n.last());
  for (const auto* t : types_)
    if (pgName(from_, t->name.last()) == last && (n.parts.size() == 1 || t->name.parts.size() == 1))
      return t;
  return nullptr;
}

std::pair<std::string, std::string> UserTypes::pgTypeName(const ir::TypeDef& t) const {
  return pgTableName(from_, t.name, targetSchema_);
}

std::string UserTypes::qualified(const ir::TypeDef& t) const {
  auto [schema, name] = pgTypeName(t);
  return (schema.empty() ? "" : quoteIdent(schema) + ".") + quoteIdent(name);
}

std::vector<const ir::VarDecl*> UserTypes::attributes(const ir::TypeDef& t) const {
  std::vector<const ir::VarDecl*> out;
  std::vector<const ir::TypeDef*> chain{&t};
  while (chain.size() < 16) {  // a cycle of UNDER clauses is an input error; stop, don't loop
    const ir::TypeDef* super = find(chain.back()->superType);
    if (!super || super == chain.back()) break;
    chain.push_back(super);
  }
  for (auto it = chain.rbegin(); it != chain.rend(); ++it)
    for (const auto* a : ownAttributes(**it)) out.push_back(a);
  return out;
}

std::vector<const ir::VarDecl*> UserTypes::ownAttributes(const ir::TypeDef& t) const {
  std::vector<const ir::VarDecl*> out;
  for (const auto& a : t.attributes) out.push_back(a.get());
  auto it = alters_.find(&t);
  if (it == alters_.end()) return out;
  for (const auto* alter : it->second)
    for (const auto& c : alter->changes) {
      if (!c->attribute) continue;
      std::string n = pgName(from_, c->attribute->name);
      auto same = std::find_if(out.begin(), out.end(),
                               [&](const ir::VarDecl* v) { return pgName(from_, v->name) == n; });
      if (c->action == "ADD" && same == out.end() && c->attribute->type)
        out.push_back(c->attribute.get());
      else if (c->action == "MODIFY" && same != out.end() && c->attribute->type)
        *same = c->attribute.get();
      else if (c->action == "DROP" && same != out.end())
        out.erase(same);
    }
  return out;
}

std::optional<TypeMapping> UserTypes::map(const ir::DataType& t) const {
  return map(t, 0);
}

std::vector<const ir::TypeDef*> UserTypes::ordered() const {
  std::vector<const ir::TypeDef*> out;
  std::set<const ir::TypeDef*> done, active;
  std::function<void(const ir::TypeDef*)> visit = [&](const ir::TypeDef* t) {
    if (!t || done.count(t) || active.count(t)) return;  // a cycle keeps input order
    active.insert(t);
    auto uses = [&](const ir::DataType* d) {
      if (d && d->kind == ir::TypeKind::UserDefined && d->spelling.rfind("REF ", 0) != 0)
        visit(find(d->name));
    };
    visit(find(t->superType));
    uses(t->elementType.get());
    for (const auto* a : ownAttributes(*t)) uses(a->type.get());
    active.erase(t);
    done.insert(t);
    out.push_back(t);
  };
  for (const auto* t : types_) visit(t);
  return out;
}

std::optional<TypeMapping> UserTypes::map(const ir::DataType& t, int depth) const {
  if (t.kind != ir::TypeKind::UserDefined || t.anchor != ir::DataType::Anchor::None) return {};
  if (t.spelling.rfind("REF ", 0) == 0) {
    TypeMapping m;
    m.pgType = "text";
    m.actionCode = "BRG-1005";
    m.note = "PostgreSQL has no object references; the REF is kept as text";
    return m;
  }
  const ir::TypeDef* def = find(t.name);
  if (!def || depth > 8) return {};
  TypeMapping m;
  m.conversion = ValueConversion::AsText;
  if (def->typeKind == "OBJECT") {
    m.pgType = qualified(*def);
    return m;
  }
  if ((def->typeKind != "VARRAY" && def->typeKind != "TABLE") || !def->elementType) return {};
  auto elem = map(*def->elementType, depth + 1);
  TypeMapping e = elem ? *elem : mapType(from_, *def->elementType);
  m.pgType = e.pgType;
  if (m.pgType.size() < 2 || m.pgType.substr(m.pgType.size() - 2) != "[]") {
    m.pgType += "[]";
    m.actionCode = e.actionCode.empty() ? "BRG-1014" : e.actionCode;
    m.note = e.actionCode.empty()
                 ? std::string(def->typeKind == "VARRAY" ? "VARRAY" : "nested table") + " " +
                       sourceName(from_, def->name) + " stored as an array"
                 : e.note;
  } else {
    // A collection of collections: PostgreSQL arrays are multi-dimensional, not nested.
    m.actionCode = "BRG-1005";
    m.note = "collection of collections " + sourceName(from_, def->name) +
             " stored as a multi-dimensional array; inner sizes must agree";
  }
  if (def->typeKind == "VARRAY" && def->limit) m.maxCardinality = def->limit;
  return m;
}

TypeMapping mapColumnType(ir::Dialect from, const ir::DataType& t, const UserTypes* user) {
  if (user)
    if (auto m = user->map(t)) return *m;
  return mapType(from, t);
}

}  // namespace barge::converter
