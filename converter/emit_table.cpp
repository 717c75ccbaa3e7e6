#include "converter/emit_table.h"

#include <algorithm>

#include "converter/emit_expr.h"
#include "converter/emit_partition.h"
#include "converter/identifiers.h"
#include "converter/immutable_expr.h"

namespace barge::converter {

namespace {

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// MariaDB's JSON type is LONGTEXT with CHECK (json_valid(col)): that check on a text column
// makes the column jsonb (which itself refuses invalid JSON), and the check is dropped.
bool isJsonValidOf(const ir::Constraint& k, const std::string& column) {
  if (k.kind != ir::ConstraintKind::Check || !k.check || k.check->kind != ir::ExprKind::Call)
    return false;
  const auto& c = k.check->as<ir::Call>();
  if (c.function.parts.size() != 1 || upper(c.function.last().text) != "JSON_VALID" ||
      c.args.size() != 1 || !c.args[0].value || c.args[0].value->kind != ir::ExprKind::Name)
    return false;
  const auto& n = c.args[0].value->as<ir::NameRef>();
  return !n.name.parts.empty() && upper(n.name.last().text) == upper(column);
}

bool isPgInteger(const std::string& t) {
  return t == "smallint" || t == "integer" || t == "bigint";
}

// MySQL names indexes and keys per table; PostgreSQL index names are per schema, so they are
// prefixed with the table name (kept within PostgreSQL's 63-byte identifier limit).
std::string indexName(ir::Dialect from, const std::string& table, const std::string& name) {
  if (from != ir::Dialect::MySql || name.rfind(table + "_", 0) == 0) return name;
  std::string n = table + "_" + name;
  if (n.size() > 63) n.resize(63);
  return n;
}

class TableEmitter {
 public:
  TableEmitter(ir::Dialect from, const ir::Table& t, const EmitOptions& o, ActionSink& sink)
      : from_(from),
        t_(t),
        o_(o),
        actions_(sink, "TABLE", sourceName(from, t.name)),
        exprs_(from, sink, "TABLE", sourceName(from, t.name), o.targetSchema, o.compatUsed) {}

  TableDdl run(const TableExtras& extras);

 private:
  void act(std::string_view code, const ir::SourceLocation& loc, std::string message,
           std::string source = "", std::string target = "") {
    actions_.add(code, loc, std::move(message), std::move(source), std::move(target));
  }
  std::string col(const ir::Identifier& id) { return quoteIdent(pgName(from_, id)); }
  std::string keyColumns(const std::vector<ir::KeyPart>& parts, const ir::SourceLocation& loc,
                         bool allowExpressions);
  std::string columnDefinition(const ir::Column& c, ColumnInfo& info);
  std::optional<std::string> defaultFor(const ir::Column& c, const TypeMapping& m);
  void constraint(const ir::Constraint& c, const std::vector<ir::KeyPart>* implicitColumns);
  void index(const ir::Index& ix);
  void comment(const ir::CommentOn& c);

  ir::Dialect from_;
  const ir::Table& t_;
  const EmitOptions& o_;
  ObjectActions actions_;
  ExprEmitter exprs_;
  TableDdl d_;
  std::vector<std::string> lines_;
  std::string pkLine_;
  std::string autoIncrementStart_;
  bool charsetReported_ = false;
  std::set<const ir::Constraint*> jsonChecks_;  // json_valid checks made redundant by jsonb
  std::set<const ir::Column*> jsonColumns_;
  std::set<std::string> constraintNames_;  // PK / UNIQUE constraint names (they own an index)
  std::set<std::string> indexNames_;
  // Object tables: the columns come from the type's attributes.
  std::vector<ir::Ptr<ir::Column>> synthesized_;
  std::map<const ir::Column*, const ir::DataType*> attrTypes_;
  const ir::DataType* typeOf(const ir::Column& c) const {
    auto it = attrTypes_.find(&c);
    return it != attrTypes_.end() ? it->second : c.type.get();
  }
  std::vector<const ir::Column*> tableColumns();
  void substitutable(const ir::TypeDef& def, std::set<const ir::Column*>& used,
                     std::vector<const ir::Column*>& out);
  void onNullTrigger();
  // False (and a high item) when a key names a column the table does not have.
  bool columnsExist(const std::vector<ir::KeyPart>& parts, const ir::SourceLocation& loc,
                    const std::string& what) {
    for (const auto& p : parts)
      if (!p.expr && !allTypes_.count(pgName(from_, p.column))) {
        act("BRG-3015", loc,
            what + " names column " + sourceName(from_, p.column) +
                ", which the table does not have; left out");
        return false;
      }
    return true;
  }
  std::map<std::string, std::string> allTypes_;  // PostgreSQL column -> type, all columns
  std::vector<UniqueKey> uniqueKeys_;            // what a partitioning must be part of
  std::string keyName(const char* what, const ir::Identifier& name) {
    return name.empty() ? std::string(what) : std::string(what) + " " + sourceName(from_, name);
  }
  void partitioning(const TableExtras& extras, bool unlogged);
  std::string partitionClause_;
  std::vector<std::pair<std::string, std::string>> onNull_;  // column, value when NULL given
};

std::string TableEmitter::keyColumns(const std::vector<ir::KeyPart>& parts,
                                     const ir::SourceLocation& loc, bool allowExpressions) {
  std::string s;
  for (const auto& p : parts) {
    if (!s.empty()) s += ", ";
    if (p.expr) {
      auto e = allowExpressions ? exprs_.emit(*p.expr, ExprContext::Immutable) : std::nullopt;
      s += e ? "(" + *e + ")" : std::string();
      if (!e) return {};
    } else {
      s += col(p.column);
    }
    if (p.prefixLength)
      act("BRG-3003", loc,
          "prefix length " + std::to_string(*p.prefixLength) + " on " +
              sourceName(from_, p.column) + " dropped: the whole value is indexed");
    if (p.descending) s += " DESC";
  }
  return s;
}

std::optional<std::string> TableEmitter::defaultFor(const ir::Column& c, const TypeMapping& m) {
  const ir::Expr& e = *c.defaultValue;
  if (e.kind == ir::ExprKind::Literal) {
    const auto& l = e.as<ir::Literal>();
    bool temporal = m.conversion == ValueConversion::Date ||
                    m.conversion == ValueConversion::DateTime ||
                    m.conversion == ValueConversion::Timestamp;
    if (temporal && l.literalKind == ir::LiteralKind::String &&
        (l.value.rfind("0000-00-00", 0) == 0 || l.value == "0")) {
      act("BRG-3013", e.loc,
          "zero-date default '" + l.value + "' of " + sourceName(from_, c.name) +
              " has no PostgreSQL value; default left out");
      return std::nullopt;
    }
    if (m.conversion == ValueConversion::Boolean && l.literalKind == ir::LiteralKind::Integer)
      return l.value == "0" ? "false" : "true";
    if (m.conversion == ValueConversion::SetArray && l.literalKind == ir::LiteralKind::String) {
      std::string arr = "ARRAY[";
      size_t start = 0;
      bool first = true;
      while (!l.value.empty() && start <= l.value.size()) {
        size_t comma = l.value.find(',', start);
        std::string item =
            l.value.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        arr += (first ? "" : ", ") + quoteLiteral(item);
        first = false;
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
      return arr + "]::text[]";
    }
    if (m.conversion == ValueConversion::Bytes && l.literalKind == ir::LiteralKind::String &&
        from_ == ir::Dialect::Oracle) {
      // Oracle reads a character literal for a RAW / BLOB column as hexadecimal digits.
      bool isHex = l.value.size() % 2 == 0;
      for (char ch : l.value) isHex = isHex && std::isxdigit(static_cast<unsigned char>(ch));
      if (!isHex) {
        act("BRG-3015", e.loc,
            "character default '" + l.value + "' of binary column " + sourceName(from_, c.name) +
                " is not hexadecimal; default left out");
        return std::nullopt;
      }
      std::string h;
      for (char ch : l.value) h += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      return "'\\x" + h + "'::bytea";
    }
    if (m.conversion == ValueConversion::Bytes && l.literalKind == ir::LiteralKind::String) {
      static const char* hex = "0123456789abcdef";
      std::string h = "'\\x";
      for (unsigned char ch : l.value) {
        h += hex[ch >> 4];
        h += hex[ch & 15];
      }
      return h + "'::bytea";
    }
    if (m.conversion == ValueConversion::BitString &&
        (l.literalKind == ir::LiteralKind::Integer ||
         l.literalKind == ir::LiteralKind::BitString)) {
      // bit(n) needs exactly n bits: MySQL's b'1' in a BIT(8) column means 00000001
      std::string bits = l.value;
      int64_t width = typeOf(c)->length.value_or(1);
      if (l.literalKind == ir::LiteralKind::BitString && static_cast<int64_t>(bits.size()) < width)
        bits.insert(0, static_cast<size_t>(width) - bits.size(), '0');
      if (l.literalKind == ir::LiteralKind::Integer) {
        unsigned long long v = 0;
        bool fits = false;
        try {
          size_t used = 0;
          v = std::stoull(l.value, &used);
          fits = used == l.value.size() && (width >= 64 || (v >> width) == 0);
        } catch (...) {
        }
        if (!fits) {
          act("BRG-3015", e.loc,
              "default " + l.value + " of " + sourceName(from_, c.name) + " does not fit BIT(" +
                  std::to_string(width) + "); default left out");
          return std::nullopt;
        }
        bits.clear();
        for (int64_t i = typeOf(c)->length.value_or(1) - 1; i >= 0; --i)
          bits += ((v >> i) & 1) ? '1' : '0';
      }
      return "B'" + bits + "'";
    }
  }
  auto s = exprs_.emit(e, ExprContext::Default);
  if (!s)
    act("BRG-3013", e.loc, "default of " + sourceName(from_, c.name) + " not converted; left out");
  return s;
}

std::string TableEmitter::columnDefinition(const ir::Column& c, ColumnInfo& info) {
  info.name = pgName(from_, c.name);
  info.source = &c;
  const ir::DataType* type = typeOf(c);
  if (type && jsonColumns_.count(&c)) {
    ir::DataType json;  // the Json rule takes no length or precision
    json.kind = ir::TypeKind::Json;
    json.spelling = "json";
    info.type = mapType(from_, json);
  } else if (type) {
    info.type = mapColumnType(from_, *type, o_.userTypes);
    if (!info.type.actionCode.empty())
      act(info.type.actionCode, type->loc,
          sourceName(from_, c.name) + ": " + type->describe() + " -> " + info.type.pgType +
              (info.type.note.empty() ? "" : " (" + info.type.note + ")"),
          type->describe(), info.type.pgType);
    if ((!type->charset.empty() || !type->collation.empty()) && !charsetReported_) {
      charsetReported_ = true;
      act("BRG-3008", type->loc, "column character sets / collations not carried over");
    }
  } else {
    info.type.pgType = "numeric";
    info.type.conversion = ValueConversion::Decimal;
    act("BRG-1004", c.loc,
        sourceName(from_, c.name) + ": virtual column without a declared type; numeric used");
  }
  std::string line = quoteIdent(info.name) + " ";
  auto forced =
      o_.columnTypes.find((d_.schema.empty() ? "" : d_.schema + ".") + d_.name + "." + info.name);
  if (forced != o_.columnTypes.end() && forced->second != info.type.pgType) {
    act("BRG-1013", c.loc,
        sourceName(from_, c.name) + ": " + info.type.pgType + " -> " + forced->second +
            " to match the column its foreign key references");
    info.type.pgType = forced->second;
  }
  info.identity = c.autoIncrement || c.identity.has_value();
  if (info.identity && !isPgInteger(info.type.pgType)) {
    act("BRG-1001", c.loc,
        sourceName(from_, c.name) + ": identity column " + info.type.pgType + " -> bigint");
    info.type.pgType = "bigint";
  }
  line += info.type.pgType;
  if (info.identity) {
    std::string how = "BY DEFAULT";  // MySQL accepts explicit values in AUTO_INCREMENT columns
    std::vector<std::string> opts;
    if (c.identity) {
      how = c.identity->generated == "ALWAYS" ? "ALWAYS" : "BY DEFAULT";
      if (c.identity->generated == "BY DEFAULT ON NULL") {
        // PostgreSQL would refuse an explicit NULL; a BEFORE INSERT trigger takes the next
        // value of the identity's own sequence instead, as Oracle does.
        onNull_.push_back({info.name, "nextval(pg_get_serial_sequence(" +
                                          quoteLiteral(d_.qualified) + ", " +
                                          quoteLiteral(info.name) + "))"});
        act("BRG-3016", c.loc,
            sourceName(from_, c.name) +
                ": identity ON NULL kept by a BEFORE INSERT trigger (explicit NULL -> nextval)");
      }
      if (c.identity->start) opts.push_back("START WITH " + *c.identity->start);
      if (c.identity->increment) opts.push_back("INCREMENT BY " + *c.identity->increment);
      if (c.identity->minValue) opts.push_back("MINVALUE " + *c.identity->minValue);
      if (c.identity->maxValue) opts.push_back("MAXVALUE " + *c.identity->maxValue);
      if (c.identity->cache) opts.push_back("CACHE " + *c.identity->cache);
      if (c.identity->cycle) opts.push_back("CYCLE");
    } else if (!autoIncrementStart_.empty()) {
      opts.push_back("START WITH " + autoIncrementStart_);
    }
    line += " GENERATED " + how + " AS IDENTITY";
    if (!opts.empty()) {
      line += " (";
      for (size_t i = 0; i < opts.size(); ++i) line += (i ? " " : "") + opts[i];
      line += ")";
    }
  } else if (c.generatedExpr) {
    auto mutableWhy = notImmutable(from_, *c.generatedExpr, [this](const std::string& n) {
      auto it = allTypes_.find(n);
      return it == allTypes_.end() ? std::string() : it->second;
    });
    if (mutableWhy) {
      act("BRG-3015", c.generatedExpr->loc,
          sourceName(from_, c.name) +
              ": generated expression left out, PostgreSQL requires an "
              "immutable one: " +
              *mutableWhy + "; created as a plain column");
    } else if (auto e = exprs_.emit(*c.generatedExpr, ExprContext::Immutable)) {
      line += " GENERATED ALWAYS AS (" + *e + ") STORED";
      if (!c.generatedStored)
        act("BRG-3010", c.loc, sourceName(from_, c.name) + ": virtual column created as STORED");
    } else {
      act("BRG-0002", c.loc,
          sourceName(from_, c.name) +
              ": generated column expression not converted; plain column created");
    }
  } else if (c.defaultValue) {
    if (auto dflt = defaultFor(c, info.type)) {
      line += " DEFAULT " + *dflt;
      if (c.defaultOnNull) onNull_.push_back({info.name, *dflt});
    }
  }
  if (c.onUpdate)
    act("BRG-3005", c.onUpdate->loc, sourceName(from_, c.name) + ": ON UPDATE needs a trigger");
  if (c.invisible)
    act("BRG-3009", c.loc, sourceName(from_, c.name) + " is invisible in the source");
  if (c.defaultOnNull && !c.identity && c.defaultValue)
    act("BRG-3016", c.loc,
        sourceName(from_, c.name) +
            ": DEFAULT ON NULL kept by a BEFORE INSERT trigger (explicit NULL -> the default)");
  info.nullable = !(c.nullable.has_value() && !*c.nullable);
  for (const auto& ic : c.inlineConstraints) {
    if (ic->kind == ir::ConstraintKind::PrimaryKey) info.nullable = false;
    if (ic->kind == ir::ConstraintKind::NotNull) info.nullable = false;
  }
  if (!info.nullable) line += " NOT NULL";
  if (info.type.addNonNegativeCheck) line += " CHECK (" + quoteIdent(info.name) + " >= 0)";
  if (info.type.maxCardinality)
    line += " CHECK (cardinality(" + quoteIdent(info.name) +
            ") <= " + std::to_string(*info.type.maxCardinality) + ")";
  if (type && info.type.conversion == ValueConversion::EnumText && !type->values.empty()) {
    line += " CHECK (" + quoteIdent(info.name) + " IN (";
    for (size_t i = 0; i < type->values.size(); ++i)
      line += (i ? ", " : "") + quoteLiteral(type->values[i]);
    line += "))";
  }
  if (type && info.type.conversion == ValueConversion::SetArray && !type->values.empty()) {
    line += " CHECK (" + quoteIdent(info.name) + " <@ ARRAY[";
    for (size_t i = 0; i < type->values.size(); ++i)
      line += (i ? ", " : "") + quoteLiteral(type->values[i]);
    line += "]::text[])";
  }
  if (!c.comment.empty())
    d_.comments.push_back("COMMENT ON COLUMN " + d_.qualified + "." + quoteIdent(info.name) +
                          " IS " + quoteLiteral(c.comment) + ";");
  for (const auto& ic : c.inlineConstraints) {
    if (ic->kind == ir::ConstraintKind::NotNull || ic->kind == ir::ConstraintKind::Null) continue;
    std::vector<ir::KeyPart> self(1);
    self[0].column = c.name;
    constraint(*ic, &self);
  }
  return line;
}

void TableEmitter::constraint(const ir::Constraint& c,
                              const std::vector<ir::KeyPart>* implicitColumns) {
  const auto& parts = c.columns.empty() && implicitColumns ? *implicitColumns : c.columns;
  std::string named;
  if (!c.name.empty())
    named = "CONSTRAINT " + quoteIdent(indexName(from_, d_.name, pgName(from_, c.name))) + " ";
  if (!c.name.empty() &&
      (c.kind == ir::ConstraintKind::PrimaryKey || c.kind == ir::ConstraintKind::Unique))
    constraintNames_.insert(indexName(from_, d_.name, pgName(from_, c.name)));
  if (jsonChecks_.count(&c)) return;
  if (c.kind == ir::ConstraintKind::PrimaryKey || c.kind == ir::ConstraintKind::Unique ||
      c.kind == ir::ConstraintKind::ForeignKey)
    if (!columnsExist(parts, c.loc, "constraint " + sourceName(from_, c.name))) return;
  bool notValid = !c.validated || !c.enabled;
  switch (c.kind) {
    case ir::ConstraintKind::PrimaryKey: {
      std::string cols = keyColumns(parts, c.loc, false);
      uniqueKeys_.push_back({keyName("primary key", c.name), {}, c.loc});
      for (const auto& p : parts) uniqueKeys_.back().columns.push_back(pgName(from_, p.column));
      for (const auto& p : parts) d_.primaryKeyColumns.push_back(pgName(from_, p.column));
      std::string def =
          (from_ == ir::Dialect::MySql ? std::string() : named) + "PRIMARY KEY (" + cols + ")";
      if (o_.primaryKeyInCreate) {
        pkLine_ = def;
      } else {
        d_.primaryKey = "ALTER TABLE " + d_.qualified + " ADD " + def + ";";
      }
      break;
    }
    case ir::ConstraintKind::Unique: {
      std::string cols = keyColumns(parts, c.loc, false);
      uniqueKeys_.push_back({keyName("unique constraint", c.name), {}, c.loc});
      for (const auto& p : parts) uniqueKeys_.back().columns.push_back(pgName(from_, p.column));
      d_.uniqueKeys.push_back("ALTER TABLE " + d_.qualified + " ADD " + named + "UNIQUE (" + cols +
                              ");");
      break;
    }
    case ir::ConstraintKind::Check: {
      auto e = c.check ? exprs_.emit(*c.check) : std::nullopt;
      if (!e) {
        act("BRG-0002", c.loc,
            "CHECK constraint " + sourceName(from_, c.name) + " not converted; left out");
        break;
      }
      if (notValid)
        act("BRG-3006", c.loc,
            "CHECK " + sourceName(from_, c.name) + " is not validated in the source");
      lines_.push_back(named + "CHECK (" + *e + ")");
      break;
    }
    case ir::ConstraintKind::ForeignKey: {
      auto [rs, rt] =
          pgTableName(from_, c.refTable, o_.targetSchema.empty() ? d_.schema : o_.targetSchema);
      if (c.refTable.parts.size() < 2 && o_.targetSchema.empty()) rs = d_.schema;
      std::string refQualified = (rs.empty() ? "" : quoteIdent(rs) + ".") + quoteIdent(rt);
      std::string key = (rs.empty() ? "" : rs + ".") + rt;
      if (!o_.knownTables.empty() && !o_.knownTables.count(key)) {
        act("BRG-4004", c.loc,
            "foreign key " + sourceName(from_, c.name) + " references " +
                sourceName(from_, c.refTable) + ", which is not in the input; left out");
        break;
      }
      std::string s = "ALTER TABLE " + d_.qualified + " ADD " + named + "FOREIGN KEY (" +
                      keyColumns(parts, c.loc, false) + ") REFERENCES " + refQualified;
      if (!c.refColumns.empty()) {
        s += " (";
        for (size_t i = 0; i < c.refColumns.size(); ++i)
          s += (i ? ", " : "") + col(c.refColumns[i]);
        s += ")";
      }
      if (!c.onDelete.empty()) s += " ON DELETE " + upper(c.onDelete);
      if (!c.onUpdate.empty()) s += " ON UPDATE " + upper(c.onUpdate);
      if (c.deferrable) s += " DEFERRABLE";
      if (c.initiallyDeferred) s += " INITIALLY DEFERRED";
      if (notValid) {
        s += " NOT VALID";
        act("BRG-3006", c.loc,
            "foreign key " + sourceName(from_, c.name) + " is not validated in the source");
      }
      d_.foreignKeys.push_back(s + ";");
      break;
    }
    default:
      break;
  }
}

void TableEmitter::index(const ir::Index& ix) {
  std::string method = upper(ix.method);
  // storage, tablespace, LOCAL (PARTITION ...) lists: PostgreSQL's index has none of them
  for (const auto& a : ix.ignored)
    act("BRG-3001", a.loc, "index " + sourceName(from_, ix.name) + ": " + a.value + " ignored");
  std::string name =
      ix.name.empty() ? std::string() : indexName(from_, d_.name, pgName(from_, ix.name));
  // Oracle scripts often create the unique index first and then a key constraint of the same
  // name that uses it; in PostgreSQL the constraint creates that index itself.
  if (!name.empty() && constraintNames_.count(name)) return;
  if (!name.empty() && !indexNames_.insert(name).second) {
    act("BRG-0006", ix.loc,
        "index " + sourceName(from_, ix.name) +
            " is defined more than once; first definition kept");
    return;
  }
  if (method == "SPATIAL") {
    act("BRG-1003", ix.loc,
        "SPATIAL index " + sourceName(from_, ix.name) + " needs PostGIS; not created");
    return;
  }
  std::string s = "CREATE ";
  if (method == "UNIQUE") s += "UNIQUE ";
  s += "INDEX ";
  if (!name.empty()) s += quoteIdent(name) + " ";
  s += "ON " + d_.qualified;
  if (method == "FULLTEXT") {
    act("BRG-3004", ix.loc,
        "FULLTEXT index " + sourceName(from_, ix.name) + " created as a GIN tsvector index");
    std::string doc;
    for (const auto& p : ix.parts)
      doc +=
          (doc.empty() ? "" : " || ' ' || ") + std::string("coalesce(") + col(p.column) + ", '')";
    d_.indexes.push_back(s + " USING gin (to_tsvector('simple', " + doc + "));");
    return;
  }
  if (method == "BITMAP" || ix.reverse || upper(ix.using_) == "HASH")
    act("BRG-3011", ix.loc, "index " + sourceName(from_, ix.name) + " becomes a B-tree index");
  if (!columnsExist(ix.parts, ix.loc, "index " + sourceName(from_, ix.name))) return;
  std::string cols = keyColumns(ix.parts, ix.loc, true);
  if (method == "UNIQUE" && !cols.empty()) {
    uniqueKeys_.push_back({keyName("unique index", ix.name), {}, ix.loc});
    for (const auto& p : ix.parts)
      uniqueKeys_.back().columns.push_back(p.expr ? std::string() : pgName(from_, p.column));
  }
  if (cols.empty()) {
    act("BRG-0002", ix.loc,
        "index " + sourceName(from_, ix.name) + " expression not converted; not created");
    return;
  }
  d_.indexes.push_back(s + " (" + cols + ");");
}

// Oracle stores rows of any subtype in an object table of a NOT FINAL type (a substitutable
// table; SQL Language Reference, "Substitutable Object Tables and Columns"). Their attributes
// become nullable columns after the type's own; the row's type itself is not kept (BRG-3017).
void TableEmitter::substitutable(const ir::TypeDef& def, std::set<const ir::Column*>& used,
                                 std::vector<const ir::Column*>& out) {
  auto subs = o_.userTypes->subtypes(def);
  if (subs.empty()) return;
  std::set<std::string> have;
  for (const auto* c : out) have.insert(pgName(from_, c->name));
  std::string names, added;
  for (const auto* sub : subs) {
    names += (names.empty() ? "" : ", ") + sourceName(from_, sub->name);
    for (const auto* a : o_.userTypes->attributes(*sub)) {
      if (!have.insert(pgName(from_, a->name)).second) continue;
      const ir::Column* match = nullptr;
      for (const auto& c : t_.columns)
        if (!c->type && pgName(from_, c->name) == pgName(from_, a->name)) match = c.get();
      if (!match) {
        auto col = std::make_unique<ir::Column>();
        col->loc = a->loc;
        col->name = a->name;
        match = col.get();
        synthesized_.push_back(std::move(col));
      }
      used.insert(match);
      attrTypes_[match] = a->type.get();
      out.push_back(match);
      added += (added.empty() ? "" : ", ") + sourceName(from_, a->name);
    }
  }
  act("BRG-3017", t_.loc,
      "object table of " + sourceName(from_, t_.ofType) + ", which has subtypes " + names +
          ": their attributes are columns (" + (added.empty() ? "none" : added) +
          "), the type of each row is not kept (TREAT, IS OF)");
}

// An object table (CREATE TABLE t OF type) has the type's attributes as columns; what its
// parentheses declare for an attribute (constraints, defaults) applies to that column.
std::vector<const ir::Column*> TableEmitter::tableColumns() {
  std::vector<const ir::Column*> out;
  if (t_.ofType.empty()) {
    for (const auto& c : t_.columns) out.push_back(c.get());
    return out;
  }
  const ir::TypeDef* def = o_.userTypes ? o_.userTypes->find(t_.ofType) : nullptr;
  if (!def || def->typeKind != "OBJECT") {
    act("BRG-1005", t_.loc,
        "object table of " + sourceName(from_, t_.ofType) +
            ", an object type not in the input: only the columns it declares are created");
    for (const auto& c : t_.columns)
      if (c->type) out.push_back(c.get());
    return out;
  }
  act("BRG-3014", t_.loc,
      "object table of " + sourceName(from_, t_.ofType) +
          " created as a table with the type's attributes as columns");
  std::set<const ir::Column*> used;
  for (const auto* a : o_.userTypes->attributes(*def)) {
    const ir::Column* match = nullptr;
    for (const auto& c : t_.columns)
      if (!c->type && pgName(from_, c->name) == pgName(from_, a->name)) match = c.get();
    if (!match) {
      auto col = std::make_unique<ir::Column>();
      col->loc = a->loc;
      col->name = a->name;
      match = col.get();
      synthesized_.push_back(std::move(col));
    }
    used.insert(match);
    attrTypes_[match] = a->type.get();
    out.push_back(match);
  }
  substitutable(*def, used, out);
  for (const auto& c : t_.columns) {
    if (used.count(c.get())) continue;
    if (!c->type) {
      act("BRG-3015", c->loc,
          sourceName(from_, c->name) + " is not an attribute of " + sourceName(from_, t_.ofType) +
              "; left out");
      continue;
    }
    out.push_back(c.get());
  }
  return out;
}

// Oracle's ON NULL (identity or DEFAULT): an INSERT that gives NULL gets the default. A
// BEFORE INSERT row trigger runs before PostgreSQL checks NOT NULL, so it can supply it.
void TableEmitter::onNullTrigger() {
  if (onNull_.empty()) return;
  std::string base = d_.name.substr(0, 50) + "_on_null";
  std::string fn = (d_.schema.empty() ? "" : quoteIdent(d_.schema) + ".") + quoteIdent(base);
  std::string body;
  for (const auto& [col, value] : onNull_)
    body += "  IF NEW." + quoteIdent(col) + " IS NULL THEN NEW." + quoteIdent(col) +
            " := " + value + "; END IF;\n";
  d_.triggers.push_back("CREATE FUNCTION " + fn +
                        "() RETURNS trigger LANGUAGE plpgsql AS $barge$\nBEGIN\n" + body +
                        "  RETURN NEW;\nEND\n$barge$;");
  d_.triggers.push_back("CREATE TRIGGER " + quoteIdent(base) + " BEFORE INSERT ON " + d_.qualified +
                        " FOR EACH ROW EXECUTE FUNCTION " + fn + "();");
}

void TableEmitter::comment(const ir::CommentOn& c) {
  std::string kind = upper(c.objectKind);
  if (kind == "COLUMN" && !c.object.parts.empty()) {
    d_.comments.push_back("COMMENT ON COLUMN " + d_.qualified + "." + col(c.object.last()) +
                          " IS " + quoteLiteral(c.text) + ";");
  } else {
    d_.comments.push_back("COMMENT ON TABLE " + d_.qualified + " IS " + quoteLiteral(c.text) + ";");
  }
}

void TableEmitter::partitioning(const TableExtras& extras, bool unlogged) {
  if (!t_.partitioning) return;
  PartitionTarget target{d_.schema, d_.name, d_.qualified, {}, unlogged};
  for (const auto& c : d_.columns) target.columns.push_back(c.name);
  PartitionPlan plan =
      emitPartitioning(from_, *t_.partitioning, target, uniqueKeys_, exprs_, actions_);
  partitionClause_ = plan.clause;
  d_.partitions = std::move(plan.statements);
  d_.partitionTables = std::move(plan.tables);
  if (partitionClause_.empty()) return;
  // PostgreSQL has no global indexes: an index on a partitioned table is one per partition.
  auto global = [&](const ir::Index& ix) {
    if (upper(ix.locality) == "GLOBAL")
      act("BRG-3035", ix.loc,
          "GLOBAL index " + sourceName(from_, ix.name) +
              " is created on the partitioned table, as one index per partition");
  };
  for (const auto& ix : t_.indexes) global(*ix);
  for (const auto* ix : extras.indexes) global(*ix);
}

TableDdl TableEmitter::run(const TableExtras& extras) {
  exprs_.setTable(t_);
  auto [schema, name] = pgTableName(from_, t_.name, o_.targetSchema);
  d_.schema = schema;
  d_.name = name;
  d_.qualified = (schema.empty() ? "" : quoteIdent(schema) + ".") + quoteIdent(name);
  bool unlogged = false;
  for (const auto& a : t_.ignored) {
    std::string n = upper(a.name);
    if (n == "AUTO_INCREMENT") {
      autoIncrementStart_ = a.value;  // becomes the identity's START WITH
    } else if (n == "NESTED") {
      act("BRG-3001", a.loc, a.value + ": the nested table is stored in its column as an array");
    } else if (n == "CHARSET" || n == "COLLATE" || n == "CHARACTER SET") {
      if (!charsetReported_) act("BRG-3008", a.loc, n + " " + a.value + " not carried over");
      charsetReported_ = true;
    } else {
      act("BRG-3001", a.loc, n + (a.value.empty() ? "" : " " + a.value) + " ignored");
    }
  }
  if (!t_.temporary.empty()) {
    // Documented mapping: an UNLOGGED permanent table (its rows are scratch data, like a
    // temporary table's), with the per-session semantics reported, never silently lost.
    unlogged = true;
    std::string onCommit = t_.onCommit.empty() && t_.temporary == "GLOBAL TEMPORARY"
                               ? "DELETE ROWS (Oracle's default)"
                               : t_.onCommit;
    act("BRG-3007", t_.loc,
        t_.temporary + " table created as an UNLOGGED table shared by all sessions" +
            (onCommit.empty() ? std::string()
                              : "; ON COMMIT " + onCommit +
                                    (t_.onCommit == "PRESERVE ROWS"
                                         ? " (rows stay until the session would end: delete "
                                           "them in the code)"
                                         : " is not done: delete the rows at commit in the "
                                           "code, or create a TEMPORARY table per session")));
  } else if (!t_.onCommit.empty()) {
    act("BRG-3007", t_.loc, "ON COMMIT " + t_.onCommit + " on a permanent table ignored");
  }
  if (!t_.organization.empty() && upper(t_.organization) != "HEAP")
    act("BRG-3012", t_.loc, "ORGANIZATION " + t_.organization + " table created as a heap table");
  if (t_.asQuery) {
    act("BRG-0002", t_.loc, "CREATE TABLE ... AS SELECT is not converted yet");
    return d_;
  }
  if (from_ == ir::Dialect::MySql) {
    for (const auto& c : t_.columns) {
      if (!c->type || (c->type->kind != ir::TypeKind::Text && c->type->kind != ir::TypeKind::Json))
        continue;
      auto mark = [&](const ir::Constraint& k) {
        if (!isJsonValidOf(k, c->name.text) || !k.enabled) return;
        jsonChecks_.insert(&k);
        jsonColumns_.insert(c.get());
      };
      for (const auto& k : c->inlineConstraints) mark(*k);
      for (const auto& k : t_.constraints) mark(*k);
    }
  }
  auto columns = tableColumns();
  for (const auto* c : columns) {
    const ir::DataType* ty = typeOf(*c);
    allTypes_[pgName(from_, c->name)] =
        ty ? mapColumnType(from_, *ty, o_.userTypes).pgType : std::string("numeric");
  }
  for (const auto* c : columns) {
    ColumnInfo info;
    lines_.insert(lines_.begin() + static_cast<long>(d_.columns.size()),
                  columnDefinition(*c, info));
    d_.columns.push_back(std::move(info));
  }
  for (const auto& c : t_.constraints) constraint(*c, nullptr);
  for (const auto* c : extras.constraints) constraint(*c, nullptr);
  for (const auto& ix : t_.indexes) index(*ix);
  for (const auto* ix : extras.indexes) index(*ix);
  partitioning(extras, unlogged);
  if (!t_.comment.empty())
    d_.comments.insert(d_.comments.begin(), "COMMENT ON TABLE " + d_.qualified + " IS " +
                                                quoteLiteral(t_.comment) + ";");
  for (const auto* c : extras.comments) comment(*c);
  // Primary-key columns are NOT NULL in PostgreSQL whatever the source said.
  for (auto& ci : d_.columns)
    if (std::find(d_.primaryKeyColumns.begin(), d_.primaryKeyColumns.end(), ci.name) !=
        d_.primaryKeyColumns.end())
      ci.nullable = false;
  if (!pkLine_.empty())
    lines_.insert(lines_.begin() + static_cast<long>(d_.columns.size()), pkLine_);
  std::string sql =
      std::string(unlogged ? "CREATE UNLOGGED TABLE " : "CREATE TABLE ") + d_.qualified + " (\n";
  for (size_t i = 0; i < lines_.size(); ++i)
    sql += "    " + lines_[i] + (i + 1 < lines_.size() ? ",\n" : "\n");
  sql += ")" + (partitionClause_.empty() ? "" : " " + partitionClause_) + ";";
  d_.createTable = sql;
  onNullTrigger();
  return d_;
}

}  // namespace

std::pair<std::string, std::string> pgTableName(ir::Dialect from, const ir::QualifiedName& n,
                                                const std::string& targetSchema) {
  std::string name = n.parts.empty() ? std::string() : pgName(from, n.parts.back());
  std::string schema = targetSchema;
  if (schema.empty() && n.parts.size() >= 2) schema = pgName(from, n.parts[n.parts.size() - 2]);
  return {schema, name};
}

TableDdl emitTable(ir::Dialect from, const ir::Table& t, const EmitOptions& o, ActionSink& sink,
                   const TableExtras& extras) {
  return TableEmitter(from, t, o, sink).run(extras);
}

}  // namespace barge::converter
