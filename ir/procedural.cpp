#include "ir/procedural.h"

#include "ir/objects.h"

namespace barge::ir {

namespace {
Json dumpBranches(const std::vector<IfStmt::Branch>& v) {
  Json a = Json::array();
  for (const auto& b : v) {
    Json e;
    e["condition"] = dumpNode(b.condition.get());
    e["body"] = dumpList(b.body);
    a.push_back(e);
  }
  return a;
}
}  // namespace

void VarDecl::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["constant"] = constant;
  out["notNull"] = notNull;
  out["type"] = dumpNode(type.get());
  out["default"] = dumpNode(defaultValue.get());
}

void Parameter::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["mode"] = mode;
  out["nocopy"] = noCopy;
  out["type"] = dumpNode(type.get());
  out["default"] = dumpNode(defaultValue.get());
}

void CursorDecl::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["params"] = dumpList(params);
  out["returns"] = dumpNode(returnType.get());
  out["query"] = dumpNode(query.get());
}

void TypeDecl::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["typeKind"] = typeKind;
  out["elementType"] = dumpNode(elementType.get());
  out["indexBy"] = dumpNode(indexBy.get());
  if (limit) out["limit"] = *limit;
  out["fields"] = dumpList(fields);
  out["notNull"] = notNull;
}

void PragmaDecl::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["args"] = args;
}

SubprogramDecl::SubprogramDecl() : Decl(DeclKind::Subprogram) {}
SubprogramDecl::~SubprogramDecl() = default;
void SubprogramDecl::dumpFields(Json& out) const {
  out["routine"] = dumpNode(routine.get());
}

void ConditionDecl::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["value"] = value;
}

void HandlerDecl::dumpFields(Json& out) const {
  out["action"] = action;
  out["conditions"] = conditions;
  out["body"] = dumpNode(body.get());
}

void RawDecl::dumpFields(Json& out) const {
  out["name"] = name.str();
  out["construct"] = construct;
  out["text"] = text;
}

void ExceptionHandler::dumpFields(Json& out) const {
  Json names = Json::array();
  for (const auto& n : exceptions) names.push_back(n.str());
  out["exceptions"] = names;
  out["body"] = dumpList(body);
}

void Block::dumpFields(Json& out) const {
  out["label"] = label.str();
  out["decls"] = dumpList(decls);
  out["body"] = dumpList(body);
  out["handlers"] = dumpList(handlers);
}

void AssignStmt::dumpFields(Json& out) const {
  out["target"] = dumpNode(target.get());
  out["value"] = dumpNode(value.get());
}

void SetVarStmt::dumpFields(Json& out) const {
  out["items"] = dumpList(items);
}

void IfStmt::dumpFields(Json& out) const {
  out["branches"] = dumpBranches(branches);
  out["else"] = dumpList(elseBody);
}

void CaseStmt::dumpFields(Json& out) const {
  out["operand"] = dumpNode(operand.get());
  out["whens"] = dumpBranches(whens);
  out["hasElse"] = hasElse;
  out["else"] = dumpList(elseBody);
}

namespace {
const char* loopKindName(LoopKind k) {
  switch (k) {
    case LoopKind::Basic:
      return "basic";
    case LoopKind::While:
      return "while";
    case LoopKind::Repeat:
      return "repeat";
    case LoopKind::ForRange:
      return "for-range";
    case LoopKind::ForCursor:
      return "for-cursor";
    case LoopKind::ForQuery:
      return "for-query";
    case LoopKind::ForIterator:
      return "for-iterator";
  }
  return "?";
}
}  // namespace

void LoopStmt::dumpFields(Json& out) const {
  out["loop"] = loopKindName(loopKind);
  out["label"] = label.str();
  out["condition"] = dumpNode(condition.get());
  out["iterator"] = iterator.str();
  out["low"] = dumpNode(low.get());
  out["high"] = dumpNode(high.get());
  out["reverse"] = reverse;
  out["cursor"] = dumpNode(cursor.get());
  out["query"] = dumpNode(query.get());
  out["iteratorType"] = dumpNode(iteratorType.get());
  out["mutability"] = iteratorMutability;
  out["secondIterator"] = secondIterator.str();
  out["secondIteratorType"] = dumpNode(secondIteratorType.get());
  Json controlList = Json::array();
  for (const auto& c : controls) {
    Json j;
    j["control"] = c.controlKind;
    j["reverse"] = c.reverse;
    j["low"] = dumpNode(c.low.get());
    j["high"] = dumpNode(c.high.get());
    j["step"] = dumpNode(c.step.get());
    j["value"] = dumpNode(c.value.get());
    j["using"] = dumpList(c.usingArgs);
    j["while"] = dumpNode(c.whileCondition.get());
    j["when"] = dumpNode(c.whenCondition.get());
    controlList.push_back(j);
  }
  out["controls"] = controlList;
  out["body"] = dumpList(body);
}

void ExitStmt::dumpFields(Json& out) const {
  out["label"] = label.str();
  out["when"] = dumpNode(when.get());
}

void ReturnStmt::dumpFields(Json& out) const {
  out["value"] = dumpNode(value.get());
}

void RaiseStmt::dumpFields(Json& out) const {
  out["exception"] = exception.str();
}

void SignalStmt::dumpFields(Json& out) const {
  out["resignal"] = resignal;
  out["condition"] = condition;
  Json a = Json::array();
  for (const auto& [k, v] : items) {
    Json e;
    e["item"] = k;
    e["value"] = dumpNode(v.get());
    a.push_back(e);
  }
  out["items"] = a;
}

void CallStmt::dumpFields(Json& out) const {
  out["call"] = dumpNode(call.get());
}

void OpenStmt::dumpFields(Json& out) const {
  out["cursor"] = dumpNode(cursor.get());
  out["forQuery"] = dumpNode(forQuery.get());
  out["forExpr"] = dumpNode(forExpr.get());
  out["using"] = dumpList(usingArgs);
}

void FetchStmt::dumpFields(Json& out) const {
  out["cursor"] = dumpNode(cursor.get());
  out["bulkCollect"] = bulkCollect;
  out["into"] = dumpList(into);
  out["limit"] = dumpNode(limit.get());
}

void CloseStmt::dumpFields(Json& out) const {
  out["cursor"] = dumpNode(cursor.get());
}

void ExecImmediateStmt::dumpFields(Json& out) const {
  out["sql"] = dumpNode(sql.get());
  out["bulkCollect"] = bulkCollect;
  out["into"] = dumpList(into);
  Json a = Json::array();
  for (const auto& [mode, v] : usingArgs) {
    Json e;
    e["mode"] = mode;
    e["value"] = dumpNode(v.get());
    a.push_back(e);
  }
  out["using"] = a;
  out["returningInto"] = dumpList(returningInto);
}

void TransactionStmt::dumpFields(Json& out) const {
  out["action"] = action;
  out["savepoint"] = savepoint.str();
  out["options"] = options;
}

void GotoStmt::dumpFields(Json& out) const {
  out["label"] = label.str();
}

void PipeRowStmt::dumpFields(Json& out) const {
  out["value"] = dumpNode(value.get());
}

void ForallStmt::dumpFields(Json& out) const {
  out["index"] = index.str();
  out["bounds"] = boundsKind;
  out["low"] = dumpNode(low.get());
  out["high"] = dumpNode(high.get());
  out["collection"] = dumpNode(collection.get());
  out["saveExceptions"] = saveExceptions;
  out["statement"] = dumpNode(statement.get());
}

const char* DynamicSqlStmt::nodeName() const {
  switch (kind) {
    case StmtKind::Prepare:
      return "Prepare";
    case StmtKind::Execute:
      return "Execute";
    default:
      return "Deallocate";
  }
}

void DynamicSqlStmt::dumpFields(Json& out) const {
  out["statement"] = statementName.str();
  out["source"] = dumpNode(source.get());
  out["using"] = dumpList(usingArgs);
}

}  // namespace barge::ir
