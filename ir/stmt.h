#pragma once
#include <cstdint>

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
  CondComp,  // Oracle conditional compilation $IF ... $END
};

struct Stmt : Node {
  explicit Stmt(StmtKind k) : kind(k) {}
  StmtKind kind;
  uint32_t sourceLines = 0;  // physical lines of the statement's text (top level only)
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
