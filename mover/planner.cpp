#include "mover/planner.h"

#include <functional>
#include <map>
#include <set>

#include "converter/action_catalog.h"
#include "converter/emit_table.h"
#include "converter/identifiers.h"
#include "converter/type_rules.h"
#include "mover/schema_fallback.h"
#include "parser/mysql/live_source.h"

namespace barge::mover {

namespace {

using K = ir::TypeKind;
using V = converter::ValueConversion;
constexpr auto kMySql = parser::Dialect::MySql;

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool isCharKind(K k) {
  return k == K::Char || k == K::VarChar || k == K::Text || k == K::Enum || k == K::Set;
}
bool isNumericKind(K k) {
  return k == K::TinyInt || k == K::SmallInt || k == K::MediumInt || k == K::Int ||
         k == K::BigInt || k == K::Decimal || k == K::Year;
}

// DMS change-data-type -> the IR type the converter maps (so schema and data agree).
void applyDataType(ir::DataType& t, const DataTypeSpec& d) {
  const std::string& n = d.type;
  ir::DataType out;
  out.spelling = n;
  if (n == "int1" || n == "uint1") out.kind = K::TinyInt;
  if (n == "int2" || n == "uint2") out.kind = K::SmallInt;
  if (n == "int4" || n == "uint4") out.kind = K::Int;
  if (n == "int8" || n == "uint8") out.kind = K::BigInt;
  out.isUnsigned = n[0] == 'u';
  if (n == "numeric") {
    out.kind = K::Decimal;
    out.precision = d.precision.value_or(38);
    out.scale = d.scale.value_or(0);
  }
  if (n == "real4") out.kind = K::Float;
  if (n == "real8") out.kind = K::Double;
  if (n == "string" || n == "wstring") {
    out.kind = d.length ? K::VarChar : K::Text;
    if (d.length) out.length = *d.length;
  }
  if (n == "clob" || n == "nclob") out.kind = K::Text;
  if (n == "boolean") out.kind = K::Boolean;
  if (n == "date") out.kind = K::Date;
  if (n == "time") out.kind = K::Time;
  if (n == "datetime") {
    out.kind = K::DateTime;
    out.precision = d.scale.value_or(6);
  }
  if (n == "bytes") out.kind = K::VarBinary;
  if (n == "blob") out.kind = K::Blob;
  t.kind = out.kind;
  t.spelling = out.spelling;
  t.isUnsigned = out.isUnsigned;
  t.precision = out.precision;
  t.scale = out.scale;
  t.length = out.length;
  t.values.clear();
}

bool refersTo(const std::vector<ir::KeyPart>& parts, const std::set<std::string>& removed) {
  for (const auto& p : parts)
    if (removed.count(p.column.text)) return true;
  return false;
}

struct SourceTable {
  std::string name;
  uint64_t rows = 0, bytes = 0;
  TableChoice choice;
  ir::Ptr<ir::Table> ir;
  std::string parseError;
  std::map<const ir::Column*, std::string> sourceNames;
  std::map<const ir::Column*, K> sourceKinds;
  std::map<const ir::Column*, int64_t> bitLengths;
};

void normaliseIr(SourceTable& t) {
  // Column inline PK / UNIQUE become table constraints so renames and keys see one shape.
  for (auto& c : t.ir->columns) {
    for (auto& ic : c->inlineConstraints) {
      if (ic->kind != ir::ConstraintKind::PrimaryKey && ic->kind != ir::ConstraintKind::Unique)
        continue;
      ir::KeyPart kp;
      kp.column = c->name;
      ic->columns.push_back(std::move(kp));
      t.ir->constraints.push_back(std::move(ic));
    }
    std::erase_if(c->inlineConstraints, [](const auto& p) { return !p; });
    t.sourceNames[c.get()] = c->name.text;
    t.sourceKinds[c.get()] = c->type ? c->type->kind : K::Unknown;
    if (c->type && c->type->length) t.bitLengths[c.get()] = *c->type->length;
  }
}

// Mapping rules on one table's IR: removed columns, changed types, a defined key; returns the
// target table name (exact when a rule produced it).
std::string applyTableRules(const Task& task, const std::string& db, SourceTable& t,
                            std::vector<std::string>& warnings, bool& exact) {
  ir::Table& tb = *t.ir;
  std::set<std::string> removed;
  for (auto& c : tb.columns)
    if (columnRemoved(task.mappings, db, t.name, c->name.text)) removed.insert(c->name.text);
  if (!removed.empty()) {
    std::erase_if(tb.columns, [&](const auto& c) { return removed.count(c->name.text) > 0; });
    std::erase_if(tb.constraints, [&](const auto& c) {
      bool drop = refersTo(c->columns, removed);
      if (drop)
        warnings.push_back(db + "." + t.name + ": a key on a removed column is not created");
      return drop;
    });
    std::erase_if(tb.indexes, [&](const auto& i) {
      bool drop = refersTo(i->parts, removed);
      if (drop)
        warnings.push_back(db + "." + t.name + ": an index on a removed column is not created");
      return drop;
    });
  }
  for (auto& c : tb.columns)
    if (const auto* r = changedDataType(task.mappings, db, t.name, c->name.text); r && c->type)
      applyDataType(*c->type, r->dataType);
  if (const auto* pk = definedPrimaryKey(task.mappings, db, t.name)) {
    std::erase_if(tb.constraints,
                  [](const auto& c) { return c->kind == ir::ConstraintKind::PrimaryKey; });
    auto c = std::make_unique<ir::Constraint>();
    c->kind = ir::ConstraintKind::PrimaryKey;
    for (const auto& col : pk->pkColumns) {
      ir::KeyPart kp;
      kp.column = ir::Identifier{col, true};
      c->columns.push_back(std::move(kp));
      for (auto& cc : tb.columns)
        if (cc->name.text == col) cc->nullable = false;
    }
    tb.constraints.push_back(std::move(c));
  }
  // A name a rule changed is used exactly as the rule says (quoted on PostgreSQL when it
  // needs to be); an untouched name keeps the converter's folding to lower case.
  bool touched = false;
  std::string tn = mapTableName(task.mappings, db, t.name, t.name, &touched);
  exact = touched;
  if (!touched) tn = lower(t.name);
  return tn;
}

using ColRename = std::map<std::pair<std::string, std::string>, std::string>;

// Column renames on one table's IR, applied to its columns and to every key that names them
// (also the columns and table a foreign key references); then the table's target name.
void renameInIr(SourceTable& t, const ColRename& colRename,
                const std::map<std::string, std::string>& tableRename,
                const std::set<std::string>& exactTables) {
  auto renameParts = [&](const std::string& table, std::vector<ir::KeyPart>& parts) {
    for (auto& p : parts)
      if (auto it = colRename.find({table, p.column.text}); it != colRename.end()) {
        p.column.text = it->second;
        p.column.exactCase = true;
      }
  };
  ir::Table& tb = *t.ir;
  for (auto& c : tb.columns)
    if (auto it = colRename.find({t.name, c->name.text}); it != colRename.end()) {
      c->name.text = it->second;
      c->name.exactCase = true;
    }
  for (auto& c : tb.constraints) {
    renameParts(t.name, c->columns);
    if (c->kind == ir::ConstraintKind::ForeignKey && !c->refTable.empty()) {
      std::string ref = c->refTable.last().text;
      for (auto& rc : c->refColumns)
        if (auto it = colRename.find({ref, rc.text}); it != colRename.end()) {
          rc.text = it->second;
          rc.exactCase = true;
        }
      if (auto it = tableRename.find(ref); it != tableRename.end()) {
        c->refTable.parts.back().text = it->second;
        c->refTable.parts.back().exactCase = exactTables.count(ref) > 0;
      }
    }
  }
  for (auto& i : tb.indexes) renameParts(t.name, i->parts);
  tb.name.parts.back().text = tableRename.at(t.name);
  tb.name.parts.back().exactCase = exactTables.count(t.name) > 0;
}

// Converter DDL and mappings for one table whose IR the rules have been applied to; the plan's
// columns follow the emitted columns.
TablePlan emitPlan(const Task& task, const std::string& db, const std::string& tgtSchema,
                   const std::string& tgtTable, const std::set<std::string>& known, SourceTable& t,
                   const std::function<std::string(const std::string&)>& quote,
                   std::vector<std::string>& warnings) {
  TablePlan p;
  p.srcSchema = db;
  p.srcTable = t.name;
  p.loadOrder = t.choice.loadOrder;
  p.estRows = t.rows;
  p.estBytes = t.bytes;
  if (const auto* pl = parallelLoad(task.mappings, db, t.name)) p.ranges = *pl;
  p.filter =
      filterSql(t.choice.filters, mysqlQuoteIdent, [&](const std::string& v) { return quote(v); });
  try {
    converter::EmitOptions eo;
    eo.targetSchema = tgtSchema;
    eo.primaryKeyInCreate = !task.createPkAfterFullLoad;
    eo.knownTables = known;
    std::vector<converter::ActionItem> actions;
    converter::ActionSink sink(actions);
    converter::TableDdl ddl = converter::emitTable(kMySql, *t.ir, eo, sink);
    p.tgtSchema = ddl.schema.empty() ? tgtSchema : ddl.schema;
    p.tgtTable = ddl.name;
    p.createTable = ddl.createTable;
    p.primaryKey = ddl.primaryKey;
    p.uniqueKeys = ddl.uniqueKeys;
    p.indexes = ddl.indexes;
    p.foreignKeys = ddl.foreignKeys;
    p.comments = ddl.comments;
    for (const auto& a : actions) warnings.push_back(p.srcName() + ": " + a.code + " " + a.message);
    for (const auto& ci : ddl.columns) {
      if (!ci.source) continue;
      ColumnPlan c;
      c.source = t.sourceNames.count(ci.source) ? t.sourceNames[ci.source] : ci.source->name.text;
      c.target = ci.name;
      c.pgType = ci.type.pgType;
      c.conversion = converter::valueConversionName(ci.type.conversion);
      K srcKind = t.sourceKinds.count(ci.source) ? t.sourceKinds[ci.source] : K::Unknown;
      std::string q = mysqlQuoteIdent(c.source);
      c.selectExpr = q;
      if (srcKind == K::Float) c.selectExpr = "CAST(" + q + " AS DOUBLE)";  // exact float value
      if (srcKind == K::Spatial) c.selectExpr = "ST_AsBinary(" + q + ")";   // WKB without SRID
      c.sourceBits = srcKind == K::Bit;
      c.bitLength = c.sourceBits && t.bitLengths.count(ci.source)
                        ? static_cast<int>(t.bitLengths[ci.source])
                        : 0;
      c.sourceIsString = isCharKind(srcKind);
      c.sourceIsNumeric = isNumericKind(srcKind);
      if (!ci.type.actionCode.empty()) {
        const auto* def = converter::findAction(ci.type.actionCode);
        c.note = ci.type.actionCode + " " + (def ? std::string(def->title) : "") +
                 (ci.type.note.empty() ? "" : " (" + ci.type.note + ")");
      }
      p.columns.push_back(std::move(c));
    }
    // Key for segments, resume and validation: the PK, else a unique key of NOT NULL columns.
    auto indexOf = [&](const std::string& target) -> int {
      for (size_t i = 0; i < p.columns.size(); ++i)
        if (p.columns[i].target == target) return static_cast<int>(i);
      return -1;
    };
    std::vector<size_t> key;
    bool ok = !ddl.primaryKeyColumns.empty();
    for (const auto& k : ddl.primaryKeyColumns) {
      int i = indexOf(k);
      if (i < 0)
        ok = false;
      else
        key.push_back(static_cast<size_t>(i));
    }
    if (ok) {
      p.keyColumns = key;
      p.keyKind =
          definedPrimaryKey(task.mappings, db, t.name) ? "define-primary-key" : "PRIMARY KEY";
    } else {
      for (const auto& c : t.ir->constraints) {
        if (c->kind != ir::ConstraintKind::Unique || c->columns.empty()) continue;
        std::vector<size_t> uk;
        bool good = true;
        for (const auto& part : c->columns) {
          const ir::Column* col = nullptr;
          for (const auto& cc : t.ir->columns)
            if (cc->name.text == part.column.text) col = cc.get();
          int i = col ? indexOf(converter::pgName(kMySql, col->name)) : -1;
          if (!col || i < 0 || col->nullable.value_or(true) || part.prefixLength)
            good = false;
          else
            uk.push_back(static_cast<size_t>(i));
        }
        if (good) {
          p.keyColumns = uk;
          p.keyKind = "UNIQUE";
          break;
        }
      }
    }
    if (p.columns.empty()) p.error = "no columns left to load";
  } catch (const std::exception& e) {
    p.error = std::string("cannot convert the table definition: ") + e.what();
    p.tgtSchema = tgtSchema;
    p.tgtTable = tgtTable;
  }
  return p;
}

std::string targetSchemaOf(const Task& task, const std::string& db) {
  return mapSchemaName(task.mappings, db,
                       task.targetSchema.empty() ? lower(db) : task.targetSchema);
}

}  // namespace

Planning planTables(const Task& task, SourceConn& src) {
  Planning out;
  const std::string db = task.source.databaseName;
  auto rows = src.query(
      "SELECT TABLE_NAME, TABLE_ROWS, DATA_LENGTH FROM information_schema.TABLES WHERE "
      "TABLE_SCHEMA = " +
      src.quoteString(db) + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
  std::vector<SourceTable> tables;
  for (const auto& r : rows) {
    auto choice = selectTable(task.mappings, db, r[0].value_or(""));
    if (!choice) continue;
    SourceTable t;
    t.name = r[0].value_or("");
    t.rows = r[1] ? std::stoull(*r[1]) : 0;
    t.bytes = r[2] ? std::stoull(*r[2]) : 0;
    t.choice = *choice;
    out.estimatedBytes += t.bytes;
    tables.push_back(std::move(t));
  }
  if (tables.empty()) return out;

  // The live schema through the MySQL front end; tables its grammar cannot parse yet come
  // from information_schema instead.
  parser::mysql::SourceUrl url;
  url.user = task.source.username;
  url.host = task.source.serverName;
  url.port = task.source.port;
  url.database = db;
  url.sslMode = task.source.sslMode;  // the schema is read over the same TLS as the data
  url.sslCa = task.source.sslCa;
  auto live = parser::mysql::readLiveSchema(url, task.source.password(), {});
  std::map<std::string, ir::Ptr<ir::Table>> parsed;
  if (live.error.empty()) {
    for (auto& s : live.result.script.statements) {
      if (auto* ct = dynamic_cast<ir::CreateTableStmt*>(s.get()); ct && ct->table)
        parsed[ct->table->name.last().text] = std::move(ct->table);
    }
  }
  for (auto& t : tables) {
    auto it = parsed.find(t.name);
    if (it != parsed.end()) {
      t.ir = std::move(it->second);
      auto json = jsonColumns(src, db, t.name);
      for (auto& c : t.ir->columns)
        for (const auto& j : json)
          if (c->name.text == j && c->type) c->type->kind = K::Json;
    } else {
      t.ir = tableFromInformationSchema(src, db, t.name);
      out.warnings.push_back(db + "." + t.name +
                             ": definition read from information_schema (the MySQL grammar did not "
                             "parse its CREATE TABLE); defaults other than literals and "
                             "CURRENT_TIMESTAMP are left out");
    }
    normaliseIr(t);
  }

  // Mapping rules on the IR: removed columns, changed types, defined keys, then names.
  const std::string tgtSchema = targetSchemaOf(task, db);
  if (tgtSchema != lower(tgtSchema))
    out.warnings.push_back("schema " + db + ": target name " + tgtSchema +
                           " is used exactly (quoted)");
  std::map<std::string, std::string> tableRename;  // source table -> target table
  std::set<std::string> exactTables;               // source tables a rule renamed
  for (auto& t : tables) {
    bool exact = false;
    tableRename[t.name] = applyTableRules(task, db, t, out.warnings, exact);
    if (exact) exactTables.insert(t.name);
  }
  // Column renames, applied to columns and to every key that names them (also across FKs).
  std::map<std::pair<std::string, std::string>, std::string> colRename;
  for (auto& t : tables)
    for (auto& c : t.ir->columns) {
      bool touched = false;
      std::string n =
          mapColumnName(task.mappings, db, t.name, c->name.text, c->name.text, &touched);
      if (touched) colRename[{t.name, c->name.text}] = n;
    }
  std::set<std::string> known;
  for (auto& t : tables) known.insert(tgtSchema + "." + tableRename[t.name]);
  for (auto& t : tables) renameInIr(t, colRename, tableRename, exactTables);

  // Converter DDL and mappings; the plan's columns follow the emitted columns.
  for (auto& t : tables)
    out.plans.push_back(emitPlan(
        task, db, tgtSchema, tableRename[t.name], known, t,
        [&](const std::string& v) { return src.quoteString(v); }, out.warnings));
  return out;
}

TablePlan planTableFromIr(const Task& task, SourceConn& src, const std::string& table,
                          ir::Ptr<ir::Table> definition, std::vector<std::string>& warnings) {
  const std::string db = task.source.databaseName;
  SourceTable t;
  t.name = table;
  if (auto choice = selectTable(task.mappings, db, table)) t.choice = *choice;
  t.ir = std::move(definition);
  normaliseIr(t);
  bool exact = false;
  std::map<std::string, std::string> tableRename{
      {table, applyTableRules(task, db, t, warnings, exact)}};
  std::set<std::string> exactTables;
  if (exact) exactTables.insert(table);
  ColRename colRename;
  for (auto& c : t.ir->columns) {
    bool touched = false;
    std::string n = mapColumnName(task.mappings, db, table, c->name.text, c->name.text, &touched);
    if (touched) colRename[{table, c->name.text}] = n;
  }
  renameInIr(t, colRename, tableRename, exactTables);
  return emitPlan(
      task, db, targetSchemaOf(task, db), tableRename[table], {}, t,
      [&](const std::string& v) { return src.quoteString(v); }, warnings);
}

}  // namespace barge::mover
