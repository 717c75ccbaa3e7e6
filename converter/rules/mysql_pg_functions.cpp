// MySQL -> PostgreSQL function rules (MySQL 8.0 Reference Manual, "Functions and Operators").
#include "converter/function_rules.h"

namespace barge::converter {

const std::vector<FunctionRule>& mysqlFunctionRules() {
  using K = FunctionRuleKind;
  using V = ir::ValueType;
  static const std::vector<FunctionRule> kRules = {
      {"CURRENT_TIMESTAMP", K::Template, "CURRENT_TIMESTAMP", V::TimestampTz, 0, 0, true},
      {"CURRENT_TIMESTAMP", K::Template, "CURRENT_TIMESTAMP({0})", V::TimestampTz, 1, 1},
      {"NOW", K::Template, "CURRENT_TIMESTAMP", V::TimestampTz, 0, 0},
      {"NOW", K::Template, "CURRENT_TIMESTAMP({0})", V::TimestampTz, 1, 1},
      {"LOCALTIMESTAMP", K::Template, "LOCALTIMESTAMP", V::Timestamp, 0, 0, true},
      {"LOCALTIMESTAMP", K::Template, "LOCALTIMESTAMP({0})", V::Timestamp, 1, 1},
      {"LOCALTIME", K::Template, "LOCALTIMESTAMP", V::Timestamp, 0, 0, true},
      {"LOCALTIME", K::Template, "LOCALTIMESTAMP({0})", V::Timestamp, 1, 1},
      {"CURRENT_DATE", K::Template, "CURRENT_DATE", V::Date, 0, 0, true},
      {"CURDATE", K::Template, "CURRENT_DATE", V::Date, 0, 0},
      {"CURRENT_TIME", K::Template, "CURRENT_TIME", V::Interval, 0, 1, true},
      {"CURRENT_USER", K::Template, "CURRENT_USER", V::Text, 0, 0, true},
      {"UUID", K::Template, "gen_random_uuid()::text", V::Text, 0, 0},
      {"COALESCE", K::Same, "", V::Unknown},
      {"IFNULL", K::Rename, "coalesce", V::Unknown, 2, 2},
      {"LOWER", K::Same, "", V::Text, 1, 1},
      {"UPPER", K::Same, "", V::Text, 1, 1},
      {"LENGTH", K::Rename, "octet_length", V::Number, 1, 1},
      {"CHAR_LENGTH", K::Same, "", V::Number, 1, 1},
      {"CONCAT", K::Same, "", V::Text},
      {"ABS", K::Same, "", V::Number, 1, 1},
      {"ROUND", K::Same, "", V::Number, 1, 2},
      {"TRIM", K::Same, "", V::Text, 1, 1},
      // MariaDB keeps JSON as LONGTEXT CHECK (json_valid(c)); the jsonb cast raises an error
      // for invalid JSON and NULL stays NULL (json_valid(NULL) is NULL in MySQL too)
      {"JSON_VALID", K::Template,
       "CASE WHEN {0} IS NULL THEN NULL ELSE CAST({0} AS jsonb) IS NOT NULL END", V::Boolean, 1, 1},
  };
  return kRules;
}

}  // namespace barge::converter
