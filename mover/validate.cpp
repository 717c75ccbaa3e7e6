#include "mover/validate.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <functional>

#include "mover/control.h"
#include "mover/endpoints.h"
#include "mover/load_engine.h"
#include "mover/mysql_reader.h"
#include "mover/pg_conn.h"

namespace barge::mover {

namespace {

struct Row {
  std::vector<std::optional<std::string>> values;  // canonical bytes, nullopt = NULL
  std::string keyText;                             // source key values, JSON object
};

std::string canonical(const ColumnCodec& c, std::string v) {
  if (c.padded) {
    while (!v.empty() && v.back() == ' ') v.pop_back();
  } else if (c.kind == PgKind::Json || c.kind == PgKind::Jsonb) {
    std::string text = c.kind == PgKind::Jsonb && !v.empty() ? v.substr(1) : v;
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_discarded()) return j.dump();
    return text;
  }
  return v;
}

// Source value -> canonical bytes through the same encoder the load uses.
std::optional<std::string> sourceValue(const ColumnCodec& c, std::string_view v, std::string& err) {
  CopyBuffer b;
  if (!encodeValue(c, v, b, err)) return std::nullopt;
  const std::string& d = b.data();
  int32_t len =
      static_cast<int32_t>((static_cast<uint32_t>(static_cast<unsigned char>(d[0])) << 24) |
                           (static_cast<uint32_t>(static_cast<unsigned char>(d[1])) << 16) |
                           (static_cast<uint32_t>(static_cast<unsigned char>(d[2])) << 8) |
                           static_cast<uint32_t>(static_cast<unsigned char>(d[3])));
  if (len < 0) return std::nullopt;  // zero date mapped to NULL
  return canonical(c, d.substr(4, static_cast<size_t>(len)));
}

int64_t beInt(const std::string& s) {
  uint64_t v = 0;
  for (unsigned char ch : s) v = (v << 8) | ch;
  if (s.size() < 8 && !s.empty() && (static_cast<unsigned char>(s[0]) & 0x80))
    v |= ~uint64_t{0} << (8 * s.size());
  return static_cast<int64_t>(v);
}

long double numericValue(const std::string& s) {
  if (s.size() < 8) return 0;
  auto i16 = [&](size_t at) {
    return static_cast<int16_t>((static_cast<unsigned char>(s[at]) << 8) |
                                static_cast<unsigned char>(s[at + 1]));
  };
  int nd = i16(0), weight = i16(2);
  bool neg = static_cast<uint16_t>(i16(4)) == 0x4000;
  long double v = 0;
  for (int i = 0; i < nd; ++i) v += i16(8 + 2 * i) * std::pow(10000.0L, weight - i);
  return neg ? -v : v;
}

int compareKey(const ColumnCodec& c, const std::optional<std::string>& a,
               const std::optional<std::string>& b) {
  if (!a || !b) return a ? 1 : (b ? -1 : 0);
  switch (c.kind) {
    case PgKind::Int2:
    case PgKind::Int4:
    case PgKind::Int8:
    case PgKind::Date:
    case PgKind::Timestamp:
    case PgKind::TimestampTz:
    case PgKind::Time: {
      int64_t x = beInt(*a), y = beInt(*b);
      return x < y ? -1 : x > y;
    }
    case PgKind::Numeric: {
      long double x = numericValue(*a), y = numericValue(*b);
      return x < y ? -1 : x > y;
    }
    default: {
      int r = a->compare(*b);
      return r < 0 ? -1 : r > 0;
    }
  }
}

std::string hexPreview(const std::optional<std::string>& v) {
  if (!v) return "NULL";
  static const char* h = "0123456789abcdef";
  std::string out = "\\x";
  for (size_t i = 0; i < v->size() && i < 48; ++i) {
    out += h[static_cast<unsigned char>((*v)[i]) >> 4];
    out += h[static_cast<unsigned char>((*v)[i]) & 15];
  }
  if (v->size() > 48) out += "...";
  return out;
}

uint64_t rowHash(const Row& r) {
  uint64_t h = 1469598103934665603ULL;
  for (const auto& v : r.values) {
    const std::string s = v ? *v : std::string("\xff\xfeNULL", 6);
    for (unsigned char ch : s) h = (h ^ ch) * 1099511628211ULL;
    h = (h ^ 0x1f) * 1099511628211ULL;
  }
  // Final mix so that the order-independent sum does not cancel on similar rows.
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

class TargetStream {
 public:
  TargetStream(PgConn& pg, const std::string& sql) : pg_(pg) {
    if (!PQsendQueryParams(pg.raw(), sql.c_str(), 0, nullptr, nullptr, nullptr, nullptr, 1))
      throw PgError(PQerrorMessage(pg.raw()), "");
    PQsetSingleRowMode(pg.raw());
  }
  ~TargetStream() {
    while (PGresult* r = PQgetResult(pg_.raw())) PQclear(r);
  }
  bool next(std::vector<std::optional<std::string>>& vals) {
    cur_.reset(PQgetResult(pg_.raw()));
    if (!cur_) return false;
    auto st = PQresultStatus(cur_.get());
    if (st == PGRES_TUPLES_OK) {
      cur_.reset();
      while (PGresult* r = PQgetResult(pg_.raw())) PQclear(r);
      return false;
    }
    if (st != PGRES_SINGLE_TUPLE) throw PgError(PQresultErrorMessage(cur_.get()), "");
    int n = PQnfields(cur_.get());
    vals.assign(static_cast<size_t>(n), std::nullopt);
    for (int i = 0; i < n; ++i)
      if (!PQgetisnull(cur_.get(), 0, i))
        vals[static_cast<size_t>(i)] =
            std::string(PQgetvalue(cur_.get(), 0, i), PQgetlength(cur_.get(), 0, i));
    return true;
  }

 private:
  PgConn& pg_;
  PgResult cur_;
};

TableValidation validateOne(const Task& task, TablePlan& p, SourceConn& src, PgConn& pg,
                            PgConn& ctl) {
  TableValidation out;
  out.table = p.srcName();
  const bool keyed = !p.keyColumns.empty();
  std::string sel, tsel, sob, tob;
  for (const auto& c : p.columns) {
    sel += (sel.empty() ? "" : ", ") + c.selectExpr;
    tsel += (tsel.empty() ? "" : ", ") + pgQuoteIdent(c.target);
  }
  for (size_t k : p.keyColumns) {
    const auto& c = p.columns[k];
    // Both sides in code-point order for strings: binary UTF-8 on MySQL, COLLATE "C" on PG.
    sob += (sob.empty() ? "" : ", ") +
           (c.sourceIsString
                ? "CAST(CONVERT(" + mysqlQuoteIdent(c.source) + " USING utf8mb4) AS BINARY)"
                : mysqlQuoteIdent(c.source));
    tob += (tob.empty() ? "" : ", ") + pgQuoteIdent(c.target) +
           (c.codec.kind == PgKind::Text ? " COLLATE \"C\"" : "");
  }
  std::string ssql = "SELECT " + sel + " FROM " + p.srcQualified() +
                     (p.filter.empty() ? "" : " WHERE " + p.filter) +
                     (keyed ? " ORDER BY " + sob : "");
  std::string tsql =
      "SELECT " + tsel + " FROM " + p.tgtQualified() + (keyed ? " ORDER BY " + tob : "");

  ctl.query(
      "DELETE FROM barge_control.validation_failures WHERE task_name = $1 AND table_owner = $2 AND "
      "table_name = $3",
      {task.id, p.srcSchema, p.srcTable});
  uint64_t recorded = 0;
  auto fail = [&](const std::string& type, const std::string& key, const nlohmann::json& details) {
    ++out.failures;
    if (recorded >= static_cast<uint64_t>(task.validationFailureMaxCount)) return;
    ++recorded;
    ctl.query(
        "INSERT INTO barge_control.validation_failures (task_name, table_owner, table_name, "
        "key_type, key, failure_type, details) VALUES ($1, $2, $3, 'Row', $4, $5, $6)",
        {task.id, p.srcSchema, p.srcTable, key, type,
         details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)});
  };

  RowStream rs(src, ssql);
  TargetStream ts(pg, tsql);
  auto readSource = [&](Row& r) -> bool {
    if (!rs.next()) return false;
    r.values.assign(p.columns.size(), std::nullopt);
    nlohmann::json key = nlohmann::json::object();
    for (unsigned i = 0; i < p.columns.size(); ++i) {
      if (rs.isNull(i)) continue;
      std::string err;
      r.values[i] = sourceValue(p.columns[i].codec, rs.value(i), err);
      if (!err.empty()) r.values[i] = "\xff<unconvertible: " + err + ">";
    }
    for (size_t k : p.keyColumns)
      key[p.columns[k].source] =
          rs.isNull(static_cast<unsigned>(k))
              ? nlohmann::json()
              : nlohmann::json(std::string(rs.value(static_cast<unsigned>(k))));
    r.keyText = key.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    ++out.sourceRows;
    return true;
  };
  auto readTarget = [&](Row& r) -> bool {
    if (!ts.next(r.values)) return false;
    for (size_t i = 0; i < p.columns.size(); ++i)
      if (r.values[i]) r.values[i] = canonical(p.columns[i].codec, *r.values[i]);
    ++out.targetRows;
    return true;
  };

  if (!keyed) {
    uint64_t hs = 0, ht = 0;
    Row r;
    while (readSource(r)) hs += rowHash(r);
    while (readTarget(r)) ht += rowHash(r);
    if (hs != ht || out.sourceRows != out.targetRows)
      fail("RECORD_DIFF", "{}",
           {{"source_rows", out.sourceRows},
            {"target_rows", out.targetRows},
            {"reason", "table without key: counts or content hash differ"}});
    out.state = out.failures ? "Mismatched records" : "Validated";
    return out;
  }
  auto keyCmp = [&](const Row& a, const Row& b) {
    for (size_t k : p.keyColumns) {
      int c = compareKey(p.columns[k].codec, a.values[k], b.values[k]);
      if (c) return c;
    }
    return 0;
  };
  auto targetKeyText = [&](const Row& r) {
    nlohmann::json key = nlohmann::json::object();
    for (size_t k : p.keyColumns) key[p.columns[k].source] = hexPreview(r.values[k]);
    return key.dump();
  };
  Row s, t;
  bool hs = readSource(s), ht = readTarget(t);
  while (hs || ht) {
    int c = !hs ? 1 : !ht ? -1 : keyCmp(s, t);
    if (c < 0) {
      fail("MISSING_TARGET", s.keyText, {{"reason", "row is in the source but not in the target"}});
      hs = readSource(s);
    } else if (c > 0) {
      fail("MISSING_SOURCE", targetKeyText(t),
           {{"reason", "row is in the target but not in the source"}});
      ht = readTarget(t);
    } else {
      nlohmann::json diff = nlohmann::json::object();
      for (size_t i = 0; i < p.columns.size(); ++i)
        if (s.values[i] != t.values[i])
          diff[p.columns[i].target] = {{"source", hexPreview(s.values[i])},
                                       {"target", hexPreview(t.values[i])}};
      if (!diff.empty()) fail("RECORD_DIFF", s.keyText, {{"columns", diff}});
      hs = readSource(s);
      ht = readTarget(t);
    }
  }
  out.state = out.failures ? "Mismatched records" : "Validated";
  return out;
}

}  // namespace

std::vector<TableValidation> validateTables(const Task& task, std::vector<TablePlan>& plans) {
  std::vector<TableValidation> out;
  PgConn ctl(targetParams(task));
  ensureControlSchema(ctl);
  PgConn pg(targetParams(task));
  SourceConn src(sourceParams(task));
  prepareSourceSession(src);
  for (auto& p : plans) {
    TableValidation v;
    v.table = p.srcName();
    try {
      if (p.error.empty()) resolveTarget(ctl, p);
      if (!p.error.empty()) {
        v.state = "Error";
        v.message = p.error;
      } else {
        v = validateOne(task, p, src, pg, ctl);
      }
    } catch (const std::exception& e) {
      v.state = "Error";
      v.message = e.what();
    }
    try {
      setValidation(ctl, task.id, p.srcSchema, p.srcTable, v.state, 0,
                    static_cast<int64_t>(v.failures));
    } catch (const std::exception&) {
    }
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace barge::mover
