#pragma once
// What the mover does with one source table: columns with their conversions, key, DDL, segments.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mover/table_mappings.h"
#include "mover/value_codec.h"

namespace barge::mover {

struct ColumnPlan {
  std::string source;      // source column name
  std::string selectExpr;  // expression in the source SELECT
  std::string target;      // target column name (exact)
  std::string pgType;      // target type from the converter's rule table
  std::string conversion;  // converter ValueConversion name, for messages
  std::string note;        // lossy-mapping note from the converter ("" when exact)
  bool sourceBits = false;
  int bitLength = 0;
  bool sourceIsString = false;   // key ordering: compare as binary strings on both sides
  bool sourceIsNumeric = false;  // key literal may be written unquoted
  ColumnCodec codec;             // resolved against the real target column
};

struct TablePlan {
  std::string srcSchema, srcTable, tgtSchema, tgtTable;
  std::vector<ColumnPlan> columns;
  std::vector<size_t> keyColumns;  // indexes into columns; empty: no usable key
  std::string keyKind;             // "PRIMARY KEY", "UNIQUE", "define-primary-key", ""
  std::string filter;              // source predicate from selection filters ("" = none)
  int loadOrder = 0;
  uint64_t estRows = 0, estBytes = 0;
  std::optional<ParallelLoad> ranges;
  // Target DDL from the converter.
  std::string createTable, primaryKey;
  std::vector<std::string> uniqueKeys, indexes, foreignKeys, comments;
  std::string error;  // set when the table cannot be planned (it becomes "Table error")

  std::string srcName() const { return srcSchema + "." + srcTable; }
  std::string tgtQualified() const;  // "schema"."table"
  std::string srcQualified() const;  // `schema`.`table`
};

std::string mysqlQuoteIdent(const std::string& name);

}  // namespace barge::mover
