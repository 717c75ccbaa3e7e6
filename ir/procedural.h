#pragma once
#include <string>
#include <vector>

#include "ir/data_type.h"
#include "ir/expr.h"
#include "ir/query.h"
#include "ir/stmt.h"

namespace barge::ir {

struct Routine;  // ir/objects.h

// ---- declarations (DECLARE sections, package specs, MySQL DECLARE) ----
enum class DeclKind {
  Variable,
  Cursor,
  Exception,
  Type,
  Pragma,
  Subprogram,
  Condition,
  Handler,
  Raw
};

struct Decl : Node {
  explicit Decl(DeclKind k) : kind(k) {}
  DeclKind kind;
  Identifier name;
};
using DeclPtr = Ptr<Decl>;

struct VarDecl : Decl {
  VarDecl() : Decl(DeclKind::Variable) {}
  Ptr<DataType> type;
  bool constant = false;
  bool notNull = false;
  ExprPtr defaultValue;
  const char* nodeName() const override { return "VarDecl"; }
  void dumpFields(Json& out) const override;
};

struct Parameter : Node {
  Identifier name;
  std::string mode = "IN";  // IN, OUT, IN OUT / INOUT
  bool noCopy = false;
  Ptr<DataType> type;
  ExprPtr defaultValue;
  const char* nodeName() const override { return "Parameter"; }
  void dumpFields(Json& out) const override;
};

struct CursorDecl : Decl {
  CursorDecl() : Decl(DeclKind::Cursor) {}
  std::vector<Ptr<Parameter>> params;
  Ptr<DataType> returnType;
  QueryPtr query;  // null for a forward declaration in a package spec
  const char* nodeName() const override { return "CursorDecl"; }
  void dumpFields(Json& out) const override;
};

struct ExceptionDecl : Decl {
  ExceptionDecl() : Decl(DeclKind::Exception) {}
  const char* nodeName() const override { return "ExceptionDecl"; }
  void dumpFields(Json&) const override {}
};

// TYPE t IS RECORD / TABLE OF / VARRAY / REF CURSOR; SUBTYPE
struct TypeDecl : Decl {
  TypeDecl() : Decl(DeclKind::Type) {}
  std::string typeKind;              // RECORD, TABLE, VARRAY, REF CURSOR, SUBTYPE
  Ptr<DataType> elementType;         // TABLE OF / VARRAY OF / SUBTYPE base / REF CURSOR RETURN
  Ptr<DataType> indexBy;             // associative arrays
  std::optional<int64_t> limit;      // VARRAY(n)
  std::vector<Ptr<VarDecl>> fields;  // RECORD fields
  bool notNull = false;
  const char* nodeName() const override { return "TypeDecl"; }
  void dumpFields(Json& out) const override;
};

struct PragmaDecl : Decl {
  PragmaDecl() : Decl(DeclKind::Pragma) {}
  std::vector<std::string> args;  // normalised argument texts
  const char* nodeName() const override { return "Pragma"; }
  void dumpFields(Json& out) const override;
};

struct SubprogramDecl : Decl {
  SubprogramDecl();
  ~SubprogramDecl() override;
  Ptr<Routine> routine;  // body null for a forward declaration
  const char* nodeName() const override { return "SubprogramDecl"; }
  void dumpFields(Json& out) const override;
};

struct ConditionDecl : Decl {  // MySQL DECLARE c CONDITION FOR SQLSTATE '..' | error code
  ConditionDecl() : Decl(DeclKind::Condition) {}
  std::string value;
  const char* nodeName() const override { return "ConditionDecl"; }
  void dumpFields(Json& out) const override;
};

struct HandlerDecl : Decl {  // MySQL DECLARE CONTINUE|EXIT|UNDO HANDLER FOR ...
  HandlerDecl() : Decl(DeclKind::Handler) {}
  std::string action;
  std::vector<std::string> conditions;  // SQLSTATE '..', NOT FOUND, SQLEXCEPTION, name, code
  StmtPtr body;
  const char* nodeName() const override { return "HandlerDecl"; }
  void dumpFields(Json& out) const override;
};

struct RawDecl : Decl {
  RawDecl() : Decl(DeclKind::Raw) {}
  std::string construct, text;
  const char* nodeName() const override { return "RawDecl"; }
  void dumpFields(Json& out) const override;
};

// ---- statements ----
struct ExceptionHandler : Node {
  std::vector<QualifiedName> exceptions;  // OTHERS included by name
  std::vector<StmtPtr> body;
  const char* nodeName() const override { return "ExceptionHandler"; }
  void dumpFields(Json& out) const override;
};

struct Block : Stmt {
  Block() : Stmt(StmtKind::Block) {}
  Identifier label;
  std::vector<DeclPtr> decls;
  std::vector<StmtPtr> body;
  std::vector<Ptr<ExceptionHandler>> handlers;
  const char* nodeName() const override { return "Block"; }
  void dumpFields(Json& out) const override;
};

struct AssignStmt : Stmt {
  AssignStmt() : Stmt(StmtKind::Assign) {}
  ExprPtr target, value;
  const char* nodeName() const override { return "Assign"; }
  void dumpFields(Json& out) const override;
};

struct SetVarStmt : Stmt {  // MySQL SET a = 1, @b = 2, GLOBAL x = ...
  SetVarStmt() : Stmt(StmtKind::SetVar) {}
  std::vector<Ptr<AssignStmt>> items;
  const char* nodeName() const override { return "SetVar"; }
  void dumpFields(Json& out) const override;
};

struct IfStmt : Stmt {
  IfStmt() : Stmt(StmtKind::If) {}
  struct Branch {
    ExprPtr condition;
    std::vector<StmtPtr> body;
  };
  std::vector<Branch> branches;  // IF + ELSIFs
  std::vector<StmtPtr> elseBody;
  const char* nodeName() const override { return "If"; }
  void dumpFields(Json& out) const override;
};

struct CaseStmt : Stmt {
  CaseStmt() : Stmt(StmtKind::Case) {}
  ExprPtr operand;
  std::vector<IfStmt::Branch> whens;
  bool hasElse = false;
  std::vector<StmtPtr> elseBody;
  const char* nodeName() const override { return "CaseStmt"; }
  void dumpFields(Json& out) const override;
};

enum class LoopKind { Basic, While, Repeat, ForRange, ForCursor, ForQuery, ForIterator };

// One iteration control of an Oracle 21c FOR loop (ForIterator): FOR i IN control [, ...].
struct IterationControl {
  // RANGE, SINGLE, REPEAT, VALUES OF, INDICES OF, PAIRS OF, [... OF] DYNAMIC SQL
  std::string controlKind;
  bool reverse = false;
  ExprPtr low, high, step;         // RANGE: low .. high [BY step]
  ExprPtr value;                   // the expression, collection or cursor of the other kinds
  std::vector<ExprPtr> usingArgs;  // DYNAMIC SQL: USING arguments (IN mode only)
  ExprPtr whileCondition, whenCondition;
};

struct LoopStmt : Stmt {
  LoopStmt() : Stmt(StmtKind::Loop) {}
  LoopKind loopKind = LoopKind::Basic;
  Identifier label;
  ExprPtr condition;    // WHILE cond / REPEAT ... UNTIL cond
  Identifier iterator;  // FOR i IN ..., FOR r IN cursor
  ExprPtr low, high;    // ForRange
  bool reverse = false;
  ExprPtr cursor;  // ForCursor: cursor name, optionally with arguments (a Call)
  QueryPtr query;  // ForQuery
  // ForIterator (a FOR head beyond the classic range / cursor / query forms): typed iterands,
  // a second iterand (PAIRS OF), several controls, BY steps, WHILE / WHEN filters.
  Ptr<DataType> iteratorType;
  std::string iteratorMutability;  // MUTABLE / IMMUTABLE as written
  Identifier secondIterator;
  Ptr<DataType> secondIteratorType;
  std::vector<IterationControl> controls;
  std::vector<StmtPtr> body;
  const char* nodeName() const override { return "Loop"; }
  void dumpFields(Json& out) const override;
};

struct ExitStmt : Stmt {  // EXIT / CONTINUE [label] [WHEN c]; MySQL LEAVE / ITERATE
  explicit ExitStmt(StmtKind k = StmtKind::Exit) : Stmt(k) {}
  Identifier label;
  ExprPtr when;
  const char* nodeName() const override { return kind == StmtKind::Exit ? "Exit" : "Continue"; }
  void dumpFields(Json& out) const override;
};

struct ReturnStmt : Stmt {
  ReturnStmt() : Stmt(StmtKind::Return) {}
  ExprPtr value;
  const char* nodeName() const override { return "Return"; }
  void dumpFields(Json& out) const override;
};

struct RaiseStmt : Stmt {
  RaiseStmt() : Stmt(StmtKind::Raise) {}
  QualifiedName exception;  // empty: re-raise
  const char* nodeName() const override { return "Raise"; }
  void dumpFields(Json& out) const override;
};

struct SignalStmt : Stmt {  // MySQL SIGNAL / RESIGNAL
  SignalStmt() : Stmt(StmtKind::Signal) {}
  bool resignal = false;
  std::string condition;                               // SQLSTATE value or condition name
  std::vector<std::pair<std::string, ExprPtr>> items;  // MESSAGE_TEXT = ..., MYSQL_ERRNO = ...
  const char* nodeName() const override { return "Signal"; }
  void dumpFields(Json& out) const override;
};

struct NullStmt : Stmt {
  NullStmt() : Stmt(StmtKind::Null) {}
  const char* nodeName() const override { return "Null"; }
  void dumpFields(Json&) const override {}
};

struct CallStmt : Stmt {  // procedure call, incl. RAISE_APPLICATION_ERROR and MySQL CALL
  CallStmt() : Stmt(StmtKind::CallStmt) {}
  ExprPtr call;  // a Call, or a Name for a call without parentheses
  const char* nodeName() const override { return "CallStmt"; }
  void dumpFields(Json& out) const override;
};

struct OpenStmt : Stmt {
  OpenStmt() : Stmt(StmtKind::Open) {}
  ExprPtr cursor;  // name, or Call with arguments
  QueryPtr forQuery;
  ExprPtr forExpr;  // OPEN c FOR dynamic_string
  std::vector<ExprPtr> usingArgs;
  const char* nodeName() const override { return "Open"; }
  void dumpFields(Json& out) const override;
};

struct FetchStmt : Stmt {
  FetchStmt() : Stmt(StmtKind::Fetch) {}
  ExprPtr cursor;
  std::vector<ExprPtr> into;
  bool bulkCollect = false;
  ExprPtr limit;
  const char* nodeName() const override { return "Fetch"; }
  void dumpFields(Json& out) const override;
};

struct CloseStmt : Stmt {
  CloseStmt() : Stmt(StmtKind::Close) {}
  ExprPtr cursor;
  const char* nodeName() const override { return "Close"; }
  void dumpFields(Json& out) const override;
};

struct ExecImmediateStmt : Stmt {
  ExecImmediateStmt() : Stmt(StmtKind::ExecuteImmediate) {}
  ExprPtr sql;
  std::vector<ExprPtr> into;
  bool bulkCollect = false;
  std::vector<std::pair<std::string, ExprPtr>> usingArgs;  // mode, value
  std::vector<ExprPtr> returningInto;
  const char* nodeName() const override { return "ExecuteImmediate"; }
  void dumpFields(Json& out) const override;
};

struct TransactionStmt : Stmt {  // COMMIT, ROLLBACK [TO sp], SAVEPOINT sp, SET TRANSACTION, START
  TransactionStmt() : Stmt(StmtKind::Transaction) {}
  std::string action;
  Identifier savepoint;
  std::string options;
  const char* nodeName() const override { return "Transaction"; }
  void dumpFields(Json& out) const override;
};

struct GotoStmt : Stmt {
  explicit GotoStmt(StmtKind k = StmtKind::Goto) : Stmt(k) {}  // Goto or Label
  Identifier label;
  const char* nodeName() const override { return kind == StmtKind::Goto ? "Goto" : "Label"; }
  void dumpFields(Json& out) const override;
};

struct PipeRowStmt : Stmt {
  PipeRowStmt() : Stmt(StmtKind::Pipe) {}
  ExprPtr value;
  const char* nodeName() const override { return "PipeRow"; }
  void dumpFields(Json& out) const override;
};

struct ForallStmt : Stmt {
  ForallStmt() : Stmt(StmtKind::Forall) {}
  Identifier index;
  ExprPtr low, high;
  std::string boundsKind;  // RANGE, INDICES OF, VALUES OF
  ExprPtr collection;
  bool saveExceptions = false;
  StmtPtr statement;
  const char* nodeName() const override { return "Forall"; }
  void dumpFields(Json& out) const override;
};

struct DynamicSqlStmt : Stmt {  // MySQL PREPARE s FROM ..., EXECUTE s USING ..., DEALLOCATE
  explicit DynamicSqlStmt(StmtKind k) : Stmt(k) {}
  Identifier statementName;
  ExprPtr source;
  std::vector<ExprPtr> usingArgs;
  const char* nodeName() const override;
  void dumpFields(Json& out) const override;
};

}  // namespace barge::ir
