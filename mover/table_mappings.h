#pragma once
// DMS table mappings: selection rules (with source filters), transformation rules and
// table-settings parallel-load ranges, and the questions the mover asks of them.
#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "mover/json_check.h"

namespace barge::mover {

struct FilterCondition {
  std::string op;  // eq noteq lte gte between notbetween null notnull
  std::string value, startValue, endValue;
};
struct Filter {
  std::string column;
  std::vector<FilterCondition> conditions;  // OR-ed
};
struct SelectionRule {
  std::string id, name;
  std::string schemaPattern, tablePattern;  // % wildcard
  std::string action;                       // include | exclude | explicit
  int loadOrder = 0;
  std::vector<Filter> filters;  // AND-ed
};
struct DataTypeSpec {
  std::string type;  // DMS type: int1 int2 int4 int8 uint1.. numeric real4 real8 string ...
  std::optional<int> precision, scale, length;
};
struct TransformationRule {
  std::string id;
  std::string target;  // schema | table | column
  std::string schemaPattern, tablePattern, columnPattern;
  std::string action;
  std::string value, oldValue;
  DataTypeSpec dataType;
  std::vector<std::string> pkColumns;  // define-primary-key
  std::string pkName;
};
struct ParallelLoad {
  std::string schema, table;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> boundaries;  // upper bounds, one extra segment above
};

struct TableMappings {
  std::vector<SelectionRule> selections;
  std::vector<TransformationRule> transformations;
  std::vector<ParallelLoad> parallelLoads;
};

TableMappings parseTableMappings(const nlohmann::json& j, const std::string& path,
                                 const JsonCheck& check);

// DMS `%` wildcard (any run of characters); everything else literal.
bool likeMatch(const std::string& pattern, const std::string& name);

struct TableChoice {
  int loadOrder = 0;
  std::vector<Filter> filters;
};
// nullopt: not selected (no include matched, or an exclude matched).
std::optional<TableChoice> selectTable(const TableMappings& m, const std::string& schema,
                                       const std::string& table);

// Names after the transformation rules applied to `name`; `touched` (optional) tells whether
// any rule applied (the planner then uses the result exactly, else the default folding).
std::string mapSchemaName(const TableMappings& m, const std::string& srcSchema, std::string name,
                          bool* touched = nullptr);
std::string mapTableName(const TableMappings& m, const std::string& srcSchema,
                         const std::string& srcTable, std::string name, bool* touched = nullptr);
std::string mapColumnName(const TableMappings& m, const std::string& srcSchema,
                          const std::string& srcTable, const std::string& srcColumn,
                          std::string name, bool* touched = nullptr);
bool columnRemoved(const TableMappings& m, const std::string& srcSchema,
                   const std::string& srcTable, const std::string& srcColumn);
const TransformationRule* changedDataType(const TableMappings& m, const std::string& srcSchema,
                                          const std::string& srcTable,
                                          const std::string& srcColumn);
const TransformationRule* definedPrimaryKey(const TableMappings& m, const std::string& srcSchema,
                                            const std::string& srcTable);
const ParallelLoad* parallelLoad(const TableMappings& m, const std::string& srcSchema,
                                 const std::string& srcTable);

// SQL predicate for the source (filters AND-ed, conditions OR-ed); "" when there are none.
std::string filterSql(const std::vector<Filter>& filters,
                      const std::function<std::string(const std::string&)>& quoteIdent,
                      const std::function<std::string(const std::string&)>& quoteString);

}  // namespace barge::mover
