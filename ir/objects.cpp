#include "ir/objects.h"

namespace barge::ir {

namespace {
Json idents(const std::vector<Identifier>& v) {
  Json a = Json::array();
  for (const auto& i : v) a.push_back(i.str());
  return a;
}
Json keyParts(const std::vector<KeyPart>& v) {
  Json a = Json::array();
  for (const auto& p : v) {
    if (p.expr || p.prefixLength || p.descending) {
      Json e;
      e["column"] = p.column.str();
      e["expr"] = dumpNode(p.expr.get());
      if (p.prefixLength) e["prefix"] = *p.prefixLength;
      e["desc"] = p.descending;
      a.push_back(e);
    } else {
      a.push_back(p.column.str());
    }
  }
  return a;
}
void opt(Json& out, const char* key, const std::optional<std::string>& v) {
  if (v) out[key] = *v;
}
}  // namespace

Json dumpIgnored(const std::vector<IgnoredAttribute>& v) {
  Json a = Json::array();
  for (const auto& i : v) a.push_back(i.value.empty() ? i.name : i.name + " " + i.value);
  return a;
}

const char* constraintKindName(ConstraintKind k) {
  switch (k) {
    case ConstraintKind::PrimaryKey:
      return "PRIMARY KEY";
    case ConstraintKind::Unique:
      return "UNIQUE";
    case ConstraintKind::ForeignKey:
      return "FOREIGN KEY";
    case ConstraintKind::Check:
      return "CHECK";
    case ConstraintKind::NotNull:
      return "NOT NULL";
    case ConstraintKind::Null:
      return "NULL";
    case ConstraintKind::Default:
      return "DEFAULT";
  }
  return "?";
}

void Constraint::dumpFields(Json& out) const {
  out["kind"] = constraintKindName(kind);
  out["name"] = name.str();
  out["columns"] = keyParts(columns);
  if (!refTable.empty()) out["references"] = refTable.str();
  out["refColumns"] = idents(refColumns);
  out["onDelete"] = onDelete;
  out["onUpdate"] = onUpdate;
  out["match"] = match;
  out["check"] = dumpNode(check.get());
  out["deferrable"] = deferrable;
  out["initiallyDeferred"] = initiallyDeferred;
  if (!enabled) out["disabled"] = true;
  if (!validated) out["novalidate"] = true;
  if (!enforced) out["notEnforced"] = true;
  out["ignored"] = dumpIgnored(ignored);
}

void Column::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["type"] = dumpNode(type.get());
  if (nullable) out["null"] = *nullable ? "NULL" : "NOT NULL";  // a word: the printer omits false
  out["default"] = dumpNode(defaultValue.get());
  out["defaultOnNull"] = defaultOnNull;
  out["autoIncrement"] = autoIncrement;
  out["onUpdate"] = dumpNode(onUpdate.get());
  if (identity) {
    Json id;
    id["generated"] = identity->generated;
    opt(id, "start", identity->start);
    opt(id, "increment", identity->increment);
    opt(id, "minValue", identity->minValue);
    opt(id, "maxValue", identity->maxValue);
    opt(id, "cache", identity->cache);
    id["cycle"] = identity->cycle;
    out["identity"] = id;
  }
  out["generated"] = dumpNode(generatedExpr.get());
  out["stored"] = generatedStored;
  out["invisible"] = invisible;
  out["comment"] = comment;
  out["constraints"] = dumpList(inlineConstraints);
  out["ignored"] = dumpIgnored(ignored);
}

void Index::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["table"] = table.str();
  out["method"] = method;
  out["using"] = using_;
  out["parts"] = keyParts(parts);
  out["reverse"] = reverse;
  out["locality"] = locality;
  out["ignored"] = dumpIgnored(ignored);
}

void PartitionDef::dumpFields(Json& out) const {
  out["name"] = name.str();
  if (hasLessThan) {
    Json b = Json::array();
    for (const auto& e : lessThan) b.push_back(e ? dumpNode(e.get()) : Json("MAXVALUE"));
    out["lessThan"] = b;
  }
  out["values"] = dumpList(listValues);
  out["default"] = isDefault;
  out["ignored"] = dumpIgnored(ignored);
  if (subpartitionCount) out["subpartitionCount"] = *subpartitionCount;
  out["subpartitions"] = dumpList(subpartitions);
}

void Partitioning::dumpFields(Json& out) const {
  out["method"] = method;
  Json cols = Json::array();
  for (const auto& c : columns) cols.push_back(c.str());
  out["columns"] = cols;
  out["interval"] = dumpNode(interval.get());
  out["automatic"] = automatic;
  if (count) out["count"] = *count;
  out["ignored"] = dumpIgnored(ignored);
  out["sub"] = dumpNode(sub.get());
  out["partitions"] = dumpList(partitions);
  out["text"] = text;
  out["modelled"] = modelled;
}

void Table::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["temporary"] = temporary;
  out["onCommit"] = onCommit;
  out["organization"] = organization;
  if (!ofType.empty()) out["ofType"] = ofType.str();
  out["columns"] = dumpList(columns);
  out["constraints"] = dumpList(constraints);
  out["indexes"] = dumpList(indexes);
  out["partitioning"] = dumpNode(partitioning.get());
  out["asQuery"] = dumpNode(asQuery.get());
  out["comment"] = comment;
  out["ignored"] = dumpIgnored(ignored);
}

void Sequence::dumpFields(Json& out) const {
  out["name"] = name.str();
  opt(out, "start", start);
  opt(out, "increment", increment);
  opt(out, "minValue", minValue);
  opt(out, "maxValue", maxValue);
  opt(out, "cache", cache);
  out["cycle"] = cycle;
  out["order"] = order;
  out["noCache"] = noCache;
  out["ignored"] = dumpIgnored(ignored);
}

void View::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["materialized"] = materialized;
  out["force"] = force;
  out["columns"] = idents(columns);
  out["algorithm"] = algorithm;
  out["definer"] = definer;
  out["security"] = security;
  out["checkOption"] = checkOption;
  out["query"] = dumpNode(query.get());
  out["ignored"] = dumpIgnored(ignored);
}

void Synonym::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["public"] = isPublic;
  out["target"] = target.str();
}

void CommentOn::dumpFields(Json& out) const {
  out["objectKind"] = objectKind;
  out["object"] = object.str();
  out["text"] = text;
}

void Routine::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["params"] = dumpList(params);
  out["returns"] = dumpNode(returnType.get());
  if (!characteristics.empty()) out["characteristics"] = characteristics;
  out["external"] = externalName;
  out["body"] = dumpNode(body.get());
}

void Package::dumpFields(Json& out) const {
  out["name"] = name.str();
  if (!characteristics.empty()) out["characteristics"] = characteristics;
  out["decls"] = dumpList(decls);
  out["initialization"] = dumpList(initialization);
  out["handlers"] = dumpList(handlers);
}

void Trigger::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["timing"] = timing;
  out["events"] = events;
  out["table"] = table.str();
  out["onNested"] = onNested;
  out["level"] = level;
  out["forEachRow"] = forEachRow;
  out["referencing"] = referencing;
  out["when"] = dumpNode(when.get());
  out["order"] = order;
  if (!enabled) out["disabled"] = true;
  out["compound"] = compound;
  out["body"] = dumpNode(body.get());
  out["timingPoints"] = dumpList(timingPoints);
}

void TypeDef::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["typeKind"] = typeKind;
  if (!superType.empty()) out["under"] = superType.str();
  out["elementType"] = dumpNode(elementType.get());
  if (limit) out["limit"] = *limit;
  out["attributes"] = dumpList(attributes);
  out["methods"] = dumpList(methods);
  if (!modifiers.empty()) out["modifiers"] = modifiers;
}

}  // namespace barge::ir
