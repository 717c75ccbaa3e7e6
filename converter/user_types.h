#pragma once
// The object and collection types (CREATE TYPE) of the input, and how a column or attribute of
// such a type maps to PostgreSQL: an object type becomes a composite type of the same name, a
// collection (VARRAY, nested TABLE OF) an array of its element type.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "converter/type_rules.h"
#include "ir/dialect.h"
#include "ir/objects.h"
#include "ir/statements.h"

namespace barge::converter {

class UserTypes {
 public:
  UserTypes(ir::Dialect from, std::string targetSchema)
      : from_(from), targetSchema_(std::move(targetSchema)) {}

  // Input order; a later complete definition replaces an earlier one (OR REPLACE, or the
  // completion of an incomplete forward declaration), an incomplete one never replaces.
  // Returns the definition of the same name seen before (replaced, or kept when `t` is
  // incomplete), if any.
  const ir::TypeDef* add(const ir::TypeDef& t);
  const ir::TypeDef* find(const ir::QualifiedName& n) const;
  // A TYPE BODY of the input: the methods of the type of that name are implemented there.
  void addBody(const ir::TypeDef& body) { bodies_.push_back(key(body.name)); }
  bool hasBody(const ir::TypeDef& t) const;
  // ALTER TYPE ... ADD | MODIFY | DROP ATTRIBUTE: the type deploys with the changes applied
  // (the converter writes the end state of the scripts, as CASCADE leaves dependent tables).
  // `a` must outlive this object (it is the input's IR).
  void alter(const ir::TypeDef& t, const ir::AlterTypeStmt& a) { alters_[&t].push_back(&a); }
  // The type's own attributes (not its supertypes'), with the ALTERs applied.
  std::vector<const ir::VarDecl*> ownAttributes(const ir::TypeDef& t) const;
  // Types of the input that are (directly or further down) UNDER `t`.
  std::vector<const ir::TypeDef*> subtypes(const ir::TypeDef& t) const;
  const std::vector<const ir::TypeDef*>& all() const { return types_; }
  // Every type after the types its attributes, elements and supertype use (input order
  // otherwise): scripts run file by file may define a type after its first use.
  std::vector<const ir::TypeDef*> ordered() const;

  // nullopt: not a user type of the input (the caller falls back to the type rules).
  std::optional<TypeMapping> map(const ir::DataType& t) const;
  // Attributes of an object type, those of its supertypes first.
  std::vector<const ir::VarDecl*> attributes(const ir::TypeDef& t) const;
  // PostgreSQL schema and name (unquoted) and the quoted, qualified name.
  std::pair<std::string, std::string> pgTypeName(const ir::TypeDef& t) const;
  std::string qualified(const ir::TypeDef& t) const;

 private:
  std::string key(const ir::QualifiedName& n) const;
  std::optional<TypeMapping> map(const ir::DataType& t, int depth) const;

  ir::Dialect from_;
  std::string targetSchema_;
  std::vector<const ir::TypeDef*> types_;
  std::vector<std::string> bodies_;
  std::map<const ir::TypeDef*, std::vector<const ir::AlterTypeStmt*>> alters_;
};

// Column / attribute type: a user type of the input, else the dialect's type rules.
TypeMapping mapColumnType(ir::Dialect from, const ir::DataType& t, const UserTypes* user);

}  // namespace barge::converter
