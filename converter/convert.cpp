#include "converter/convert.h"

#include <algorithm>
#include <set>

#include "converter/emit_sequence.h"
#include "converter/emit_table.h"
#include "converter/identifiers.h"
#include "converter/type_rules.h"

namespace barge::converter {

namespace {

// Optimizer hints of a query's blocks: set operations, WITH queries, subqueries in FROM.
// (Subqueries inside expressions are not walked.)
void collectHints(const ir::Query* q, std::vector<const ir::Hint*>& out);
void collectHints(const ir::TableRef* t, std::vector<const ir::Hint*>& out) {
  if (!t) return;
  if (t->kind == ir::TableRefKind::Derived) {
    collectHints(static_cast<const ir::DerivedTable*>(t)->query.get(), out);
  } else if (t->kind == ir::TableRefKind::Join) {
    const auto* j = static_cast<const ir::Join*>(t);
    collectHints(j->left.get(), out);
    collectHints(j->right.get(), out);
  }
}
void collectHints(const ir::Query* q, std::vector<const ir::Hint*>& out) {
  if (!q) return;
  for (const auto& c : q->with) collectHints(c->query.get(), out);
  if (q->queryKind == ir::QueryKind::SetOp) {
    const auto* s = static_cast<const ir::SetOp*>(q);
    collectHints(s->left.get(), out);
    collectHints(s->right.get(), out);
  } else if (q->queryKind == ir::QueryKind::Select) {
    const auto* s = static_cast<const ir::Select*>(q);
    for (const auto& h : s->hints) out.push_back(h.get());
    for (const auto& f : s->from) collectHints(f.get(), out);
  }
}

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

struct PendingTable {
  const ir::Table* table;
  size_t object;  // index into result.objects
  TableExtras extras;
};

class Converter {
 public:
  Converter(parser::Dialect from, const ConvertOptions& o) : from_(from), o_(o) { r_.from = from; }

  ConversionResult run(const std::vector<const ir::Script*>& scripts);

 private:
  size_t addObject(std::string kind, std::string name, const ir::Stmt& s) {
    SourceObject o;
    o.kind = std::move(kind);
    o.name = std::move(name);
    o.loc = s.loc;
    o.lines = s.sourceLines;
    r_.objects.push_back(std::move(o));
    return r_.objects.size() - 1;
  }
  void act(std::string code, const ir::SourceLocation& loc, std::string kind, std::string name,
           std::string message, std::optional<size_t> object = std::nullopt) {
    ActionItem a;
    a.code = std::move(code);
    a.loc = loc;
    a.objectKind = std::move(kind);
    a.objectName = std::move(name);
    a.message = std::move(message);
    r_.actions.push_back(std::move(a));
    if (object) r_.objects[*object].actions.push_back(r_.actions.size() - 1);
  }
  void collect(const ir::Script& script);
  void notConverted(const ir::Stmt& s, const std::string& kind, const std::string& name,
                    const std::string& code, const std::string& what);
  PendingTable* findTable(const ir::QualifiedName& n);
  std::string columnPgType(const ir::Column& c) const;
  void alignForeignKeyTypes(EmitOptions& eo);
  std::string tableKey(const ir::QualifiedName& n) const {
    auto [schema, name] = pgTableName(from_, n, o_.targetSchema);
    return (schema.empty() ? "" : schema + ".") + name;
  }

  parser::Dialect from_;
  const ConvertOptions& o_;
  ConversionResult r_;
  std::vector<PendingTable> tables_;
  std::vector<const ir::Sequence*> sequences_;
  std::vector<size_t> sequenceObjects_;
  std::set<std::string> schemas_;
};

namespace {
bool numericFamily(const std::string& t) {
  return t == "smallint" || t == "integer" || t == "bigint" || t.rfind("numeric", 0) == 0;
}
const ir::Column* findColumn(parser::Dialect from, const ir::Table& t, const std::string& pg) {
  for (const auto& c : t.columns)
    if (pgName(from, c->name) == pg) return c.get();
  return nullptr;
}
std::vector<ir::Identifier> primaryKeyOf(const ir::Table& t) {
  for (const auto& c : t.constraints)
    if (c->kind == ir::ConstraintKind::PrimaryKey) {
      std::vector<ir::Identifier> cols;
      for (const auto& k : c->columns) cols.push_back(k.column);
      return cols;
    }
  for (const auto& col : t.columns)
    for (const auto& ic : col->inlineConstraints)
      if (ic->kind == ir::ConstraintKind::PrimaryKey) return {col->name};
  return {};
}
}  // namespace

std::string Converter::columnPgType(const ir::Column& c) const {
  if (!c.type) return "numeric";
  std::string t = mapType(from_, *c.type).pgType;
  bool identity = c.autoIncrement || c.identity.has_value();
  if (identity && t != "smallint" && t != "integer" && t != "bigint") t = "bigint";
  return t;
}

// A foreign key between integer and numeric columns cannot be implemented in PostgreSQL
// (different operator families), and Oracle scripts often pair NUMBER with NUMBER(6).
void Converter::alignForeignKeyTypes(EmitOptions& eo) {
  for (auto& t : tables_) {
    std::vector<std::pair<const ir::Constraint*, std::vector<ir::Identifier>>> fks;
    for (const auto& c : t.table->constraints)
      if (c->kind == ir::ConstraintKind::ForeignKey) {
        std::vector<ir::Identifier> cols;
        for (const auto& k : c->columns) cols.push_back(k.column);
        fks.push_back({c.get(), cols});
      }
    for (const auto* c : t.extras.constraints)
      if (c->kind == ir::ConstraintKind::ForeignKey) {
        std::vector<ir::Identifier> cols;
        for (const auto& k : c->columns) cols.push_back(k.column);
        fks.push_back({c, cols});
      }
    for (const auto& col : t.table->columns)
      for (const auto& ic : col->inlineConstraints)
        if (ic->kind == ir::ConstraintKind::ForeignKey) fks.push_back({ic.get(), {col->name}});
    for (const auto& [fk, cols] : fks) {
      PendingTable* ref = findTable(fk->refTable);
      if (!ref) continue;
      std::vector<ir::Identifier> refCols =
          fk->refColumns.empty() ? primaryKeyOf(*ref->table) : fk->refColumns;
      for (size_t i = 0; i < cols.size() && i < refCols.size(); ++i) {
        const ir::Column* lc = findColumn(from_, *t.table, pgName(from_, cols[i]));
        const ir::Column* rc = findColumn(from_, *ref->table, pgName(from_, refCols[i]));
        if (!lc || !rc) continue;
        std::string lt = columnPgType(*lc), rt = columnPgType(*rc);
        if (lt != rt && numericFamily(lt) && numericFamily(rt))
          eo.columnTypes[tableKey(t.table->name) + "." + pgName(from_, lc->name)] = rt;
      }
    }
  }
}

PendingTable* Converter::findTable(const ir::QualifiedName& n) {
  std::string key = tableKey(n);
  for (auto& t : tables_)
    if (tableKey(t.table->name) == key) return &t;
  // An unqualified reference matches a qualified table of the same name.
  if (n.parts.size() == 1)
    for (auto& t : tables_)
      if (pgName(from_, t.table->name.last()) == pgName(from_, n.last())) return &t;
  return nullptr;
}

void Converter::notConverted(const ir::Stmt& s, const std::string& kind, const std::string& name,
                             const std::string& code, const std::string& what) {
  size_t obj = addObject(kind, name, s);
  act(code, s.loc, kind, name, what, obj);
}

void Converter::collect(const ir::Script& script) {
  std::map<std::string, int> skipped;
  const ir::Stmt* firstSkipped = nullptr;
  for (const auto& sp : script.statements) {
    const ir::Stmt& s = *sp;
    switch (s.kind) {
      case ir::StmtKind::ScriptCommand:
        ++skipped[s.as<ir::ScriptCommandStmt>().command];
        if (!firstSkipped) firstSkipped = &s;
        break;
      case ir::StmtKind::SetVar:  // session settings in dump preambles (SET NAMES, SET @x = ...)
        ++skipped["SET"];
        if (!firstSkipped) firstSkipped = &s;
        break;
      case ir::StmtKind::Unparsed: {
        const auto& u = s.as<ir::UnparsedStmt>();
        act("BRG-0001", u.loc, "STATEMENT", "", u.message);
        break;
      }
      case ir::StmtKind::Wrapped: {
        const auto& w = s.as<ir::WrappedUnitStmt>();
        notConverted(s, w.unitKind, sourceName(from_, w.name), "BRG-4005",
                     w.unitKind + " " + sourceName(from_, w.name) + " is wrapped (obfuscated)");
        break;
      }
      case ir::StmtKind::OutOfScope: {
        const auto& o = s.as<ir::OutOfScopeStmt>();
        act("BRG-0004", o.loc, upper(o.what), "", o.what + " is not converted");
        break;
      }
      case ir::StmtKind::Unmodelled: {
        const auto& u = s.as<ir::UnmodelledStmt>();
        act("BRG-0002", u.loc, "STATEMENT", "",
            (u.construct.empty() ? "statement" : u.construct) + " is not converted");
        break;
      }
      case ir::StmtKind::CreateTable: {
        const auto& ct = s.as<ir::CreateTableStmt>();
        if (!ct.table) break;
        size_t obj = addObject("TABLE", sourceName(from_, ct.table->name), s);
        if (!ct.likeTable.empty()) {
          act("BRG-0002", s.loc, "TABLE", sourceName(from_, ct.table->name),
              "CREATE TABLE ... LIKE is not converted yet", obj);
          break;
        }
        std::string key = tableKey(ct.table->name);
        auto earlier = std::find_if(tables_.begin(), tables_.end(), [&](const PendingTable& t) {
          return tableKey(t.table->name) == key;
        });
        if (earlier != tables_.end()) {
          act("BRG-0006", r_.objects[earlier->object].loc, "TABLE",
              sourceName(from_, ct.table->name), "superseded by the definition at " + s.loc.str(),
              earlier->object);
          tables_.erase(earlier);
        }
        tables_.push_back({ct.table.get(), obj, {}});
        break;
      }
      case ir::StmtKind::AlterTable: {
        const auto& at = s.as<ir::AlterTableStmt>();
        PendingTable* t = findTable(at.table);
        for (const auto& a : at.actions) {
          if (t && a->action == ir::AlterActionKind::AddConstraint && a->constraint) {
            t->extras.constraints.push_back(a->constraint.get());
          } else if (t && a->action == ir::AlterActionKind::AddIndex && a->index) {
            t->extras.indexes.push_back(a->index.get());
          } else if (!t) {
            act("BRG-4004", a->loc, "TABLE", sourceName(from_, at.table),
                std::string(ir::alterActionName(a->action)) + " on a table not in the input");
          } else {
            act("BRG-0002", a->loc, "TABLE", sourceName(from_, at.table),
                std::string("ALTER TABLE ") + ir::alterActionName(a->action) +
                    " is not converted yet",
                t->object);
          }
        }
        break;
      }
      case ir::StmtKind::CreateIndex: {
        const auto& ci = s.as<ir::CreateIndexStmt>();
        if (!ci.index) break;
        if (PendingTable* t = findTable(ci.index->table)) {
          t->extras.indexes.push_back(ci.index.get());
        } else {
          act("BRG-4004", s.loc, "INDEX", sourceName(from_, ci.index->name),
              "index on " + sourceName(from_, ci.index->table) + ", which is not in the input");
        }
        break;
      }
      case ir::StmtKind::Comment: {
        const auto& c = s.as<ir::CommentStmt>();
        if (!c.comment) break;
        ir::QualifiedName table = c.comment->object;
        if (upper(c.comment->objectKind) == "COLUMN" && !table.parts.empty())
          table.parts.pop_back();
        PendingTable* t =
            (upper(c.comment->objectKind) == "TABLE" || upper(c.comment->objectKind) == "COLUMN")
                ? findTable(table)
                : nullptr;
        if (t) {
          t->extras.comments.push_back(c.comment.get());
        } else {
          act("BRG-4004", s.loc, c.comment->objectKind, sourceName(from_, c.comment->object),
              "COMMENT ON " + c.comment->objectKind + " for an object not converted");
        }
        break;
      }
      case ir::StmtKind::CreateSequence: {
        const auto& cs = s.as<ir::CreateSequenceStmt>();
        if (!cs.sequence) break;
        auto [schema, name] = pgTableName(from_, cs.sequence->name, o_.targetSchema);
        for (size_t i = 0; i < sequences_.size(); ++i) {
          auto [es, en] = pgTableName(from_, sequences_[i]->name, o_.targetSchema);
          if (es == schema && en == name) {
            act("BRG-0006", r_.objects[sequenceObjects_[i]].loc, "SEQUENCE",
                sourceName(from_, cs.sequence->name),
                "superseded by the definition at " + s.loc.str(), sequenceObjects_[i]);
            sequences_.erase(sequences_.begin() + static_cast<long>(i));
            sequenceObjects_.erase(sequenceObjects_.begin() + static_cast<long>(i));
            break;
          }
        }
        sequenceObjects_.push_back(addObject("SEQUENCE", sourceName(from_, cs.sequence->name), s));
        sequences_.push_back(cs.sequence.get());
        break;
      }
      case ir::StmtKind::CreateSchema: {
        const auto& cs = s.as<ir::CreateSchemaStmt>();
        schemas_.insert(o_.targetSchema.empty() ? pgName(from_, cs.name) : o_.targetSchema);
        break;
      }
      case ir::StmtKind::CreateView: {
        const auto& v = s.as<ir::CreateViewStmt>();
        std::string name = v.view ? sourceName(from_, v.view->name) : "";
        bool mv = v.view && v.view->materialized;
        notConverted(s, mv ? "MATERIALIZED VIEW" : "VIEW", name, "BRG-4002",
                     (mv ? "materialized view " : "view ") + name + " is not converted yet");
        std::vector<const ir::Hint*> hints;
        if (v.view) collectHints(v.view->query.get(), hints);
        for (const auto* h : hints)
          act("BRG-2003", h->loc, mv ? "MATERIALIZED VIEW" : "VIEW", name,
              "optimizer hint " + h->text + " has no PostgreSQL equivalent", r_.objects.size() - 1);
        break;
      }
      case ir::StmtKind::CreateRoutine: {
        const auto& r = s.as<ir::CreateRoutineStmt>();
        if (!r.routine) break;
        std::string kind =
            r.routine->routineKind == ir::RoutineKind::Function ? "FUNCTION" : "PROCEDURE";
        notConverted(s, kind, sourceName(from_, r.routine->name), "BRG-4001",
                     upper(kind) + " " + sourceName(from_, r.routine->name) + " (" +
                         std::to_string(s.sourceLines) + " lines) is not converted yet");
        break;
      }
      case ir::StmtKind::CreatePackage: {
        const auto& p = s.as<ir::CreatePackageStmt>();
        if (!p.package) break;
        std::string kind = p.package->isBody ? "PACKAGE BODY" : "PACKAGE";
        notConverted(s, kind, sourceName(from_, p.package->name), "BRG-4001",
                     kind + " " + sourceName(from_, p.package->name) + " (" +
                         std::to_string(s.sourceLines) + " lines) is not converted yet");
        break;
      }
      case ir::StmtKind::CreateTrigger: {
        const auto& t = s.as<ir::CreateTriggerStmt>();
        if (!t.trigger) break;
        notConverted(s, "TRIGGER", sourceName(from_, t.trigger->name), "BRG-4001",
                     "TRIGGER " + sourceName(from_, t.trigger->name) + " (" +
                         std::to_string(s.sourceLines) + " lines) is not converted yet");
        break;
      }
      case ir::StmtKind::CreateType: {
        const auto& t = s.as<ir::CreateTypeStmt>();
        if (!t.type) break;
        std::string kind = t.type->isBody ? "TYPE BODY" : "TYPE";
        notConverted(s, kind, sourceName(from_, t.type->name),
                     t.type->isBody ? "BRG-4001" : "BRG-1005",
                     kind + " " + sourceName(from_, t.type->name) + " is not converted yet");
        break;
      }
      case ir::StmtKind::CreateSynonym: {
        const auto& sy = s.as<ir::CreateSynonymStmt>();
        if (!sy.synonym) break;
        notConverted(s, "SYNONYM", sourceName(from_, sy.synonym->name), "BRG-4003",
                     "synonym " + sourceName(from_, sy.synonym->name) + " for " +
                         sourceName(from_, sy.synonym->target) +
                         ": PostgreSQL has no synonyms (use search_path or a view)");
        break;
      }
      case ir::StmtKind::Grant:
        act("BRG-0004", s.loc, s.nodeName(), "",
            std::string(s.nodeName()) +
                " is not converted (privileges are recreated on the target)");
        break;
      case ir::StmtKind::Drop:
        break;  // DROP statements in a creation script only make it re-runnable
      case ir::StmtKind::Insert:
      case ir::StmtKind::Replace:
      case ir::StmtKind::Update:
      case ir::StmtKind::Delete:
      case ir::StmtKind::Merge:
      case ir::StmtKind::Select:
        act("BRG-0004", s.loc, "DATA", "",
            std::string(s.nodeName()) +
                " statement in a schema script: data moves with barge migrate");
        break;
      default:
        act("BRG-0002", s.loc, "STATEMENT", "", std::string(s.nodeName()) + " is not converted");
    }
  }
  if (!skipped.empty()) {
    std::string what;
    int total = 0;
    for (const auto& [cmd, n] : skipped) {
      what += (what.empty() ? "" : ", ") + cmd + " x" + std::to_string(n);
      total += n;
    }
    act("BRG-0003", firstSkipped->loc, "SCRIPT", script.source,
        std::to_string(total) + " client commands skipped (" + what + ")");
  }
}

ConversionResult Converter::run(const std::vector<const ir::Script*>& scripts) {
  for (const auto* s : scripts) collect(*s);
  EmitOptions eo;
  eo.targetSchema = o_.targetSchema;
  for (const auto& t : tables_) eo.knownTables.insert(tableKey(t.table->name));
  alignForeignKeyTypes(eo);
  for (auto& t : tables_) {
    SourceObject& obj = r_.objects[t.object];
    size_t before = r_.actions.size();
    TableDdl d = emitTable(from_, *t.table, eo, r_.actions, t.extras);
    for (size_t i = before; i < r_.actions.size(); ++i) obj.actions.push_back(i);
    obj.schema = d.schema;
    obj.pgName = d.name;
    if (!d.schema.empty()) schemas_.insert(d.schema);
    if (d.createTable.empty()) continue;
    obj.converted = true;
    obj.statements.push_back({Phase::Table, d.createTable});
    if (!d.primaryKey.empty()) obj.statements.push_back({Phase::UniqueKey, d.primaryKey});
    for (auto& s : d.uniqueKeys) obj.statements.push_back({Phase::UniqueKey, s});
    for (auto& s : d.indexes) obj.statements.push_back({Phase::Index, s});
    for (auto& s : d.foreignKeys) obj.statements.push_back({Phase::ForeignKey, s});
    for (auto& s : d.comments) obj.statements.push_back({Phase::Comment, s});
  }
  for (size_t i = 0; i < sequences_.size(); ++i) {
    SourceObject& obj = r_.objects[sequenceObjects_[i]];
    size_t before = r_.actions.size();
    SequenceDdl d = emitSequence(from_, *sequences_[i], o_.targetSchema, r_.actions);
    for (size_t k = before; k < r_.actions.size(); ++k) obj.actions.push_back(k);
    obj.schema = d.schema;
    obj.pgName = d.name;
    if (!d.schema.empty()) schemas_.insert(d.schema);
    obj.converted = true;
    obj.statements.push_back({Phase::Sequence, d.sql});
  }
  if (!schemas_.empty()) {
    SourceObject schemaObj;
    schemaObj.kind = "SCHEMA";
    for (const auto& s : schemas_)
      schemaObj.statements.push_back(
          {Phase::Schema, "CREATE SCHEMA IF NOT EXISTS " + quoteIdent(s) + ";"});
    schemaObj.converted = true;
    schemaObj.name = "schemas";
    r_.objects.insert(r_.objects.begin(), std::move(schemaObj));
  }
  return std::move(r_);
}

}  // namespace

std::string ConversionResult::objectScript(const SourceObject& o) const {
  std::vector<const ConvertedStatement*> v;
  for (const auto& s : o.statements) v.push_back(&s);
  std::stable_sort(v.begin(), v.end(), [](auto* a, auto* b) { return a->phase < b->phase; });
  std::string out;
  for (const auto* s : v) out += s->sql + "\n";
  return out;
}

std::string ConversionResult::deployScript() const {
  std::string out =
      "-- Generated by barge. Run: psql -v ON_ERROR_STOP=1 -f schema.sql\n"
      "-- Every construct not carried over is listed in action_items.json.\n"
      "\\set ON_ERROR_STOP on\nBEGIN;\n";
  for (int p = 0; p <= static_cast<int>(Phase::Comment); ++p) {
    for (const auto& o : objects)
      for (const auto& s : o.statements)
        if (static_cast<int>(s.phase) == p) out += "\n" + s.sql + "\n";
  }
  return out + "\nCOMMIT;\n";
}

ConversionResult convert(parser::Dialect from, const std::vector<const ir::Script*>& scripts,
                         const ConvertOptions& options) {
  return Converter(from, options).run(scripts);
}

}  // namespace barge::converter
