#include "ir/statements.h"

namespace barge::ir {

void ScriptCommandStmt::dumpFields(Json& out) const {
  out["command"] = command;
  out["text"] = text;
}

void OutOfScopeStmt::dumpFields(Json& out) const {
  out["what"] = what;
  out["text"] = text;
}

void UnparsedStmt::dumpFields(Json& out) const {
  out["message"] = message;
  out["statementAt"] = statementStart.shortStr();
}

void UnmodelledStmt::dumpFields(Json& out) const {
  out["construct"] = construct;
  out["text"] = text;
}

void ConditionalCompilation::dumpFields(Json& out) const {
  out["error"] = error;
  out["message"] = message;
  Json a = Json::array();
  for (const auto& b : branches) {
    Json e;
    e["at"] = b.loc.shortStr();
    e["condition"] = b.condition;
    e["value"] = b.value;
    e["selected"] = b.selected;
    e["text"] = b.text;
    a.push_back(e);
  }
  out["branches"] = a;
}

void Stmt::dumpCommon(Json& out) const {
  if (!conditionalCompilation.empty())
    out["conditionalCompilation"] = dumpList(conditionalCompilation);
}

void WrappedUnitStmt::dumpFields(Json& out) const {
  out["unitKind"] = unitKind;
  out["name"] = name.str();
  out["orReplace"] = orReplace;
}

void CreateTableStmt::dumpFields(Json& out) const {
  out["ifNotExists"] = ifNotExists;
  out["orReplace"] = orReplace;
  if (!likeTable.empty()) out["like"] = likeTable.str();
  out["table"] = dumpNode(table.get());
}

const char* alterActionName(AlterActionKind k) {
  switch (k) {
    case AlterActionKind::AddColumn:
      return "ADD COLUMN";
    case AlterActionKind::ModifyColumn:
      return "MODIFY COLUMN";
    case AlterActionKind::DropColumn:
      return "DROP COLUMN";
    case AlterActionKind::RenameColumn:
      return "RENAME COLUMN";
    case AlterActionKind::AddConstraint:
      return "ADD CONSTRAINT";
    case AlterActionKind::DropConstraint:
      return "DROP CONSTRAINT";
    case AlterActionKind::ModifyConstraint:
      return "MODIFY CONSTRAINT";
    case AlterActionKind::RenameTo:
      return "RENAME TO";
    case AlterActionKind::AddIndex:
      return "ADD INDEX";
    case AlterActionKind::DropIndex:
      return "DROP INDEX";
    case AlterActionKind::SetDefault:
      return "SET DEFAULT";
    case AlterActionKind::DropDefault:
      return "DROP DEFAULT";
    case AlterActionKind::Other:
      return "OTHER";
  }
  return "?";
}

void AlterAction::dumpFields(Json& out) const {
  out["action"] = alterActionName(action);
  out["column"] = dumpNode(column.get());
  out["constraint"] = dumpNode(constraint.get());
  out["index"] = dumpNode(index.get());
  out["name"] = name.str();
  out["newName"] = newName.str();
  if (!newTableName.empty()) out["newTable"] = newTableName.str();
  out["default"] = dumpNode(defaultValue.get());
  out["text"] = text;
}

void AlterTableStmt::dumpFields(Json& out) const {
  out["table"] = table.str();
  out["actions"] = dumpList(actions);
}

void AlterTypeAttribute::dumpFields(Json& out) const {
  out["action"] = action;
  out["attribute"] = dumpNode(attribute.get());
}

void AlterTypeStmt::dumpFields(Json& out) const {
  out["type"] = type.str();
  out["changes"] = dumpList(changes);
  out["dependents"] = dependents;
}

void DropStmt::dumpFields(Json& out) const {
  out["objectKind"] = objectKind;
  Json a = Json::array();
  for (const auto& n : names) a.push_back(n.str());
  out["names"] = a;
  out["ifExists"] = ifExists;
  out["cascade"] = cascade;
  out["purge"] = purge;
}

void CreateIndexStmt::dumpFields(Json& out) const {
  out["ifNotExists"] = ifNotExists;
  out["index"] = dumpNode(index.get());
}

void CreateSequenceStmt::dumpFields(Json& out) const {
  out["ifNotExists"] = ifNotExists;
  out["sequence"] = dumpNode(sequence.get());
}

void CreateViewStmt::dumpFields(Json& out) const {
  out["ifNotExists"] = ifNotExists;
  out["orReplace"] = orReplace;
  out["view"] = dumpNode(view.get());
}

void CreateSynonymStmt::dumpFields(Json& out) const {
  out["ifNotExists"] = ifNotExists;
  out["orReplace"] = orReplace;
  out["synonym"] = dumpNode(synonym.get());
}

void CommentStmt::dumpFields(Json& out) const {
  out["comment"] = dumpNode(comment.get());
}

void CreateRoutineStmt::dumpFields(Json& out) const {
  out["ifNotExists"] = ifNotExists;
  out["orReplace"] = orReplace;
  out["definer"] = definer;
  out["routine"] = dumpNode(routine.get());
}

void CreatePackageStmt::dumpFields(Json& out) const {
  out["ifNotExists"] = ifNotExists;
  out["orReplace"] = orReplace;
  out["package"] = dumpNode(package.get());
}

void CreateTriggerStmt::dumpFields(Json& out) const {
  out["ifNotExists"] = ifNotExists;
  out["orReplace"] = orReplace;
  out["definer"] = definer;
  out["trigger"] = dumpNode(trigger.get());
}

void CreateTypeStmt::dumpFields(Json& out) const {
  out["ifNotExists"] = ifNotExists;
  out["orReplace"] = orReplace;
  out["type"] = dumpNode(type.get());
}

void CreateSchemaStmt::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["ifNotExists"] = ifNotExists;
  out["charset"] = charset;
  out["collation"] = collation;
}

void GrantStmt::dumpFields(Json& out) const {
  out["privileges"] = privileges;
  out["object"] = object.str();
  Json a = Json::array();
  for (const auto& g : grantees) a.push_back(g.str());
  out["grantees"] = a;
  out["withGrantOption"] = withGrantOption;
}

void CreateEventStmt::dumpFields(Json& out) const {
  out["name"] = name.str();
  if (!definer.empty()) out["definer"] = definer;
  if (ifNotExists) out["ifNotExists"] = true;
  out["schedule"] = schedule;
  if (at) out["atTime"] = dumpNode(at.get());  // "at" is the location key
  if (every) out["every"] = dumpNode(every.get());
  if (!everyUnit.empty()) out["everyUnit"] = everyUnit;
  if (starts) out["starts"] = dumpNode(starts.get());
  if (ends) out["ends"] = dumpNode(ends.get());
  if (preserve) out["preserve"] = true;
  if (!status.empty()) out["status"] = status;
  if (!comment.empty()) out["comment"] = comment;
  out["body"] = dumpNode(body.get());
}

}  // namespace barge::ir
