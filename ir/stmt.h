#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "ir/node.h"

namespace barge::ir {

// Every statement: top-level script items (DDL, DML, script commands) and the procedural
// statements inside routine bodies share this base so a body can hold either.
enum class StmtKind {
  // script layer
  ScriptCommand,  // SQL*Plus / mysql client command: skipped and reported
  OutOfScope,     // recognised statement that barge does not convert (users, audit, ...)
  Unparsed,       // a statement that failed to parse (error kept with its location)
  Unmodelled,     // parsed but not modelled in the IR (text kept)
  // DDL
  CreateTable,
  AlterTable,
  Drop,
  CreateIndex,
  CreateSequence,
  CreateView,
  CreateSynonym,
  Comment,
  CreateRoutine,
  CreatePackage,
  CreateTrigger,
  CreateType,
  AlterType,
  CreateSchema,
  Grant,
  // DML and queries
  Select,
  Insert,
  Update,
  Delete,
  Merge,
  Replace,
  // procedural
  Block,
  Assign,
  If,
  Case,
  Loop,
  Exit,
  Continue,
  Return,
  Raise,
  Null,
  CallStmt,
  Open,
  Fetch,
  Close,
  ExecuteImmediate,
  Transaction,
  Goto,
  Label,
  Signal,
  Handler,
  Pipe,
  Forall,
  SetVar,
  Prepare,
  Execute,
  Deallocate,
  CreateEvent,  // MySQL CREATE EVENT
  Wrapped,      // Oracle unit obfuscated by the wrap utility (CREATE ... name WRAPPED ...)
};

// Oracle conditional compilation as the front end applied it, before parsing, the way Oracle's
// compiler does (parser/oracle/oracle_conditional_compilation.h): one $IF ... $END selection
// directive or one $ERROR ... $END. The selected branch was parsed in place; every branch's
// text is kept here so the report can show what the chosen flags left out.
struct ConditionalBranch {
  SourceLocation loc;     // its $IF / $ELSIF / $ELSE
  std::string condition;  // as written; empty for $ELSE
  std::string value;      // TRUE, FALSE or NULL; empty when an earlier branch was chosen
  bool selected = false;
  std::string text;  // the branch's source text
};

struct ConditionalCompilation : Node {
  bool error = false;   // an $ERROR directive in selected text
  std::string message;  // its evaluated message
  std::vector<ConditionalBranch> branches;
  const char* nodeName() const override { return "ConditionalCompilation"; }
  void dumpFields(Json& out) const override;
};

struct Stmt : Node {
  explicit Stmt(StmtKind k) : kind(k) {}
  StmtKind kind;
  uint32_t sourceLines = 0;  // physical lines of the statement's text (top level only)
  // Oracle: the conditional compilation directives of this (top-level) statement's text.
  std::vector<Ptr<ConditionalCompilation>> conditionalCompilation;
  void dumpCommon(Json& out) const override;
  template <typename T>
  const T& as() const {
    return static_cast<const T&>(*this);
  }
  template <typename T>
  T& as() {
    return static_cast<T&>(*this);
  }
};
using StmtPtr = Ptr<Stmt>;

}  // namespace barge::ir
