#include "ir/dialect.h"

namespace barge::ir {

std::optional<Dialect> dialectFromName(std::string_view name) {
  if (name == "oracle") return Dialect::Oracle;
  if (name == "mysql" || name == "mariadb") return Dialect::MySql;
  return std::nullopt;
}

const char* dialectName(Dialect d) {
  return d == Dialect::Oracle ? "oracle" : "mysql";
}

}  // namespace barge::ir
