#pragma once
// User type mappings (`--type-map FILE.json`): rules tried before the built-in rule tables,
// first match wins. The converter and the data mover both map types through mapType(), so a
// user rule changes the schema and the value conversion together. Format: converter/README.md.
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "converter/type_rules.h"

namespace barge::converter {

struct UserTypeRule {
  std::optional<ir::Dialect> from;  // unset: any source dialect
  std::string type;                     // source spelling (VARCHAR2, NUMBER) or kind (Decimal)
  std::optional<int64_t> length, precision, scale;    // exact match when given
  std::optional<int64_t> minPrecision, maxPrecision;  // inclusive range
  std::string to;                                     // PostgreSQL type, {len} {p} {s}
  std::optional<ValueConversion> conversion;          // unset: the built-in rule's
  std::string where;                                  // JSON path, for messages
};

// A bad file or rule: the message names the file and the JSON path ($.rules[2].to).
struct TypeMapError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::vector<UserTypeRule> parseTypeMap(const std::string& json, const std::string& fileName);
std::vector<UserTypeRule> loadTypeMap(const std::string& path);

// Process-wide: set once at start-up by the CLI, before any conversion or load.
void setUserTypeRules(std::vector<UserTypeRule> rules);
const std::vector<UserTypeRule>& userTypeRules();

// The first user rule matching `t`, applied on top of `builtIn` (the default mapping).
std::optional<TypeMapping> applyUserTypeRules(ir::Dialect from, const ir::DataType& t,
                                              const TypeMapping& builtIn);

}  // namespace barge::converter
