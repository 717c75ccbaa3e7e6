#pragma once
#include <string>
#include <vector>

#include "ir/objects.h"

namespace barge::ir {

// ---- script layer ----
struct ScriptCommandStmt : Stmt {  // REM, PROMPT, SET, DELIMITER, USE, SOURCE, @file, ...
  ScriptCommandStmt() : Stmt(StmtKind::ScriptCommand) {}
  std::string command;  // upper-case command word
  std::string text;
  const char* nodeName() const override { return "ScriptCommand"; }
  void dumpFields(Json& out) const override;
};

struct OutOfScopeStmt : Stmt {  // recognised whole statement not converted (CREATE USER, AUDIT)
  OutOfScopeStmt() : Stmt(StmtKind::OutOfScope) {}
  std::string what;  // e.g. "CREATE USER"
  std::string text;
  const char* nodeName() const override { return "OutOfScope"; }
  void dumpFields(Json& out) const override;
};

struct UnparsedStmt : Stmt {  // syntax error: `loc` is the error position
  UnparsedStmt() : Stmt(StmtKind::Unparsed) {}
  std::string message;
  std::string text;
  SourceLocation statementStart;
  const char* nodeName() const override { return "Unparsed"; }
  void dumpFields(Json& out) const override;
};

struct UnmodelledStmt : Stmt {  // parsed but not (yet) modelled: text kept for the report
  UnmodelledStmt() : Stmt(StmtKind::Unmodelled) {}
  std::string construct;
  std::string text;
  const char* nodeName() const override { return "Unmodelled"; }
  void dumpFields(Json& out) const override;
};

// Oracle: a PL/SQL unit obfuscated by the wrap utility. Its source cannot be read; the text
// after WRAPPED is not kept (it is encoded, and can be megabytes).
struct WrappedUnitStmt : Stmt {
  WrappedUnitStmt() : Stmt(StmtKind::Wrapped) {}
  std::string unitKind;  // PACKAGE, PACKAGE BODY, PROCEDURE, FUNCTION, TYPE, TYPE BODY, ...
  QualifiedName name;
  bool orReplace = false;
  const char* nodeName() const override { return "WrappedUnit"; }
  void dumpFields(Json& out) const override;
};

// ---- DDL ----
struct CreateTableStmt : Stmt {
  CreateTableStmt() : Stmt(StmtKind::CreateTable) {}
  bool ifNotExists = false;
  bool orReplace = false;
  Ptr<Table> table;
  QualifiedName likeTable;  // CREATE TABLE t LIKE other
  const char* nodeName() const override { return "CreateTable"; }
  void dumpFields(Json& out) const override;
};

enum class AlterActionKind {
  AddColumn,
  ModifyColumn,
  DropColumn,
  RenameColumn,
  AddConstraint,
  DropConstraint,
  ModifyConstraint,
  RenameTo,
  AddIndex,
  DropIndex,
  SetDefault,
  DropDefault,
  Other
};
const char* alterActionName(AlterActionKind k);

struct AlterAction : Node {
  AlterActionKind action = AlterActionKind::Other;
  Ptr<Column> column;          // Add/ModifyColumn
  Ptr<Constraint> constraint;  // AddConstraint
  Ptr<Index> index;            // AddIndex
  Identifier name;             // Drop*/RenameColumn old name
  Identifier newName;          // RenameColumn / RenameTo (table)
  QualifiedName newTableName;
  ExprPtr defaultValue;
  std::string text;  // Other / ModifyConstraint: normalised text
  const char* nodeName() const override { return "AlterAction"; }
  void dumpFields(Json& out) const override;
};

struct AlterTableStmt : Stmt {
  AlterTableStmt() : Stmt(StmtKind::AlterTable) {}
  QualifiedName table;
  std::vector<Ptr<AlterAction>> actions;
  const char* nodeName() const override { return "AlterTable"; }
  void dumpFields(Json& out) const override;
};

struct DropStmt : Stmt {
  DropStmt() : Stmt(StmtKind::Drop) {}
  std::string objectKind;  // TABLE, VIEW, INDEX, SEQUENCE, PROCEDURE, ...
  std::vector<QualifiedName> names;
  bool ifExists = false, cascade = false, purge = false;
  const char* nodeName() const override { return "Drop"; }
  void dumpFields(Json& out) const override;
};

struct CreateIndexStmt : Stmt {
  CreateIndexStmt() : Stmt(StmtKind::CreateIndex) {}
  bool ifNotExists = false;
  Ptr<Index> index;
  const char* nodeName() const override { return "CreateIndex"; }
  void dumpFields(Json& out) const override;
};

struct CreateSequenceStmt : Stmt {
  CreateSequenceStmt() : Stmt(StmtKind::CreateSequence) {}
  bool ifNotExists = false;  // Oracle 23ai IF NOT EXISTS
  Ptr<Sequence> sequence;
  const char* nodeName() const override { return "CreateSequence"; }
  void dumpFields(Json& out) const override;
};

struct CreateViewStmt : Stmt {
  CreateViewStmt() : Stmt(StmtKind::CreateView) {}
  bool ifNotExists = false;  // Oracle 23ai IF NOT EXISTS
  bool orReplace = false;
  Ptr<View> view;
  const char* nodeName() const override { return "CreateView"; }
  void dumpFields(Json& out) const override;
};

struct CreateSynonymStmt : Stmt {
  CreateSynonymStmt() : Stmt(StmtKind::CreateSynonym) {}
  bool ifNotExists = false;  // Oracle 23ai IF NOT EXISTS
  bool orReplace = false;
  Ptr<Synonym> synonym;
  const char* nodeName() const override { return "CreateSynonym"; }
  void dumpFields(Json& out) const override;
};

struct CommentStmt : Stmt {
  CommentStmt() : Stmt(StmtKind::Comment) {}
  Ptr<CommentOn> comment;
  const char* nodeName() const override { return "CommentStmt"; }
  void dumpFields(Json& out) const override;
};

struct CreateRoutineStmt : Stmt {
  CreateRoutineStmt() : Stmt(StmtKind::CreateRoutine) {}
  bool ifNotExists = false;  // Oracle 23ai IF NOT EXISTS
  bool orReplace = false;
  std::string definer;
  Ptr<Routine> routine;
  const char* nodeName() const override { return "CreateRoutine"; }
  void dumpFields(Json& out) const override;
};

struct CreatePackageStmt : Stmt {
  CreatePackageStmt() : Stmt(StmtKind::CreatePackage) {}
  bool ifNotExists = false;  // Oracle 23ai IF NOT EXISTS
  bool orReplace = false;
  Ptr<Package> package;
  const char* nodeName() const override { return "CreatePackage"; }
  void dumpFields(Json& out) const override;
};

struct CreateTriggerStmt : Stmt {
  CreateTriggerStmt() : Stmt(StmtKind::CreateTrigger) {}
  bool ifNotExists = false;  // Oracle 23ai IF NOT EXISTS
  bool orReplace = false;
  std::string definer;
  Ptr<Trigger> trigger;
  const char* nodeName() const override { return "CreateTrigger"; }
  void dumpFields(Json& out) const override;
};

struct CreateTypeStmt : Stmt {
  CreateTypeStmt() : Stmt(StmtKind::CreateType) {}
  bool ifNotExists = false;  // Oracle 23ai IF NOT EXISTS
  bool orReplace = false;
  Ptr<TypeDef> type;
  const char* nodeName() const override { return "CreateType"; }
  void dumpFields(Json& out) const override;
};

// ALTER TYPE t ADD | MODIFY | DROP ATTRIBUTE ...: the attribute changes in order.
struct AlterTypeAttribute : Node {
  std::string action;      // ADD, MODIFY, DROP
  Ptr<VarDecl> attribute;  // name and type (DROP: the name only)
  const char* nodeName() const override { return "AlterTypeAttribute"; }
  void dumpFields(Json& out) const override;
};

struct AlterTypeStmt : Stmt {
  AlterTypeStmt() : Stmt(StmtKind::AlterType) {}
  QualifiedName type;
  std::vector<Ptr<AlterTypeAttribute>> changes;
  std::string dependents;  // INVALIDATE / CASCADE ... as written (empty: none)
  const char* nodeName() const override { return "AlterType"; }
  void dumpFields(Json& out) const override;
};

struct CreateSchemaStmt : Stmt {  // MySQL CREATE DATABASE / SCHEMA
  CreateSchemaStmt() : Stmt(StmtKind::CreateSchema) {}
  Identifier name;
  bool ifNotExists = false;
  std::string charset, collation;
  const char* nodeName() const override { return "CreateSchema"; }
  void dumpFields(Json& out) const override;
};

struct GrantStmt : Stmt {
  GrantStmt() : Stmt(StmtKind::Grant) {}
  bool revoke = false;
  std::vector<std::string> privileges;
  QualifiedName object;  // empty for system privileges
  std::vector<Identifier> grantees;
  bool withGrantOption = false;
  const char* nodeName() const override { return revoke ? "Revoke" : "Grant"; }
  void dumpFields(Json& out) const override;
};

// MySQL CREATE EVENT: a scheduled routine body (PostgreSQL has no equivalent; the converter
// reports it, e.g. for pg_cron).
struct CreateEventStmt : Stmt {
  CreateEventStmt() : Stmt(StmtKind::CreateEvent) {}
  QualifiedName name;
  std::string definer;
  bool ifNotExists = false;
  std::string schedule;  // normalised text: "AT ..." or "EVERY n unit [STARTS ..] [ENDS ..]"
  ExprPtr at, every;     // AT timestamp / EVERY interval value
  std::string everyUnit;
  ExprPtr starts, ends;
  bool preserve = false;  // ON COMPLETION PRESERVE
  std::string status;     // "", ENABLE, DISABLE, DISABLE ON SLAVE
  std::string comment;
  StmtPtr body;
  const char* nodeName() const override { return "CreateEvent"; }
  void dumpFields(Json& out) const override;
};

// One parsed input (file, or one live object's text).
struct Script {
  std::string source;  // file path or "mysql://host/db"
  std::vector<StmtPtr> statements;
};

}  // namespace barge::ir
