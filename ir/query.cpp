#include "ir/query.h"

#include "ir/procedural.h"

namespace barge::ir {

namespace {
Json idents(const std::vector<Identifier>& v) {
  Json a = Json::array();
  for (const auto& i : v) a.push_back(i.str());
  return a;
}
void dumpAlias(const TableRef& t, Json& out) {
  out["alias"] = t.alias.str();
  out["columnAliases"] = idents(t.columnAliases);
  if (t.pivot) out["pivot"] = dumpNode(t.pivot.get());
}
}  // namespace

void Pivot::dumpFields(Json& out) const {
  if (xml) out["xml"] = xml;
  if (unpivot) out["includeNulls"] = includeNulls;
  if (!aggregates.empty()) out["aggregates"] = dumpList(aggregates);
  Json aliases = idents(aggregateAliases);
  if (!aggregateAliases.empty()) out["aggregateAliases"] = aliases;
  if (!valueColumns.empty()) out["valueColumns"] = idents(valueColumns);
  out["for"] = idents(forColumns);
  Json in = Json::array();
  for (const auto& i : this->in) {
    Json j;
    j["values"] = dumpList(i.values);
    if (!i.columns.empty()) j["columns"] = idents(i.columns);
    if (!i.alias.empty()) j["alias"] = i.alias.str();
    in.push_back(j);
  }
  out["in"] = in;
  out["raw"] = raw;
}

void NamedTable::dumpFields(Json& out) const {
  out["name"] = name.str();
  dumpAlias(*this, out);
  out["partition"] = partition;
  out["flashback"] = flashback;
  if (!hints.empty()) out["hints"] = hints;
}

DerivedTable::DerivedTable() : TableRef(TableRefKind::Derived) {}
DerivedTable::~DerivedTable() = default;
void DerivedTable::dumpFields(Json& out) const {
  out["lateral"] = lateral;
  dumpAlias(*this, out);
  out["query"] = dumpNode(query.get());
}

void FunctionTable::dumpFields(Json& out) const {
  dumpAlias(*this, out);
  out["call"] = dumpNode(call.get());
}

void Join::dumpFields(Json& out) const {
  out["type"] = joinType;
  out["left"] = dumpNode(left.get());
  out["right"] = dumpNode(right.get());
  out["on"] = dumpNode(on.get());
  out["using"] = idents(usingColumns);
  if (!leftPartitionBy.empty()) out["leftPartitionBy"] = dumpList(leftPartitionBy);
  if (!rightPartitionBy.empty()) out["rightPartitionBy"] = dumpList(rightPartitionBy);
}

void SelectItem::dumpFields(Json& out) const {
  out["expr"] = dumpNode(expr.get());
  out["alias"] = alias.str();
}

CommonTable::CommonTable() = default;
CommonTable::~CommonTable() = default;
void CommonTable::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["columns"] = idents(columns);
  out["query"] = dumpNode(query.get());
}

void Query::dumpCommon(Json& out) const {
  out["recursive"] = recursiveWith;
  if (!plsqlDeclarations.empty()) {
    Json a = Json::array();
    for (const auto& d : plsqlDeclarations) a.push_back(dumpNode(d.get()));
    out["plsqlDeclarations"] = a;
  }
  out["with"] = dumpList(with);
  out["orderBy"] = dumpList(orderBy);
  out["orderSiblings"] = orderSiblings;
  out["limit"] = dumpNode(limit.get());
  out["offset"] = dumpNode(offset.get());
  out["withTies"] = fetchWithTies;
  out["limitPercent"] = limitPercent;
  out["forUpdate"] = forUpdate;
}

void Hint::dumpFields(Json& out) const {
  out["text"] = text;
}

void Select::dumpFields(Json& out) const {
  out["distinct"] = distinct;
  if (!modifiers.empty()) out["modifiers"] = modifiers;
  if (!hints.empty()) out["hints"] = dumpList(hints);
  out["items"] = dumpList(items);
  out["bulkCollect"] = bulkCollect;
  out["into"] = dumpList(into);
  out["from"] = dumpList(from);
  out["where"] = dumpNode(where.get());
  out["startWith"] = dumpNode(startWith.get());
  out["connectBy"] = dumpNode(connectBy.get());
  out["noCycle"] = noCycle;
  out["groupBy"] = dumpList(groupBy);
  out["groupByModifier"] = groupByModifier;
  out["having"] = dumpNode(having.get());
  out["windows"] = dumpList(windows);
  dumpCommon(out);
}

void SetOp::dumpFields(Json& out) const {
  out["op"] = op;
  out["left"] = dumpNode(left.get());
  out["right"] = dumpNode(right.get());
  dumpCommon(out);
}

void Values::dumpFields(Json& out) const {
  Json rs = Json::array();
  for (const auto& r : rows) rs.push_back(dumpList(r));
  out["rows"] = rs;
  dumpCommon(out);
}

Json dumpAssignments(const std::vector<Assignment>& v) {
  Json a = Json::array();
  for (const auto& s : v) {
    Json e;
    Json t = Json::array();
    for (const auto& n : s.targets) t.push_back(n.str());
    e["targets"] = t;
    e["value"] = dumpNode(s.value.get());
    a.push_back(e);
  }
  return a;
}

void Insert::dumpFields(Json& out) const {
  if (!modifiers.empty()) out["modifiers"] = modifiers;
  if (!hints.empty()) out["hints"] = dumpList(hints);
  out["table"] = table.str();
  out["alias"] = alias.str();
  out["columns"] = idents(columns);
  out["source"] = dumpNode(source.get());
  out["set"] = dumpAssignments(setItems);
  out["onDuplicateKey"] = dumpAssignments(onDuplicateKey);
  out["returning"] = dumpList(returning);
  out["returningInto"] = dumpList(returningInto);
  out["bulk"] = bulkReturning;
  out["multiTable"] = multiTable;
  out["logErrors"] = logErrors;
}

void Update::dumpFields(Json& out) const {
  if (!modifiers.empty()) out["modifiers"] = modifiers;
  if (!hints.empty()) out["hints"] = dumpList(hints);
  out["tables"] = dumpList(tables);
  out["set"] = dumpAssignments(set);
  out["where"] = dumpNode(where.get());
  out["currentOf"] = whereCurrentOf;
  out["orderBy"] = dumpList(orderBy);
  out["limit"] = dumpNode(limit.get());
  out["returning"] = dumpList(returning);
  out["returningInto"] = dumpList(returningInto);
  out["bulk"] = bulkReturning;
  out["logErrors"] = logErrors;
}

void Delete::dumpFields(Json& out) const {
  if (!modifiers.empty()) out["modifiers"] = modifiers;
  if (!hints.empty()) out["hints"] = dumpList(hints);
  Json t = Json::array();
  for (const auto& n : targets) t.push_back(n.str());
  out["targets"] = t;
  out["from"] = dumpList(from);
  out["using"] = dumpList(usingTables);
  out["where"] = dumpNode(where.get());
  out["currentOf"] = whereCurrentOf;
  out["orderBy"] = dumpList(orderBy);
  out["limit"] = dumpNode(limit.get());
  out["returning"] = dumpList(returning);
  out["returningInto"] = dumpList(returningInto);
  out["bulk"] = bulkReturning;
  out["logErrors"] = logErrors;
}

void Merge::dumpFields(Json& out) const {
  if (!hints.empty()) out["hints"] = dumpList(hints);
  out["target"] = dumpNode(target.get());
  out["source"] = dumpNode(source.get());
  out["on"] = dumpNode(on.get());
  out["updateSet"] = dumpAssignments(updateSet);
  out["updateWhere"] = dumpNode(updateWhere.get());
  out["deleteWhere"] = dumpNode(deleteWhere.get());
  if (matchedDelete) out["matchedDelete"] = dumpNode(matchedDelete.get());
  out["insertColumns"] = idents(insertColumns);
  out["insertValues"] = dumpList(insertValues);
  out["insertWhere"] = dumpNode(insertWhere.get());
  out["logErrors"] = logErrors;
}

}  // namespace barge::ir
