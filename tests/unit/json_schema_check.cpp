#include "tests/unit/json_schema_check.h"

#include <set>

namespace barge::test {

namespace {
using nlohmann::json;

bool hasType(const json& v, const std::string& t) {
  if (t == "object") return v.is_object();
  if (t == "array") return v.is_array();
  if (t == "string") return v.is_string();
  if (t == "boolean") return v.is_boolean();
  if (t == "null") return v.is_null();
  if (t == "integer") return v.is_number_integer() || v.is_number_unsigned();
  if (t == "number") return v.is_number();
  return false;
}

class Checker {
 public:
  explicit Checker(const json& root) : root_(root) {}
  std::vector<std::string> errors;

  void check(const json& s, const json& v, const std::string& path) {
    static const std::set<std::string> known = {
        "$schema", "$id",     "title",      "description", "type",
        "const",   "enum",    "properties", "required",    "additionalProperties",
        "items",   "minimum", "$ref",       "$defs"};
    for (auto it = s.begin(); it != s.end(); ++it)
      if (!known.count(it.key()))
        errors.push_back(path + ": schema keyword not supported: " + it.key());
    if (s.contains("$ref")) {
      std::string ref = s["$ref"];
      const std::string prefix = "#/$defs/";
      if (ref.rfind(prefix, 0) != 0 || !root_["$defs"].contains(ref.substr(prefix.size()))) {
        errors.push_back(path + ": unresolvable $ref " + ref);
        return;
      }
      check(root_["$defs"][ref.substr(prefix.size())], v, path);
    }
    if (s.contains("type")) {
      bool ok = false;
      if (s["type"].is_array()) {
        for (const auto& t : s["type"]) ok = ok || hasType(v, t);
      } else {
        ok = hasType(v, s["type"]);
      }
      if (!ok) {
        errors.push_back(path + ": expected type " + s["type"].dump() + ", got " + v.type_name());
        return;
      }
    }
    if (s.contains("const") && v != s["const"])
      errors.push_back(path + ": expected " + s["const"].dump());
    if (s.contains("enum")) {
      bool found = false;
      for (const auto& e : s["enum"]) found = found || e == v;
      if (!found) errors.push_back(path + ": " + v.dump() + " not in " + s["enum"].dump());
    }
    if (s.contains("minimum") && v.is_number() && v.get<double>() < s["minimum"].get<double>())
      errors.push_back(path + ": below minimum");
    if (v.is_object()) {
      if (s.contains("required"))
        for (const auto& k : s["required"])
          if (!v.contains(k)) errors.push_back(path + ": missing " + k.get<std::string>());
      const json* props = s.contains("properties") ? &s["properties"] : nullptr;
      for (auto it = v.begin(); it != v.end(); ++it) {
        if (props && props->contains(it.key())) {
          check((*props)[it.key()], it.value(), path + "." + it.key());
        } else if (s.contains("additionalProperties") && s["additionalProperties"] == false) {
          errors.push_back(path + ": unexpected property " + it.key());
        }
      }
    }
    if (v.is_array() && s.contains("items"))
      for (size_t i = 0; i < v.size(); ++i)
        check(s["items"], v[i], path + "[" + std::to_string(i) + "]");
  }

 private:
  const json& root_;
};
}  // namespace

std::vector<std::string> validateJsonSchema(const nlohmann::json& schema,
                                            const nlohmann::json& doc) {
  Checker c(schema);
  c.check(schema, doc, "$");
  return c.errors;
}

}  // namespace barge::test
