#pragma once
// Typed access to a JSON configuration with errors that name the JSON path.
#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>

namespace barge::mover {

class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class JsonCheck {
 public:
  explicit JsonCheck(std::string file) : file_(std::move(file)) {}
  // Unknown key -> ConfigError "file: $.a.b: unknown key "X" (did you mean "Y"?)".
  void knownKeys(const nlohmann::json& obj, const std::string& path,
                 std::initializer_list<const char*> keys) const;
  void requireObject(const nlohmann::json& v, const std::string& path) const;
  std::optional<std::string> str(const nlohmann::json& obj, const std::string& path,
                                 const char* key, bool numberOk = false) const;
  std::optional<long long> integer(const nlohmann::json& obj, const std::string& path,
                                   const char* key) const;
  std::optional<bool> boolean(const nlohmann::json& obj, const std::string& path,
                              const char* key) const;
  const nlohmann::json* object(const nlohmann::json& obj, const std::string& path,
                               const char* key) const;
  const nlohmann::json* array(const nlohmann::json& obj, const std::string& path,
                              const char* key) const;
  std::string oneOf(const std::string& value, const std::string& path,
                    std::initializer_list<const char*> allowed) const;
  [[noreturn]] void fail(const std::string& path, const std::string& msg) const;
  static std::string typeName(const nlohmann::json& v);

 private:
  std::string file_;
};

std::string child(const std::string& path, const std::string& key);

}  // namespace barge::mover
