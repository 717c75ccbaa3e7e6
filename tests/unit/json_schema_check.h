#pragma once
// A validator for the subset of JSON Schema that reports/report.schema.json uses: type (one or
// a list), const, enum, properties, required, additionalProperties: false, items, minimum and
// $ref to "#/$defs/...". Any other keyword in the schema is an error, so the schema cannot
// silently rely on something this checker ignores.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace barge::test {

// Every violation as "path: what"; empty when `doc` is valid.
std::vector<std::string> validateJsonSchema(const nlohmann::json& schema,
                                            const nlohmann::json& doc);

}  // namespace barge::test
