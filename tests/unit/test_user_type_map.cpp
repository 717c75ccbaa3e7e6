// --type-map: user rules before the built-in ones, first match wins, bad rules named by path.
#include <catch2/catch.hpp>

#include "converter/type_rules.h"
#include "converter/user_type_map.h"

using namespace barge;
using converter::parseTypeMap;

namespace {
std::unique_ptr<ir::DataType> numberOf(std::optional<int64_t> p, std::optional<int64_t> s) {
  auto t = std::make_unique<ir::DataType>();
  t->kind = ir::TypeKind::Decimal;
  t->spelling = "NUMBER";
  t->precision = p;
  t->scale = s;
  return t;
}
#define number(p, s) (*numberOf(p, s))
std::string errorOf(const std::string& json) {
  try {
    parseTypeMap(json, "m.json");
  } catch (const converter::TypeMapError& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST_CASE("user type map: first matching rule wins, before the built-in rules") {
  converter::setUserTypeRules(parseTypeMap(R"J({"rules": [
    {"from": "oracle", "type": "NUMBER", "precision": 1, "scale": 0, "to": "boolean",
     "conversion": "boolean"},
    {"from": "oracle", "type": "number", "minPrecision": 10, "maxPrecision": 18, "to": "numeric({p})"},
    {"from": "oracle", "type": "NUMBER", "precision": 1, "to": "smallint"},
    {"from": "mysql", "type": "Decimal", "to": "text"}
  ]
})J",
                                           "m.json"));
  auto flag = converter::mapType(ir::Dialect::Oracle, number(1, 0));
  CHECK(flag.pgType == "boolean");
  CHECK(flag.conversion == converter::ValueConversion::Boolean);
  CHECK(flag.actionCode.empty());
  CHECK(converter::mapType(ir::Dialect::Oracle, number(12, std::nullopt)).pgType ==
        "numeric(12)");
  // Not matched by any user rule: the built-in rule applies.
  CHECK(converter::mapType(ir::Dialect::Oracle, number(6, std::nullopt)).pgType == "integer");
  // Rules for another dialect do not apply.
  CHECK(converter::mapType(ir::Dialect::Oracle, number(20, 2)).pgType == "numeric(20,2)");
  converter::setUserTypeRules({});
  CHECK(converter::mapType(ir::Dialect::Oracle, number(1, 0)).pgType == "smallint");
}

TEST_CASE("user type map: a bad rule names its JSON path") {
  CHECK(errorOf("{").find("m.json: $: not valid JSON") != std::string::npos);
  CHECK(errorOf(R"J({"rule": []})J") ==
        "type map m.json: $.rules: missing: the file is {\"rules\": [ ... ]}");
  CHECK(errorOf(R"J({"rules": [{"type": "NUMBER"}]})J") ==
        "type map m.json: $.rules[0].to: missing");
  CHECK(
      errorOf(
          R"J({"rules": [{"type": "X", "to": "text"}, {"type": "NUMBER", "to": "int", "precision": "3"}]})J") ==
      "type map m.json: $.rules[1].precision: an integer");
  CHECK(errorOf(R"J({"rules": [{"type": "X", "to": "text); DROP TABLE t; --"}]})J")
            .find("$.rules[0].to: character ';'") != std::string::npos);
  CHECK(errorOf(R"J({"rules": [{"type": "X", "to": "text", "from": "db2"}]})J") ==
        "type map m.json: $.rules[0].from: unknown dialect 'db2' (oracle or mysql)");
  CHECK(errorOf(R"J({"rules": [{"type": "X", "to": "text", "conversion": "magic"}]})J")
            .find("$.rules[0].conversion") != std::string::npos);
  CHECK(errorOf(R"J({"rules": [{"type": "X", "to": "text", "colour": 1}]})J") ==
        "type map m.json: $.rules[0].colour: unknown field");
}
