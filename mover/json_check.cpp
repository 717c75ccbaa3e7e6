#include "mover/json_check.h"

#include <algorithm>
#include <vector>

namespace barge::mover {

namespace {

size_t editDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t subst = prev[j - 1] + (std::tolower(a[i - 1]) == std::tolower(b[j - 1]) ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, subst});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

std::string child(const std::string& path, const std::string& key) {
  bool plain = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
  });
  return plain ? path + "." + key : path + "[\"" + key + "\"]";
}

void JsonCheck::fail(const std::string& path, const std::string& msg) const {
  throw ConfigError(file_ + ": " + path + ": " + msg);
}

std::string JsonCheck::typeName(const nlohmann::json& v) {
  if (v.is_string()) return "a string";
  if (v.is_boolean()) return "a boolean";
  if (v.is_number()) return "a number";
  if (v.is_array()) return "an array";
  if (v.is_object()) return "an object";
  return "null";
}

void JsonCheck::requireObject(const nlohmann::json& v, const std::string& path) const {
  if (!v.is_object()) fail(path, "expected an object, found " + typeName(v));
}

void JsonCheck::knownKeys(const nlohmann::json& obj, const std::string& path,
                          std::initializer_list<const char*> keys) const {
  requireObject(obj, path);
  for (const auto& [k, v] : obj.items()) {
    bool known = false;
    std::string best;
    size_t bestDist = 4;
    for (const char* key : keys) {
      if (k == key) known = true;
      size_t d = editDistance(k, key);
      if (d < bestDist) {
        bestDist = d;
        best = key;
      }
    }
    if (!known)
      fail(child(path, k),
           "unknown key \"" + k + "\"" + (best.empty() ? "" : " (did you mean \"" + best + "\"?)"));
  }
}

std::optional<std::string> JsonCheck::str(const nlohmann::json& obj, const std::string& path,
                                          const char* key, bool numberOk) const {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return std::nullopt;
  if (it->is_string()) return it->get<std::string>();
  if (numberOk && it->is_number_integer()) return std::to_string(it->get<long long>());
  fail(child(path, key), "expected a string, found " + typeName(*it));
}

std::optional<long long> JsonCheck::integer(const nlohmann::json& obj, const std::string& path,
                                            const char* key) const {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return std::nullopt;
  if (it->is_number_integer()) return it->get<long long>();
  fail(child(path, key), "expected an integer, found " + typeName(*it));
}

std::optional<bool> JsonCheck::boolean(const nlohmann::json& obj, const std::string& path,
                                       const char* key) const {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return std::nullopt;
  if (it->is_boolean()) return it->get<bool>();
  fail(child(path, key), "expected true or false, found " + typeName(*it));
}

const nlohmann::json* JsonCheck::object(const nlohmann::json& obj, const std::string& path,
                                        const char* key) const {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return nullptr;
  if (!it->is_object()) fail(child(path, key), "expected an object, found " + typeName(*it));
  return &*it;
}

const nlohmann::json* JsonCheck::array(const nlohmann::json& obj, const std::string& path,
                                       const char* key) const {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return nullptr;
  if (!it->is_array()) fail(child(path, key), "expected an array, found " + typeName(*it));
  return &*it;
}

std::string JsonCheck::oneOf(const std::string& value, const std::string& path,
                             std::initializer_list<const char*> allowed) const {
  std::string list;
  for (const char* a : allowed) {
    if (value == a) return value;
    list += (list.empty() ? "" : ", ") + std::string(a);
  }
  fail(path, "\"" + value + "\" is not one of: " + list);
}

}  // namespace barge::mover
