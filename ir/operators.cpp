#include "ir/operators.h"

namespace barge::ir {

const char* binaryOpName(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add:
      return "Add";
    case BinaryOp::Sub:
      return "Sub";
    case BinaryOp::Mul:
      return "Mul";
    case BinaryOp::Div:
      return "Div";
    case BinaryOp::IntDiv:
      return "IntDiv";
    case BinaryOp::Mod:
      return "Mod";
    case BinaryOp::Power:
      return "Power";
    case BinaryOp::Concat:
      return "Concat";
    case BinaryOp::Eq:
      return "Eq";
    case BinaryOp::Ne:
      return "Ne";
    case BinaryOp::Lt:
      return "Lt";
    case BinaryOp::Le:
      return "Le";
    case BinaryOp::Gt:
      return "Gt";
    case BinaryOp::Ge:
      return "Ge";
    case BinaryOp::NullSafeEq:
      return "NullSafeEq";
    case BinaryOp::And:
      return "And";
    case BinaryOp::Or:
      return "Or";
    case BinaryOp::Xor:
      return "Xor";
    case BinaryOp::BitAnd:
      return "BitAnd";
    case BinaryOp::BitOr:
      return "BitOr";
    case BinaryOp::BitXor:
      return "BitXor";
    case BinaryOp::ShiftLeft:
      return "ShiftLeft";
    case BinaryOp::ShiftRight:
      return "ShiftRight";
    case BinaryOp::JsonExtract:
      return "JsonExtract";
    case BinaryOp::JsonExtractText:
      return "JsonExtractText";
    case BinaryOp::Assign:
      return "Assign";
    case BinaryOp::MemberOf:
      return "MemberOf";
    case BinaryOp::NotMemberOf:
      return "NotMemberOf";
    case BinaryOp::SubmultisetOf:
      return "SubmultisetOf";
    case BinaryOp::NotSubmultisetOf:
      return "NotSubmultisetOf";
    case BinaryOp::Other:
      return "Other";
  }
  return "?";
}

const char* unaryOpName(UnaryOp op) {
  switch (op) {
    case UnaryOp::Neg:
      return "Neg";
    case UnaryOp::Plus:
      return "Plus";
    case UnaryOp::Not:
      return "Not";
    case UnaryOp::BitNot:
      return "BitNot";
    case UnaryOp::Prior:
      return "Prior";
    case UnaryOp::ConnectByRoot:
      return "ConnectByRoot";
    case UnaryOp::Binary:
      return "Binary";
    case UnaryOp::Other:
      return "Other";
  }
  return "?";
}

bool isComparison(BinaryOp op) {
  switch (op) {
    case BinaryOp::Eq:
    case BinaryOp::Ne:
    case BinaryOp::Lt:
    case BinaryOp::Le:
    case BinaryOp::Gt:
    case BinaryOp::Ge:
    case BinaryOp::NullSafeEq:
      return true;
    default:
      return false;
  }
}

}  // namespace barge::ir
