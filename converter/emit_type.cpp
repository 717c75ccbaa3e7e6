#include "converter/emit_type.h"

#include "converter/identifiers.h"

namespace barge::converter {

namespace {

class TypeEmitter {
 public:
  TypeEmitter(ir::Dialect from, const ir::TypeDef& t, const UserTypes& types, ActionSink& sink)
      : from_(from), t_(t), types_(types), sink_(sink) {}

  TypeDdl run();

 private:
  void act(const char* code, const ir::SourceLocation& loc, std::string message) {
    sink_.add(code, loc, "TYPE", sourceName(from_, t_.name), std::move(message));
  }
  std::string attributeType(const ir::VarDecl& a);
  void modifiers();

  ir::Dialect from_;
  const ir::TypeDef& t_;
  const UserTypes& types_;
  ActionSink& sink_;
};

std::string TypeEmitter::attributeType(const ir::VarDecl& a) {
  if (!a.type) return "text";
  TypeMapping m = mapColumnType(from_, *a.type, &types_);
  // A composite type cannot contain itself, not even through an array.
  if (m.pgType.find(types_.qualified(t_)) != std::string::npos) {
    act("BRG-1005", a.loc,
        sourceName(from_, a.name) + ": a composite type cannot contain itself; text used");
    return "text";
  }
  if (!m.actionCode.empty())
    act(m.actionCode.c_str(), a.type->loc,
        sourceName(from_, a.name) + ": " + a.type->describe() + " -> " + m.pgType +
            (m.note.empty() ? "" : " (" + m.note + ")"));
  return m.pgType;
}

void TypeEmitter::modifiers() {
  for (const auto& m : t_.modifiers) {
    // FINAL / NOT FINAL / INSTANTIABLE only matter for inheritance, which is flattened.
    if (m == "FINAL" || m == "NOT FINAL" || m == "INSTANTIABLE") continue;
    act("BRG-3001", t_.loc, m + " ignored");
  }
}

TypeDdl TypeEmitter::run() {
  TypeDdl d;
  auto [schema, name] = types_.pgTypeName(t_);
  d.schema = schema;
  d.name = name;
  std::string q = types_.qualified(t_);
  modifiers();
  if (t_.typeKind == "OBJECT") {
    if (!t_.superType.empty())
      act("BRG-1015", t_.loc,
          "subtype of " + sourceName(from_, t_.superType) +
              ": created as a separate composite type with the inherited attributes");
    // The composite type carries every attribute; the methods are code. Where the input has
    // the TYPE BODY, that body is the unit reported high (BRG-4001) and the type itself deploys
    // complete as data: BRG-4008 says its methods wait for the body. Without a body nothing
    // implements them: high on the type.
    bool body = types_.hasBody(t_);
    for (const auto& m : t_.methods)
      act(body ? "BRG-4008" : "BRG-4001", m->loc,
          "method " + sourceName(from_, m->name) + " of " + sourceName(from_, t_.name) +
              (body ? " is implemented in TYPE BODY " + sourceName(from_, t_.name) +
                          ", which is not converted yet"
                    : " is not converted yet and the input has no TYPE BODY for it") +
              " (write it as a function taking the composite type)");
    std::string sql = "CREATE TYPE " + q + " AS (";
    auto attrs = types_.attributes(t_);
    for (size_t i = 0; i < attrs.size(); ++i)
      sql += std::string(i ? ",\n" : "\n") + "    " + quoteIdent(pgName(from_, attrs[i]->name)) +
             " " + attributeType(*attrs[i]);
    d.sql = sql + (attrs.empty() ? ");" : "\n);");
    return d;
  }
  if ((t_.typeKind == "VARRAY" || t_.typeKind == "TABLE") && t_.elementType) {
    ir::DataType self;  // the collection's own mapping: element[]
    self.kind = ir::TypeKind::UserDefined;
    self.spelling = sourceName(from_, t_.name);
    self.name = t_.name;
    TypeMapping m = mapColumnType(from_, self, &types_);
    if (m.pgType.find(q) != std::string::npos) {
      act("BRG-1005", t_.loc, "collection of itself cannot be created");
      return d;
    }
    if (!m.actionCode.empty() && m.actionCode != "BRG-1014")
      act(m.actionCode.c_str(), t_.elementType->loc, m.note);
    d.sql = "CREATE DOMAIN " + q + " AS " + m.pgType;
    if (m.maxCardinality)
      d.sql += " CHECK (cardinality(VALUE) <= " + std::to_string(*m.maxCardinality) + ")";
    d.sql += ";";
    act("BRG-1014", t_.loc,
        std::string(t_.typeKind == "VARRAY" ? "VARRAY" : "nested table") + " type " +
            sourceName(from_, t_.name) + " created as a domain over " + m.pgType);
    return d;
  }
  if (t_.typeKind == "INCOMPLETE") {
    act("BRG-1005", t_.loc,
        "type " + sourceName(from_, t_.name) + " is declared but never defined; not created");
    return d;
  }
  act("BRG-1005", t_.loc,
      t_.typeKind + " type " + sourceName(from_, t_.name) + " has no PostgreSQL equivalent");
  return d;
}

}  // namespace

TypeDdl emitType(ir::Dialect from, const ir::TypeDef& t, const UserTypes& types, ActionSink& sink) {
  return TypeEmitter(from, t, types, sink).run();
}

}  // namespace barge::converter
