// MySQL -> PostgreSQL function rules (MySQL reference manual, functions and operators).
#include "converter/function_rules.h"

namespace barge::converter {

const std::vector<FunctionRule>& mysqlFunctionRules() {
  static const std::vector<FunctionRule> kRules = {
      {"CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", true},
      {"NOW", "CURRENT_TIMESTAMP", true},
      {"LOCALTIMESTAMP", "LOCALTIMESTAMP", true},
      {"CURRENT_DATE", "CURRENT_DATE", true},
      {"CURDATE", "CURRENT_DATE", true},
      {"CURRENT_TIME", "CURRENT_TIME", true},
      {"UUID", "gen_random_uuid()::text", true},
      {"COALESCE", "", false},
      {"IFNULL", "coalesce", false},
      {"LOWER", "", false},
      {"UPPER", "", false},
      {"LENGTH", "octet_length", false},
      {"CHAR_LENGTH", "char_length", false},
      {"CONCAT", "concat", false},
      {"ABS", "", false},
      {"ROUND", "", false},
      {"TRIM", "", false},
  };
  return kRules;
}

}  // namespace barge::converter
