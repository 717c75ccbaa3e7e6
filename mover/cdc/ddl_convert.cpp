#include "mover/cdc/ddl_convert.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "mover/pg_conn.h"
#include "mover/planner.h"

namespace barge::mover::cdc {

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool sameName(const std::string& a, const std::string& b) {
  return lower(a) == lower(b);
}

// The first identifier of a column line of CREATE TABLE ("name" or name), unquoted, and where
// the rest starts.
std::string leadingName(const std::string& line, size_t& rest) {
  size_t i = line.find_first_not_of(' ');
  if (i == std::string::npos) return "";
  std::string out;
  if (line[i] == '"') {
    for (++i; i < line.size(); ++i) {
      if (line[i] == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        out += '"';
        ++i;
      } else if (line[i] == '"') {
        ++i;
        break;
      } else {
        out += line[i];
      }
    }
  } else {
    while (i < line.size() && line[i] != ' ') out += line[i++];
  }
  rest = i;
  return out;
}

// The column's definition as the converter wrote it in CREATE TABLE (name, type, DEFAULT,
// NOT NULL, CHECK ...), without the trailing comma.
std::string columnLine(const TablePlan& p, const std::string& target) {
  size_t at = 0;
  const std::string& ct = p.createTable;
  while (at < ct.size()) {
    size_t end = ct.find('\n', at);
    if (end == std::string::npos) end = ct.size();
    std::string line = ct.substr(at, end - at);
    at = end + 1;
    if (line.empty() || line[0] != ' ') continue;
    size_t rest = 0;
    if (leadingName(line, rest) != target) continue;
    size_t b = line.find_first_not_of(' ');
    line = line.substr(b);
    while (!line.empty() && (line.back() == ',' || line.back() == ' ')) line.pop_back();
    return line;
  }
  throw std::runtime_error("the converter's CREATE TABLE has no line for column " + target);
}

// The clauses after the type in a column line: DEFAULT expression, NOT NULL, CHECK (...).
struct ColumnClauses {
  std::string defaultExpr;
  bool notNull = false;
  std::vector<std::string> checks;
  bool other = false;  // GENERATED, REFERENCES, ... (not changed by MODIFY on the target)
};

ColumnClauses clausesOf(const std::string& line, const std::string& pgType) {
  size_t rest = 0;
  leadingName(line, rest);
  std::string s = line.substr(rest);
  size_t b = s.find_first_not_of(' ');
  s = b == std::string::npos ? "" : s.substr(b);
  if (s.rfind(pgType, 0) == 0) s = s.substr(pgType.size());
  // Split at top-level keywords (outside quotes and parentheses).
  std::vector<std::pair<std::string, std::string>> parts;  // keyword, text after it
  int depth = 0;
  bool quote = false;
  std::string cur, key;
  auto starts = [&](size_t i, const char* w) {
    size_t n = std::char_traits<char>::length(w);
    return s.compare(i, n, w) == 0 && (i + n == s.size() || s[i + n] == ' ' || s[i + n] == '(');
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quote) {
      cur += c;
      if (c == '\'') quote = false;
      continue;
    }
    if (c == '\'') quote = true;
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (depth == 0 && (i == 0 || s[i - 1] == ' ')) {
      const char* found = nullptr;
      for (const char* w : {"DEFAULT", "NOT NULL", "NULL", "CHECK", "GENERATED", "REFERENCES",
                            "CONSTRAINT", "UNIQUE", "PRIMARY KEY"})
        if (starts(i, w)) {
          found = w;
          break;
        }
      if (found) {
        parts.emplace_back(key, cur);
        key = found;
        cur.clear();
        i += std::char_traits<char>::length(found) - 1;
        continue;
      }
    }
    cur += c;
  }
  parts.emplace_back(key, cur);
  ColumnClauses out;
  for (auto& [k, v] : parts) {
    size_t f = v.find_first_not_of(' '), l = v.find_last_not_of(' ');
    std::string t = f == std::string::npos ? "" : v.substr(f, l - f + 1);
    if (k == "DEFAULT") out.defaultExpr = t;
    if (k == "NOT NULL") out.notNull = true;
    if (k == "CHECK") out.checks.push_back(t);
    if (k == "GENERATED" || k == "REFERENCES" || k == "UNIQUE" || k == "PRIMARY KEY")
      out.other = true;
  }
  return out;
}

const ColumnPlan* bySource(const TablePlan& p, const std::string& source) {
  for (const auto& c : p.columns)
    if (sameName(c.source, source)) return &c;
  return nullptr;
}

// DROP of the single-column CHECK constraints of a column (ENUM labels, unsigned ranges), by
// name from the catalog, so MODIFY can add the new ones.
std::string dropColumnChecks(const std::string& table, const std::string& column) {
  return "DO $barge$ DECLARE r record; BEGIN FOR r IN SELECT c.conname FROM pg_constraint c JOIN "
         "pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] WHERE c.conrelid = "
         "'" +
         table + "'::regclass AND c.contype = 'c' AND cardinality(c.conkey) = 1 AND a.attname = '" +
         column + "' LOOP EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', '" + table +
         "', r.conname); END LOOP; END $barge$";
}

std::string sqlLiteralBody(const std::string& s) {
  std::string out;
  for (char c : s) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out;
}

}  // namespace

std::vector<std::string> targetAlter(
    const TablePlan& before, const TablePlan& after,
    const std::vector<std::pair<std::string, std::string>>& renamed,
    const std::vector<std::string>& modified) {
  auto newSource = [&](const std::string& s) {
    std::string n = s;
    for (const auto& [from, to] : renamed)
      if (sameName(from, n)) n = to;
    return n;
  };
  // The replication key must stay what it was (by source column).
  std::vector<std::string> keyBefore, keyAfter;
  for (size_t k : before.keyColumns)
    keyBefore.push_back(lower(newSource(before.columns[k].source)));
  for (size_t k : after.keyColumns) keyAfter.push_back(lower(after.columns[k].source));
  if (keyBefore != keyAfter)
    throw std::runtime_error(
        "the replication key (primary or unique key) changed: changing it on the target during "
        "CDC is not done");
  const std::string tgt = before.tgtQualified();
  std::vector<std::string> out;
  std::vector<const ColumnPlan*> matched;
  for (const auto& oc : before.columns) {
    const ColumnPlan* nc = bySource(after, newSource(oc.source));
    if (!nc) {
      out.push_back("ALTER TABLE " + tgt + " DROP COLUMN " + pgQuoteIdent(oc.target));
      continue;
    }
    matched.push_back(nc);
    if (nc->target != oc.target)
      out.push_back("ALTER TABLE " + tgt + " RENAME COLUMN " + pgQuoteIdent(oc.target) + " TO " +
                    pgQuoteIdent(nc->target));
    bool mod = nc->pgType != oc.pgType;
    for (const auto& m : modified) mod = mod || sameName(m, nc->source);
    if (!mod) continue;
    const std::string col = pgQuoteIdent(nc->target);
    ColumnClauses cl = clausesOf(columnLine(after, nc->target), nc->pgType);
    const std::string alter = "ALTER TABLE " + tgt + " ALTER COLUMN " + col;
    out.push_back(dropColumnChecks(sqlLiteralBody(tgt), sqlLiteralBody(nc->target)));
    out.push_back(alter + " DROP DEFAULT");
    if (nc->pgType != oc.pgType)
      out.push_back(alter + " TYPE " + nc->pgType + " USING " + col + "::" + nc->pgType);
    if (!cl.defaultExpr.empty()) out.push_back(alter + " SET DEFAULT " + cl.defaultExpr);
    out.push_back(alter + (cl.notNull ? " SET NOT NULL" : " DROP NOT NULL"));
    for (const auto& c : cl.checks) out.push_back("ALTER TABLE " + tgt + " ADD CHECK " + c);
  }
  for (const auto& nc : after.columns) {
    if (std::find(matched.begin(), matched.end(), &nc) != matched.end()) continue;
    out.push_back("ALTER TABLE " + tgt + " ADD COLUMN " + columnLine(after, nc.target));
  }
  if (after.tgtTable != before.tgtTable)
    out.push_back("ALTER TABLE " + tgt + " RENAME TO " + pgQuoteIdent(after.tgtTable));
  if (after.tgtSchema != before.tgtSchema)
    out.push_back("ALTER TABLE " + pgQuoteIdent(before.tgtSchema) + "." +
                  pgQuoteIdent(after.tgtTable) + " SET SCHEMA " + pgQuoteIdent(after.tgtSchema));
  return out;
}

std::vector<DdlStep> planDdl(const Task& task, const std::string& database, const std::string& sql,
                             const std::function<ReplicatedTable(const std::string&)>& find,
                             SourceConn& src, bool& understood) {
  const std::string& db = task.source.databaseName;
  std::vector<DdlStep> out;
  ParsedDdl parsed = parseDdl(sql);
  understood = dynamic_cast<ir::AlterTableStmt*>(parsed.stmt) ||
               dynamic_cast<ir::DropStmt*>(parsed.stmt) ||
               dynamic_cast<ir::CreateTableStmt*>(parsed.stmt);
  auto schemaOf = [&](const ir::QualifiedName& n) {
    return n.parts.size() > 1 ? n.parts[n.parts.size() - 2].text : database;
  };
  auto suspend = [&](const std::string& table, const std::string& why) {
    DdlStep s;
    s.kind = DdlStep::Kind::Suspend;
    s.table = table;
    s.sql = sql;
    s.reason = why + ": " + sql.substr(0, 300);
    out.push_back(std::move(s));
  };
  if (auto* at = dynamic_cast<ir::AlterTableStmt*>(parsed.stmt)) {
    if (at->table.empty() || schemaOf(at->table) != db) return out;
    const std::string table = at->table.last().text;
    ReplicatedTable rt = find(table);
    if (!rt.plan) return out;
    DdlStep s;
    s.kind = DdlStep::Kind::Alter;
    s.table = table;
    s.newTable = table;
    s.sql = sql;
    std::vector<std::pair<std::string, std::string>> renamed;
    std::vector<std::string> modified;
    using A = ir::AlterActionKind;
    for (const auto& a : at->actions) {
      if (a->action == A::RenameTo) {
        if (!a->newTableName.empty() && schemaOf(a->newTableName) != db) {
          suspend(table, "renamed into another database: no longer replicated");
          return out;
        }
        s.newTable = a->newName.text;
      }
      if (a->action == A::RenameColumn) renamed.emplace_back(a->name.text, a->newName.text);
      if (a->action == A::ModifyColumn && a->column) {
        if (!a->name.empty() && !sameName(a->name.text, a->column->name.text))
          renamed.emplace_back(a->name.text, a->column->name.text);
        modified.push_back(a->column->name.text);
      }
      if ((a->action == A::SetDefault || a->action == A::DropDefault))
        modified.push_back(a->name.text);
      if (a->action == A::AddIndex || a->action == A::DropIndex)
        s.notes.push_back("index changes are not made on the target");
    }
    if (s.newTable != table && !selectTable(task.mappings, db, s.newTable)) {
      suspend(table, "renamed to " + s.newTable +
                         ", which the task's selection rules do not select: no longer replicated");
      return out;
    }
    try {
      s.shape = *rt.shape;
      s.shape.ddls.push_back(sql);
      s.hints = hintsFromDefinition(*buildDefinition(s.shape), *rt.hints);
      std::vector<std::string> warnings;
      s.plan = planTableFromIr(task, src, s.newTable, buildDefinition(s.shape), warnings);
      if (!s.plan.error.empty()) throw std::runtime_error(s.plan.error);
      s.targetSql = targetAlter(*rt.plan, s.plan, renamed, modified);
    } catch (const std::exception& e) {
      suspend(table, std::string("DDL not converted (") + e.what() + ")");
      return out;
    }
    out.push_back(std::move(s));
    return out;
  }
  if (auto* d = dynamic_cast<ir::DropStmt*>(parsed.stmt)) {
    if (lower(d->objectKind) != "table") return out;
    for (const auto& n : d->names) {
      if (n.empty() || schemaOf(n) != db) continue;
      ReplicatedTable rt = find(n.last().text);
      if (!rt.plan) continue;
      DdlStep s;
      s.kind = DdlStep::Kind::Drop;
      s.table = n.last().text;
      s.sql = sql;
      s.targetSql.push_back("DROP TABLE IF EXISTS " + rt.plan->tgtQualified());
      out.push_back(std::move(s));
    }
    return out;
  }
  if (auto* ct = dynamic_cast<ir::CreateTableStmt*>(parsed.stmt)) {
    if (!ct->table || ct->table->name.empty() || schemaOf(ct->table->name) != db) return out;
    const std::string table = ct->table->name.last().text;
    if (find(table).plan || !selectTable(task.mappings, db, table)) return out;
    if (!ct->likeTable.empty() || ct->table->asQuery) {
      suspend(table,
              "CREATE TABLE ... LIKE / AS SELECT is not followed during CDC (the table is "
              "not replicated)");
      return out;
    }
    DdlStep s;
    s.kind = DdlStep::Kind::Create;
    s.table = table;
    s.newTable = table;
    s.sql = sql;
    try {
      s.shape.createSql = sql;
      s.hints = hintsFromDefinition(*buildDefinition(s.shape), {});
      std::vector<std::string> warnings;
      s.plan = planTableFromIr(task, src, table, buildDefinition(s.shape), warnings);
      if (!s.plan.error.empty()) throw std::runtime_error(s.plan.error);
      s.targetSql.push_back(s.plan.createTable);
      if (!s.plan.primaryKey.empty()) s.targetSql.push_back(s.plan.primaryKey);
      for (const auto& u : s.plan.uniqueKeys) s.targetSql.push_back(u);
      for (const auto& i : s.plan.indexes) s.targetSql.push_back(i);
      for (const auto& c : s.plan.comments) s.targetSql.push_back(c);
    } catch (const std::exception& e) {
      suspend(table, std::string("CREATE TABLE not converted (") + e.what() + ")");
      return out;
    }
    out.push_back(std::move(s));
    return out;
  }
  return out;
}

}  // namespace barge::mover::cdc
