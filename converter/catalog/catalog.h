#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ir/dialect.h"
#include "ir/objects.h"
#include "ir/query.h"

namespace barge::converter {

// Every object of the source that conversions refer to by name, keyed by PostgreSQL names
// (schema, name) as the converter emits them. Built from all input scripts before anything is
// converted, so a view may use a table defined in a later file.
struct CatalogColumn {
  std::string name;  // PostgreSQL name
  const ir::DataType* type = nullptr;
  ir::ValueType valueType = ir::ValueType::Unknown;
  bool notNull = false;
  bool setArray = false;  // a MySQL SET stored as text[]: a written 'a,b' must become an array
};

enum class RelationKind { Table, View, MaterializedView };

struct Relation {
  RelationKind kind = RelationKind::Table;
  std::string schema, name;  // PostgreSQL names; schema "" = the default schema
  std::vector<CatalogColumn> columns;
  bool columnsKnown = true;  // false: a view whose columns the binder could not derive
  bool leftOut = false;      // not in the output (its conversion failed): users must fail too
  // Partitioned tables: partition and subpartition names (PostgreSQL form) -> the PostgreSQL
  // table that holds them (converter/emit_partition.cpp).
  std::map<std::string, std::string> partitions;
  ir::SourceLocation loc;
  const CatalogColumn* column(const std::string& pgName) const;
};

struct SequenceEntry {
  std::string schema, name;
};

struct SynonymEntry {
  std::string schema, name;  // the synonym (public synonyms: schema "public")
  ir::QualifiedName target;
  bool isPublic = false;
};

struct TypeEntry {
  std::string schema, name;
  const ir::TypeDef* def = nullptr;
  std::string qualified;      // the PostgreSQL type as emitted (quoted, qualified)
  size_t attributeCount = 0;  // object types: with the supertypes' and ALTER TYPE's
};

// A routine's signature (standalone or a package member): what calls are checked against.
struct RoutineEntry {
  std::string schema, package, name;  // package "" for standalone routines
  const ir::Routine* routine = nullptr;
};

class Catalog {
 public:
  Catalog(ir::Dialect from, std::string targetSchema)
      : from_(from), targetSchema_(std::move(targetSchema)) {}

  ir::Dialect dialect() const { return from_; }

  void addTable(const ir::Table& t);
  Relation& addView(const ir::View& v);  // columns filled in by the binder
  void addSequence(const ir::Sequence& s);
  void addSynonym(const ir::Synonym& s);
  void addType(const ir::TypeDef& t, std::string qualified, size_t attributeCount);
  void addRoutine(const ir::Routine& r, const std::string& package = {});
  void addPackage(const ir::QualifiedName& name);
  bool isPackage(const ir::QualifiedName& name) const;

  // Lookups take source names; synonyms are followed (at most a few hops, cycles stop).
  const Relation* findRelation(const ir::QualifiedName& n) const;
  Relation* findRelation(const ir::QualifiedName& n);
  // Whether any table or view of the input is created in this (PostgreSQL-named) schema.
  bool hasRelationSchema(const std::string& schema) const;
  const SequenceEntry* findSequence(const ir::QualifiedName& n) const;
  const TypeEntry* findType(const ir::QualifiedName& n) const;
  const SynonymEntry* findSynonym(const ir::QualifiedName& n) const;
  std::vector<const RoutineEntry*> findRoutines(const ir::QualifiedName& n) const;

  // (schema, name) in PostgreSQL names for a source name, as the converter emits it.
  std::pair<std::string, std::string> pgKey(const ir::QualifiedName& n) const;

  const std::map<std::pair<std::string, std::string>, Relation>& relations() const {
    return relations_;
  }

 private:
  template <typename M>
  auto* lookup(M& map, const ir::QualifiedName& n) const;
  const SynonymEntry* resolveSynonym(const ir::QualifiedName& n, int depth) const;

  ir::Dialect from_;
  std::string targetSchema_;
  std::map<std::pair<std::string, std::string>, Relation> relations_;
  std::map<std::pair<std::string, std::string>, SequenceEntry> sequences_;
  std::map<std::pair<std::string, std::string>, SynonymEntry> synonyms_;
  std::map<std::pair<std::string, std::string>, TypeEntry> types_;
  std::multimap<std::pair<std::string, std::string>, RoutineEntry> routines_;
  std::map<std::pair<std::string, std::string>, bool> packages_;
};

// The value type of a column of this source type.
ir::ValueType valueTypeOf(const ir::DataType& t);

}  // namespace barge::converter
