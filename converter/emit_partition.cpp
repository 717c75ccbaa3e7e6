// Partitioned tables (Oracle Database VLDB and Partitioning Guide; PostgreSQL 15 manual 5.11
// "Table Partitioning"). Each Oracle partition becomes a table `<table>_<partition>` that is a
// PARTITION OF its parent; subpartitions are partitions of those.
#include "converter/emit_partition.h"

#include <algorithm>

#include "converter/identifiers.h"

namespace barge::converter {

namespace {

bool supported(const std::string& method) {
  return method == "RANGE" || method == "LIST" || method == "HASH";
}

class PartitionEmitter {
 public:
  PartitionEmitter(ir::Dialect from, const PartitionTarget& t, ExprEmitter& exprs,
                   ObjectActions& actions)
      : from_(from), t_(t), exprs_(exprs), actions_(actions) {}

  PartitionPlan run(const ir::Partitioning& p, const std::vector<UniqueKey>& keys);

 private:
  bool fail(const ir::SourceLocation& loc, const std::string& why) {
    actions_.add("BRG-3032", loc, why + "; the table is created without partitioning");
    return false;
  }
  std::string keyList(const ir::Partitioning& p) {
    std::string s;
    for (const auto& c : p.columns) s += (s.empty() ? "" : ", ") + quoteIdent(pgName(from_, c));
    return p.method + " (" + s + ")";
  }
  // <table>_<partition>, or the partition's own name when it starts with <table>_ already
  // (SALES_Q1_2020 of SALES stays sales_q1_2020).
  std::string tableName(const std::string& suffix) {
    std::string n = suffix.rfind(t_.name + "_", 0) == 0 ? suffix : t_.name + "_" + suffix;
    if (n.size() > 63) n.resize(63);
    return n;
  }
  std::string qualified(const std::string& name) {
    return (t_.schema.empty() ? "" : quoteIdent(t_.schema) + ".") + quoteIdent(name);
  }
  std::string partName(const ir::PartitionDef& d, size_t i) {
    return d.name.empty() ? "p" + std::to_string(i + 1) : pgName(from_, d.name);
  }
  bool checkKey(const ir::Partitioning& p, const std::string& level);
  // The FOR VALUES ... / DEFAULT clauses of one level, in partition order; false on failure.
  bool bounds(const ir::Partitioning& p, const std::vector<const ir::PartitionDef*>& defs,
              size_t count, std::vector<std::string>& out);
  bool level(const ir::Partitioning& p, const ir::Partitioning* sub, const std::string& parent,
             const std::string& prefix, const std::vector<const ir::PartitionDef*>& defs,
             size_t count, bool subLevel);
  void storage(const ir::PartitionDef& d, const std::string& name) {
    if (d.ignored.empty()) return;
    std::string s;
    for (const auto& a : d.ignored) s += (s.empty() ? "" : ", ") + a.value;
    actions_.add("BRG-3001", d.loc, "partition " + name + ": " + s + " ignored");
  }

  ir::Dialect from_;
  const PartitionTarget& t_;
  ExprEmitter& exprs_;
  ObjectActions& actions_;
  std::vector<std::string> statements_;
  std::map<std::string, std::string> tables_;
  size_t created_ = 0;
};

bool PartitionEmitter::checkKey(const ir::Partitioning& p, const std::string& what) {
  if (!supported(p.method))
    return fail(p.loc, p.method + " " + what +
                           " has no PostgreSQL equivalent (PostgreSQL partitions by RANGE, LIST "
                           "or HASH of the table's own columns)");
  if (p.columns.empty()) return fail(p.loc, what + " without a key");
  if (p.method == "LIST" && p.columns.size() > 1)
    return fail(p.loc, "LIST " + what + " on " + std::to_string(p.columns.size()) +
                           " columns: PostgreSQL list partitioning takes one column");
  for (const auto& c : p.columns)
    if (std::find(t_.columns.begin(), t_.columns.end(), pgName(from_, c)) == t_.columns.end())
      return fail(p.loc, what + " key " + sourceName(from_, c) + " is not a column of the table");
  return true;
}

bool PartitionEmitter::bounds(const ir::Partitioning& p,
                              const std::vector<const ir::PartitionDef*>& defs, size_t count,
                              std::vector<std::string>& out) {
  if (p.method == "HASH") {
    size_t n = defs.empty() ? count : defs.size();
    for (size_t i = 0; i < n; ++i)
      out.push_back("FOR VALUES WITH (MODULUS " + std::to_string(n) + ", REMAINDER " +
                    std::to_string(i) + ")");
    return true;
  }
  size_t ncols = p.columns.size();
  std::vector<std::string> previous(ncols, "MINVALUE");
  for (size_t i = 0; i < defs.size(); ++i) {
    const ir::PartitionDef& d = *defs[i];
    if (p.method == "RANGE") {
      if (!d.hasLessThan || d.lessThan.size() != ncols)
        return fail(d.loc, "range partition " + partName(d, i) +
                               " needs VALUES LESS THAN with one value per key column");
      std::vector<std::string> upperBound;
      bool max = false;
      for (const auto& v : d.lessThan) {
        // A MAXVALUE column ends the comparison: the columns after it are MAXVALUE too, as
        // PostgreSQL requires.
        max = max || !v;
        if (max) {
          upperBound.push_back("MAXVALUE");
          continue;
        }
        auto e = exprs_.emit(*v, ExprContext::Default);
        if (!e) return fail(v->loc, "bound of partition " + partName(d, i) + " not converted");
        upperBound.push_back(*e);
      }
      bool allMax = std::all_of(upperBound.begin(), upperBound.end(),
                                [](const std::string& s) { return s == "MAXVALUE"; });
      if (allMax && i + 1 == defs.size()) {
        // Oracle puts NULL keys in the MAXVALUE partition; PostgreSQL range partitions never
        // take NULL, its DEFAULT partition does (and everything from the previous bound on).
        out.push_back("DEFAULT");
        continue;
      }
      std::string from, to;
      for (size_t k = 0; k < ncols; ++k) {
        from += (k ? ", " : "") + previous[k];
        to += (k ? ", " : "") + upperBound[k];
      }
      out.push_back("FOR VALUES FROM (" + from + ") TO (" + to + ")");
      previous = upperBound;
    } else {  // LIST
      if (d.isDefault) {
        out.push_back("DEFAULT");
        continue;
      }
      if (d.listValues.empty())
        return fail(d.loc, "list partition " + partName(d, i) + " without VALUES");
      std::string s;
      for (const auto& v : d.listValues) {
        auto e = exprs_.emit(*v, ExprContext::Default);
        if (!e) return fail(v->loc, "value of partition " + partName(d, i) + " not converted");
        s += (s.empty() ? "" : ", ") + *e;
      }
      out.push_back("FOR VALUES IN (" + s + ")");
    }
  }
  return true;
}

bool PartitionEmitter::level(const ir::Partitioning& p, const ir::Partitioning* sub,
                             const std::string& parent, const std::string& prefix,
                             const std::vector<const ir::PartitionDef*>& defs, size_t count,
                             bool subLevel) {
  std::vector<std::string> clauses;
  if (!bounds(p, defs, count, clauses)) return false;
  for (size_t i = 0; i < clauses.size(); ++i) {
    const ir::PartitionDef* d = i < defs.size() ? defs[i] : nullptr;
    std::string own = d ? partName(*d, i) : (subLevel ? "s" : "p") + std::to_string(i + 1);
    // Oracle names subpartitions per table; template subpartitions are <partition>_<name>.
    std::string name = tableName(prefix.empty() ? own : prefix + "_" + own);
    if (d) storage(*d, sourceName(from_, d->name.empty() ? ir::Identifier{own, true} : d->name));
    // Oracle names a template subpartition <partition>_<template name>
    if (d && !d->name.empty())
      tables_[(prefix.empty() ? "" : prefix + "_") + pgName(from_, d->name)] = name;
    std::string stmt = "CREATE TABLE " + qualified(name) + " PARTITION OF " + qualified(parent) +
                       (clauses[i] == "DEFAULT" ? " DEFAULT" : " " + clauses[i]);
    ++created_;
    if (!sub || subLevel) {
      statements_.push_back(stmt + ";");
      continue;
    }
    statements_.push_back(stmt + " PARTITION BY " + keyList(*sub) + ";");
    // This partition's subpartitions: its own list, its SUBPARTITIONS n, the template, the
    // table's SUBPARTITIONS n, or else one subpartition taking every row (Oracle's default).
    std::vector<const ir::PartitionDef*> subDefs;
    std::string subPrefix;
    size_t subCount = 0;
    if (d && !d->subpartitions.empty()) {
      for (const auto& s : d->subpartitions) subDefs.push_back(s.get());
    } else if (d && d->subpartitionCount) {
      subCount = static_cast<size_t>(*d->subpartitionCount);
      subPrefix = own;
    } else if (!sub->partitions.empty()) {
      for (const auto& s : sub->partitions) subDefs.push_back(s.get());
      subPrefix = own;
    } else if (sub->count) {
      subCount = static_cast<size_t>(*sub->count);
      subPrefix = own;
    } else {
      subPrefix = own;
      if (sub->method == "HASH") {
        subCount = 1;
      } else {
        statements_.push_back("CREATE TABLE " + qualified(tableName(own + "_default")) +
                              " PARTITION OF " + qualified(name) + " DEFAULT;");
        ++created_;
        continue;
      }
    }
    if ((sub->method != "HASH" && subCount) || (subDefs.empty() && !subCount))
      return fail(d ? d->loc : p.loc, "subpartitions of " + own + " not understood");
    if (!level(*sub, nullptr, name, subPrefix, subDefs, subCount, true)) return false;
  }
  return true;
}

PartitionPlan PartitionEmitter::run(const ir::Partitioning& p, const std::vector<UniqueKey>& keys) {
  PartitionPlan plan;
  if (!p.modelled) {
    actions_.add("BRG-3002", p.loc, "partitioning not converted: " + p.text);
    return plan;
  }
  if (!checkKey(p, "partitioning")) return plan;
  if (p.sub && !checkKey(*p.sub, "subpartitioning")) return plan;
  if (t_.unlogged) {
    fail(p.loc, "PostgreSQL partitioned tables cannot be UNLOGGED (temporary table)");
    return plan;
  }
  // PostgreSQL enforces a unique key per partition only, so it must contain every partition
  // key column. Keeping the key as declared (and the foreign keys that reference it) matters
  // more than the partitioning: such a table stays unpartitioned.
  std::vector<std::string> partCols;
  for (const auto& c : p.columns) partCols.push_back(pgName(from_, c));
  if (p.sub)
    for (const auto& c : p.sub->columns) partCols.push_back(pgName(from_, c));
  for (const auto& k : keys)
    for (const auto& c : partCols)
      if (std::find(k.columns.begin(), k.columns.end(), c) == k.columns.end()) {
        actions_.add("BRG-3033", k.loc,
                     k.what + " does not contain partition key column " + c +
                         ": PostgreSQL cannot enforce it over all partitions; the table is "
                         "created without partitioning");
        return plan;
      }
  std::vector<const ir::PartitionDef*> defs;
  for (const auto& d : p.partitions) defs.push_back(d.get());
  size_t count = p.method == "HASH" && defs.empty() ? static_cast<size_t>(p.count.value_or(1)) : 0;
  if (p.method != "HASH" && defs.empty()) {
    fail(p.loc, p.method + " partitioning without partitions");
    return plan;
  }
  if (!level(p, p.sub.get(), t_.name, "", defs, count, false)) return plan;
  for (const auto& a : p.ignored) actions_.add("BRG-3001", a.loc, a.value + " ignored");
  if (p.sub)
    for (const auto& a : p.sub->ignored) actions_.add("BRG-3001", a.loc, a.value + " ignored");
  if (p.interval || p.automatic)
    actions_.add("BRG-3031", p.loc,
                 std::string(p.interval ? "INTERVAL" : "AUTOMATIC") +
                     " partitioning: the partitions the source lists are created; PostgreSQL "
                     "does not create new ones when a row falls outside them (the INSERT "
                     "fails)");
  if (p.method == "HASH" || (p.sub && p.sub->method == "HASH"))
    actions_.add("BRG-3034", p.loc,
                 "HASH partitions use PostgreSQL's hash function: a row is not in the "
                 "partition of the same name as in the source");
  actions_.add("BRG-3030", p.loc,
               "partitioned by " + keyList(p) +
                   (p.sub ? ", subpartitioned by " + keyList(*p.sub) : std::string()) + ": " +
                   std::to_string(created_) + (created_ == 1 ? " partition" : " partitions") +
                   " created as tables " + t_.name + "_<partition>");
  plan.clause = "PARTITION BY " + keyList(p);
  plan.statements = std::move(statements_);
  plan.tables = std::move(tables_);
  return plan;
}

}  // namespace

PartitionPlan emitPartitioning(ir::Dialect from, const ir::Partitioning& p,
                               const PartitionTarget& t, const std::vector<UniqueKey>& keys,
                               ExprEmitter& exprs, ObjectActions& actions) {
  return PartitionEmitter(from, t, exprs, actions).run(p, keys);
}

}  // namespace barge::converter
