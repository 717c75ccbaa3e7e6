#include "converter/convert.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <set>

#include "converter/catalog/catalog.h"
#include "converter/compat/compat.h"
#include "converter/emit_query_objects.h"
#include "converter/emit_sequence.h"
#include "converter/emit_table.h"
#include "converter/emit_type.h"
#include "converter/field_audit.h"
#include "converter/identifiers.h"
#include "converter/type_rules.h"

namespace barge::converter {

namespace {

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// What an ALTER TABLE action is, for a message: the clause itself when the IR only keeps its
// text (an enum name such as OTHER means nothing to a user).
std::string alterActionLabel(const ir::AlterAction& a) {
  if (a.action != ir::AlterActionKind::Other || a.text.empty())
    return ir::alterActionName(a.action);
  std::string t = a.text.substr(0, 60);
  if (t.size() < a.text.size()) t += " ...";
  return t;
}

// "line N of FILE" with the file's name only: messages must not carry absolute paths (reports
// show paths relative to the input root, and the position of the item itself says where).
std::string whereDefined(const ir::SourceLocation& loc) {
  std::string file = std::filesystem::path(loc.fileName()).filename().string();
  return "line " + std::to_string(loc.line) + (file.empty() ? "" : " of " + file);
}

struct PendingTable {
  const ir::Table* table;
  size_t object;  // index into result.objects
  TableExtras extras;
  std::map<std::string, std::string> partitionTables;  // set when the table is emitted
};

class Converter {
 public:
  Converter(ir::Dialect from, const ConvertOptions& o) : from_(from), o_(o) { r_.from = from; }

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
  void act(std::string_view code, const ir::SourceLocation& loc, std::string kind, std::string name,
           std::string message, std::optional<size_t> object = std::nullopt) {
    size_t i = sink_.add(code, loc, std::move(kind), std::move(name), std::move(message));
    if (object) r_.objects[*object].actions.push_back(i);
  }
  void collect(const ir::Script& script);
  // The table a script DML statement writes (one named table), else "".
  std::string writtenTable(const ir::Stmt& s) const;
  // A table created again (the scripts dropped it in between): rows written before are not
  // in the end state of running the scripts in order, so their statements are left out.
  void dropDataBefore(const std::string& key, const std::string& name, const ir::Stmt& create,
                      size_t object);
  void notConverted(const ir::Stmt& s, const std::string& kind, const std::string& name,
                    const std::string& code, const std::string& what);
  PendingTable* findTable(const ir::QualifiedName& n);
  std::string columnPgType(const ir::Column& c) const;
  void alignForeignKeyTypes(EmitOptions& eo);
  std::string tableKey(const ir::QualifiedName& n) const {
    auto [schema, name] = pgTableName(from_, n, o_.targetSchema);
    return (schema.empty() ? "" : schema + ".") + name;
  }

  ir::Dialect from_;
  const ConvertOptions& o_;
  ConversionResult r_;
  ActionSink sink_{r_.actions};
  std::vector<PendingTable> tables_;
  std::vector<const ir::Sequence*> sequences_;
  std::vector<size_t> sequenceObjects_;
  std::set<std::string> schemas_;
  // Objects built on queries, converted after all tables are known, in input order.
  struct Pending {
    const ir::Stmt* stmt;
    size_t object;
  };
  std::vector<Pending> views_, synonyms_, data_;
  std::map<std::string, size_t> dataObjects_;  // script -> its DATA object
  std::vector<const ir::Routine*> routines_;
  std::vector<const ir::Package*> packages_;
  std::set<std::string> compatUsed_;
  void convertQueryObjects(Catalog& catalog);
  void addCompatFunctions();
  void leftOut(SourceObject& obj, Phase phase, const ir::Stmt& s, const std::string& what);
  UserTypes userTypes_{from_, o_.targetSchema};
  std::map<const ir::TypeDef*, size_t> typeObjects_;
};

namespace {
bool numericFamily(const std::string& t) {
  return t == "smallint" || t == "integer" || t == "bigint" || t.rfind("numeric", 0) == 0;
}
const ir::Column* findColumn(ir::Dialect from, const ir::Table& t, const std::string& pg) {
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
        notConverted(s, w.unitKind, sourceName(from_, w.name), "BRG-4007",
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
              sourceName(from_, ct.table->name),
              "superseded by the definition at " + whereDefined(s.loc), earlier->object);
          tables_.erase(earlier);
          // IF NOT EXISTS keeps the existing table and its rows in the source.
          if (!ct.ifNotExists) dropDataBefore(key, sourceName(from_, ct.table->name), s, obj);
        }
        tables_.push_back({ct.table.get(), obj, {}, {}});
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
                alterActionLabel(*a) + " on a table not in the input");
          } else {
            // A column added, dropped or renamed and not applied leaves the table without the
            // source's columns: statements that use them fail, hence high rather than
            // BRG-0002's medium (a MODIFY keeps the column; statements using it still run).
            bool shape = a->action == ir::AlterActionKind::AddColumn ||
                         a->action == ir::AlterActionKind::DropColumn ||
                         a->action == ir::AlterActionKind::RenameColumn;
            act(shape ? "BRG-3036" : "BRG-0002", a->loc, "TABLE", sourceName(from_, at.table),
                "ALTER TABLE " + alterActionLabel(*a) + " is not converted yet", t->object);
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
                "superseded by the definition at " + whereDefined(s.loc), sequenceObjects_[i]);
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
        if (!v.view) break;
        std::string name = sourceName(from_, v.view->name);
        // As for tables: the last definition is the one running the scripts leaves (several
        // releases of a code base each recreate the view, older ones against older tables).
        std::string key = tableKey(v.view->name);
        auto earlier = std::find_if(views_.begin(), views_.end(), [&](const Pending& p) {
          return tableKey(p.stmt->as<ir::CreateViewStmt>().view->name) == key;
        });
        if (earlier != views_.end()) {
          act("BRG-0006", r_.objects[earlier->object].loc, r_.objects[earlier->object].kind, name,
              "superseded by the definition at " + whereDefined(s.loc), earlier->object);
          views_.erase(earlier);
        }
        views_.push_back(
            {&s, addObject(v.view->materialized ? "MATERIALIZED VIEW" : "VIEW", name, s)});
        break;
      }
      case ir::StmtKind::CreateRoutine: {
        const auto& r = s.as<ir::CreateRoutineStmt>();
        if (!r.routine) break;
        routines_.push_back(r.routine.get());
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
        packages_.push_back(p.package.get());
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
        if (!t.type->isBody) {  // schema hook: converter/emit_type.cpp
          size_t obj = addObject(kind, sourceName(from_, t.type->name), s);
          typeObjects_[t.type.get()] = obj;
          const ir::TypeDef* other = userTypes_.add(*t.type);
          if (other && (other->typeKind == "INCOMPLETE" || t.type->typeKind == "INCOMPLETE")) {
            // a forward declaration and its definition: one PostgreSQL type
            r_.objects[typeObjects_[t.type->typeKind == "INCOMPLETE" ? t.type.get() : other]]
                .converted = true;
          } else if (other) {
            act("BRG-0006", other->loc, kind, sourceName(from_, t.type->name),
                "superseded by the definition at " + whereDefined(s.loc), typeObjects_[other]);
          }
          break;
        }
        userTypes_.addBody(*t.type);
        notConverted(s, kind, sourceName(from_, t.type->name), "BRG-4001",
                     kind + " " + sourceName(from_, t.type->name) + " is not converted yet");
        break;
      }
      case ir::StmtKind::AlterType: {
        const auto& a = s.as<ir::AlterTypeStmt>();
        std::string name = sourceName(from_, a.type);
        const ir::TypeDef* t = userTypes_.find(a.type);
        if (!t || t->typeKind != "OBJECT") {
          act("BRG-4004", s.loc, "TYPE", name,
              "ALTER TYPE of " + name + ", an object type not in the input; not applied");
          break;
        }
        // Oracle refuses the whole statement when one change does not fit the type.
        std::set<std::string> have;
        for (const auto* v : userTypes_.ownAttributes(*t)) have.insert(pgName(from_, v->name));
        std::string bad;
        for (const auto& c : a.changes) {
          std::string n = c->attribute ? pgName(from_, c->attribute->name) : "";
          bool exists = have.count(n) > 0;
          if (c->action == "ADD" ? exists : !exists) bad = c->action + " ATTRIBUTE " + n;
          if (c->action == "ADD") have.insert(n);
          if (c->action == "DROP") have.erase(n);
        }
        if (!bad.empty()) {
          act("BRG-0002", s.loc, "TYPE", name,
              "ALTER TYPE " + name + " not applied: " + bad + " does not fit the type");
          break;
        }
        userTypes_.alter(*t, a);
        break;
      }
      case ir::StmtKind::CreateSynonym: {
        const auto& sy = s.as<ir::CreateSynonymStmt>();
        if (!sy.synonym) break;
        synonyms_.push_back({&s, addObject("SYNONYM", sourceName(from_, sy.synonym->name), s)});
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
      case ir::StmtKind::Update:
      case ir::StmtKind::Delete:
      case ir::StmtKind::Merge: {
        auto it = dataObjects_.find(script.source);
        if (it == dataObjects_.end()) {
          size_t obj = addObject("DATA", script.source, s);
          r_.objects[obj].lines = 0;
          it = dataObjects_.emplace(script.source, obj).first;
        }
        r_.objects[it->second].lines += s.sourceLines;
        data_.push_back({&s, it->second});
        break;
      }
      case ir::StmtKind::Replace:
        act("BRG-0002", s.loc, "DATA", "", "REPLACE statement is not converted yet");
        break;
      case ir::StmtKind::Select:
        act("BRG-0004", s.loc, "DATA", "",
            "query in a schema script: it only shows data, nothing to create");
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

std::string Converter::writtenTable(const ir::Stmt& s) const {
  auto named = [&](const ir::TableRef* r) -> std::string {
    if (!r || r->kind != ir::TableRefKind::Named) return "";
    return tableKey(static_cast<const ir::NamedTable*>(r)->name);
  };
  switch (s.kind) {
    case ir::StmtKind::Insert:
      return tableKey(s.as<ir::Insert>().table);
    case ir::StmtKind::Update: {
      const auto& u = s.as<ir::Update>();
      return u.tables.size() == 1 ? named(u.tables[0].get()) : "";
    }
    case ir::StmtKind::Delete: {
      const auto& d = s.as<ir::Delete>();
      if (d.targets.size() == 1) return tableKey(d.targets[0]);
      return d.targets.empty() && d.from.size() == 1 ? named(d.from[0].get()) : "";
    }
    case ir::StmtKind::Merge:
      return named(s.as<ir::Merge>().target.get());
    default:
      return "";
  }
}

void Converter::dropDataBefore(const std::string& key, const std::string& name,
                               const ir::Stmt& create, size_t object) {
  size_t n = 0;
  const ir::Stmt* first = nullptr;
  std::erase_if(data_, [&](const Pending& d) {
    if (writtenTable(*d.stmt) != key) return false;
    if (!first) first = d.stmt;
    ++n;
    return true;
  });
  if (!n) return;
  act("BRG-0006", first->loc, "TABLE", name,
      std::to_string(n) + " data statement" + (n == 1 ? "" : "s") + " writing " + name +
          " before its new definition at " + create.loc.str() +
          " left out: those rows went with the table the scripts dropped",
      object);
}

ConversionResult Converter::run(const std::vector<const ir::Script*>& scripts) {
  for (const auto* s : scripts) collect(*s);
  EmitOptions eo;
  eo.targetSchema = o_.targetSchema;
  eo.compatUsed = &compatUsed_;
  eo.userTypes = &userTypes_;
  for (const auto* t : userTypes_.ordered()) {  // schema hook: converter/emit_type.cpp
    SourceObject& obj = r_.objects[typeObjects_[t]];
    size_t before = r_.actions.size();
    TypeDdl d = emitType(from_, *t, userTypes_, sink_);
    for (size_t k = before; k < r_.actions.size(); ++k) obj.actions.push_back(k);
    obj.schema = d.schema;
    obj.pgName = d.name;
    if (!d.schema.empty()) schemas_.insert(d.schema);
    if (d.sql.empty()) continue;
    obj.converted = true;
    obj.statements.push_back({Phase::Type, d.sql});
  }
  for (const auto& t : tables_) eo.knownTables.insert(tableKey(t.table->name));
  alignForeignKeyTypes(eo);
  for (auto& t : tables_) {
    SourceObject& obj = r_.objects[t.object];
    size_t before = r_.actions.size();
    TableDdl d = emitTable(from_, *t.table, eo, sink_, t.extras);
    {
      ObjectActions audit(sink_, "TABLE", obj.name);
      auditFields(*t.table, tableFieldPolicy(), audit);
      for (const auto* ix : t.extras.indexes) auditFields(*ix, tableFieldPolicy(), audit);
      for (const auto* c : t.extras.constraints) auditFields(*c, tableFieldPolicy(), audit);
    }
    for (size_t i = before; i < r_.actions.size(); ++i) obj.actions.push_back(i);
    obj.schema = d.schema;
    obj.pgName = d.name;
    if (!d.schema.empty()) schemas_.insert(d.schema);
    if (d.createTable.empty()) continue;
    obj.converted = true;
    obj.statements.push_back({Phase::Table, d.createTable});
    for (auto& s : d.partitions) obj.statements.push_back({Phase::Table, s});
    t.partitionTables = d.partitionTables;
    if (!d.primaryKey.empty()) obj.statements.push_back({Phase::UniqueKey, d.primaryKey});
    for (auto& s : d.uniqueKeys) obj.statements.push_back({Phase::UniqueKey, s});
    for (auto& s : d.indexes) obj.statements.push_back({Phase::Index, s});
    for (auto& s : d.foreignKeys) obj.statements.push_back({Phase::ForeignKey, s});
    for (auto& s : d.triggers) obj.statements.push_back({Phase::Trigger, s});  // schema hook
    for (auto& s : d.comments) obj.statements.push_back({Phase::Comment, s});
  }
  for (size_t i = 0; i < sequences_.size(); ++i) {
    SourceObject& obj = r_.objects[sequenceObjects_[i]];
    size_t before = r_.actions.size();
    SequenceDdl d = emitSequence(from_, *sequences_[i], o_.targetSchema, sink_);
    for (size_t k = before; k < r_.actions.size(); ++k) obj.actions.push_back(k);
    obj.schema = d.schema;
    obj.pgName = d.name;
    if (!d.schema.empty()) schemas_.insert(d.schema);
    obj.converted = true;
    obj.statements.push_back({Phase::Sequence, d.sql});
  }
  Catalog catalog(from_, o_.targetSchema);
  for (const auto& t : tables_) {
    catalog.addTable(*t.table);
    if (Relation* r = catalog.findRelation(t.table->name)) r->partitions = t.partitionTables;
  }
  for (const auto* sq : sequences_) catalog.addSequence(*sq);
  for (const auto& v : views_) catalog.addView(*v.stmt->as<ir::CreateViewStmt>().view);
  for (const auto& sy : synonyms_)
    catalog.addSynonym(*sy.stmt->as<ir::CreateSynonymStmt>().synonym);
  for (const auto* r : routines_) catalog.addRoutine(*r);
  for (const auto* p : packages_) catalog.addPackage(p->name);
  for (const auto* t : userTypes_.all())
    catalog.addType(*t, userTypes_.qualified(*t), userTypes_.attributes(*t).size());
  convertQueryObjects(catalog);
  addCompatFunctions();
  {  // schema hook: types deploy in dependency order (the deploy script follows object order)
    std::vector<size_t> order, slots;
    for (const auto* t : userTypes_.ordered()) order.push_back(typeObjects_[t]);
    slots = order;
    std::sort(slots.begin(), slots.end());
    std::vector<SourceObject> moved;
    for (size_t i : order) moved.push_back(std::move(r_.objects[i]));
    for (size_t i = 0; i < slots.size(); ++i) r_.objects[slots[i]] = std::move(moved[i]);
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

void Converter::leftOut(SourceObject& obj, Phase phase, const ir::Stmt& s,
                        const std::string& what) {
  size_t i = sink_.add("BRG-2007", s.loc, obj.kind, obj.name,
                       what + " left out: a construct in it is not converted");
  obj.actions.push_back(i);
  obj.statements.push_back(
      {phase, "-- barge: " + what + " at " + s.loc.str() + " left out (see action_items.json)"});
}

// Only the barge_compat functions the output calls, with what they need, before everything.
void Converter::addCompatFunctions() {
  if (compatUsed_.empty()) return;
  std::vector<std::string> used;
  for (const auto& f : compatUsed_) used.push_back(std::string(compat::kSchema) + "." + f);
  compat::CreateScript script = compat::createScript(used);
  for (const auto& u : script.unknown)
    sink_.add("BRG-0000", {}, "SCHEMA", "barge_compat", "compat function " + u + " does not exist");
  SourceObject o;
  o.kind = "SCHEMA";
  o.name = "barge_compat";
  o.schema = "barge_compat";
  o.pgName = "barge_compat";
  o.converted = true;
  o.statements.push_back({Phase::Compat, script.sql});
  r_.objects.push_back(std::move(o));
}

void Converter::convertQueryObjects(Catalog& catalog) {
  QueryEnv env{from_, catalog, o_.targetSchema, compatUsed_};
  auto track = [&](SourceObject& obj, size_t before) {
    for (size_t k = before; k < r_.actions.size(); ++k) obj.actions.push_back(k);
  };
  // Views in dependency order (a view after the views it reads), input order otherwise.
  {
    std::map<std::pair<std::string, std::string>, size_t> byKey;
    for (size_t i = 0; i < views_.size(); ++i)
      byKey[catalog.pgKey(views_[i].stmt->as<ir::CreateViewStmt>().view->name)] = i;
    std::vector<int> state(views_.size(), 0);  // 0 new, 1 on the path, 2 placed
    std::vector<Pending> ordered;
    std::function<void(size_t)> visit = [&](size_t i) {
      if (state[i]) return;  // placed, or a cycle (kept in input order)
      state[i] = 1;
      const auto& view = *views_[i].stmt->as<ir::CreateViewStmt>().view;
      if (view.query)
        for (const auto& n : referencedRelations(*view.query)) {
          auto it = byKey.find(catalog.pgKey(n));
          if (it == byKey.end() && n.parts.size() == 1)  // unqualified: any schema
            for (auto k = byKey.begin(); k != byKey.end(); ++k)
              if (k->first.second == catalog.pgKey(n).second) it = k;
          if (it != byKey.end() && it->second != i) visit(it->second);
        }
      state[i] = 2;
      ordered.push_back(views_[i]);
    };
    for (size_t i = 0; i < views_.size(); ++i) visit(i);
    views_ = std::move(ordered);
  }
  int viewOrder = 0;
  for (const auto& v : views_) {
    SourceObject& obj = r_.objects[v.object];
    const auto& cv = v.stmt->as<ir::CreateViewStmt>();
    auto [schema, name] = catalog.pgKey(cv.view->name);
    obj.schema = schema;
    obj.pgName = name;
    if (!schema.empty()) schemas_.insert(schema);
    ObjectActions actions(sink_, obj.kind, obj.name);
    size_t before = r_.actions.size();
    ViewSql vs = emitView(cv, env, actions);
    track(obj, before);
    if (!vs.sql) {
      leftOut(obj, Phase::View, *v.stmt, obj.kind == "VIEW" ? "view" : "materialized view");
      continue;
    }
    std::string sql;
    for (const auto& n : vs.notes) sql += "-- " + n + "\n";
    obj.statements.push_back({Phase::View, sql + *vs.sql, ++viewOrder});
    obj.converted = true;
  }
  for (const auto& sy : synonyms_) {
    SourceObject& obj = r_.objects[sy.object];
    ObjectActions actions(sink_, obj.kind, obj.name);
    size_t before = r_.actions.size();
    auto sql = emitSynonym(*sy.stmt->as<ir::CreateSynonymStmt>().synonym, env, actions);
    track(obj, before);
    if (sql) {
      obj.statements.push_back({Phase::View, *sql, ++viewOrder});
      obj.converted = true;
    }
  }
  for (const auto& d : data_) {
    SourceObject& obj = r_.objects[d.object];
    ObjectActions actions(sink_, obj.kind, obj.name);
    size_t before = r_.actions.size();
    auto sql = emitDml(*d.stmt, env, actions);
    track(obj, before);
    if (!sql) {
      leftOut(obj, Phase::Data, *d.stmt, std::string(d.stmt->nodeName()) + " statement");
      continue;
    }
    obj.statements.push_back({Phase::Data, *sql});
    obj.converted = true;
  }
}

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
  for (const auto& [o, s] : deployOrder()) out += "\n" + objects[o].statements[s].sql + "\n";
  return out + "\nCOMMIT;\n";
}

std::vector<std::pair<size_t, size_t>> ConversionResult::deployOrder() const {
  std::vector<std::pair<size_t, size_t>> v;
  for (size_t o = 0; o < objects.size(); ++o)
    for (size_t s = 0; s < objects[o].statements.size(); ++s) v.push_back({o, s});
  std::stable_sort(v.begin(), v.end(), [&](const auto& a, const auto& b) {
    const auto& x = objects[a.first].statements[a.second];
    const auto& y = objects[b.first].statements[b.second];
    if (x.phase != y.phase) return x.phase < y.phase;
    return x.order < y.order;
  });
  return v;
}

ConversionResult convert(ir::Dialect from, const std::vector<const ir::Script*>& scripts,
                         const ConvertOptions& options) {
  return Converter(from, options).run(scripts);
}

}  // namespace barge::converter
