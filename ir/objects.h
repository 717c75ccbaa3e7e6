#pragma once
#include <optional>
#include <string>
#include <vector>

#include "ir/data_type.h"
#include "ir/expr.h"
#include "ir/procedural.h"
#include "ir/stmt.h"

namespace barge::ir {

// Attributes parsed and deliberately not carried to PostgreSQL (storage, tablespace, ENGINE,
// ROW_FORMAT, LOB storage, ...): kept so the report can list them, never silently dropped.
struct IgnoredAttribute {
  std::string name;   // e.g. "TABLESPACE", "ENGINE"
  std::string value;  // as written
  SourceLocation loc;
};
Json dumpIgnored(const std::vector<IgnoredAttribute>& v);

enum class ConstraintKind { PrimaryKey, Unique, ForeignKey, Check, NotNull, Null, Default };
const char* constraintKindName(ConstraintKind k);

struct KeyPart {
  Identifier column;  // empty when `expr` is set (functional key part)
  ExprPtr expr;
  std::optional<int64_t> prefixLength;  // MySQL KEY (col(10))
  bool descending = false;
};

struct Constraint : Node {
  ConstraintKind kind = ConstraintKind::Check;
  Identifier name;
  std::vector<KeyPart> columns;
  QualifiedName refTable;
  std::vector<Identifier> refColumns;
  std::string onDelete, onUpdate;  // CASCADE, SET NULL, RESTRICT, NO ACTION, SET DEFAULT
  std::string match;
  ExprPtr check;
  bool deferrable = false, initiallyDeferred = false;
  bool enabled = true, validated = true, enforced = true;
  std::vector<IgnoredAttribute> ignored;  // USING INDEX ..., RELY, index options
  const char* nodeName() const override { return "Constraint"; }
  void dumpFields(Json& out) const override;
};

struct Identity {
  std::string generated = "ALWAYS";  // ALWAYS, BY DEFAULT, BY DEFAULT ON NULL
  std::optional<std::string> start, increment, minValue, maxValue, cache;
  bool cycle = false;
};

struct Column : Node {
  Identifier name;
  Ptr<DataType> type;            // null for a virtual column without a declared type
  std::optional<bool> nullable;  // unset: as the source's default
  ExprPtr defaultValue;
  bool defaultOnNull = false;
  bool autoIncrement = false;
  ExprPtr onUpdate;  // MySQL ON UPDATE CURRENT_TIMESTAMP
  std::optional<Identity> identity;
  ExprPtr generatedExpr;  // virtual / generated column
  bool generatedStored = false;
  bool invisible = false;
  std::string comment;
  std::vector<Ptr<Constraint>> inlineConstraints;  // PK / UNIQUE / REFERENCES / CHECK on the column
  std::vector<IgnoredAttribute> ignored;
  const char* nodeName() const override { return "Column"; }
  void dumpFields(Json& out) const override;
};

struct Index : Node {
  Identifier name;
  QualifiedName table;
  std::string method;  // "", UNIQUE, BITMAP, FULLTEXT, SPATIAL
  std::string using_;  // BTREE, HASH
  std::vector<KeyPart> parts;
  bool reverse = false;
  std::string locality;  // LOCAL / GLOBAL partitioned index
  std::vector<IgnoredAttribute> ignored;
  const char* nodeName() const override { return "Index"; }
  void dumpFields(Json& out) const override;
};

// One partition (or subpartition) of a partitioned table, as the source declares it.
struct PartitionDef : Node {
  Identifier name;  // empty: the source names it (Oracle SYS_Pn)
  // RANGE: VALUES LESS THAN (...), one bound per key column; a null entry is MAXVALUE.
  bool hasLessThan = false;
  std::vector<ExprPtr> lessThan;
  // LIST: VALUES (...); a multi-column list value is a Row expression (a tuple).
  std::vector<ExprPtr> listValues;
  bool isDefault = false;                        // VALUES (DEFAULT)
  std::vector<IgnoredAttribute> ignored;         // TABLESPACE, COMPRESS, STORAGE (...), LOB ...
  std::optional<int64_t> subpartitionCount;      // SUBPARTITIONS n
  std::vector<Ptr<PartitionDef>> subpartitions;  // (SUBPARTITION ..., ...)
  const char* nodeName() const override { return "Partition"; }
  void dumpFields(Json& out) const override;
};

// PARTITION BY ... of a table (and SUBPARTITION BY ... under it, `sub`).
struct Partitioning : Node {
  std::string method;                     // RANGE, LIST, HASH, REFERENCE, SYSTEM, ... (upper case)
  std::vector<Identifier> columns;        // the key; REFERENCE: the foreign key constraint's name
  ExprPtr interval;                       // INTERVAL (expr)
  bool automatic = false;                 // LIST ... AUTOMATIC
  std::optional<int64_t> count;           // PARTITIONS n / SUBPARTITIONS n
  std::vector<IgnoredAttribute> ignored;  // STORE IN (...)
  Ptr<Partitioning> sub;                  // SUBPARTITION BY; its partitions: the TEMPLATE
  std::vector<Ptr<PartitionDef>> partitions;
  // The clause as written. Set alone (nothing modelled) when the front end does not model this
  // dialect's clause or could not read the partition list.
  std::string text;
  bool modelled = false;
  const char* nodeName() const override { return "Partitioning"; }
  void dumpFields(Json& out) const override;
};

struct Table : Node {
  QualifiedName name;
  std::vector<Ptr<Column>> columns;
  std::vector<Ptr<Constraint>> constraints;
  std::vector<Ptr<Index>> indexes;  // MySQL inline KEY / INDEX definitions
  std::string temporary;            // "", "GLOBAL TEMPORARY", "PRIVATE TEMPORARY", "TEMPORARY"
  std::string onCommit;             // PRESERVE ROWS / DELETE ROWS
  std::string organization;         // INDEX, HEAP, EXTERNAL
  QualifiedName ofType;             // object table: CREATE TABLE t OF type
  Ptr<Partitioning> partitioning;   // PARTITION BY ...
  Ptr<Query> asQuery;               // CREATE TABLE ... AS SELECT
  std::string comment;
  std::vector<IgnoredAttribute> ignored;
  const char* nodeName() const override { return "Table"; }
  void dumpFields(Json& out) const override;
};

struct Sequence : Node {
  QualifiedName name;
  std::optional<std::string> start, increment, minValue, maxValue, cache;
  bool cycle = false, order = false, noCache = false;
  std::vector<IgnoredAttribute> ignored;
  const char* nodeName() const override { return "Sequence"; }
  void dumpFields(Json& out) const override;
};

struct View : Node {
  QualifiedName name;
  std::vector<Identifier> columns;
  QueryPtr query;
  bool materialized = false;
  bool force = false;
  std::string checkOption;  // "", CASCADED, LOCAL, READ ONLY
  std::string algorithm, definer, security;
  std::vector<IgnoredAttribute> ignored;  // refresh clauses, build options, storage
  const char* nodeName() const override { return "View"; }
  void dumpFields(Json& out) const override;
};

struct Synonym : Node {
  QualifiedName name;
  QualifiedName target;
  bool isPublic = false;
  const char* nodeName() const override { return "Synonym"; }
  void dumpFields(Json& out) const override;
};

struct CommentOn : Node {
  std::string objectKind;  // TABLE, COLUMN, VIEW, MATERIALIZED VIEW, ...
  QualifiedName object;
  std::string text;
  const char* nodeName() const override { return "Comment"; }
  void dumpFields(Json& out) const override;
};

enum class RoutineKind { Procedure, Function };

struct Routine : Node {
  RoutineKind routineKind = RoutineKind::Procedure;
  QualifiedName name;
  std::vector<Ptr<Parameter>> params;
  Ptr<DataType> returnType;
  // DETERMINISTIC, PIPELINED, RESULT_CACHE, PARALLEL_ENABLE, AUTHID ..., READS SQL DATA,
  // SQL SECURITY ..., COMMENT '..', LANGUAGE ..., DEFINER = ...: normalised "NAME [value]".
  std::vector<std::string> characteristics;
  Ptr<Block> body;           // null for a declaration only (package spec, forward declaration)
  std::string externalName;  // LANGUAGE C / JAVA NAME ... call specs
  const char* nodeName() const override {
    return routineKind == RoutineKind::Function ? "Function" : "Procedure";
  }
  void dumpFields(Json& out) const override;
};

struct Package : Node {
  QualifiedName name;
  bool isBody = false;
  std::vector<std::string> characteristics;  // AUTHID, ACCESSIBLE BY, ...
  std::vector<DeclPtr> decls;
  std::vector<StmtPtr> initialization;  // body BEGIN ... section
  std::vector<Ptr<ExceptionHandler>> handlers;
  const char* nodeName() const override { return isBody ? "PackageBody" : "Package"; }
  void dumpFields(Json& out) const override;
};

struct Trigger : Node {
  QualifiedName name;
  std::string timing;               // BEFORE, AFTER, INSTEAD OF, FOR (compound)
  std::vector<std::string> events;  // INSERT, UPDATE [OF cols], DELETE, or DDL / database events
  QualifiedName table;              // table or view; empty for DATABASE / SCHEMA triggers
  std::string onNested;             // INSTEAD OF ... ON NESTED TABLE col OF view
  std::string level;                // "", TABLE, DATABASE, SCHEMA
  bool forEachRow = false;
  std::string referencing;  // REFERENCING NEW AS n OLD AS o, normalised
  ExprPtr when;
  std::string order;  // FOLLOWS x / PRECEDES x
  bool enabled = true;
  bool compound = false;
  StmtPtr body;                          // Block, or a CALL statement
  std::vector<Ptr<Block>> timingPoints;  // compound trigger sections (label = timing point)
  const char* nodeName() const override { return "Trigger"; }
  void dumpFields(Json& out) const override;
};

// Object / collection types (CREATE TYPE) and their bodies.
struct TypeDef : Node {
  QualifiedName name;
  bool isBody = false;
  std::string typeKind;  // OBJECT, VARRAY, TABLE, INCOMPLETE
  QualifiedName superType;
  Ptr<DataType> elementType;
  std::optional<int64_t> limit;
  std::vector<Ptr<VarDecl>> attributes;
  std::vector<Ptr<Routine>> methods;   // member/static/constructor/map/order: see characteristics
  std::vector<std::string> modifiers;  // FINAL, NOT FINAL, NOT INSTANTIABLE, AUTHID ...
  const char* nodeName() const override { return isBody ? "TypeBody" : "Type"; }
  void dumpFields(Json& out) const override;
};

}  // namespace barge::ir
