// Values written into columns whose PostgreSQL type reads them differently.
// - Numbers into boolean columns: MySQL's BOOLEAN is TINYINT(1) and its dumps insert 0 / 1; the
//   column becomes PostgreSQL boolean (type rules), which has no assignment cast from integer,
//   so INSERT ... VALUES (.., 1, ..) is refused there. The value is cast explicitly (integer ->
//   boolean: 0 is false, any other number true, as MySQL tests it).
// - Strings into SET columns (text[], as the data mover stores them): 'a,b' becomes
//   string_to_array('a,b', ','), and '' the empty array, as MySQL's empty SET value.
#include "converter/passes/assignment_targets.h"

#include "converter/identifiers.h"

namespace barge::converter {

namespace {

bool numeric(const ir::Expr& e) {
  return e.valueType == ir::ValueType::Integer || e.valueType == ir::ValueType::Number;
}

void castToBoolean(ir::ExprPtr& e) {
  if (!e || !numeric(*e)) return;
  // numeric -> boolean has no cast in PostgreSQL; integer -> boolean has
  if (e->valueType == ir::ValueType::Number) castTo(e, "integer", ir::ValueType::Integer);
  castTo(e, "boolean", ir::ValueType::Boolean);
}

void toSetArray(ir::ExprPtr& e) {
  if (!e || e->valueType != ir::ValueType::Text) return;
  std::vector<ir::ExprPtr> args;
  args.push_back(std::move(e));
  auto loc = args[0]->loc;
  e = templateCall(loc, "string_to_array({0}, ',')", std::move(args), ir::ValueType::Unknown);
}

void convertFor(const CatalogColumn* c, ir::ExprPtr& e) {
  if (!c) return;
  if (c->valueType == ir::ValueType::Boolean) castToBoolean(e);
  if (c->setArray) toSetArray(e);
}

}  // namespace

void assignmentTargets(ir::Stmt& s, PassContext& ctx) {
  auto column = [&](const Relation& r, const ir::Identifier& n) {
    return r.column(pgName(ctx.from, n));
  };
  if (s.kind == ir::StmtKind::Insert) {
    auto& ins = s.as<ir::Insert>();
    const Relation* r = ctx.catalog.findRelation(ins.table);
    if (!r || !r->columnsKnown) return;
    for (auto& a : ins.setItems)
      if (a.targets.size() == 1) convertFor(column(*r, a.targets[0].last()), a.value);
    if (!ins.source || ins.source->queryKind != ir::QueryKind::Values) return;
    std::vector<const CatalogColumn*> targets;
    if (ins.columns.empty())
      for (const auto& c : r->columns) targets.push_back(&c);
    else
      for (const auto& c : ins.columns) targets.push_back(column(*r, c));
    for (auto& row : static_cast<ir::Values&>(*ins.source).rows) {
      // Without a column list both source dialects require a value per column; PostgreSQL
      // would fill the rest with defaults. One value for several columns is an object written
      // whole into an object table (INSERT INTO t VALUES (type(...))), which is not expanded.
      if (ins.columns.empty() && !row.empty() && row.size() < targets.size()) {
        ctx.actions.add("BRG-2005", row[0]->loc,
                        std::to_string(row.size()) + " value(s) for the " +
                            std::to_string(targets.size()) + " columns of " + ins.table.str() +
                            (row.size() == 1 ? ": an object value written into an object "
                                               "table's columns is not converted"
                                             : ": not enough values"));
        row[0] = reportedRaw(*row[0], "VALUES");
        return;
      }
      for (size_t i = 0; i < row.size() && i < targets.size(); ++i) convertFor(targets[i], row[i]);
    }
  } else if (s.kind == ir::StmtKind::Update) {
    auto& u = s.as<ir::Update>();
    if (u.tables.size() != 1 || u.tables[0]->kind != ir::TableRefKind::Named) return;
    const Relation* r =
        ctx.catalog.findRelation(static_cast<const ir::NamedTable&>(*u.tables[0]).name);
    if (!r || !r->columnsKnown) return;
    for (auto& a : u.set)
      if (a.targets.size() == 1) convertFor(column(*r, a.targets[0].last()), a.value);
  }
}

}  // namespace barge::converter
