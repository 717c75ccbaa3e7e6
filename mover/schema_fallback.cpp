#include "mover/schema_fallback.h"

#include <map>

#include "ir/expr.h"

namespace barge::mover {

namespace {

using K = ir::TypeKind;

ir::Identifier ident(const std::string& s) {
  return ir::Identifier{s, true};
}

std::vector<std::string> enumValues(const std::string& columnType) {
  // enum('a','b''c') / set(...): quoted members with '' escapes.
  std::vector<std::string> out;
  size_t i = columnType.find('(');
  if (i == std::string::npos) return out;
  for (++i; i < columnType.size(); ++i) {
    if (columnType[i] != '\'') continue;
    std::string v;
    for (++i; i < columnType.size(); ++i) {
      if (columnType[i] == '\'' && i + 1 < columnType.size() && columnType[i + 1] == '\'') {
        v += '\'';
        ++i;
      } else if (columnType[i] == '\'') {
        break;
      } else {
        v += columnType[i];
      }
    }
    out.push_back(v);
  }
  return out;
}

int64_t num(const std::optional<std::string>& v) {
  return v ? std::stoll(*v) : 0;
}

bool isNumber(const std::string& v) {
  if (v.empty()) return false;
  size_t i = v[0] == '-' ? 1 : 0;
  bool digit = false, dot = false;
  for (; i < v.size(); ++i) {
    if (v[i] >= '0' && v[i] <= '9')
      digit = true;
    else if (v[i] == '.' && !dot)
      dot = true;
    else
      return false;
  }
  return digit;
}

// information_schema.COLUMNS.COLUMN_DEFAULT -> IR default (MariaDB quotes string literals;
// MySQL 8 does not and marks expressions DEFAULT_GENERATED). Unknown expressions: no default.
ir::ExprPtr defaultOf(const std::string& v, const std::string& extra, ir::TypeKind kind) {
  auto lit = [](ir::LiteralKind k, std::string value) {
    auto l = std::make_unique<ir::Literal>();
    l->literalKind = k;
    l->value = std::move(value);
    return l;
  };
  std::string low = v;
  for (auto& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (low == "null") return nullptr;
  if (low.rfind("current_timestamp", 0) == 0 || low.rfind("now(", 0) == 0) {
    auto c = std::make_unique<ir::Call>();
    c->function.parts.push_back(ir::Identifier{"CURRENT_TIMESTAMP", false});
    size_t open = low.find('(');
    if (open != std::string::npos && open + 2 < low.size() && low[open + 1] != ')') {
      ir::Argument a;
      a.value = lit(ir::LiteralKind::Integer, low.substr(open + 1, low.find(')') - open - 1));
      c->args.push_back(std::move(a));
    }
    return c;
  }
  if (v.size() >= 2 && v.front() == '\'' && v.back() == '\'') {
    std::string out;
    for (size_t i = 1; i + 1 < v.size(); ++i) {
      if ((v[i] == '\'' || v[i] == '\\') && i + 2 < v.size()) ++i;
      out += v[i];
    }
    return lit(ir::LiteralKind::String, out);
  }
  if (isNumber(v))
    return lit(
        v.find('.') == std::string::npos ? ir::LiteralKind::Integer : ir::LiteralKind::Decimal, v);
  if (extra.find("DEFAULT_GENERATED") != std::string::npos) return nullptr;
  bool textual = kind == ir::TypeKind::Char || kind == ir::TypeKind::VarChar ||
                 kind == ir::TypeKind::Enum || kind == ir::TypeKind::Set ||
                 kind == ir::TypeKind::Date || kind == ir::TypeKind::DateTime ||
                 kind == ir::TypeKind::Timestamp || kind == ir::TypeKind::Time;
  return textual ? lit(ir::LiteralKind::String, v) : nullptr;
}

}  // namespace

std::vector<std::string> jsonColumns(SourceConn& src, const std::string& schema,
                                     const std::string& table) {
  std::vector<std::string> out;
  try {
    auto rows = src.query(
        "SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = " +
        src.quoteString(schema) + " AND TABLE_NAME = " + src.quoteString(table));
    for (const auto& r : rows) {
      std::string c = r[0].value_or("");
      const std::string pre = "json_valid(`";
      if (c.rfind(pre, 0) == 0 && c.size() > pre.size() + 2 && c.substr(c.size() - 2) == "`)")
        out.push_back(c.substr(pre.size(), c.size() - pre.size() - 2));
    }
  } catch (const parser::mysql::QueryError&) {
    // MySQL before 8.0.16 has no CHECK_CONSTRAINTS; its JSON type is native anyway.
  }
  return out;
}

ir::Ptr<ir::Table> tableFromInformationSchema(SourceConn& src, const std::string& schema,
                                              const std::string& table) {
  auto t = std::make_unique<ir::Table>();
  t->name.parts.push_back(ident(table));
  std::string where =
      "TABLE_SCHEMA = " + src.quoteString(schema) + " AND TABLE_NAME = " + src.quoteString(table);
  auto json = jsonColumns(src, schema, table);
  auto cols = src.query(
      "SELECT COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, EXTRA, CHARACTER_MAXIMUM_LENGTH, "
      "NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, CHARACTER_SET_NAME, COLUMN_DEFAULT "
      "FROM information_schema.COLUMNS WHERE " +
      where + " ORDER BY ORDINAL_POSITION");
  for (const auto& r : cols) {
    auto c = std::make_unique<ir::Column>();
    c->name = ident(r[0].value_or(""));
    auto dt = std::make_unique<ir::DataType>();
    std::string type = r[1].value_or("");
    std::string full = r[2].value_or("");
    dt->spelling = type;
    for (auto& ch : dt->spelling)
      ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    dt->isUnsigned = full.find("unsigned") != std::string::npos;
    if (r[9]) dt->charset = *r[9];
    int64_t len = num(r[5]), prec = num(r[6]), scale = num(r[7]), fsp = num(r[8]);
    if (type == "tinyint")
      dt->kind = K::TinyInt;
    else if (type == "smallint")
      dt->kind = K::SmallInt;
    else if (type == "mediumint")
      dt->kind = K::MediumInt;
    else if (type == "int" || type == "integer")
      dt->kind = K::Int;
    else if (type == "bigint")
      dt->kind = K::BigInt;
    else if (type == "decimal" || type == "numeric") {
      dt->kind = K::Decimal;
      dt->precision = prec;
      dt->scale = scale;
    } else if (type == "float")
      dt->kind = K::Float;
    else if (type == "double" || type == "real")
      dt->kind = K::Double;
    else if (type == "bit") {
      dt->kind = K::Bit;
      dt->length = prec;
    } else if (type == "char") {
      dt->kind = K::Char;
      dt->length = len;
    } else if (type == "varchar") {
      dt->kind = K::VarChar;
      dt->length = len;
    } else if (type == "tinytext" || type == "text" || type == "mediumtext" || type == "longtext") {
      dt->kind = K::Text;
      dt->length = len;
    } else if (type == "binary") {
      dt->kind = K::Binary;
      dt->length = len;
    } else if (type == "varbinary") {
      dt->kind = K::VarBinary;
      dt->length = len;
    } else if (type == "tinyblob" || type == "blob" || type == "mediumblob" || type == "longblob") {
      dt->kind = K::Blob;
      dt->length = len;
    } else if (type == "date")
      dt->kind = K::Date;
    else if (type == "datetime") {
      dt->kind = K::DateTime;
      dt->precision = fsp;
    } else if (type == "timestamp") {
      dt->kind = K::Timestamp;
      dt->precision = fsp;
    } else if (type == "time") {
      dt->kind = K::Time;
      dt->precision = fsp;
    } else if (type == "year")
      dt->kind = K::Year;
    else if (type == "enum") {
      dt->kind = K::Enum;
      dt->values = enumValues(full);
    } else if (type == "set") {
      dt->kind = K::Set;
      dt->values = enumValues(full);
    } else if (type == "json")
      dt->kind = K::Json;
    else if (type == "geometry" || type == "point" || type == "linestring" || type == "polygon" ||
             type == "multipoint" || type == "multilinestring" || type == "multipolygon" ||
             type == "geometrycollection") {
      dt->kind = K::Spatial;
      dt->name.parts.push_back(ir::Identifier{dt->spelling, false});
    } else
      dt->kind = K::Unknown;
    for (const auto& j : json)
      if (j == c->name.text) dt->kind = K::Json;
    c->type = std::move(dt);
    c->nullable = r[3].value_or("YES") != "NO";
    c->autoIncrement = r[4].value_or("").find("auto_increment") != std::string::npos;
    if (r[10] && !c->autoIncrement)
      c->defaultValue = defaultOf(*r[10], r[4].value_or(""), c->type->kind);
    t->columns.push_back(std::move(c));
  }
  auto idx = src.query(
      "SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, INDEX_TYPE FROM "
      "information_schema.STATISTICS WHERE " +
      where + " ORDER BY INDEX_NAME = 'PRIMARY' DESC, INDEX_NAME, SEQ_IN_INDEX");
  std::map<std::string, ir::Constraint*> cons;
  std::map<std::string, ir::Index*> inds;
  for (const auto& r : idx) {
    std::string name = r[0].value_or("");
    ir::KeyPart kp;
    kp.column = ident(r[2].value_or(""));
    if (r[3]) kp.prefixLength = std::stoll(*r[3]);
    bool unique = r[1].value_or("1") == "0";
    if (name == "PRIMARY" || unique) {
      auto& c = cons[name];
      if (!c) {
        auto nc = std::make_unique<ir::Constraint>();
        nc->kind = name == "PRIMARY" ? ir::ConstraintKind::PrimaryKey : ir::ConstraintKind::Unique;
        if (name != "PRIMARY") nc->name = ident(name);
        c = nc.get();
        t->constraints.push_back(std::move(nc));
      }
      c->columns.push_back(std::move(kp));
    } else {
      auto& ix = inds[name];
      if (!ix) {
        auto ni = std::make_unique<ir::Index>();
        ni->name = ident(name);
        ni->table = t->name;
        std::string it = r[4].value_or("");
        if (it == "FULLTEXT" || it == "SPATIAL") ni->method = it;
        ix = ni.get();
        t->indexes.push_back(std::move(ni));
      }
      ix->parts.push_back(std::move(kp));
    }
  }
  auto fks = src.query(
      "SELECT k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, "
      "k.REFERENCED_TABLE_NAME, "
      "k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE FROM "
      "information_schema.KEY_COLUMN_USAGE k "
      "JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = "
      "k.CONSTRAINT_SCHEMA "
      "AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE "
      "k.TABLE_SCHEMA = " +
      src.quoteString(schema) + " AND k.TABLE_NAME = " + src.quoteString(table) +
      " AND k.REFERENCED_TABLE_NAME IS NOT NULL ORDER BY k.CONSTRAINT_NAME, k.ORDINAL_POSITION");
  std::map<std::string, ir::Constraint*> fkm;
  for (const auto& r : fks) {
    std::string name = r[0].value_or("");
    auto& c = fkm[name];
    if (!c) {
      auto nc = std::make_unique<ir::Constraint>();
      nc->kind = ir::ConstraintKind::ForeignKey;
      nc->name = ident(name);
      if (r[2].value_or(schema) != schema) nc->refTable.parts.push_back(ident(*r[2]));
      nc->refTable.parts.push_back(ident(r[3].value_or("")));
      nc->onUpdate = r[5].value_or("");
      nc->onDelete = r[6].value_or("");
      c = nc.get();
      t->constraints.push_back(std::move(nc));
    }
    ir::KeyPart kp;
    kp.column = ident(r[1].value_or(""));
    c->columns.push_back(std::move(kp));
    c->refColumns.push_back(ident(r[4].value_or("")));
  }
  return t;
}

}  // namespace barge::mover
