// Oracle -> PostgreSQL function rules (Oracle SQL Language Reference, functions).
#include "converter/function_rules.h"

namespace barge::converter {

const std::vector<FunctionRule>& oracleFunctionRules() {
  static const std::vector<FunctionRule> kRules = {
      {"SYSDATE", "LOCALTIMESTAMP(0)", true},
      {"SYSTIMESTAMP", "CURRENT_TIMESTAMP", true},
      {"CURRENT_DATE", "LOCALTIMESTAMP(0)", true},  // Oracle CURRENT_DATE has a time part
      {"CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", true},
      {"LOCALTIMESTAMP", "LOCALTIMESTAMP", true},
      {"USER", "CURRENT_USER", true},
      {"SYS_GUID", "gen_random_uuid()", true},
      {"NVL", "coalesce", false},
      {"COALESCE", "", false},
      {"LOWER", "", false},
      {"UPPER", "", false},
      {"LENGTH", "", false},
      {"SUBSTR", "", false},
      {"TRIM", "", false},
      {"ABS", "", false},
      {"ROUND", "", false},
      {"REGEXP_LIKE", "", false},  // PostgreSQL 15 has regexp_like
  };
  return kRules;
}

}  // namespace barge::converter
