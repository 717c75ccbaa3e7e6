#pragma once
#include <optional>
#include <string_view>

namespace barge::ir {

// The source dialect of a script. It lives in ir/ so that the converter, which chooses rule
// tables by it, does not depend on the parser (and so on ANTLR).
enum class Dialect { Oracle, MySql };
std::optional<Dialect> dialectFromName(std::string_view name);  // "oracle", "mysql", "mariadb"
const char* dialectName(Dialect d);

}  // namespace barge::ir
