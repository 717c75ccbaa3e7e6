#pragma once
#include <string>
#include <vector>

#include "ir/expr.h"
#include "ir/stmt.h"

namespace barge::ir {

enum class TableRefKind { Named, Derived, Join, Function, Raw };

// Oracle PIVOT / UNPIVOT applied to a FROM item (before the item's alias, which names the
// result). PIVOT (agg AS a, ... FOR (c, ...) IN (v AS x, ...));
// UNPIVOT [INCLUDE|EXCLUDE NULLS] ((m, ...) FOR (n, ...) IN ((c, ...) AS (v, ...), ...)).
struct PivotIn {
  std::vector<ExprPtr> values;      // PIVOT: the value, one per FOR column; UNPIVOT: AS values
  std::vector<Identifier> columns;  // UNPIVOT: the source columns of this row
  Identifier alias;                 // PIVOT: AS alias
  SourceLocation loc;
};
struct Pivot : Node {
  bool unpivot = false;
  bool xml = false;                          // PIVOT XML: `raw` holds the body
  bool includeNulls = false;                 // UNPIVOT INCLUDE NULLS (Oracle's default: EXCLUDE)
  std::vector<ExprPtr> aggregates;           // PIVOT
  std::vector<Identifier> aggregateAliases;  // one per aggregate, empty when none
  std::vector<Identifier> valueColumns;      // UNPIVOT: the measure columns
  std::vector<Identifier> forColumns;
  std::vector<PivotIn> in;
  std::string raw;
  const char* nodeName() const override { return unpivot ? "Unpivot" : "Pivot"; }
  void dumpFields(Json& out) const override;
};

struct TableRef : Node {
  explicit TableRef(TableRefKind k) : kind(k) {}
  TableRefKind kind;
  Identifier alias;
  std::vector<Identifier> columnAliases;
  Ptr<Pivot> pivot;  // Oracle PIVOT / UNPIVOT of this item (rewritten by a pass)
};
using TableRefPtr = Ptr<TableRef>;

struct NamedTable : TableRef {
  NamedTable() : TableRef(TableRefKind::Named) {}
  QualifiedName name;
  std::string partition;           // PARTITION (p) as written
  std::string flashback;           // AS OF ... as written
  std::vector<std::string> hints;  // MySQL index hints, normalised text
  const char* nodeName() const override { return "Table"; }
  void dumpFields(Json& out) const override;
};

struct DerivedTable : TableRef {
  DerivedTable();
  ~DerivedTable() override;
  Ptr<struct Query> query;
  bool lateral = false;
  const char* nodeName() const override { return "Derived"; }
  void dumpFields(Json& out) const override;
};

struct FunctionTable : TableRef {  // TABLE(collection_expr), JSON_TABLE, XMLTABLE ...
  FunctionTable() : TableRef(TableRefKind::Function) {}
  ExprPtr call;
  const char* nodeName() const override { return "FunctionTable"; }
  void dumpFields(Json& out) const override;
};

struct Join : TableRef {
  Join() : TableRef(TableRefKind::Join) {}
  std::string joinType;  // INNER, LEFT, RIGHT, FULL, CROSS, NATURAL LEFT, STRAIGHT_JOIN, ...
  TableRefPtr left, right;
  ExprPtr on;
  std::vector<Identifier> usingColumns;
  // Oracle partitioned outer join: PARTITION BY of the left / right side.
  std::vector<ExprPtr> leftPartitionBy, rightPartitionBy;
  const char* nodeName() const override { return "Join"; }
  void dumpFields(Json& out) const override;
};

struct SelectItem : Node {
  ExprPtr expr;
  Identifier alias;
  const char* nodeName() const override { return "SelectItem"; }
  void dumpFields(Json& out) const override;
};

struct CommonTable : Node {
  Identifier name;
  std::vector<Identifier> columns;
  // PostgreSQL 14+ CYCLE c, ... SET <cycleMark> USING <cyclePath> (written by passes)
  std::vector<Identifier> cycleColumns;
  Ptr<struct Query> query;
  CommonTable();
  ~CommonTable() override;
  const char* nodeName() const override { return "Cte"; }
  void dumpFields(Json& out) const override;
};

// An optimizer hint comment (/*+ ... */ or --+ ...) right after the SELECT / INSERT / UPDATE /
// DELETE / MERGE keyword of the query block or statement it belongs to, kept as written.
struct Hint : Node {
  std::string text;
  const char* nodeName() const override { return "Hint"; }
  void dumpFields(Json& out) const override;
};

enum class QueryKind { Select, SetOp, Values };

// A query expression: SELECT core, set operation, or VALUES; with its own WITH / ORDER / LIMIT.
struct Query : Stmt {
  explicit Query(QueryKind k) : Stmt(StmtKind::Select), queryKind(k) {}
  QueryKind queryKind;
  bool recursiveWith = false;
  // Oracle 12c WITH FUNCTION / PROCEDURE (plsql_declarations): SubprogramDecl nodes. Shared,
  // not owned, so a cloned query keeps them: no rewrite changes a declaration.
  std::vector<std::shared_ptr<const struct Decl>> plsqlDeclarations;
  std::vector<Ptr<CommonTable>> with;
  std::vector<Ptr<OrderItem>> orderBy;
  bool orderSiblings = false;
  ExprPtr limit, offset;  // LIMIT / OFFSET / FETCH FIRST n ROWS
  bool fetchWithTies = false;
  bool limitPercent = false;  // Oracle FETCH FIRST n PERCENT: `limit` is the percentage
  std::string forUpdate;      // FOR UPDATE [OF ..] [NOWAIT|WAIT n|SKIP LOCKED], LOCK IN SHARE MODE
  void dumpCommon(Json& out) const;
};
using QueryPtr = Ptr<Query>;

struct Select : Query {
  Select() : Query(QueryKind::Select) {}
  bool distinct = false;
  std::vector<std::string> modifiers;  // SQL_CALC_FOUND_ROWS, STRAIGHT_JOIN, hints...
  std::vector<Ptr<Hint>> hints;        // optimizer hint comments of this query block
  std::vector<Ptr<SelectItem>> items;
  std::vector<ExprPtr> into;  // SELECT ... INTO vars (PL/SQL, MySQL routines)
  bool bulkCollect = false;
  std::vector<TableRefPtr> from;
  ExprPtr where;
  // hierarchical query (Oracle CONNECT BY)
  ExprPtr startWith, connectBy;
  bool noCycle = false;
  std::vector<ExprPtr> groupBy;
  std::string groupByModifier;  // WITH ROLLUP, ROLLUP(...), CUBE, GROUPING SETS as text
  ExprPtr having;
  std::vector<Ptr<WindowSpec>> windows;
  const char* nodeName() const override { return "Select"; }
  void dumpFields(Json& out) const override;
};

struct SetOp : Query {
  SetOp() : Query(QueryKind::SetOp) {}
  std::string op;  // UNION, UNION ALL, INTERSECT, EXCEPT, MINUS
  QueryPtr left, right;
  const char* nodeName() const override { return "SetOp"; }
  void dumpFields(Json& out) const override;
};

struct Values : Query {
  Values() : Query(QueryKind::Values) {}
  std::vector<std::vector<ExprPtr>> rows;
  const char* nodeName() const override { return "Values"; }
  void dumpFields(Json& out) const override;
};

struct Assignment {
  std::vector<QualifiedName> targets;  // (a, b) = (SELECT ...) has several
  ExprPtr value;
};
Json dumpAssignments(const std::vector<Assignment>& v);

struct Insert : Stmt {
  explicit Insert(StmtKind k = StmtKind::Insert) : Stmt(k) {}
  std::vector<std::string> modifiers;  // IGNORE, LOW_PRIORITY, hints
  std::vector<Ptr<Hint>> hints;        // optimizer hint comments after INSERT
  QualifiedName table;
  SourceLocation tableLoc;  // where the table is named (action items point there)
  Identifier alias;
  std::vector<Identifier> columns;
  QueryPtr source;                         // Values or a query
  std::vector<Assignment> setItems;        // INSERT ... SET a = 1
  std::vector<Assignment> onDuplicateKey;  // MySQL ON DUPLICATE KEY UPDATE
  std::vector<ExprPtr> returning;
  std::vector<ExprPtr> returningInto;
  bool bulkReturning = false;
  std::string multiTable;  // Oracle INSERT ALL/FIRST: normalised text of the WHEN branches
  std::string logErrors;
  const char* nodeName() const override { return kind == StmtKind::Replace ? "Replace" : "Insert"; }
  void dumpFields(Json& out) const override;
};

struct Update : Stmt {
  Update() : Stmt(StmtKind::Update) {}
  std::vector<std::string> modifiers;
  std::vector<Ptr<Hint>> hints;
  std::vector<TableRefPtr> tables;  // multi-table UPDATE has several / joins
  std::vector<Assignment> set;
  ExprPtr where;
  bool whereCurrentOf = false;
  std::vector<Ptr<OrderItem>> orderBy;
  ExprPtr limit;
  std::vector<ExprPtr> returning, returningInto;
  bool bulkReturning = false;
  std::string logErrors;
  const char* nodeName() const override { return "Update"; }
  void dumpFields(Json& out) const override;
};

struct Delete : Stmt {
  Delete() : Stmt(StmtKind::Delete) {}
  std::vector<std::string> modifiers;
  std::vector<Ptr<Hint>> hints;
  std::vector<QualifiedName> targets;  // multi-table DELETE t1, t2 FROM ...
  std::vector<TableRefPtr> from;
  std::vector<TableRefPtr> usingTables;
  ExprPtr where;
  bool whereCurrentOf = false;
  std::vector<Ptr<OrderItem>> orderBy;
  ExprPtr limit;
  std::vector<ExprPtr> returning, returningInto;
  bool bulkReturning = false;
  std::string logErrors;
  const char* nodeName() const override { return "Delete"; }
  void dumpFields(Json& out) const override;
};

struct Merge : Stmt {
  Merge() : Stmt(StmtKind::Merge) {}
  std::vector<Ptr<Hint>> hints;
  TableRefPtr target, source;
  ExprPtr on;
  std::vector<Assignment> updateSet;
  ExprPtr updateWhere, deleteWhere;
  // Set by the converter from deleteWhere: WHEN MATCHED AND <this> THEN DELETE, before the
  // UPDATE branch (the condition already reads the updated values).
  ExprPtr matchedDelete;
  std::vector<Identifier> insertColumns;
  std::vector<ExprPtr> insertValues;
  ExprPtr insertWhere;
  std::string logErrors;
  const char* nodeName() const override { return "Merge"; }
  void dumpFields(Json& out) const override;
};

}  // namespace barge::ir
