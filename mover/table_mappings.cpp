#include "mover/table_mappings.h"

#include <algorithm>

namespace barge::mover {

namespace {

std::string ruleIdOf(const nlohmann::json& r, const std::string& path, const JsonCheck& c) {
  return c.str(r, path, "rule-id", true).value_or("");
}

void locator(const nlohmann::json& r, const std::string& path, const JsonCheck& c,
             std::string& schema, std::string& table, std::string* column) {
  const nlohmann::json* loc = c.object(r, path, "object-locator");
  if (!loc) c.fail(child(path, "object-locator"), "missing (schema-name and table-name)");
  std::string lp = child(path, "object-locator");
  if (column)
    c.knownKeys(*loc, lp, {"schema-name", "table-name", "column-name", "data-type"});
  else
    c.knownKeys(*loc, lp, {"schema-name", "table-name"});
  schema = c.str(*loc, lp, "schema-name").value_or("%");
  table = c.str(*loc, lp, "table-name").value_or("%");
  if (column) *column = c.str(*loc, lp, "column-name").value_or("%");
}

SelectionRule selection(const nlohmann::json& r, const std::string& path, const JsonCheck& c) {
  c.knownKeys(r, path,
              {"rule-type", "rule-id", "rule-name", "object-locator", "rule-action", "load-order",
               "filters"});
  SelectionRule s;
  s.id = ruleIdOf(r, path, c);
  s.name = c.str(r, path, "rule-name", true).value_or("");
  locator(r, path, c, s.schemaPattern, s.tablePattern, nullptr);
  s.action = c.oneOf(c.str(r, path, "rule-action").value_or(""), child(path, "rule-action"),
                     {"include", "exclude", "explicit"});
  s.loadOrder = static_cast<int>(c.integer(r, path, "load-order").value_or(0));
  if (const auto* fs = c.array(r, path, "filters")) {
    for (size_t i = 0; i < fs->size(); ++i) {
      std::string fp = child(path, "filters") + "[" + std::to_string(i) + "]";
      const auto& f = (*fs)[i];
      c.knownKeys(f, fp, {"filter-type", "column-name", "filter-conditions"});
      c.oneOf(c.str(f, fp, "filter-type").value_or("source"), child(fp, "filter-type"), {"source"});
      Filter filter;
      filter.column = c.str(f, fp, "column-name").value_or("");
      if (filter.column.empty()) c.fail(child(fp, "column-name"), "missing");
      const auto* conds = c.array(f, fp, "filter-conditions");
      if (!conds || conds->empty()) c.fail(child(fp, "filter-conditions"), "missing or empty");
      for (size_t k = 0; k < conds->size(); ++k) {
        std::string cp = child(fp, "filter-conditions") + "[" + std::to_string(k) + "]";
        const auto& cj = (*conds)[k];
        c.knownKeys(cj, cp, {"filter-operator", "value", "start-value", "end-value"});
        FilterCondition fc;
        fc.op = c.oneOf(c.str(cj, cp, "filter-operator").value_or(""), child(cp, "filter-operator"),
                        {"eq", "noteq", "lte", "gte", "between", "notbetween", "null", "notnull"});
        fc.value = c.str(cj, cp, "value", true).value_or("");
        fc.startValue = c.str(cj, cp, "start-value", true).value_or("");
        fc.endValue = c.str(cj, cp, "end-value", true).value_or("");
        if ((fc.op == "between" || fc.op == "notbetween") &&
            (!cj.contains("start-value") || !cj.contains("end-value")))
          c.fail(cp, "between needs start-value and end-value");
        if ((fc.op == "eq" || fc.op == "noteq" || fc.op == "lte" || fc.op == "gte") &&
            !cj.contains("value"))
          c.fail(cp, fc.op + " needs value");
        filter.conditions.push_back(std::move(fc));
      }
      s.filters.push_back(std::move(filter));
    }
  }
  return s;
}

TransformationRule transformation(const nlohmann::json& r, const std::string& path,
                                  const JsonCheck& c) {
  c.knownKeys(r, path,
              {"rule-type", "rule-id", "rule-name", "rule-target", "object-locator", "rule-action",
               "value", "old-value", "expression", "data-type", "primary-key-def"});
  TransformationRule t;
  t.id = ruleIdOf(r, path, c);
  t.target = c.oneOf(c.str(r, path, "rule-target").value_or(""), child(path, "rule-target"),
                     {"schema", "table", "column"});
  locator(r, path, c, t.schemaPattern, t.tablePattern, &t.columnPattern);
  t.action =
      c.oneOf(c.str(r, path, "rule-action").value_or(""), child(path, "rule-action"),
              {"rename", "convert-lowercase", "convert-uppercase", "add-prefix", "remove-prefix",
               "replace-prefix", "add-suffix", "remove-suffix", "replace-suffix", "remove-column",
               "include-column", "add-column", "change-data-type", "define-primary-key"});
  t.value = c.str(r, path, "value", true).value_or("");
  t.oldValue = c.str(r, path, "old-value", true).value_or("");
  if (t.action == "add-column" || r.contains("expression"))
    c.fail(path, "add-column and expressions are not supported by the full load yet");
  bool needsValue = t.action == "rename" || t.action == "add-prefix" || t.action == "add-suffix" ||
                    t.action == "replace-prefix" || t.action == "replace-suffix";
  if (needsValue && !r.contains("value")) c.fail(child(path, "value"), "missing for " + t.action);
  if ((t.action == "remove-column" || t.action == "include-column" ||
       t.action == "change-data-type") &&
      t.target != "column")
    c.fail(child(path, "rule-target"), t.action + " needs rule-target \"column\"");
  if (t.action == "change-data-type") {
    const auto* dt = c.object(r, path, "data-type");
    if (!dt) c.fail(child(path, "data-type"), "missing for change-data-type");
    std::string dp = child(path, "data-type");
    c.knownKeys(*dt, dp, {"type", "precision", "scale", "length"});
    t.dataType.type =
        c.oneOf(c.str(*dt, dp, "type").value_or(""), child(dp, "type"),
                {"int1",  "int2",    "int4",     "int8",  "uint1",  "uint2",   "uint4",
                 "uint8", "numeric", "real4",    "real8", "string", "wstring", "boolean",
                 "date",  "time",    "datetime", "bytes", "blob",   "clob",    "nclob"});
    if (auto v = c.integer(*dt, dp, "precision")) t.dataType.precision = static_cast<int>(*v);
    if (auto v = c.integer(*dt, dp, "scale")) t.dataType.scale = static_cast<int>(*v);
    if (auto v = c.integer(*dt, dp, "length")) t.dataType.length = static_cast<int>(*v);
  }
  if (t.action == "define-primary-key") {
    const auto* pk = c.object(r, path, "primary-key-def");
    if (!pk) c.fail(child(path, "primary-key-def"), "missing for define-primary-key");
    std::string pp = child(path, "primary-key-def");
    c.knownKeys(*pk, pp, {"name", "origin", "columns"});
    t.pkName = c.str(*pk, pp, "name").value_or("");
    const auto* cols = c.array(*pk, pp, "columns");
    if (!cols || cols->empty()) c.fail(child(pp, "columns"), "missing or empty");
    for (const auto& col : *cols) {
      if (!col.is_string()) c.fail(child(pp, "columns"), "expected an array of strings");
      t.pkColumns.push_back(col.get<std::string>());
    }
  }
  return t;
}

ParallelLoad tableSettings(const nlohmann::json& r, const std::string& path, const JsonCheck& c) {
  c.knownKeys(
      r, path,
      {"rule-type", "rule-id", "rule-name", "object-locator", "parallel-load", "lob-settings"});
  ParallelLoad p;
  locator(r, path, c, p.schema, p.table, nullptr);
  if (const auto* pl = c.object(r, path, "parallel-load")) {
    std::string pp = child(path, "parallel-load");
    c.knownKeys(*pl, pp, {"type", "columns", "boundaries"});
    c.oneOf(c.str(*pl, pp, "type").value_or(""), child(pp, "type"), {"ranges"});
    const auto* cols = c.array(*pl, pp, "columns");
    if (!cols || cols->empty()) c.fail(child(pp, "columns"), "missing or empty");
    for (const auto& col : *cols) {
      if (!col.is_string()) c.fail(child(pp, "columns"), "expected an array of strings");
      p.columns.push_back(col.get<std::string>());
    }
    const auto* bs = c.array(*pl, pp, "boundaries");
    if (!bs) c.fail(child(pp, "boundaries"), "missing");
    for (size_t i = 0; i < bs->size(); ++i) {
      std::string bp = child(pp, "boundaries") + "[" + std::to_string(i) + "]";
      const auto& b = (*bs)[i];
      if (!b.is_array() || b.size() != p.columns.size())
        c.fail(bp, "expected an array of " + std::to_string(p.columns.size()) + " values");
      std::vector<std::string> vals;
      for (const auto& v : b) {
        if (v.is_string())
          vals.push_back(v.get<std::string>());
        else if (v.is_number())
          vals.push_back(v.dump());
        else
          c.fail(bp, "boundary values must be strings or numbers");
      }
      p.boundaries.push_back(std::move(vals));
    }
  }
  if (const auto* lob = c.object(r, path, "lob-settings"))
    c.knownKeys(*lob, child(path, "lob-settings"), {"mode", "bulk-max-size"});
  return p;
}

std::string applyName(const TransformationRule& t, std::string name) {
  auto upper = [](std::string s) {
    for (auto& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return s;
  };
  auto lower = [](std::string s) {
    for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
  };
  const std::string& a = t.action;
  if (a == "rename") return t.value;
  if (a == "convert-lowercase") return lower(name);
  if (a == "convert-uppercase") return upper(name);
  if (a == "add-prefix") return t.value + name;
  if (a == "add-suffix") return name + t.value;
  if (a == "remove-prefix" || a == "replace-prefix") {
    const std::string& old = a == "remove-prefix" ? t.value : t.oldValue;
    if (!old.empty() && name.rfind(old, 0) == 0)
      return (a == "replace-prefix" ? t.value : "") + name.substr(old.size());
    return name;
  }
  if (a == "remove-suffix" || a == "replace-suffix") {
    const std::string& old = a == "remove-suffix" ? t.value : t.oldValue;
    if (!old.empty() && name.size() >= old.size() &&
        name.compare(name.size() - old.size(), old.size(), old) == 0)
      return name.substr(0, name.size() - old.size()) + (a == "replace-suffix" ? t.value : "");
    return name;
  }
  return name;
}

}  // namespace

TableMappings parseTableMappings(const nlohmann::json& j, const std::string& path,
                                 const JsonCheck& c) {
  TableMappings m;
  c.knownKeys(j, path, {"rules"});
  const auto* rules = c.array(j, path, "rules");
  if (!rules) return m;
  for (size_t i = 0; i < rules->size(); ++i) {
    std::string rp = child(path, "rules") + "[" + std::to_string(i) + "]";
    const auto& r = (*rules)[i];
    c.requireObject(r, rp);
    std::string type = c.oneOf(c.str(r, rp, "rule-type").value_or(""), child(rp, "rule-type"),
                               {"selection", "transformation", "table-settings"});
    if (type == "selection")
      m.selections.push_back(selection(r, rp, c));
    else if (type == "transformation")
      m.transformations.push_back(transformation(r, rp, c));
    else
      m.parallelLoads.push_back(tableSettings(r, rp, c));
  }
  return m;
}

bool likeMatch(const std::string& p, const std::string& s) {
  // Iterative wildcard match with backtracking to the last '%'.
  size_t pi = 0, si = 0, star = std::string::npos, mark = 0;
  while (si < s.size()) {
    if (pi < p.size() && p[pi] == '%') {
      star = pi++;
      mark = si;
    } else if (pi < p.size() && p[pi] == s[si]) {
      ++pi;
      ++si;
    } else if (star != std::string::npos) {
      pi = star + 1;
      si = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == '%') ++pi;
  return pi == p.size();
}

std::optional<TableChoice> selectTable(const TableMappings& m, const std::string& schema,
                                       const std::string& table) {
  std::optional<TableChoice> out;
  for (const auto& s : m.selections) {
    if (!likeMatch(s.schemaPattern, schema) || !likeMatch(s.tablePattern, table)) continue;
    if (s.action == "exclude") return std::nullopt;
    if (s.action == "explicit" && (s.schemaPattern != schema || s.tablePattern != table)) continue;
    if (!out) out.emplace();
    out->loadOrder = std::max(out->loadOrder, s.loadOrder);
    for (const auto& f : s.filters) out->filters.push_back(f);
  }
  return out;
}

std::string mapSchemaName(const TableMappings& m, const std::string& srcSchema, std::string name,
                          bool* touched) {
  for (const auto& t : m.transformations)
    if (t.target == "schema" && likeMatch(t.schemaPattern, srcSchema)) {
      name = applyName(t, name);
      if (touched) *touched = true;
    }
  return name;
}

std::string mapTableName(const TableMappings& m, const std::string& srcSchema,
                         const std::string& srcTable, std::string name, bool* touched) {
  for (const auto& t : m.transformations)
    if (t.target == "table" && t.action != "define-primary-key" &&
        likeMatch(t.schemaPattern, srcSchema) && likeMatch(t.tablePattern, srcTable)) {
      name = applyName(t, name);
      if (touched) *touched = true;
    }
  return name;
}

namespace {
bool columnRule(const TransformationRule& t, const std::string& s, const std::string& tb,
                const std::string& c) {
  return t.target == "column" && likeMatch(t.schemaPattern, s) && likeMatch(t.tablePattern, tb) &&
         likeMatch(t.columnPattern, c);
}
}  // namespace

std::string mapColumnName(const TableMappings& m, const std::string& srcSchema,
                          const std::string& srcTable, const std::string& srcColumn,
                          std::string name, bool* touched) {
  for (const auto& t : m.transformations)
    if (columnRule(t, srcSchema, srcTable, srcColumn) && t.action != "remove-column" &&
        t.action != "include-column" && t.action != "change-data-type") {
      name = applyName(t, name);
      if (touched) *touched = true;
    }
  return name;
}

bool columnRemoved(const TableMappings& m, const std::string& srcSchema,
                   const std::string& srcTable, const std::string& srcColumn) {
  bool removed = false;
  for (const auto& t : m.transformations) {
    if (!columnRule(t, srcSchema, srcTable, srcColumn)) continue;
    if (t.action == "remove-column") removed = true;
    if (t.action == "include-column") removed = false;
  }
  return removed;
}

const TransformationRule* changedDataType(const TableMappings& m, const std::string& srcSchema,
                                          const std::string& srcTable,
                                          const std::string& srcColumn) {
  const TransformationRule* out = nullptr;
  for (const auto& t : m.transformations)
    if (t.action == "change-data-type" && columnRule(t, srcSchema, srcTable, srcColumn)) out = &t;
  return out;
}

const TransformationRule* definedPrimaryKey(const TableMappings& m, const std::string& srcSchema,
                                            const std::string& srcTable) {
  const TransformationRule* out = nullptr;
  for (const auto& t : m.transformations)
    if (t.action == "define-primary-key" && likeMatch(t.schemaPattern, srcSchema) &&
        likeMatch(t.tablePattern, srcTable))
      out = &t;
  return out;
}

const ParallelLoad* parallelLoad(const TableMappings& m, const std::string& srcSchema,
                                 const std::string& srcTable) {
  for (const auto& p : m.parallelLoads)
    if (p.schema == srcSchema && p.table == srcTable && !p.columns.empty()) return &p;
  return nullptr;
}

std::string filterSql(const std::vector<Filter>& filters,
                      const std::function<std::string(const std::string&)>& qi,
                      const std::function<std::string(const std::string&)>& qs) {
  std::string out;
  for (const auto& f : filters) {
    std::string col = qi(f.column), any;
    for (const auto& c : f.conditions) {
      std::string one;
      if (c.op == "eq") one = col + " = " + qs(c.value);
      if (c.op == "noteq") one = col + " <> " + qs(c.value);
      if (c.op == "lte") one = col + " <= " + qs(c.value);
      if (c.op == "gte") one = col + " >= " + qs(c.value);
      if (c.op == "between") one = col + " BETWEEN " + qs(c.startValue) + " AND " + qs(c.endValue);
      if (c.op == "notbetween")
        one = col + " NOT BETWEEN " + qs(c.startValue) + " AND " + qs(c.endValue);
      if (c.op == "null") one = col + " IS NULL";
      if (c.op == "notnull") one = col + " IS NOT NULL";
      any += (any.empty() ? "" : " OR ") + one;
    }
    out += (out.empty() ? "(" : " AND (") + any + ")";
  }
  return out;
}

}  // namespace barge::mover
