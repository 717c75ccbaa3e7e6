#include "converter/user_type_map.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace barge::converter {

namespace {

std::vector<UserTypeRule>& rulesStore() {
  static std::vector<UserTypeRule> r;
  return r;
}

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::optional<ValueConversion> conversionNamed(const std::string& n) {
  for (int i = 0; i <= static_cast<int>(ValueConversion::SpatialWkb); ++i) {
    auto c = static_cast<ValueConversion>(i);
    if (n == valueConversionName(c)) return c;
  }
  return std::nullopt;
}

std::string fill(const std::string& tpl, const ir::DataType& t) {
  std::string out;
  for (size_t i = 0; i < tpl.size(); ++i) {
    size_t close = tpl[i] == '{' ? tpl.find('}', i) : std::string::npos;
    if (close == std::string::npos) {
      out += tpl[i];
      continue;
    }
    std::string key = tpl.substr(i + 1, close - i - 1);
    if (key == "len") out += std::to_string(t.length.value_or(1));
    if (key == "p") out += std::to_string(t.precision.value_or(0));
    if (key == "s") out += std::to_string(t.scale.value_or(0));
    i = close;
  }
  return out;
}

}  // namespace

std::vector<UserTypeRule> parseTypeMap(const std::string& text, const std::string& fileName) {
  auto fail = [&](const std::string& where, const std::string& what) {
    throw TypeMapError("type map " + fileName + ": " + where + ": " + what);
  };
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    fail("$", std::string("not valid JSON (") + e.what() + ")");
  }
  if (!j.is_object() || !j.contains("rules") || !j["rules"].is_array())
    fail("$.rules", "missing: the file is {\"rules\": [ ... ]}");
  std::vector<UserTypeRule> out;
  const auto& rules = j["rules"];
  for (size_t i = 0; i < rules.size(); ++i) {
    std::string at = "$.rules[" + std::to_string(i) + "]";
    const auto& r = rules[i];
    if (!r.is_object()) fail(at, "a rule is an object");
    UserTypeRule u;
    u.where = fileName + " " + at;
    for (auto it = r.begin(); it != r.end(); ++it) {
      std::string k = it.key(), path = at + "." + k;
      const auto& v = it.value();
      if (k == "from") {
        if (!v.is_string()) fail(path, "a string: oracle or mysql");
        auto d = ir::dialectFromName(v.get<std::string>());
        if (!d) fail(path, "unknown dialect '" + v.get<std::string>() + "' (oracle or mysql)");
        u.from = d;
      } else if (k == "type" || k == "to") {
        if (!v.is_string() || v.get<std::string>().empty()) fail(path, "a non-empty string");
        (k == "type" ? u.type : u.to) = v.get<std::string>();
      } else if (k == "length" || k == "precision" || k == "scale" || k == "minPrecision" ||
                 k == "maxPrecision") {
        if (!v.is_number_integer()) fail(path, "an integer");
        int64_t n = v.get<int64_t>();
        if (k == "length") u.length = n;
        if (k == "precision") u.precision = n;
        if (k == "scale") u.scale = n;
        if (k == "minPrecision") u.minPrecision = n;
        if (k == "maxPrecision") u.maxPrecision = n;
      } else if (k == "conversion") {
        auto c = v.is_string() ? conversionNamed(v.get<std::string>()) : std::nullopt;
        if (!c) fail(path, "unknown value conversion (see converter/README.md)");
        u.conversion = c;
      } else if (k != "comment") {
        fail(path, "unknown field");
      }
    }
    if (u.type.empty()) fail(at + ".type", "missing");
    if (u.to.empty()) fail(at + ".to", "missing");
    // The PostgreSQL type goes into DDL as written: allow type-name characters only.
    for (char c : u.to)
      if (!(std::isalnum(static_cast<unsigned char>(c)) ||
            std::string(" _(),.[]{}\"").find(c) != std::string::npos))
        fail(at + ".to", std::string("character '") + c + "' is not allowed in a type name");
    out.push_back(std::move(u));
  }
  return out;
}

std::vector<UserTypeRule> loadTypeMap(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw TypeMapError("type map " + path + ": cannot read the file");
  std::stringstream ss;
  ss << in.rdbuf();
  return parseTypeMap(ss.str(), path);
}

void setUserTypeRules(std::vector<UserTypeRule> rules) {
  rulesStore() = std::move(rules);
}
const std::vector<UserTypeRule>& userTypeRules() {
  return rulesStore();
}

std::optional<TypeMapping> applyUserTypeRules(ir::Dialect from, const ir::DataType& t,
                                              const TypeMapping& builtIn) {
  for (const auto& r : rulesStore()) {
    if (r.from && *r.from != from) continue;
    std::string want = upper(r.type);
    if (want != upper(t.spelling) && want != upper(ir::typeKindName(t.kind))) continue;
    if (r.length && t.length != r.length) continue;
    if (r.precision && t.precision != r.precision) continue;
    if (r.scale && t.scale.value_or(0) != *r.scale) continue;
    if (r.minPrecision && (!t.precision || *t.precision < *r.minPrecision)) continue;
    if (r.maxPrecision && (!t.precision || *t.precision > *r.maxPrecision)) continue;
    TypeMapping m = builtIn;
    m.pgType = fill(r.to, t);
    if (r.conversion) m.conversion = *r.conversion;
    m.actionCode.clear();  // the user chose this mapping
    m.note = "user type map " + r.where;
    return m;
  }
  return std::nullopt;
}

}  // namespace barge::converter
