#include "converter/emit_query_objects.h"

#include "converter/emit/pg_printer.h"
#include "converter/emit_table.h"
#include "converter/identifiers.h"
#include "converter/passes/pass.h"
#include "converter/passes/walk.h"
#include "ir/clone.h"

namespace barge::converter {

namespace {

PgNaming namingFor(const QueryEnv& env) {
  ir::Dialect d = env.from;
  std::string schema = env.targetSchema;
  return PgNaming{[d](const ir::Identifier& id) { return pgName(d, id); },
                  [d, schema](const ir::QualifiedName& n) { return pgTableName(d, n, schema); }};
}

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// WITH CHECK OPTION needs an automatically updatable view in PostgreSQL: one table, no
// aggregates, DISTINCT, GROUP BY, set operations or LIMIT.
bool simpleView(const ir::Query& q) {
  if (q.queryKind != ir::QueryKind::Select || !q.with.empty() || q.limit || q.offset) return false;
  const auto& s = static_cast<const ir::Select&>(q);
  return s.from.size() == 1 && s.from[0]->kind == ir::TableRefKind::Named && !s.distinct &&
         s.groupBy.empty() && !s.having;
}

}  // namespace

namespace {
void tablesOf(const ir::TableRef* t, std::vector<ir::QualifiedName>& out);
void tablesOf(const ir::Query* q, std::vector<ir::QualifiedName>& out) {
  if (!q) return;
  for (const auto& c : q->with) tablesOf(c->query.get(), out);
  if (q->queryKind == ir::QueryKind::SetOp) {
    tablesOf(static_cast<const ir::SetOp*>(q)->left.get(), out);
    tablesOf(static_cast<const ir::SetOp*>(q)->right.get(), out);
  } else if (q->queryKind == ir::QueryKind::Select) {
    for (const auto& f : static_cast<const ir::Select*>(q)->from) tablesOf(f.get(), out);
  }
}
void tablesOf(const ir::TableRef* t, std::vector<ir::QualifiedName>& out) {
  if (!t) return;
  if (t->kind == ir::TableRefKind::Named)
    out.push_back(static_cast<const ir::NamedTable*>(t)->name);
  if (t->kind == ir::TableRefKind::Derived)
    tablesOf(static_cast<const ir::DerivedTable*>(t)->query.get(), out);
  if (t->kind == ir::TableRefKind::Join) {
    tablesOf(static_cast<const ir::Join*>(t)->left.get(), out);
    tablesOf(static_cast<const ir::Join*>(t)->right.get(), out);
  }
}
}  // namespace

std::vector<ir::QualifiedName> referencedRelations(const ir::Query& q) {
  std::vector<ir::QualifiedName> out;
  tablesOf(&q, out);
  // subqueries inside expressions
  ir::QueryPtr copy = ir::clone(q);
  Visitor v;
  v.query = [&](ir::QueryPtr& sub) {
    if (sub.get() != copy.get()) tablesOf(sub.get(), out);
  };
  walk(copy, v);
  return out;
}

ViewSql emitView(const ir::CreateViewStmt& stmt, QueryEnv& env, ObjectActions& actions) {
  ViewSql out;
  const ir::View& v = *stmt.view;
  if (!v.query) return out;
  PgNaming naming = namingFor(env);
  PassContext ctx{env.from, env.catalog, actions, naming, env.compatUsed, false};
  ir::QueryPtr q = ir::clone(*v.query);
  ConvertedQuery cq = convertQuery(q, ctx);
  if (Relation* r = env.catalog.findRelation(v.name)) {
    r->columns = cq.columns;
    for (size_t i = 0; i < v.columns.size() && i < r->columns.size(); ++i)
      r->columns[i].name = pgName(env.from, v.columns[i]);
    r->columnsKnown = !r->columns.empty();
    for (const auto& c : r->columns)
      if (c.name.empty()) r->columnsKnown = false;
  }
  PgPrinter printer(actions, naming);
  auto body = printer.query(*q);
  if (!body || cq.unresolvedTables) {
    if (Relation* r = env.catalog.findRelation(v.name)) r->leftOut = true;
    return out;
  }
  std::string sql = v.materialized ? "CREATE MATERIALIZED VIEW " : "CREATE OR REPLACE VIEW ";
  sql += printer.objectName(v.name);
  if (!v.columns.empty()) {
    sql += " (";
    for (size_t i = 0; i < v.columns.size(); ++i)
      sql += (i ? ", " : "") + printer.ident(v.columns[i]);
    sql += ")";
  }
  sql += " AS\n" + *body;
  std::string check = upper(v.checkOption);
  if (check == "READ ONLY") {
    actions.add("BRG-2010", v.loc,
                "WITH READ ONLY: a simple PostgreSQL view is updatable; revoke INSERT, UPDATE "
                "and DELETE on it");
  } else if (!check.empty()) {
    if (simpleView(*v.query)) {
      sql += check == "LOCAL" ? "\nWITH LOCAL CHECK OPTION" : "\nWITH CASCADED CHECK OPTION";
    } else {
      actions.add("BRG-2010", v.loc,
                  "WITH CHECK OPTION left out: PostgreSQL allows it only on automatically "
                  "updatable views (use an INSTEAD OF trigger)");
    }
  }
  if (v.force)
    actions.add("BRG-2010", v.loc, "FORCE: the view is created after the objects it uses");
  for (const auto& ig : v.ignored)
    actions.add("BRG-3001", ig.loc,
                ig.name + (ig.value.empty() ? "" : " " + ig.value) + " ignored");
  if (v.materialized) {
    out.notes.push_back("Refresh with: REFRESH MATERIALIZED VIEW " + printer.objectName(v.name) +
                        "; (PostgreSQL has no ON COMMIT or FAST refresh)");
    actions.add("BRG-4006", v.loc,
                "materialized view " + v.name.str() +
                    " is refreshed by REFRESH MATERIALIZED VIEW (schedule it, e.g. with pg_cron)");
  }
  out.sql = sql + ";";
  return out;
}

std::optional<std::string> emitDml(const ir::Stmt& s, QueryEnv& env, ObjectActions& actions) {
  ir::StmtPtr copy = ir::cloneDml(s);
  if (!copy) return std::nullopt;
  PgNaming naming = namingFor(env);
  PassContext ctx{env.from, env.catalog, actions, naming, env.compatUsed, false};
  ConvertedQuery cq = convertStatement(*copy, ctx);
  PgPrinter printer(actions, naming);
  auto sql = printer.statement(*copy);
  if (!sql || cq.unresolvedTables) return std::nullopt;
  return *sql + ";";
}

std::optional<std::string> emitSynonym(const ir::Synonym& s, QueryEnv& env,
                                       ObjectActions& actions) {
  PgNaming naming = namingFor(env);
  PgPrinter printer(actions, naming);
  if (s.target.dbLink) {
    actions.add("BRG-4003", s.loc,
                "synonym for a remote object @" + s.target.dbLink->text + ": use postgres_fdw");
    return std::nullopt;
  }
  const Relation* r = env.catalog.findRelation(s.target);
  if (!r) {
    actions.add("BRG-4003", s.loc,
                "synonym " + s.name.str() + " for " + s.target.str() +
                    ", which is not a table or view of the input: PostgreSQL has no synonyms "
                    "(use search_path, or a view or wrapper function)");
    return std::nullopt;
  }
  ir::QualifiedName name = s.name;
  if (s.isPublic && name.parts.size() == 1 && env.targetSchema.empty())
    name.parts.insert(name.parts.begin(), ir::Identifier{"public", true});
  std::string target = (r->schema.empty() ? "" : quoteIdent(r->schema) + ".") + quoteIdent(r->name);
  actions.add("BRG-2010", s.loc,
              "synonym " + s.name.str() + " becomes a view of " + s.target.str() +
                  " (simple views are updatable, so DML through it works)");
  return "CREATE OR REPLACE VIEW " + printer.objectName(name) + " AS SELECT * FROM " + target + ";";
}

}  // namespace barge::converter
