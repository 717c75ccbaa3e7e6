#pragma once
#include <string>
#include <vector>

#include "ir/data_type.h"
#include "ir/node.h"
#include "ir/operators.h"

namespace barge::ir {

struct Query;     // ir/query.h
struct TableRef;  // ir/query.h

enum class ExprKind {
  Literal,
  Name,  // column, variable, parameter, pseudo-column (ROWNUM, LEVEL, SYSDATE)
  Star,  // * or t.*
  Unary,
  Binary,
  Call,  // function call, incl. aggregates and analytic calls (with `over`)
  Case,
  Cast,
  Subquery,  // scalar subquery, or the right side of IN / EXISTS / ANY
  Exists,
  InList,
  Between,
  Like,  // LIKE, REGEXP / RLIKE, SIMILAR TO: see `op`
  IsNull,
  Interval,  // INTERVAL expr unit (MySQL) / INTERVAL '..' DAY TO SECOND (Oracle)
  BindVar,   // :name, :1, ?  (and :NEW / :OLD in triggers are Names with a qualifier)
  UserVar,   // MySQL @name
  SysVar,    // MySQL @@[scope.]name
  Row,       // (a, b, c)
  Collate,
  Attribute,   // Oracle cursor / SQL attribute: SQL%ROWCOUNT, c%NOTFOUND, ...
  AtTimeZone,  // expr AT TIME ZONE zone, expr AT LOCAL
  Raw,         // parsed but not modelled: text and location kept for the report
  Grouping,    // ROLLUP (...), CUBE (...), GROUPING SETS (...) as GROUP BY elements
};

// The value type the binder (converter/bind) derived for an expression: coarse on purpose,
// enough for the rewrites that depend on it (date arithmetic, '' as NULL, concatenation).
enum class ValueType {
  Unknown,  // not bound, or the input does not say
  Null,     // the NULL literal
  Text,
  Integer,  // a PostgreSQL integer type (smallint, integer, bigint) or an integer literal
  Number,   // any other numeric
  Boolean,
  Date,         // calendar date only (MySQL DATE)
  Timestamp,    // date and time without time zone (Oracle DATE and TIMESTAMP, MySQL DATETIME)
  TimestampTz,  // with time zone
  Interval,
  Binary,
  Json,
};
const char* valueTypeName(ValueType t);

struct Expr : Node {
  explicit Expr(ExprKind k) : kind(k) {}
  ExprKind kind;
  ValueType valueType = ValueType::Unknown;  // set by the binder
  template <typename T>
  const T& as() const {
    return static_cast<const T&>(*this);
  }
  template <typename T>
  T& as() {
    return static_cast<T&>(*this);
  }
};
using ExprPtr = Ptr<Expr>;

enum class LiteralKind {
  Null,
  Integer,
  Decimal,
  Float,
  String,
  NationalString,
  HexString,
  BitString,
  Boolean,
  Date,
  Time,
  Timestamp,
  Default
};
struct Literal : Expr {
  Literal() : Expr(ExprKind::Literal) {}
  LiteralKind literalKind = LiteralKind::Null;
  std::string value;       // decoded: strings without quotes and escapes resolved
  std::string introducer;  // MySQL _utf8mb4'..', Oracle N'..'
  const char* nodeName() const override { return "Literal"; }
  void dumpFields(Json& out) const override;
};

// What the binder resolved a name to; Unbound until it runs. A one-part name is a function
// call (SYSDATE, USER) only when no column or variable of that name is in scope.
enum class NameRole {
  Unbound,
  Column,        // a column of a table or subquery in scope
  Variable,      // a local variable, constant or parameter of the enclosing block
  Sequence,      // seq.NEXTVAL / seq.CURRVAL
  PseudoColumn,  // ROWNUM, LEVEL, ROWID, CONNECT_BY_ISLEAF, ...
  Function,      // a call written without parentheses (SYSDATE, USER, CURRENT_DATE)
  Unknown,       // nothing in scope or in the catalog has this name
};

struct NameRef : Expr {
  NameRef() : Expr(ExprKind::Name) {}
  QualifiedName name;
  bool outerJoinMark = false;  // Oracle col(+)
  NameRole role = NameRole::Unbound;
  const TableRef* from = nullptr;  // Column: the FROM item it belongs to (binder)
  const char* nodeName() const override { return "Name"; }
  void dumpFields(Json& out) const override;
};

struct Star : Expr {
  Star() : Expr(ExprKind::Star) {}
  QualifiedName qualifier;
  const char* nodeName() const override { return "Star"; }
  void dumpFields(Json& out) const override;
};

// Operators are canonical (ir/operators.h); `spelling` keeps the source text for reports.
struct Unary : Expr {
  Unary() : Expr(ExprKind::Unary) {}
  UnaryOp op = UnaryOp::Other;
  std::string spelling;
  ExprPtr operand;
  const char* nodeName() const override { return "Unary"; }
  void dumpFields(Json& out) const override;
};

struct Binary : Expr {
  Binary() : Expr(ExprKind::Binary) {}
  BinaryOp op = BinaryOp::Other;
  std::string spelling;
  ExprPtr left, right;
  const char* nodeName() const override { return "Binary"; }
  void dumpFields(Json& out) const override;
};

struct OrderItem : Node {
  ExprPtr expr;
  bool descending = false;
  enum class Nulls { Default, First, Last } nulls = Nulls::Default;
  const char* nodeName() const override { return "OrderItem"; }
  void dumpFields(Json& out) const override;
};

struct WindowSpec : Node {
  Identifier name;  // OVER w / window w AS (...)
  std::vector<ExprPtr> partitionBy;
  std::vector<Ptr<OrderItem>> orderBy;
  std::string
      frame;  // normalised frame text, e.g. "ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW"
  const char* nodeName() const override { return "Window"; }
  void dumpFields(Json& out) const override;
};

struct Argument {
  Identifier name;  // named notation p => v
  ExprPtr value;
};

struct Call : Expr {
  Call() : Expr(ExprKind::Call) {}
  QualifiedName function;
  std::vector<Argument> args;
  bool distinct = false;
  bool starArg = false;                     // COUNT(*)
  std::vector<Ptr<OrderItem>> withinGroup;  // LISTAGG ... WITHIN GROUP / GROUP_CONCAT ORDER BY
  // ORDER BY inside the parentheses of an aggregate (PostgreSQL string_agg(x, ',' ORDER BY y)),
  // set by passes; the front ends use `withinGroup`.
  std::vector<Ptr<OrderItem>> aggregateOrder;
  std::string separator;        // GROUP_CONCAT SEPARATOR
  bool separatorGiven = false;  // SEPARATOR '' differs from no SEPARATOR (a comma)
  Ptr<WindowSpec> over;
  std::string keep;     // KEEP (DENSE_RANK FIRST|LAST ORDER BY ...) kept as normalised text
  bool target = false;  // `function` is already the PostgreSQL name (set by the function pass)
  // Set by the function pass instead of a name: PostgreSQL text with {0}, {1}, ... standing
  // for the printed arguments (reordered or repeated arguments, operators, CASE forms).
  std::string pgTemplate;
  std::string nullTreatment;  // Oracle f(...) IGNORE NULLS / RESPECT NULLS after the arguments
  const char* nodeName() const override { return "Call"; }
  void dumpFields(Json& out) const override;
};

struct CaseExpr : Expr {
  CaseExpr() : Expr(ExprKind::Case) {}
  ExprPtr operand;  // simple CASE x WHEN ...; null for searched CASE
  struct When {
    ExprPtr condition, result;
  };
  std::vector<When> whens;
  ExprPtr elseResult;
  const char* nodeName() const override { return "Case"; }
  void dumpFields(Json& out) const override;
};

struct Cast : Expr {
  Cast() : Expr(ExprKind::Cast) {}
  ExprPtr operand;
  Ptr<DataType> type;
  std::string style;   // "CAST", "CONVERT", "::", "TREAT"
  std::string pgType;  // the PostgreSQL type, set by the converter's type pass
  const char* nodeName() const override { return "Cast"; }
  void dumpFields(Json& out) const override;
};

struct SubqueryExpr : Expr {
  SubqueryExpr();
  ~SubqueryExpr() override;
  Ptr<Query> query;
  std::string quantifier;  // ANY / SOME / ALL when used after a comparison
  bool multiset = false;   // Oracle MULTISET (query): its rows as a collection (inside CAST)
  const char* nodeName() const override { return "Subquery"; }
  void dumpFields(Json& out) const override;
};

struct Exists : Expr {
  Exists() : Expr(ExprKind::Exists) {}
  ExprPtr subquery;
  const char* nodeName() const override { return "Exists"; }
  void dumpFields(Json& out) const override;
};

struct InList : Expr {
  InList() : Expr(ExprKind::InList) {}
  ExprPtr operand;
  std::vector<ExprPtr> items;  // one SubqueryExpr for IN (SELECT ...)
  bool negated = false;
  const char* nodeName() const override { return "In"; }
  void dumpFields(Json& out) const override;
};

struct Between : Expr {
  Between() : Expr(ExprKind::Between) {}
  ExprPtr operand, low, high;
  bool negated = false;
  const char* nodeName() const override { return "Between"; }
  void dumpFields(Json& out) const override;
};

struct Like : Expr {
  Like() : Expr(ExprKind::Like) {}
  std::string op = "LIKE";  // LIKE, REGEXP, SOUNDS LIKE, LIKEC, ...
  ExprPtr operand, pattern, escape;
  bool negated = false;
  const char* nodeName() const override { return "Like"; }
  void dumpFields(Json& out) const override;
};

struct IsNull : Expr {
  IsNull() : Expr(ExprKind::IsNull) {}
  ExprPtr operand;
  bool negated = false;
  std::string what = "NULL";  // NULL, TRUE, FALSE, UNKNOWN, A SET, EMPTY, OF TYPE ...
  const char* nodeName() const override { return "Is"; }
  void dumpFields(Json& out) const override;
};

struct IntervalExpr : Expr {
  IntervalExpr() : Expr(ExprKind::Interval) {}
  ExprPtr value;
  std::string unit;  // DAY, HOUR_MINUTE, "DAY TO SECOND", ...
  const char* nodeName() const override { return "Interval"; }
  void dumpFields(Json& out) const override;
};

struct VarRef : Expr {
  explicit VarRef(ExprKind k) : Expr(k) {}  // BindVar, UserVar or SysVar
  std::string name;
  std::string scope;  // @@GLOBAL.x -> GLOBAL
  const char* nodeName() const override;
  void dumpFields(Json& out) const override;
};

struct RowExpr : Expr {
  RowExpr() : Expr(ExprKind::Row) {}
  std::vector<ExprPtr> items;
  const char* nodeName() const override { return "Row"; }
  void dumpFields(Json& out) const override;
};

// A GROUP BY element that stands for several grouping sets. Items are expressions, composite
// columns `(a, b)` as Row (the empty set `()` is a Row with no items), and, in GROUPING SETS,
// nested ROLLUP / CUBE elements.
enum class GroupingKind { Rollup, Cube, Sets };
struct GroupingExpr : Expr {
  GroupingExpr() : Expr(ExprKind::Grouping) {}
  GroupingKind grouping = GroupingKind::Rollup;
  std::vector<ExprPtr> items;
  const char* nodeName() const override { return "Grouping"; }
  void dumpFields(Json& out) const override;
};

struct Collate : Expr {
  Collate() : Expr(ExprKind::Collate) {}
  ExprPtr operand;
  std::string collation;
  const char* nodeName() const override { return "Collate"; }
  void dumpFields(Json& out) const override;
};

struct AttributeRef : Expr {
  AttributeRef() : Expr(ExprKind::Attribute) {}
  ExprPtr base;           // SQL, a cursor, a cursor variable
  std::string attribute;  // upper case: ROWCOUNT, FOUND, NOTFOUND, ISOPEN, BULK_ROWCOUNT, ...
  const char* nodeName() const override { return "Attribute"; }
  void dumpFields(Json& out) const override;
};

struct AtTimeZone : Expr {
  AtTimeZone() : Expr(ExprKind::AtTimeZone) {}
  ExprPtr operand;
  ExprPtr zone;  // null for AT LOCAL
  const char* nodeName() const override { return "AtTimeZone"; }
  void dumpFields(Json& out) const override;
};

// Parsed but not modelled: the converter reports it with its location instead of dropping it.
struct RawExpr : Expr {
  RawExpr() : Expr(ExprKind::Raw) {}
  std::string construct;  // what it is, e.g. "MULTISET", "XMLTABLE"
  bool reported = false;  // a pass already recorded the action item that explains it
  std::string text;       // source text
  const char* nodeName() const override { return "RawExpr"; }
  void dumpFields(Json& out) const override;
};

}  // namespace barge::ir
