#include "converter/field_audit.h"

namespace barge::converter {

namespace {

bool holdsValue(const ir::Json& v) {
  if (v.is_null()) return false;
  if (v.is_boolean()) return v.get<bool>();
  if (v.is_string()) return !v.get<std::string>().empty();
  if (v.is_array() || v.is_object()) return !v.empty();
  return true;
}

ir::SourceLocation at(const ir::Json& node, const ir::SourceLocation& base) {
  ir::SourceLocation loc = base;
  if (auto it = node.find("at"); it != node.end() && it->is_string()) {
    const std::string s = it->get<std::string>();
    size_t colon = s.find(':');
    if (colon != std::string::npos) {
      loc.line = static_cast<uint32_t>(std::strtoul(s.c_str(), nullptr, 10));
      loc.column = static_cast<uint32_t>(std::strtoul(s.c_str() + colon + 1, nullptr, 10));
    }
  }
  return loc;
}

void audit(const ir::Json& j, const FieldPolicy& policy, const ir::SourceLocation& base,
           ObjectActions& actions) {
  if (j.is_array()) {
    for (const auto& e : j) audit(e, policy, base, actions);
    return;
  }
  if (!j.is_object()) return;
  auto node = j.find("node");
  if (node != j.end() && node->is_string()) {
    auto p = policy.find(node->get<std::string>());
    if (p != policy.end())
      for (const auto& [key, value] : j.items()) {
        if (key == "node" || key == "at" || p->second.count(key) || !holdsValue(value)) continue;
        actions.add("BRG-2013", at(j, base),
                    node->get<std::string>() + " " + key + " " +
                        (value.is_string() ? value.get<std::string>() : value.dump()) +
                        " is not carried over");
      }
  }
  for (const auto& [key, value] : j.items())
    if (value.is_object() || value.is_array()) audit(value, policy, base, actions);
}

}  // namespace

const FieldPolicy& tableFieldPolicy() {
  static const FieldPolicy kPolicy = {
      {"Table",
       {"name", "columns", "constraints", "indexes", "temporary", "organization", "partitioning",
        "asQuery", "comment", "ignored"}},
      {"Column",
       {"name", "type", "null", "default", "defaultOnNull", "autoIncrement", "onUpdate", "identity",
        "generated", "stored", "invisible", "comment", "constraints", "ignored"}},
      {"Constraint",
       {"kind", "name", "columns", "references", "refColumns", "onDelete", "onUpdate", "check",
        "deferrable", "initiallyDeferred", "disabled", "novalidate", "ignored"}},
      {"Index", {"name", "table", "method", "using", "parts", "reverse", "locality", "ignored"}},
      {"Partitioning",
       {"method", "columns", "interval", "automatic", "count", "ignored", "sub", "partitions",
        "text", "modelled"}},
      {"Partition",
       {"name", "lessThan", "values", "default", "ignored", "subpartitionCount", "subpartitions"}},
      {"DataType",
       {"kind", "spelling", "length", "precision", "scale", "leadingPrecision", "lengthSemantics",
        "unsigned", "zerofill", "national", "charset", "collation", "values", "name", "anchor"}},
  };
  return kPolicy;
}

void auditFields(const ir::Node& root, const FieldPolicy& policy, ObjectActions& actions) {
  audit(root.toJson(), policy, root.loc, actions);
}

}  // namespace barge::converter
