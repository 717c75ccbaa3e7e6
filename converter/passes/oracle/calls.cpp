// Oracle built-ins whose conversion depends on argument types or on IR parts a table row
// cannot express. Oracle Database SQL Language Reference, per function.
#include <cstring>
#include "converter/passes/functions.h"
#include "converter/passes/oracle/oracle_passes.h"

#include "converter/identifiers.h"
#include "converter/rules/oracle_pg_format_models.h"
#include "ir/clone.h"

namespace barge::converter::oracle {

namespace {

bool temporal(ir::ValueType t) {
  return t == ir::ValueType::Date || t == ir::ValueType::Timestamp ||
         t == ir::ValueType::TimestampTz;
}

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

const std::string* stringArg(const ir::Call& c, size_t i) {
  if (i >= c.args.size() || !c.args[i].value || c.args[i].value->kind != ir::ExprKind::Literal)
    return nullptr;
  const auto& l = c.args[i].value->as<ir::Literal>();
  return l.literalKind == ir::LiteralKind::String ? &l.value : nullptr;
}

void useTemplate(ir::ExprPtr& e, std::string t, ir::ValueType type) {
  auto& c = e->as<ir::Call>();
  c.pgTemplate = std::move(t);
  c.target = true;
  c.valueType = type;
}

void useCompat(ir::ExprPtr& e, PassContext& ctx, const std::string& fn) {
  auto& c = e->as<ir::Call>();
  c.function.parts = {ir::Identifier{"barge_compat", false}, ir::Identifier{fn, false}};
  c.target = true;
  ctx.compatUsed.insert(fn);
}

// TRUNC(date [, fmt]) / ROUND(date [, fmt]) ("ROUND and TRUNC Date Functions"): units
// date_trunc knows directly; the rest (WW, W, DAY, ROUND) go to barge_compat.
const char* truncUnit(const std::string& fmt) {
  static const std::pair<const char*, const char*> kUnits[] = {
      {"SYYYY", "year"}, {"YYYY", "year"},  {"YEAR", "year"}, {"SYEAR", "year"},  {"YYY", "year"},
      {"YY", "year"},    {"Y", "year"},     {"Q", "quarter"}, {"MONTH", "month"}, {"MON", "month"},
      {"MM", "month"},   {"RM", "month"},   {"IW", "week"},   {"DDD", "day"},     {"DD", "day"},
      {"J", "day"},      {"HH", "hour"},    {"HH12", "hour"}, {"HH24", "hour"},   {"MI", "minute"},
      {"CC", "century"}, {"SCC", "century"}};
  for (const auto& [f, u] : kUnits)
    if (fmt == f) return u;
  return nullptr;
}

bool truncOrRound(ir::ExprPtr& e, PassContext& ctx, bool trunc) {
  auto& c = e->as<ir::Call>();
  if (c.args.empty() || c.args.size() > 2) return false;
  ir::ValueType t = c.args[0].value->valueType;
  if (temporal(t)) {
    std::string cast = t == ir::ValueType::TimestampTz ? "timestamptz" : "timestamp";
    const std::string* fmt = c.args.size() == 2 ? stringArg(c, 1) : nullptr;
    const char* unit = c.args.size() == 1 ? "day" : fmt ? truncUnit(upper(*fmt)) : nullptr;
    if (trunc && unit) {
      if (c.args.size() == 2) c.args.pop_back();
      useTemplate(e, std::string("date_trunc('") + unit + "', CAST({0} AS " + cast + "))", t);
      return true;
    }
    useCompat(e, ctx, trunc ? "trunc" : "round");
    return true;
  }
  if (t == ir::ValueType::Unknown || t == ir::ValueType::Null) {
    if (c.args.size() == 2 && stringArg(c, 1)) {  // a format model: it is a date
      useCompat(e, ctx, trunc ? "trunc" : "round");
      return true;
    }
    ctx.actions.add("BRG-2010", e->loc,
                    std::string(trunc ? "TRUNC" : "ROUND") +
                        ": argument type unknown, converted as the numeric function");
  }
  // numbers: PostgreSQL has round/trunc(numeric, int) but not for double precision
  if (c.args.size() == 2)
    useTemplate(e, std::string(trunc ? "trunc" : "round") + "(CAST({0} AS numeric), {1})",
                ir::ValueType::Number);
  else
    useTemplate(e, std::string(trunc ? "trunc" : "round") + "({0})", t);
  return true;
}

// GREATEST / LEAST: Oracle returns NULL when any argument is NULL; PostgreSQL ignores NULLs.
bool greatestLeast(ir::ExprPtr& e, const char* fn) {
  auto& c = e->as<ir::Call>();
  if (c.args.empty()) return false;
  std::string t = "CASE WHEN ";
  std::string call = std::string(fn) + "(";
  for (size_t i = 0; i < c.args.size(); ++i) {
    t += (i ? " OR {" : "{") + std::to_string(i) + "} IS NULL";
    call += (i ? ", {" : "{") + std::to_string(i) + "}";
  }
  t += " THEN NULL ELSE " + call + ") END";
  useTemplate(e, t, c.args[0].value->valueType);
  return true;
}

// LISTAGG(x [, delimiter]) WITHIN GROUP (ORDER BY ...) -> string_agg(x::text, delimiter
// ORDER BY ...). As an analytic function Oracle orders inside the group; PostgreSQL cannot
// take ORDER BY in a window aggregate, so that form is reported.
bool listagg(ir::ExprPtr& e, PassContext& ctx) {
  auto& c = e->as<ir::Call>();
  if (c.args.empty() || c.args.size() > 2) return false;
  if (c.over && !c.withinGroup.empty()) {
    ctx.actions.add("BRG-2005", e->loc,
                    "LISTAGG ... WITHIN GROUP ... OVER: PostgreSQL window aggregates cannot order");
    e = reportedRaw(*e, "LISTAGG OVER");
    return true;
  }
  if (c.args[0].value->valueType == ir::ValueType::Number) {
    // Oracle turns a NUMBER into text as TO_CHAR(n) does (.2, not numeric's 0.20)
    ir::SourceLocation loc = c.args[0].value->loc;
    std::vector<ir::ExprPtr> operand;
    operand.push_back(std::move(c.args[0].value));
    c.args[0].value = templateCall(loc, "barge_compat.to_char(CAST({0} AS numeric))",
                                   std::move(operand), ir::ValueType::Text);
    ctx.compatUsed.insert("to_char");
  } else {
    auto cast = std::make_unique<ir::Cast>();
    cast->loc = c.args[0].value->loc;
    cast->style = "CAST";
    cast->pgType = "text";
    cast->valueType = ir::ValueType::Text;
    cast->operand = std::move(c.args[0].value);
    c.args[0].value = std::move(cast);
  }
  if (c.args.size() == 1) {
    auto empty = std::make_unique<ir::Literal>();
    empty->loc = e->loc;
    empty->literalKind = ir::LiteralKind::String;  // no delimiter: values run together
    c.args.push_back({{}, std::move(empty)});
  }
  c.function.parts = {ir::Identifier{"string_agg", false}};
  c.target = true;
  c.aggregateOrder = std::move(c.withinGroup);
  c.withinGroup.clear();
  c.valueType = ir::ValueType::Text;
  return true;
}

// MAKE_REF(view_or_table, key) (SQL Language Reference, "MAKE_REF"): a reference to the row of
// an object view or table with a primary-key object identifier. REF columns and attributes are
// text in PostgreSQL (user_types.cpp), so the reference is that key as text; a key of several
// columns has no single text form agreed with the data and is reported.
bool makeRef(ir::ExprPtr& e, PassContext& ctx) {
  auto& c = e->as<ir::Call>();
  if (c.args.size() != 2) {
    ctx.actions.add("BRG-2005", e->loc,
                    "MAKE_REF with a key of " + std::to_string(c.args.size() - 1) +
                        " columns: PostgreSQL has no object references");
    e = reportedRaw(*e, "MAKE_REF");
    return true;
  }
  ctx.actions.add("BRG-2010", e->loc,
                  "MAKE_REF: the reference is the row's key as text (REF values are text in "
                  "PostgreSQL); DEREF and navigation through it need a join written by hand");
  useTemplate(e, "CAST({1} AS text)", ir::ValueType::Text);
  return true;
}

// EXTRACT(field FROM x): the front end gives the field as a string argument.
bool extract(ir::ExprPtr& e, PassContext& ctx) {
  auto& c = e->as<ir::Call>();
  const std::string* f = stringArg(c, 0);
  if (!f || c.args.size() != 2) return false;
  static const char* kFields[] = {"YEAR",   "MONTH",  "DAY",           "HOUR",
                                  "MINUTE", "SECOND", "TIMEZONE_HOUR", "TIMEZONE_MINUTE"};
  std::string field = upper(*f);
  for (const char* k : kFields)
    if (field == k) {
      useTemplate(e, "EXTRACT(" + field + " FROM {1})", ir::ValueType::Number);
      return true;
    }
  ctx.actions.add("BRG-2005", e->loc, "EXTRACT(" + field + " ...) has no PostgreSQL equivalent");
  e = reportedRaw(*e, "EXTRACT " + field);
  return true;
}

// TO_CHAR / TO_DATE / TO_TIMESTAMP / TO_NUMBER with a format model (Oracle Database SQL
// Language Reference, "Format Models"): the model is translated by
// rules/oracle_pg_format_models; reading datetimes goes through barge_compat.to_timestamp*
// (wall-clock values, Oracle's RR/YY centuries and missing year/month).
bool formatCall(ir::ExprPtr& e, PassContext& ctx, const std::string& fn) {
  auto& c = e->as<ir::Call>();
  if (c.args.empty() || c.args.size() > 3) return false;
  ir::ValueType t = c.args[0].value->valueType;
  if (c.args.size() == 3) {
    ctx.actions.add("BRG-2010", c.args[2].value->loc,
                    fn + ": the NLS parameter argument is not carried over");
    c.args.pop_back();
  }
  if (c.args.size() == 1) {
    if (fn == "TO_NUMBER") {
      useTemplate(e, "CAST({0} AS numeric)", ir::ValueType::Number);
    } else if (fn == "TO_CHAR" && !temporal(t) && t != ir::ValueType::Text) {
      useCompat(e, ctx, "to_char");  // TO_CHAR(n): Oracle's shortest text ('.5')
      e->valueType = ir::ValueType::Text;
    } else if (fn == "TO_CHAR") {
      if (temporal(t))
        ctx.actions.add("BRG-2010", e->loc,
                        "TO_CHAR(date) without a model uses NLS_DATE_FORMAT in Oracle; "
                        "PostgreSQL prints ISO 8601");
      useTemplate(e, "CAST({0} AS text)", ir::ValueType::Text);
    } else {
      ctx.actions.add("BRG-2010", e->loc,
                      fn + " without a model reads NLS_DATE_FORMAT in Oracle; PostgreSQL reads "
                           "ISO 8601 and its own DateStyle");
      useTemplate(e, "CAST({0} AS timestamp(0))", ir::ValueType::Timestamp);
    }
    return true;
  }
  const std::string* model = stringArg(c, 1);
  if (!model) {
    ctx.actions.add("BRG-2005", e->loc, fn + " with a format model that is not a literal");
    e = reportedRaw(*e, fn);
    return true;
  }
  bool datetime = fn == "TO_DATE" || fn == "TO_TIMESTAMP" || (fn == "TO_CHAR" && temporal(t));
  FormatUse use = fn == "TO_CHAR" ? FormatUse::Print : FormatUse::Parse;
  FormatModelMapping m =
      datetime ? mapOracleDatetimeFormat(*model, use) : mapOracleNumberFormat(*model, use);
  for (const auto& u : m.unsupported)
    ctx.actions.add(
        "BRG-2005", c.args[1].value->loc,
        fn + ": format element " + u.element + " has no PostgreSQL equivalent (" + u.note + ")");
  if (!m.ok()) {
    e = reportedRaw(*e, fn);
    return true;
  }
  for (const auto& d : m.differences)
    ctx.actions.add("BRG-2010", c.args[1].value->loc, fn + ": " + d.element + ": " + d.note);
  std::string pg = quoteLiteral(m.pg);
  if (fn == "TO_CHAR") {
    std::string call = "to_char({0}, " + pg + ")";
    if (m.trimResult) call = "btrim(" + call + ")";
    if (m.upperResult) call = "upper(" + call + ")";
    c.args.pop_back();
    useTemplate(e, call, ir::ValueType::Text);
  } else if (fn == "TO_NUMBER") {
    c.args.pop_back();
    useTemplate(e, "to_number({0}, " + pg + ")", ir::ValueType::Number);
  } else {
    std::string read;
    if (m.needsOracleReader()) {
      ctx.compatUsed.insert("to_timestamp_oracle");
      auto opt = [](const std::string& v) {
        return v.empty() ? std::string("NULL") : quoteLiteral(v);
      };
      read = "barge_compat.to_timestamp_oracle({0}, " + pg + ", " + opt(m.yearProbe) + ", " +
             opt(m.yearRule) + ", " + (m.fillYear ? "true" : "false") + ", " +
             (m.fillMonth ? "true" : "false") + ")";
    } else {
      ctx.compatUsed.insert("to_timestamp");
      read = "barge_compat.to_timestamp({0}, " + pg + ")";
    }
    c.args.pop_back();
    useTemplate(e, fn == "TO_DATE" ? "CAST(" + read + " AS timestamp(0))" : read,
                ir::ValueType::Timestamp);
  }
  return true;
}

// VARIANCE / STDDEV (Oracle Database SQL Language Reference, VARIANCE, STDDEV): 0 for a
// single input row, where PostgreSQL's variance / stddev (the sample forms) give NULL. The
// analytic and DISTINCT forms keep the rule-table row.
bool oneRowIsZero(ir::ExprPtr& e, const char* fn) {
  auto& c = e->as<ir::Call>();
  if (c.args.size() != 1 || c.over || c.distinct || c.starArg) return false;
  useTemplate(e, std::string("CASE count({0}) WHEN 1 THEN 0 ELSE ") + fn + "({0}) END",
              ir::ValueType::Number);
  return true;
}

// RATIO_TO_REPORT(x) OVER (PARTITION BY ...) (Oracle Database SQL Language Reference,
// RATIO_TO_REPORT): x divided by the sum of x over the partition, decimal as NUMBER
// division is (sum of an integer column is bigint in PostgreSQL). An ORDER BY or frame is
// not allowed in its window, so the sum's window is the same.
bool ratioToReport(ir::ExprPtr& e, PassContext&) {
  auto& c = e->as<ir::Call>();
  if (c.args.size() != 1 || !c.over || !c.args[0].value) return false;
  auto sum = std::make_unique<ir::Call>();
  sum->loc = c.loc;
  sum->function.parts = {ir::Identifier{"sum", false}};
  sum->target = true;
  sum->valueType = ir::ValueType::Number;
  ir::Argument arg;
  arg.value = ir::clone(*c.args[0].value);
  sum->args.push_back(std::move(arg));
  sum->over = std::move(c.over);
  std::vector<ir::ExprPtr> parts;
  parts.push_back(std::move(c.args[0].value));
  parts.push_back(std::move(sum));
  ir::SourceLocation loc = e->loc;
  e = templateCall(loc, "(CAST({0} AS numeric) / {1})", std::move(parts), ir::ValueType::Number);
  return true;
}

}  // namespace

const SpecialCalls& specialCalls() {
  static const SpecialCalls kCalls = {
      {"TRUNC", [](ir::ExprPtr& e, PassContext& c) { return truncOrRound(e, c, true); }},
      {"ROUND", [](ir::ExprPtr& e, PassContext& c) { return truncOrRound(e, c, false); }},
      {"GREATEST", [](ir::ExprPtr& e, PassContext&) { return greatestLeast(e, "greatest"); }},
      {"LEAST", [](ir::ExprPtr& e, PassContext&) { return greatestLeast(e, "least"); }},
      {"LISTAGG", listagg},
      {"MAKE_REF", makeRef},
      {"RATIO_TO_REPORT", ratioToReport},
      {"VARIANCE", [](ir::ExprPtr& e, PassContext&) { return oneRowIsZero(e, "variance"); }},
      {"STDDEV", [](ir::ExprPtr& e, PassContext&) { return oneRowIsZero(e, "stddev"); }},
      {"EXTRACT", extract},
      {"TO_CHAR", [](ir::ExprPtr& e, PassContext& c) { return formatCall(e, c, "TO_CHAR"); }},
      {"TO_DATE", [](ir::ExprPtr& e, PassContext& c) { return formatCall(e, c, "TO_DATE"); }},
      {"TO_TIMESTAMP",
       [](ir::ExprPtr& e, PassContext& c) { return formatCall(e, c, "TO_TIMESTAMP"); }},
      {"TO_NUMBER", [](ir::ExprPtr& e, PassContext& c) { return formatCall(e, c, "TO_NUMBER"); }},
  };
  return kCalls;
}

}  // namespace barge::converter::oracle
