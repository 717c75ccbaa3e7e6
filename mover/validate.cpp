#include "mover/validate.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "mover/control.h"
#include "mover/endpoints.h"
#include "mover/json_canon.h"
#include "mover/load_engine.h"
#include "mover/mysql_reader.h"
#include "mover/pg_conn.h"

namespace barge::mover {

namespace {

__extension__ typedef __int128 Int128;  // key arithmetic over the whole unsigned 64-bit range

constexpr uint64_t kRowLimit = 256;  // a mismatching range at most this big is compared by rows
constexpr int kMaxHashDigits = 32;   // md5 hex length
// Root buckets of an integer key are checksummed in groups of at least this many buckets (so
// about kGroupBuckets x PartitionSize rows per query), at most kMaxGroups groups per table.
constexpr uint64_t kGroupBuckets = 4;
constexpr uint64_t kMaxGroups = 64;

std::string toString(Int128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  std::string s;
  while (v != 0) {
    int d = static_cast<int>(v % 10);
    s.insert(s.begin(), static_cast<char>('0' + (neg ? -d : d)));
    v /= 10;
  }
  return neg ? "-" + s : s;
}

bool parseInt128(const std::string& s, Int128& out) {
  if (s.empty()) return false;
  size_t i = s[0] == '-' ? 1 : 0;
  if (i == s.size()) return false;
  Int128 v = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = s[0] == '-' ? -v : v;
  return true;
}

// ---- normalisation: one column -> the same text on both engines (or "client") ----

struct Canon {
  std::string src, tgt;  // SQL expressions giving the canonical text (NULL stays NULL)
  bool client = false;   // no reliable server-side form: hashed in barge from streamed values
};

Canon canonOf(const ColumnPlan& c) {
  const std::string q = c.selectExpr;
  const std::string t = pgQuoteIdent(c.target);
  const std::string& conv = c.conversion;
  const auto& k = c.codec;
  Canon out;
  auto client = [&] {
    out.client = true;
    return out;
  };
  if (k.sourceBits && k.kind != PgKind::Bit) return client();
  switch (k.kind) {
    case PgKind::Int2:
    case PgKind::Int4:
    case PgKind::Int8:
      // YEAR reads as '0000' for 0; +0 gives its number.
      out.src = conv == "year" ? "CAST(" + q + " + 0 AS CHAR)" : "CAST(" + q + " AS CHAR)";
      out.tgt = t + "::text";
      return out;
    case PgKind::Numeric: {
      // Trailing fractional zeros removed on both sides: equal numbers, equal text, whatever
      // the scale of either column.
      std::string x = "CAST(" + q + " AS CHAR)";
      out.src = "IF(INSTR(" + x + ", '.') > 0, TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM " + x +
                ")), " + x + ")";
      out.tgt = "trim_scale(" + t + ")::text";
      return out;
    }
    case PgKind::Text:
      out.src = "CONVERT(" + q + " USING utf8mb4)";
      out.tgt = t + "::text";  // bpchar::text drops the pad spaces, as MySQL does on read
      return out;
    case PgKind::Bytea:
      out.src = "LOWER(HEX(" + q + "))";
      out.tgt = "encode(" + t + ", 'hex')";
      return out;
    case PgKind::Bool:
      out.src = "IF(" + q + " <> 0, 'true', 'false')";
      out.tgt = t + "::text";
      return out;
    case PgKind::Bit:
      if (!k.sourceBits || k.bitLength <= 0 || k.bitLength > 64) return client();
      out.src = "LPAD(BIN(" + q + "), " + std::to_string(k.bitLength) + ", '0')";
      out.tgt = t + "::text";
      return out;
    case PgKind::TextArray:
      if (conv != "set-array") return client();
      out.src = "CONVERT(" + q + " USING utf8mb4)";
      out.tgt = "array_to_string(" + t + ", ',')";
      return out;
    case PgKind::Interval:
      if (conv != "time-interval") return client();
      out.src = "CAST(CAST(TIME_TO_SEC(" + q + ") * 1000000 AS SIGNED) AS CHAR)";
      out.tgt = "(extract(epoch FROM " + t + ") * 1000000)::bigint::text";
      return out;
    case PgKind::Date:
    case PgKind::Timestamp:
    case PgKind::TimestampTz: {
      if (conv != "date" && conv != "timestamp" && conv != "timestamptz") return client();
      bool date = k.kind == PgKind::Date;
      // Zero dates follow the load's documented policy: NULL, or -infinity when NOT NULL.
      std::string zero = k.notNull ? "'-infinity'" : "NULL";
      out.src = "CASE WHEN MONTH(" + q + ") = 0 OR DAYOFMONTH(" + q + ") = 0 THEN " + zero +
                " ELSE DATE_FORMAT(" + q + ", '" + (date ? "%Y-%m-%d" : "%Y-%m-%d %H:%i:%s.%f") +
                "') END";
      std::string v = k.kind == PgKind::TimestampTz ? "(" + t + " AT TIME ZONE 'UTC')" : t;
      out.tgt = "CASE WHEN isfinite(" + t + ") THEN to_char(" + v + ", '" +
                (date ? "YYYY-MM-DD" : "YYYY-MM-DD HH24:MI:SS.US") + "') ELSE " + t + "::text END";
      return out;
    }
    default:
      // Float4/Float8 (no shared shortest-text form), Json/Jsonb (jsonb reorders keys and
      // normalises spacing), and anything else: hashed in barge.
      return client();
  }
}

// Length-prefixed so that no two rows concatenate to the same text; NULL differs from ''.
std::string srcPart(const std::string& e) {
  return "COALESCE(CONCAT(LENGTH(" + e + "), ':', " + e + "), 'N')";
}
std::string tgtPart(const std::string& e) {
  return "COALESCE(octet_length(" + e + ") || ':' || " + e + ", 'N')";
}

// ---- client-side canonical values (the load's own conversion / PostgreSQL binary output) ----

std::string canonicalBinary(const ColumnCodec& c, std::string v) {
  if (c.padded) {
    while (!v.empty() && v.back() == ' ') v.pop_back();
  } else if (c.kind == PgKind::Json || c.kind == PgKind::Jsonb) {
    std::string_view text(v);
    if (c.kind == PgKind::Jsonb && !text.empty()) text.remove_prefix(1);  // jsonb version byte
    return canonicalJson(text);  // nlohmann's parse + dump, or the text when it does not parse
  }
  return v;
}

// A source value of a column hashed in barge, converted exactly as the load converts it: read
// through the binary protocol (DOUBLE as its 8 bytes, integers and date-times without text),
// the same encode calls as load_engine.cpp, then the canonical form.
std::optional<std::string> sourceBinary(const ColumnCodec& c, BinaryRowStream& rs, unsigned i) {
  CopyBuffer b;
  std::string err;
  bool done;
  if (rs.isDouble(i) && !c.sourceBits) {
    done = encodeDouble(c, rs.doubleValue(i), b, err);
  } else if (rs.isInteger(i)) {
    done = encodeInteger(c, rs.integerValue(i), rs.isUnsigned(i), b, err);
  } else if (rs.isDateTime(i) &&
             tryEncodeTimestamp(c, rs.timeValue(i).year, rs.timeValue(i).month, rs.timeValue(i).day,
                                rs.timeValue(i).hour, rs.timeValue(i).minute,
                                rs.timeValue(i).second, rs.timeValue(i).second_part, b)) {
    done = true;
  } else {
    done = encodeValue(c, rs.value(i), b, err);
  }
  if (!done) return "\xff<unconvertible: " + err + ">";
  const std::string& d = b.data();
  int32_t len =
      static_cast<int32_t>((static_cast<uint32_t>(static_cast<unsigned char>(d[0])) << 24) |
                           (static_cast<uint32_t>(static_cast<unsigned char>(d[1])) << 16) |
                           (static_cast<uint32_t>(static_cast<unsigned char>(d[2])) << 8) |
                           static_cast<uint32_t>(static_cast<unsigned char>(d[3])));
  if (len < 0) return std::nullopt;  // zero date mapped to NULL
  return canonicalBinary(c, d.substr(4, static_cast<size_t>(len)));
}

uint64_t mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

struct Hasher {
  uint64_t h = 1469598103934665603ULL;
  void add(std::string_view s) {
    for (unsigned char ch : s) h = (h ^ ch) * 1099511628211ULL;
    h = (h ^ 0x1f) * 1099511628211ULL;
  }
  void add(const std::optional<std::string>& v) {
    if (!v) {
      h = (h ^ 0xfe) * 1099511628211ULL;
      return;
    }
    add(std::string_view(std::to_string(v->size())));
    add(std::string_view(*v));
  }
  uint64_t value() const { return mix(h); }
};

std::string preview(const std::optional<std::string>& v, bool binary) {
  if (!v) return "NULL";
  if (!binary) return v->size() > 200 ? v->substr(0, 200) + "..." : *v;
  static const char* h = "0123456789abcdef";
  std::string out = "\\x";
  for (size_t i = 0; i < v->size() && i < 48; ++i) {
    out += h[static_cast<unsigned char>((*v)[i]) >> 4];
    out += h[static_cast<unsigned char>((*v)[i]) & 15];
  }
  if (v->size() > 48) out += "...";
  return out;
}

// Streams a PostgreSQL query with binary results, one row at a time.
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

// ---- connections ----

// One source and one target connection: what one checksum query pair runs on.
struct ConnPair {
  std::unique_ptr<SourceConn> src;
  std::unique_ptr<PgConn> pg;
};

// ValidationSettings.ThreadCount slots, shared by all tables: each table worker holds one slot
// (its own pair) while it has tables to validate; the others may be taken, one pair each, to
// checksum ranges of a large table at the same time. A worker that runs out of tables gives
// its slot and its pair back, so the pair serves the remaining tables' ranges.
class PairPool {
 public:
  PairPool(const Task& task, size_t freeSlots) : task_(task), free_(freeSlots) {}

  // A pair for one more parallel range group, or nullptr when every slot is in use (or a new
  // connection fails: the work then goes on with the pairs it has).
  std::unique_ptr<ConnPair> tryTake() {
    {
      std::lock_guard<std::mutex> l(mu_);
      if (free_ == 0) return nullptr;
      --free_;
      if (!idle_.empty()) {
        auto p = std::move(idle_.back());
        idle_.pop_back();
        return p;
      }
    }
    try {
      auto p = std::make_unique<ConnPair>();
      p->pg = std::make_unique<PgConn>(targetParams(task_));
      p->src = std::make_unique<SourceConn>(sourceParams(task_));
      prepareSourceSession(*p->src);
      return p;
    } catch (const std::exception&) {
      give(nullptr);
      return nullptr;
    }
  }
  // Gives a slot back, with its pair (nullptr: the pair is not reusable, only the slot returns).
  void give(std::unique_ptr<ConnPair> p) {
    std::lock_guard<std::mutex> l(mu_);
    ++free_;
    if (p) idle_.push_back(std::move(p));
  }

 private:
  const Task& task_;
  std::mutex mu_;
  size_t free_;
  std::vector<std::unique_ptr<ConnPair>> idle_;
};

// ---- ranges ----

// A set of rows on both sides: a key range [lo, lo + width) of a single integer key, or the
// rows whose md5(key) starts with `prefix` (any other key), within an extra restriction.
struct Range {
  std::string srcWhere, tgtWhere;  // restriction (both non-empty)
  bool numeric = false;
  Int128 lo = 0, width = 0;
  std::string prefix;
  std::string label;  // for messages
};

struct Sums {
  uint64_t count = 0;
  std::string serverSum = "0";  // exact decimal sum of 60-bit slices
  uint64_t clientSum = 0;       // sum (mod 2^64) of client-side row hashes
  bool operator==(const Sums& o) const {
    return count == o.count && serverSum == o.serverSum && clientSum == o.clientSum;
  }
};

class TableValidator {
 public:
  TableValidator(const Task& task, TablePlan& p, SourceConn& src, PgConn& pg, PgConn& ctl,
                 PairPool& pool)
      : task_(task), p_(p), src_(src), pg_(pg), ctl_(ctl), pool_(pool) {}

  TableValidation run();

 private:
  struct Grouping {
    std::string src, tgt;  // SQL bucket expression on each side
  };
  using BucketSums = std::map<std::string, Sums>;

  void setup();
  uint64_t groupSums(SourceConn& src, PgConn& pg, const Range& r, const Grouping& g, BucketSums& s,
                     BucketSums& t) const;
  void rootSumsParallel(Int128 lo, Int128 width, uint64_t buckets, const Grouping& g, BucketSums& s,
                        BucketSums& t);
  Grouping childGrouping(const Range& r, int digits, Int128& childWidth) const;
  Range child(const Range& r, const std::string& bucket, Int128 childWidth, int digits) const;
  void narrow(const Range& r, const Sums& s, const Sums& t);
  void compareRows(const Range& r);
  void fail(const std::string& type, const std::string& key, const nlohmann::json& details);
  std::string keyJson(const std::vector<std::optional<std::string>>& keyVals) const;

  const Task& task_;
  TablePlan& p_;
  SourceConn& src_;
  PgConn& pg_;
  PgConn& ctl_;
  PairPool& pool_;
  TableValidation out_;
  std::vector<Canon> canon_;
  std::vector<size_t> clientCols_;
  std::string srcKey_, tgtKey_;  // canonical key text expressions
  std::string srcRowHash_, tgtRowHash_;
  std::string srcBase_;  // source filter ("1=1" when none)
  bool keyed_ = false, numericKey_ = false;
  uint64_t recorded_ = 0;
};

void TableValidator::setup() {
  std::string sparts = "'r'", tparts = "'r'";
  for (size_t i = 0; i < p_.columns.size(); ++i) {
    canon_.push_back(canonOf(p_.columns[i]));
    const Canon& c = canon_.back();
    if (c.client) {
      clientCols_.push_back(i);
      out_.clientColumns.push_back(p_.columns[i].target);
      continue;
    }
    sparts += ", " + srcPart(c.src);
    tparts += ", " + tgtPart(c.tgt);
  }
  srcRowHash_ = "CAST(CONV(LEFT(MD5(CONCAT_WS(',', " + sparts + ")), 15), 16, 10) AS UNSIGNED)";
  tgtRowHash_ = "('x' || left(md5(concat_ws(',', " + tparts + ")), 15))::bit(60)::bigint";
  keyed_ = !p_.keyColumns.empty();
  for (size_t k : p_.keyColumns)
    if (canon_[k].client) keyed_ = false;  // a float/JSON key cannot be bucketed on the servers
  if (keyed_) {
    std::string sk = "'k'", tk = "'k'";
    for (size_t k : p_.keyColumns) {
      sk += ", " + srcPart(canon_[k].src);
      tk += ", " + tgtPart(canon_[k].tgt);
    }
    srcKey_ = "CONCAT_WS(',', " + sk + ")";
    tgtKey_ = "concat_ws(',', " + tk + ")";
    const ColumnPlan& k0 = p_.columns[p_.keyColumns[0]];
    numericKey_ = p_.keyColumns.size() == 1 && k0.sourceIsNumeric && !k0.sourceIsString &&
                  (k0.codec.kind == PgKind::Int2 || k0.codec.kind == PgKind::Int4 ||
                   k0.codec.kind == PgKind::Int8 || k0.codec.kind == PgKind::Numeric) &&
                  k0.conversion != "decimal" && k0.conversion != "year";
  }
  srcBase_ = p_.filter.empty() ? "1=1" : "(" + p_.filter + ")";
}

void TableValidator::fail(const std::string& type, const std::string& key,
                          const nlohmann::json& details) {
  ++out_.failures;
  if (recorded_ >= static_cast<uint64_t>(task_.validationFailureMaxCount)) return;
  ++recorded_;
  ctl_.query(
      "INSERT INTO barge_control.validation_failures (task_name, table_owner, table_name, "
      "key_type, key, failure_type, details) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {task_.id, p_.srcSchema, p_.srcTable, keyed_ ? "Row" : "Table", key, type,
       details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)});
}

std::string TableValidator::keyJson(const std::vector<std::optional<std::string>>& keyVals) const {
  nlohmann::json key = nlohmann::json::object();
  for (size_t n = 0; n < p_.keyColumns.size(); ++n)
    key[p_.columns[p_.keyColumns[n]].source] =
        keyVals[n] ? nlohmann::json(*keyVals[n]) : nlohmann::json();
  return key.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Count + checksum per bucket of `g` within range `r`, on both sides. The two servers work at
// the same time (the source side runs in a second thread on its own connection). Without
// client-side columns each server aggregates; with them, one scan per side streams (bucket,
// key, server row hash, client columns) and barge sums both parts.
// Returns the rows streamed (both sides). Touches no member but reads: may run in several
// threads at once, each on its own pair.
uint64_t TableValidator::groupSums(SourceConn& src, PgConn& pg, const Range& r, const Grouping& g,
                                   BucketSums& s, BucketSums& t) const {
  const bool stream = !clientCols_.empty();
  std::string ssel = "CAST(" + g.src + " AS CHAR), " + (keyed_ ? srcKey_ : "''") + ", CAST(" +
                     srcRowHash_ + " AS CHAR)";
  std::string tsel =
      "(" + g.tgt + ")::text, " + (keyed_ ? tgtKey_ : "''") + ", (" + tgtRowHash_ + ")::text";
  for (size_t i : clientCols_) {
    ssel += ", " + p_.columns[i].selectExpr;
    tsel += ", " + pgQuoteIdent(p_.columns[i].target);
  }
  auto finish = [](BucketSums& b, std::map<std::string, Int128>& acc) {
    for (auto& [bucket, sum] : acc) b[bucket].serverSum = toString(sum);
  };
  auto source = std::async(std::launch::async, [&]() -> uint64_t {
    if (!stream) {
      auto srows =
          src.query("SELECT CAST(" + g.src + " AS CHAR), COUNT(*), SUM(" + srcRowHash_ + ") FROM " +
                    p_.srcQualified() + " WHERE " + r.srcWhere + " GROUP BY 1");
      for (const auto& row : srows) {
        Sums& x = s[row[0].value_or("")];
        x.count = std::stoull(row[1].value_or("0"));
        x.serverSum = row[2].value_or("0");
      }
      return 0;
    }
    uint64_t n = 0;
    std::map<std::string, Int128> acc;
    BinaryRowStream rs(src,
                       "SELECT " + ssel + " FROM " + p_.srcQualified() + " WHERE " + r.srcWhere);
    while (rs.next()) {
      ++n;
      Hasher h;
      h.add(std::string_view(rs.value(1)));
      for (size_t c = 0; c < clientCols_.size(); ++c) {
        unsigned col = static_cast<unsigned>(c + 3);
        h.add(rs.isNull(col) ? std::nullopt
                             : sourceBinary(p_.columns[clientCols_[c]].codec, rs, col));
      }
      std::string bucket(rs.isNull(0) ? "" : rs.value(0));
      Sums& x = s[bucket];
      ++x.count;
      x.clientSum += h.value();
      Int128 v = 0;
      parseInt128(std::string(rs.value(2)), v);
      acc[bucket] += v;
    }
    finish(s, acc);
    return n;
  });
  uint64_t streamed = 0;
  try {
    if (!stream) {
      auto tres = pg.query("SELECT (" + g.tgt + ")::text, count(*), sum(" + tgtRowHash_ +
                           ") FROM " + p_.tgtQualified() + " WHERE " + r.tgtWhere + " GROUP BY 1");
      for (int i = 0; i < PQntuples(tres.get()); ++i) {
        Sums& x = t[PQgetisnull(tres.get(), i, 0) ? "" : PQgetvalue(tres.get(), i, 0)];
        x.count = std::stoull(PQgetvalue(tres.get(), i, 1));
        x.serverSum = PQgetisnull(tres.get(), i, 2) ? "0" : PQgetvalue(tres.get(), i, 2);
      }
    } else {
      std::map<std::string, Int128> acc;
      TargetStream ts(pg, "SELECT " + tsel + " FROM " + p_.tgtQualified() + " WHERE " + r.tgtWhere);
      std::vector<std::optional<std::string>> v;
      while (ts.next(v)) {
        ++streamed;
        Hasher h;
        h.add(std::string_view(v[1].value_or("")));
        for (size_t c = 0; c < clientCols_.size(); ++c) {
          auto& x = v[c + 3];
          h.add(x ? std::optional<std::string>(
                        canonicalBinary(p_.columns[clientCols_[c]].codec, std::move(*x)))
                  : std::nullopt);
        }
        std::string bucket = v[0].value_or("");
        Sums& x = t[bucket];
        ++x.count;
        x.clientSum += h.value();
        Int128 hv = 0;
        parseInt128(v[2].value_or("0"), hv);
        acc[bucket] += hv;
      }
      finish(t, acc);
    }
  } catch (...) {
    source.wait();  // the source thread uses members of this object
    throw;
  }
  return streamed + source.get();
}

// The root buckets of a single integer key, computed in contiguous groups of buckets: group i
// is the key range [lo + first_i * width, lo + end_i * width), the first group also takes every
// key below it (bucket -1 and NULL keys), the last every key above (target keys past the source
// maximum). Each group is one groupSums with the root's own bucket expression, so every row
// falls in exactly one group and gets the bucket the single query would give it: the merged
// sums are those of one query over the whole table. Groups run on this table's pair and on as
// many more pairs as the pool has free (taken while groups remain, given back at the end).
void TableValidator::rootSumsParallel(Int128 lo, Int128 width, uint64_t buckets, const Grouping& g,
                                      BucketSums& s, BucketSums& t) {
  const uint64_t groups = std::clamp<uint64_t>(buckets / kGroupBuckets, 1, kMaxGroups);
  if (groups < 2) {  // small table: one query per side over the whole table
    Range root;
    root.srcWhere = srcBase_;
    root.tgtWhere = "true";
    out_.rowsStreamed += groupSums(src_, pg_, root, g, s, t);
    return;
  }
  const ColumnPlan& k = p_.columns[p_.keyColumns[0]];
  const std::string sk = mysqlQuoteIdent(k.source), tk = pgQuoteIdent(k.target);
  std::vector<Range> ranges(groups);
  for (uint64_t i = 0; i < groups; ++i) {
    Range& r = ranges[i];
    // Group i holds the root buckets [buckets * i / groups, buckets * (i + 1) / groups).
    std::string from = toString(lo + static_cast<Int128>(buckets * i / groups) * width);
    std::string to = toString(lo + static_cast<Int128>(buckets * (i + 1) / groups) * width);
    std::string sw, tw;
    if (i == 0 && !k.codec.notNull) {  // a nullable unique key: NULL keys go to group 0 too
      sw = "(" + sk + " IS NULL OR " + sk + " < " + to + ")";
      tw = "(" + tk + " IS NULL OR " + tk + " < " + to + ")";
    } else if (i == 0) {
      sw = sk + " < " + to;
      tw = tk + " < " + to;
    } else if (i + 1 == groups) {
      sw = sk + " >= " + from;
      tw = tk + " >= " + from;
    } else {
      sw = sk + " >= " + from + " AND " + sk + " < " + to;
      tw = tk + " >= " + from + " AND " + tk + " < " + to;
    }
    r.srcWhere = srcBase_ + " AND " + sw;
    r.tgtWhere = tw;
    r.label = "root group " + std::to_string(i);
  }
  std::vector<BucketSums> gs(groups), gt(groups);
  std::atomic<uint64_t> next{0};
  std::atomic<uint64_t> streamed{0};
  std::atomic<bool> stop{false};
  std::mutex mu;
  std::exception_ptr error;
  auto work = [&](SourceConn& src, PgConn& pg) {
    try {
      for (uint64_t i = next++; i < groups && !stop; i = next++)
        streamed += groupSums(src, pg, ranges[i], g, gs[i], gt[i]);
      return true;
    } catch (...) {
      std::lock_guard<std::mutex> l(mu);
      if (!error) error = std::current_exception();
      stop = true;
      return false;
    }
  };
  std::vector<std::thread> helpers;
  std::vector<std::unique_ptr<ConnPair>> pairs(groups);  // helper i's pair (kept until joined)
  try {
    for (uint64_t i = next++; i < groups && !stop; i = next++) {
      // More groups left than pairs at work: take another pair if one is free.
      if (groups - std::min<uint64_t>(groups, next.load()) > helpers.size()) {
        if (auto p = pool_.tryTake()) {
          size_t h = helpers.size();
          pairs[h] = std::move(p);
          try {
            helpers.emplace_back([&, h] {
              if (!work(*pairs[h]->src, *pairs[h]->pg)) pairs[h].reset();  // broken: not reused
            });
          } catch (...) {
            pool_.give(std::move(pairs[h]));
            throw;
          }
        }
      }
      streamed += groupSums(src_, pg_, ranges[i], g, gs[i], gt[i]);
    }
  } catch (...) {
    std::lock_guard<std::mutex> l(mu);
    if (!error) error = std::current_exception();
    stop = true;
  }
  const size_t taken = helpers.size();
  out_.rangeGroups = groups;
  out_.rangePairs = 1 + taken;
  for (auto& h : helpers) h.join();
  for (size_t h = 0; h < taken; ++h) pool_.give(std::move(pairs[h]));  // slot, and pair if sound
  if (error) std::rethrow_exception(error);
  out_.rowsStreamed += streamed.load();
  // Merge: the groups' buckets are disjoint by construction; a bucket in two groups would be an
  // error in the split, never something to add up silently.
  auto merge = [](std::vector<BucketSums>& parts, BucketSums& into) {
    for (auto& part : parts)
      for (auto& [b, x] : part)
        if (!into.emplace(b, x).second)
          throw std::logic_error("validate: bucket " + b + " computed by two range groups");
  };
  merge(gs, s);
  merge(gt, t);
}

TableValidator::Grouping TableValidator::childGrouping(const Range& r, int digits,
                                                       Int128& childWidth) const {
  Grouping g;
  if (r.numeric) {
    childWidth = (r.width + digits - 1) / digits;  // `digits` = fan-out for numeric ranges
    if (childWidth < 1) childWidth = 1;
    const ColumnPlan& k = p_.columns[p_.keyColumns[0]];
    std::string lo = toString(r.lo), w = toString(childWidth);
    g.src = "(CAST(" + mysqlQuoteIdent(k.source) + " AS DECIMAL(65,0)) - " + lo + ") DIV " + w;
    g.tgt = "div(" + pgQuoteIdent(k.target) + "::numeric - " + lo + ", " + w + ")";
    return g;
  }
  int len = static_cast<int>(r.prefix.size()) + digits;
  g.src = "LEFT(MD5(" + srcKey_ + "), " + std::to_string(len) + ")";
  g.tgt = "left(md5(" + tgtKey_ + "), " + std::to_string(len) + ")";
  return g;
}

Range TableValidator::child(const Range& r, const std::string& bucket, Int128 childWidth,
                            int) const {
  Range c;
  if (r.numeric) {
    Int128 b = 0;
    parseInt128(bucket, b);
    c.numeric = true;
    c.lo = r.lo + b * childWidth;
    // The last child ends where its parent ends (16 children of a width that 16 does not
    // divide would reach past it, into a range compared on its own: rows counted twice).
    // A root bucket (parent width 0) has no end to respect.
    c.width = r.width > 0 ? std::min(childWidth, r.lo + r.width - c.lo) : childWidth;
    const ColumnPlan& k = p_.columns[p_.keyColumns[0]];
    std::string lo = toString(c.lo), hi = toString(c.lo + c.width);
    c.srcWhere = srcBase_ + " AND " + mysqlQuoteIdent(k.source) + " >= " + lo + " AND " +
                 mysqlQuoteIdent(k.source) + " < " + hi;
    c.tgtWhere =
        pgQuoteIdent(k.target) + " >= " + lo + " AND " + pgQuoteIdent(k.target) + " < " + hi;
    c.label = "[" + lo + ", " + hi + ")";
    return c;
  }
  c.prefix = bucket;
  c.srcWhere = r.srcWhere + " AND LEFT(MD5(" + srcKey_ + "), " + std::to_string(bucket.size()) +
               ") = '" + bucket + "'";
  c.tgtWhere = r.tgtWhere + " AND left(md5(" + tgtKey_ + "), " + std::to_string(bucket.size()) +
               ") = '" + bucket + "'";
  c.label = "md5(key) " + bucket + "*";
  return c;
}

void TableValidator::narrow(const Range& r, const Sums& s, const Sums& t) {
  // Small, or one side empty (every row differs: no point in splitting further).
  bool leaf = std::max(s.count, t.count) <= kRowLimit || s.count == 0 || t.count == 0 ||
              (r.numeric ? r.width <= 1 : static_cast<int>(r.prefix.size()) >= kMaxHashDigits);
  if (leaf) {
    compareRows(r);
    return;
  }
  Int128 w = 0;
  Grouping g = childGrouping(r, r.numeric ? 16 : 1, w);  // 16-way either way
  BucketSums ss, ts;
  out_.rowsStreamed += groupSums(src_, pg_, r, g, ss, ts);
  std::map<std::string, std::pair<Sums, Sums>> all;
  for (auto& [b, x] : ss) all[b].first = x;
  for (auto& [b, x] : ts) all[b].second = x;
  for (auto& [b, pr] : all) {
    ++out_.ranges;
    if (pr.first == pr.second) continue;
    ++out_.mismatchedRanges;
    narrow(child(r, b, w, 1), pr.first, pr.second);
  }
}

void TableValidator::compareRows(const Range& r) {
  // Key values, then per column: canonical text (server columns) or raw value (client).
  std::string ssel, tsel;
  for (size_t k : p_.keyColumns) {
    ssel += (ssel.empty() ? "" : ", ") + canon_[k].src;
    tsel += (tsel.empty() ? "" : ", ") + canon_[k].tgt;
  }
  for (size_t i = 0; i < p_.columns.size(); ++i) {
    ssel += ", " + (canon_[i].client ? p_.columns[i].selectExpr : canon_[i].src);
    tsel += ", " + (canon_[i].client ? pgQuoteIdent(p_.columns[i].target) : canon_[i].tgt);
  }
  const size_t nk = p_.keyColumns.size(), nc = p_.columns.size();
  using Vals = std::vector<std::optional<std::string>>;
  std::map<Vals, Vals> srcRows, tgtRows;
  {
    BinaryRowStream rs(src_,
                       "SELECT " + ssel + " FROM " + p_.srcQualified() + " WHERE " + r.srcWhere);
    while (rs.next()) {
      ++out_.rowsCompared;
      Vals key(nk), vals(nc);
      for (size_t i = 0; i < nk + nc; ++i) {
        unsigned col = static_cast<unsigned>(i);
        std::optional<std::string> v;
        if (!rs.isNull(col)) {
          size_t ci = i - nk;
          v = i >= nk && canon_[ci].client ? sourceBinary(p_.columns[ci].codec, rs, col)
                                           : std::optional<std::string>(rs.value(col));
        }
        (i < nk ? key[i] : vals[i - nk]) = std::move(v);
      }
      srcRows[std::move(key)] = std::move(vals);
    }
  }
  TargetStream ts(pg_, "SELECT " + tsel + " FROM " + p_.tgtQualified() + " WHERE " + r.tgtWhere);
  Vals v;
  while (ts.next(v)) {
    ++out_.rowsCompared;
    Vals key(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(nk));
    Vals vals(v.begin() + static_cast<std::ptrdiff_t>(nk), v.end());
    for (size_t ci = 0; ci < nc; ++ci)
      if (canon_[ci].client && vals[ci])
        vals[ci] = canonicalBinary(p_.columns[ci].codec, std::move(*vals[ci]));
    tgtRows[std::move(key)] = std::move(vals);
  }
  auto shown = [&](size_t ci, const std::optional<std::string>& x) {
    bool json =
        p_.columns[ci].codec.kind == PgKind::Json || p_.columns[ci].codec.kind == PgKind::Jsonb;
    return preview(x, canon_[ci].client && !json);
  };
  for (const auto& [key, sv] : srcRows) {
    auto it = tgtRows.find(key);
    if (it == tgtRows.end()) {
      fail("MISSING_TARGET", keyJson(key),
           {{"reason", "row is in the source but not in the target"}});
      continue;
    }
    nlohmann::json diff = nlohmann::json::object();
    for (size_t ci = 0; ci < nc; ++ci)
      if (sv[ci] != it->second[ci])
        diff[p_.columns[ci].target] = {{"source", shown(ci, sv[ci])},
                                       {"target", shown(ci, it->second[ci])}};
    if (!diff.empty()) fail("RECORD_DIFF", keyJson(key), {{"columns", diff}});
  }
  for (const auto& [key, tv] : tgtRows)
    if (!srcRows.count(key))
      fail("MISSING_SOURCE", keyJson(key),
           {{"reason", "row is in the target but not in the source"}});
}

TableValidation TableValidator::run() {
  out_.table = p_.srcName();
  setup();
  ctl_.query(
      "DELETE FROM barge_control.validation_failures WHERE task_name = $1 AND table_owner = $2 AND "
      "table_name = $3",
      {task_.id, p_.srcSchema, p_.srcTable});

  Range root;
  root.srcWhere = srcBase_;
  root.tgtWhere = "true";
  root.label = "table";
  uint64_t partition = static_cast<uint64_t>(std::max(1, task_.validationPartitionSize));
  uint64_t buckets = std::clamp<uint64_t>(p_.estRows / partition + 1, 1, 4096);
  Grouping g;
  Int128 lo = 0, width = 0;
  if (!keyed_) {
    g.src = "'0'";
    g.tgt = "'0'";
  } else if (numericKey_) {
    const ColumnPlan& k = p_.columns[p_.keyColumns[0]];
    std::string qk = mysqlQuoteIdent(k.source);
    auto mm = src_.query("SELECT CAST(MIN(" + qk + ") AS CHAR), CAST(MAX(" + qk +
                         ") AS CHAR) FROM " + p_.srcQualified() + " WHERE " + srcBase_);
    Int128 hi = 0;
    if (mm.empty() || !mm[0][0] || !parseInt128(*mm[0][0], lo) || !parseInt128(*mm[0][1], hi)) {
      lo = 0;
      hi = 0;
    }
    width = (hi - lo + 1 + static_cast<Int128>(buckets) - 1) / static_cast<Int128>(buckets);
    if (width < 1) width = 1;
    // Keys below the source minimum (only possible on the target) form bucket -1.
    std::string l = toString(lo), w = toString(width);
    g.src = "IF(" + qk + " < " + l + ", -1, (CAST(" + qk + " AS DECIMAL(65,0)) - " + l + ") DIV " +
            w + ")";
    std::string tk = pgQuoteIdent(k.target);
    g.tgt = "CASE WHEN " + tk + " < " + l + " THEN -1 ELSE div(" + tk + "::numeric - " + l + ", " +
            w + ") END";
  } else {
    int digits = buckets <= 16 ? 1 : buckets <= 256 ? 2 : 3;
    g.src = "LEFT(MD5(" + srcKey_ + "), " + std::to_string(digits) + ")";
    g.tgt = "left(md5(" + tgtKey_ + "), " + std::to_string(digits) + ")";
  }
  BucketSums ss, ts;
  if (numericKey_)
    rootSumsParallel(lo, width, buckets, g, ss, ts);
  else
    out_.rowsStreamed += groupSums(src_, pg_, root, g, ss, ts);
  std::map<std::string, std::pair<Sums, Sums>> all;
  for (auto& [b, x] : ss) all[b].first = x;
  for (auto& [b, x] : ts) all[b].second = x;
  for (auto& [b, pr] : all) {
    out_.sourceRows += pr.first.count;
    out_.targetRows += pr.second.count;
  }
  for (auto& [b, pr] : all) {
    ++out_.ranges;
    if (pr.first == pr.second) continue;
    ++out_.mismatchedRanges;
    if (!keyed_) {
      fail("RECORD_DIFF", "{}",
           {{"source_rows", pr.first.count},
            {"target_rows", pr.second.count},
            {"reason",
             "table without a usable key: counts or checksums differ; rows cannot be "
             "narrowed"}});
      continue;
    }
    Range r;
    if (numericKey_ && b == "-1") {
      // Below the source minimum: narrowed by key hash.
      const ColumnPlan& k = p_.columns[p_.keyColumns[0]];
      r.srcWhere = srcBase_ + " AND " + mysqlQuoteIdent(k.source) + " < " + toString(lo);
      r.tgtWhere = pgQuoteIdent(k.target) + " < " + toString(lo);
      r.label = "below " + toString(lo);
    } else if (numericKey_) {
      Range whole;
      whole.numeric = true;
      whole.lo = lo;
      whole.srcWhere = srcBase_;
      whole.tgtWhere = "true";
      r = child(whole, b, width, 0);
    } else {
      r = child(root, b, 0, 0);
    }
    narrow(r, pr.first, pr.second);
  }
  if (out_.mismatchedRanges == 0)
    out_.state = "Validated";
  else if (!keyed_)
    out_.state = "No primary key";
  else
    out_.state = "Mismatched records";
  if (!keyed_ && out_.mismatchedRanges)
    out_.message = "no usable primary/unique key: the difference cannot be narrowed to rows";
  if (!out_.clientColumns.empty()) {
    std::string cols;
    for (const auto& c : out_.clientColumns) cols += (cols.empty() ? "" : ", ") + c;
    if (out_.message.empty()) out_.message = "hashed in barge: " + cols;
  }
  return out_;
}

}  // namespace

std::vector<TableValidation> validateTables(const Task& task, std::vector<TablePlan>& plans) {
  std::vector<TableValidation> out(plans.size());
  {
    PgConn ctl(targetParams(task));
    ensureControlSchema(ctl);
  }
  // ThreadCount tables at a time, each worker with its own three connections; the slots left
  // over (fewer tables than ThreadCount, or workers out of tables) checksum ranges of large
  // tables in parallel (PairPool).
  size_t n = std::min<size_t>(static_cast<size_t>(std::max(1, task.validationThreadCount)),
                              std::max<size_t>(1, plans.size()));
  PairPool pool(task, static_cast<size_t>(std::max(1, task.validationThreadCount)) - n);
  std::atomic<size_t> next{0};
  std::exception_ptr connectError;
  std::mutex mu;
  auto worker = [&] {
    std::unique_ptr<PgConn> ctl, pg;
    std::unique_ptr<SourceConn> src;
    try {
      ctl = std::make_unique<PgConn>(targetParams(task));
      pg = std::make_unique<PgConn>(targetParams(task));
      src = std::make_unique<SourceConn>(sourceParams(task));
      prepareSourceSession(*src);
    } catch (...) {
      pool.give(nullptr);  // the slot serves others
      std::lock_guard<std::mutex> l(mu);
      if (!connectError) connectError = std::current_exception();
      return;
    }
    for (size_t i = next++; i < plans.size(); i = next++) {
      TablePlan& p = plans[i];
      TableValidation v;
      v.table = p.srcName();
      try {
        if (p.error.empty()) resolveTarget(*ctl, p);
        if (!p.error.empty()) {
          v.state = "Table error";
          v.message = p.error;
        } else {
          v = TableValidator(task, p, *src, *pg, *ctl, pool).run();
        }
      } catch (const std::exception& e) {
        v.state = "Table error";
        v.message = e.what();
      }
      try {
        setValidation(*ctl, task.id, p.srcSchema, p.srcTable, v.state, 0,
                      static_cast<int64_t>(v.failures));
      } catch (const std::exception& e) {
        v.message += std::string(v.message.empty() ? "" : "; ") +
                     "ValidationState not saved in barge_control: " + e.what();
      }
      out[i] = std::move(v);
    }
    // No tables left for this worker: its slot and pair go to the tables still running.
    auto pair = std::make_unique<ConnPair>();
    pair->src = std::move(src);
    pair->pg = std::move(pg);
    pool.give(std::move(pair));
  };
  std::vector<std::thread> threads;
  for (size_t i = 0; i < n; ++i) threads.emplace_back(worker);
  for (auto& t : threads) t.join();
  // A worker that could not connect leaves its tables to the others; none connected: report.
  if (connectError && next.load() < plans.size()) std::rethrow_exception(connectError);
  if (connectError)
    for (size_t i = 0; i < plans.size(); ++i)
      if (out[i].state.empty()) std::rethrow_exception(connectError);
  return out;
}

}  // namespace barge::mover
