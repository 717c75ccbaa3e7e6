#include "converter/catalog/catalog.h"

#include "converter/emit_table.h"
#include "converter/identifiers.h"
#include "converter/type_rules.h"

namespace barge::converter {

ir::ValueType valueTypeOf(const ir::DataType& t) {
  using K = ir::TypeKind;
  switch (t.kind) {
    case K::Boolean:
      return ir::ValueType::Boolean;
    case K::TinyInt:
    case K::SmallInt:
    case K::MediumInt:
    case K::Int:
    case K::BigInt:
    case K::Decimal:
    case K::Float:
    case K::Double:
    case K::Year:
      return ir::ValueType::Number;
    case K::Char:
    case K::VarChar:
    case K::Text:
    case K::Enum:
    case K::Set:
    case K::RowId:
      return ir::ValueType::Text;
    case K::Binary:
    case K::VarBinary:
    case K::Blob:
    case K::Bit:
      return ir::ValueType::Binary;
    case K::Date:
      return ir::ValueType::Date;
    case K::DateTime:
    case K::Timestamp:
      return ir::ValueType::Timestamp;
    case K::TimestampTz:
      return ir::ValueType::TimestampTz;
    case K::Time:
    case K::IntervalYearMonth:
    case K::IntervalDaySecond:
      return ir::ValueType::Interval;
    case K::Json:
      return ir::ValueType::Json;
    default:
      return ir::ValueType::Unknown;
  }
}

const CatalogColumn* Relation::column(const std::string& pgName) const {
  for (const auto& c : columns)
    if (c.name == pgName) return &c;
  return nullptr;
}

std::pair<std::string, std::string> Catalog::pgKey(const ir::QualifiedName& n) const {
  return pgTableName(from_, n, targetSchema_);
}

void Catalog::addTable(const ir::Table& t) {
  Relation r;
  r.kind = RelationKind::Table;
  std::tie(r.schema, r.name) = pgKey(t.name);
  r.loc = t.loc;
  for (const auto& c : t.columns) {
    CatalogColumn col;
    col.name = pgName(from_, c->name);
    col.type = c->type.get();
    col.valueType = c->type ? valueTypeOf(*c->type) : ir::ValueType::Unknown;
    // What matters for arithmetic is the PostgreSQL type: NUMBER(6) becomes integer there.
    if (c->type && mapType(from_, *c->type).conversion == ValueConversion::Integer)
      col.valueType = ir::ValueType::Integer;
    if (c->type && mapType(from_, *c->type).conversion == ValueConversion::Boolean)
      col.valueType = ir::ValueType::Boolean;
    col.setArray = c->type && mapType(from_, *c->type).conversion == ValueConversion::SetArray;
    col.notNull = c->nullable.has_value() && !*c->nullable;
    for (const auto& ic : c->inlineConstraints)
      if (ic->kind == ir::ConstraintKind::PrimaryKey || ic->kind == ir::ConstraintKind::NotNull)
        col.notNull = true;
    r.columns.push_back(std::move(col));
  }
  relations_[{r.schema, r.name}] = std::move(r);
}

Relation& Catalog::addView(const ir::View& v) {
  Relation r;
  r.kind = v.materialized ? RelationKind::MaterializedView : RelationKind::View;
  std::tie(r.schema, r.name) = pgKey(v.name);
  r.loc = v.loc;
  r.columnsKnown = false;
  auto key = std::make_pair(r.schema, r.name);
  relations_[key] = std::move(r);
  return relations_[key];
}

void Catalog::addSequence(const ir::Sequence& s) {
  SequenceEntry e;
  std::tie(e.schema, e.name) = pgKey(s.name);
  sequences_[{e.schema, e.name}] = e;
}

void Catalog::addSynonym(const ir::Synonym& s) {
  SynonymEntry e;
  std::tie(e.schema, e.name) = pgKey(s.name);
  if (s.isPublic && s.name.parts.size() == 1) e.schema = "";
  e.target = s.target;
  e.isPublic = s.isPublic;
  synonyms_[{e.schema, e.name}] = e;
}

void Catalog::addType(const ir::TypeDef& t, std::string qualified, size_t attributeCount) {
  TypeEntry e;
  std::tie(e.schema, e.name) = pgKey(t.name);
  e.def = &t;
  e.qualified = std::move(qualified);
  e.attributeCount = attributeCount;
  types_[{e.schema, e.name}] = e;
}

void Catalog::addRoutine(const ir::Routine& r, const std::string& package) {
  RoutineEntry e;
  std::tie(e.schema, e.name) = pgKey(r.name);
  e.package = package;
  e.routine = &r;
  routines_.insert({{e.schema, e.name}, e});
}

// Exact (schema, name) first; an unqualified name then matches the one object of that name in
// any schema (scripts often create SCHEMA.T and query T).
template <typename M>
auto* Catalog::lookup(M& map, const ir::QualifiedName& n) const {
  using Ptr = decltype(&map.begin()->second);
  if (n.parts.empty() || n.parts.size() > 2) return Ptr{nullptr};
  auto key = pgKey(n);
  if (auto it = map.find(key); it != map.end()) return &it->second;
  if (n.parts.size() == 1) {
    Ptr found = nullptr;
    for (auto& [k, v] : map)
      if (k.second == key.second) {
        if (found) return Ptr{nullptr};  // ambiguous
        found = &v;
      }
    return found;
  }
  return Ptr{nullptr};
}

void Catalog::addPackage(const ir::QualifiedName& name) {
  packages_[pgKey(name)] = true;
}

bool Catalog::isPackage(const ir::QualifiedName& name) const {
  return lookup(packages_, name) != nullptr;
}

const SynonymEntry* Catalog::resolveSynonym(const ir::QualifiedName& n, int depth) const {
  const SynonymEntry* s = lookup(synonyms_, n);
  if (!s || depth > 8) return s;
  if (const SynonymEntry* next = resolveSynonym(s->target, depth + 1)) return next;
  return s;
}

const SynonymEntry* Catalog::findSynonym(const ir::QualifiedName& n) const {
  return lookup(synonyms_, n);
}

const Relation* Catalog::findRelation(const ir::QualifiedName& n) const {
  if (const Relation* r = lookup(relations_, n)) return r;
  if (const SynonymEntry* s = resolveSynonym(n, 0)) return lookup(relations_, s->target);
  return nullptr;
}

bool Catalog::hasRelationSchema(const std::string& schema) const {
  for (const auto& [key, r] : relations_)
    if (key.first == schema) return true;
  return false;
}

Relation* Catalog::findRelation(const ir::QualifiedName& n) {
  return const_cast<Relation*>(static_cast<const Catalog*>(this)->findRelation(n));
}

const SequenceEntry* Catalog::findSequence(const ir::QualifiedName& n) const {
  if (const SequenceEntry* s = lookup(sequences_, n)) return s;
  if (const SynonymEntry* s = resolveSynonym(n, 0)) return lookup(sequences_, s->target);
  return nullptr;
}

const TypeEntry* Catalog::findType(const ir::QualifiedName& n) const {
  return lookup(types_, n);
}

std::vector<const RoutineEntry*> Catalog::findRoutines(const ir::QualifiedName& n) const {
  std::vector<const RoutineEntry*> out;
  auto key = pgKey(n);
  auto [b, e] = routines_.equal_range(key);
  for (auto it = b; it != e; ++it) out.push_back(&it->second);
  return out;
}

}  // namespace barge::converter
