#include "mover/cdc/table_shape.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "mover/table_plan.h"
#include "parser/parser.h"

namespace barge::mover::cdc {

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool sameName(const std::string& a, const std::string& b) {
  return lower(a) == lower(b);
}

// A text[] literal for PostgreSQL ("{"a","b"}" with quotes and backslashes escaped).
std::string textArray(const std::vector<std::string>& v) {
  std::string out = "{";
  for (size_t i = 0; i < v.size(); ++i) {
    out += i ? ",\"" : "\"";
    for (char c : v[i]) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

std::vector<ir::Ptr<ir::Column>>::iterator findColumn(ir::Table& t, const std::string& name) {
  return std::find_if(t.columns.begin(), t.columns.end(),
                      [&](const auto& c) { return sameName(c->name.text, name); });
}

// "FIRST" / "AFTER `col`" (the parser's words of the column position): where the column goes.
std::string placeColumn(ir::Table& t, ir::Ptr<ir::Column> col, const std::string& position) {
  std::string p = position;
  std::string up = lower(p);
  if (up.rfind("first", 0) == 0) {
    t.columns.insert(t.columns.begin(), std::move(col));
    return "";
  }
  if (up.rfind("after", 0) == 0) {
    std::string name = p.substr(5);
    std::erase_if(name, [](char c) { return c == '`' || c == '"' || std::isspace(c); });
    auto it = findColumn(t, name);
    if (it == t.columns.end()) return "AFTER names no column " + name;
    t.columns.insert(it + 1, std::move(col));
    return "";
  }
  t.columns.push_back(std::move(col));
  return "";
}

void renameInKeys(ir::Table& t, const std::string& from, const std::string& to) {
  for (auto& c : t.constraints)
    for (auto& k : c->columns)
      if (sameName(k.column.text, from)) k.column.text = to;
  for (auto& i : t.indexes)
    for (auto& k : i->parts)
      if (sameName(k.column.text, from)) k.column.text = to;
}

// MySQL drops a column from the keys that name it, and a key left without columns.
void dropFromKeys(ir::Table& t, const std::string& name) {
  for (auto& c : t.constraints)
    std::erase_if(c->columns, [&](const auto& k) { return sameName(k.column.text, name); });
  std::erase_if(t.constraints, [](const auto& c) {
    return c->columns.empty() &&
           (c->kind == ir::ConstraintKind::PrimaryKey || c->kind == ir::ConstraintKind::Unique ||
            c->kind == ir::ConstraintKind::ForeignKey);
  });
  for (auto& i : t.indexes)
    std::erase_if(i->parts, [&](const auto& k) { return sameName(k.column.text, name); });
  std::erase_if(t.indexes, [](const auto& i) { return i->parts.empty(); });
}

// Table options and maintenance that leave the columns as they are.
bool harmlessOther(const std::string& text) {
  std::string l = lower(text);
  for (const char* w : {"algorithm", "lock", "engine", "comment", "row_format", "force",
                        "auto_increment", "stats_", "key_block_size", "checksum", "pack_keys",
                        "delay_key_write", "max_rows", "min_rows", "avg_row_length"})
    if (l.rfind(w, 0) == 0) return true;
  return false;
}

// The column's position: the parser keeps it in the action's text, or (for some spellings the
// column attribute rule takes first) among the column's ignored attributes.
std::string positionOf(const ir::AlterAction& act) {
  if (!act.text.empty() || !act.column) return act.text;
  auto& ign = act.column->ignored;
  for (auto it = ign.begin(); it != ign.end(); ++it)
    if (sameName(it->name, "AFTER") || sameName(it->name, "FIRST")) {
      std::string pos = it->name + (it->value.empty() ? "" : " " + it->value);
      ign.erase(it);
      return pos;
    }
  return "";
}

}  // namespace

void ensureShapeTable(PgConn& pg) {
  pg.exec("SELECT pg_advisory_xact_lock(hashtext('barge_control.cdc_table_shapes'))");
  pg.exec(
      "CREATE TABLE IF NOT EXISTS barge_control.cdc_table_shapes (task_name text, schema_name "
      "text, table_name text, create_sql text NOT NULL, ddls text[] NOT NULL DEFAULT '{}', "
      "PRIMARY KEY (task_name, schema_name, table_name))");
}

std::optional<TableShape> readShape(PgConn& pg, const std::string& task, const std::string& schema,
                                    const std::string& table) {
  auto r = pg.query(
      "SELECT create_sql, d FROM barge_control.cdc_table_shapes LEFT JOIN LATERAL "
      "unnest(ddls) WITH ORDINALITY AS u(d, n) ON true WHERE task_name = $1 AND schema_name = "
      "$2 AND table_name = $3 ORDER BY n",
      {task, schema, table});
  if (PQntuples(r.get()) == 0) return std::nullopt;
  TableShape s;
  s.createSql = PQgetvalue(r.get(), 0, 0);
  for (int i = 0; i < PQntuples(r.get()); ++i)
    if (!PQgetisnull(r.get(), i, 1)) s.ddls.push_back(PQgetvalue(r.get(), i, 1));
  return s;
}

void writeShape(PgConn& pg, const std::string& task, const std::string& schema,
                const std::string& table, const TableShape& s) {
  pg.query(
      "INSERT INTO barge_control.cdc_table_shapes (task_name, schema_name, table_name, "
      "create_sql, ddls) VALUES ($1, $2, $3, $4, $5::text[]) ON CONFLICT (task_name, "
      "schema_name, table_name) DO UPDATE SET create_sql = EXCLUDED.create_sql, ddls = "
      "EXCLUDED.ddls",
      {task, schema, table, s.createSql, textArray(s.ddls)});
}

void renameShape(PgConn& pg, const std::string& task, const std::string& schema,
                 const std::string& from, const std::string& to) {
  pg.query(
      "UPDATE barge_control.cdc_table_shapes SET table_name = $4 WHERE task_name = $1 AND "
      "schema_name = $2 AND table_name = $3",
      {task, schema, from, to});
}

std::vector<std::pair<std::string, std::string>> shapedTables(PgConn& pg, const std::string& task) {
  std::vector<std::pair<std::string, std::string>> out;
  if (pg.scalar("SELECT to_regclass('barge_control.cdc_table_shapes') IS NOT NULL") != "t")
    return out;
  auto r = pg.query(
      "SELECT schema_name, table_name FROM barge_control.cdc_table_shapes WHERE task_name = $1 "
      "ORDER BY 1, 2",
      {task});
  for (int i = 0; i < PQntuples(r.get()); ++i)
    out.emplace_back(PQgetvalue(r.get(), i, 0), PQgetvalue(r.get(), i, 1));
  return out;
}

void deleteShape(PgConn& pg, const std::string& task, const std::string& schema,
                 const std::string& table) {
  pg.query(
      "DELETE FROM barge_control.cdc_table_shapes WHERE task_name = $1 AND schema_name = $2 AND "
      "table_name = $3",
      {task, schema, table});
}

std::string showCreateTable(SourceConn& c, const std::string& schema, const std::string& table) {
  auto rows =
      c.query("SHOW CREATE TABLE " + mysqlQuoteIdent(schema) + "." + mysqlQuoteIdent(table));
  if (rows.empty() || rows[0].size() < 2 || !rows[0][1])
    throw std::runtime_error("SHOW CREATE TABLE " + schema + "." + table + " returned nothing");
  return *rows[0][1];
}

ParsedDdl parseDdl(const std::string& sql) {
  ParsedDdl out;
  auto r = parser::parseText(parser::Dialect::MySql, sql, "binlog");
  for (const auto& d : r.diagnostics)
    if (d.severity == parser::Severity::Error && out.error.empty()) out.error = d.message;
  out.script = std::move(r.script);
  for (auto& s : out.script.statements) {
    if (s->kind == ir::StmtKind::ScriptCommand) continue;
    out.stmt = s.get();
    break;
  }
  if (out.stmt && out.stmt->kind == ir::StmtKind::Unparsed && out.error.empty())
    out.error = static_cast<ir::UnparsedStmt*>(out.stmt)->message;
  return out;
}

ir::Ptr<ir::Table> buildDefinition(const TableShape& s) {
  ParsedDdl c = parseDdl(s.createSql);
  auto* ct = dynamic_cast<ir::CreateTableStmt*>(c.stmt);
  if (!ct || !ct->table)
    throw std::runtime_error("the MySQL front end did not read the table's CREATE TABLE" +
                             (c.error.empty() ? std::string() : ": " + c.error));
  ir::Ptr<ir::Table> t = std::move(ct->table);
  for (const auto& sql : s.ddls) {
    ParsedDdl d = parseDdl(sql);
    auto* at = dynamic_cast<ir::AlterTableStmt*>(d.stmt);
    std::string err = at ? applyAlter(*t, *at) : "not an ALTER TABLE";
    if (!err.empty()) throw std::runtime_error(err + " (in: " + sql.substr(0, 300) + ")");
  }
  return t;
}

std::string applyAlter(ir::Table& t, const ir::AlterTableStmt& a) {
  using A = ir::AlterActionKind;
  for (const auto& act : a.actions) {
    switch (act->action) {
      case A::AddColumn: {
        if (!act->column) return "ADD COLUMN without a column";
        if (findColumn(t, act->column->name.text) != t.columns.end())
          return "ADD COLUMN " + act->column->name.text + ": the column exists";
        // The parsed statement is ours (parsed for this definition): its column moves over.
        std::string pos = positionOf(*act);
        auto& col = const_cast<ir::Ptr<ir::Column>&>(act->column);
        if (auto e = placeColumn(t, std::move(col), pos); !e.empty()) return e;
        break;
      }
      case A::ModifyColumn: {
        if (!act->column) return "MODIFY without a column";
        std::string old = act->name.empty() ? act->column->name.text : act->name.text;
        auto it = findColumn(t, old);
        if (it == t.columns.end()) return "MODIFY / CHANGE names no column " + old;
        std::string now = act->column->name.text;
        std::string pos = positionOf(*act);
        auto& col = const_cast<ir::Ptr<ir::Column>&>(act->column);
        if (pos.empty()) {
          *it = std::move(col);
        } else {
          t.columns.erase(it);
          if (auto e = placeColumn(t, std::move(col), pos); !e.empty()) return e;
        }
        if (!sameName(old, now)) renameInKeys(t, old, now);
        break;
      }
      case A::DropColumn: {
        auto it = findColumn(t, act->name.text);
        if (it == t.columns.end()) return "DROP COLUMN names no column " + act->name.text;
        t.columns.erase(it);
        dropFromKeys(t, act->name.text);
        break;
      }
      case A::RenameColumn: {
        auto it = findColumn(t, act->name.text);
        if (it == t.columns.end()) return "RENAME COLUMN names no column " + act->name.text;
        (*it)->name.text = act->newName.text;
        (*it)->name.quoted = act->newName.quoted;
        renameInKeys(t, act->name.text, act->newName.text);
        break;
      }
      case A::SetDefault:
      case A::DropDefault: {
        auto it = findColumn(t, act->name.text);
        if (it == t.columns.end()) return "ALTER COLUMN names no column " + act->name.text;
        auto& def = const_cast<ir::ExprPtr&>(act->defaultValue);
        (*it)->defaultValue = act->action == A::SetDefault ? std::move(def) : nullptr;
        break;
      }
      case A::AddConstraint: {
        if (!act->constraint) return "ADD CONSTRAINT without a constraint";
        t.constraints.push_back(std::move(const_cast<ir::Ptr<ir::Constraint>&>(act->constraint)));
        break;
      }
      case A::DropConstraint:
        if (act->text == "PRIMARY KEY") {
          std::erase_if(t.constraints,
                        [](const auto& c) { return c->kind == ir::ConstraintKind::PrimaryKey; });
        } else {
          std::erase_if(t.constraints,
                        [&](const auto& c) { return sameName(c->name.text, act->name.text); });
          std::erase_if(t.indexes,
                        [&](const auto& i) { return sameName(i->name.text, act->name.text); });
        }
        break;
      case A::AddIndex:
        if (act->index) t.indexes.push_back(std::move(const_cast<ir::Ptr<ir::Index>&>(act->index)));
        break;
      case A::DropIndex:
        // MySQL's DROP INDEX also drops a UNIQUE key of that name.
        std::erase_if(t.indexes,
                      [&](const auto& i) { return sameName(i->name.text, act->name.text); });
        std::erase_if(t.constraints, [&](const auto& c) {
          return c->kind == ir::ConstraintKind::Unique && sameName(c->name.text, act->name.text);
        });
        break;
      case A::RenameTo:
        t.name = act->newTableName;
        break;
      case A::ModifyConstraint:
      case A::Other:
        if (!harmlessOther(act->text))
          return std::string("ALTER TABLE ") + ir::alterActionName(act->action) + " '" + act->text +
                 "' is not followed during CDC";
        break;
    }
  }
  return "";
}

std::vector<binlog::ColumnHint> hintsFromDefinition(
    const ir::Table& t, const std::vector<binlog::ColumnHint>& previous) {
  std::string tableCharset;
  for (const auto& a : t.ignored) {
    if (sameName(a.name, "CHARSET")) tableCharset = a.value;
    if (sameName(a.name, "COLLATE") && tableCharset.empty())
      tableCharset = a.value.substr(0, a.value.find('_'));
  }
  std::vector<binlog::ColumnHint> out;
  for (const auto& c : t.columns) {
    binlog::ColumnHint h;
    h.name = c->name.text;
    const ir::DataType* ty = c->type.get();
    const binlog::ColumnHint* before = nullptr;
    for (const auto& p : previous)
      if (sameName(p.name, h.name)) before = &p;
    if (!ty) {
      if (before) h = *before;
      out.push_back(std::move(h));
      continue;
    }
    h.isUnsigned = ty->isUnsigned;
    using K = ir::TypeKind;
    const bool text =
        ty->kind == K::Char || ty->kind == K::VarChar || ty->kind == K::Text || ty->kind == K::Json;
    if (ty->kind == K::Enum || ty->kind == K::Set) {
      h.labels = ty->values;
      h.charset = binlog::Charset::Utf8;
    } else if (text) {
      std::string cs = ty->charset;
      if (cs.empty() && !ty->collation.empty())
        cs = ty->collation.substr(0, ty->collation.find('_'));
      if (cs.empty()) cs = tableCharset;
      if (!cs.empty())
        h.charset = binlog::charsetByName(lower(cs));
      else
        h.charset = before ? before->charset : binlog::Charset::Utf8;
    }
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace barge::mover::cdc
