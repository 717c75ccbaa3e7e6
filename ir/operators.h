#pragma once
#include <string_view>

namespace barge::ir {

// Canonical operators. A transform decides what a source spelling means in its dialect (MySQL
// `||` is OR under the default sql_mode, Oracle `||` is concatenation) and stores the meaning;
// passes and printers never look at spellings.
enum class BinaryOp {
  Add,
  Sub,
  Mul,
  Div,     // numeric division (Oracle, MySQL `/`: never integer division)
  IntDiv,  // MySQL DIV
  Mod,     // Oracle MOD / MySQL %, MOD
  Power,   // PL/SQL **
  Concat,  // string concatenation; NULL handling is the source's (see passes)
  Eq,
  Ne,
  Lt,
  Le,
  Gt,
  Ge,
  NullSafeEq,  // MySQL <=>
  And,
  Or,
  Xor,  // MySQL logical XOR
  BitAnd,
  BitOr,
  BitXor,
  ShiftLeft,
  ShiftRight,
  JsonExtract,      // MySQL ->
  JsonExtractText,  // MySQL ->>
  Assign,           // MySQL := inside expressions
  MemberOf,         // Oracle collection conditions
  NotMemberOf,
  SubmultisetOf,
  NotSubmultisetOf,
  Other,  // a spelling no table knows: kept in Binary::spelling and reported
};

enum class UnaryOp {
  Neg,
  Plus,
  Not,
  BitNot,
  Prior,          // Oracle CONNECT BY PRIOR
  ConnectByRoot,  // Oracle CONNECT_BY_ROOT
  Binary,         // MySQL BINARY x (a cast to binary string)
  Other,
};

const char* binaryOpName(BinaryOp op);  // stable names for IR dumps: "Add", "Concat", ...
const char* unaryOpName(UnaryOp op);
bool isComparison(BinaryOp op);

}  // namespace barge::ir
