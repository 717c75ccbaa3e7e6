#pragma once
// PostgreSQL accepts only immutable expressions in a generated column. Proving that on the
// source IR is conservative: literals, columns, operators and a short list of functions whose
// PostgreSQL counterparts are immutable; anything else (SYSDATE, USER, time-zone dependent
// arithmetic, casts from dates to text, functions of the input) is not provable.
#include <functional>
#include <optional>
#include <string>

#include "ir/expr.h"
#include "ir/dialect.h"

namespace barge::converter {

// The first sub-expression that cannot be shown immutable, described for an action item;
// nullopt when the whole expression is immutable. `columnType` gives the PostgreSQL type of a
// column of the table ("" when the name is not a column).
std::optional<std::string> notImmutable(
    ir::Dialect from, const ir::Expr& e,
    const std::function<std::string(const std::string& pgColumn)>& columnType);

}  // namespace barge::converter
