#pragma once
// What the binlog does not carry without optional metadata (signedness, ENUM/SET labels, the
// character set of each column) read from the source's information_schema, in column order.
#include <string>
#include <vector>

#include "mover/binlog/column_decode.h"
#include "mover/mysql_reader.h"

namespace barge::mover::cdc {

std::vector<binlog::ColumnHint> readColumnHints(SourceConn& c, const std::string& schema,
                                                const std::string& table);

// 'a','b','c d' (the inside of ENUM(...) / SET(...) in COLUMN_TYPE) -> labels.
std::vector<std::string> parseTypeLabels(const std::string& columnType);

}  // namespace barge::mover::cdc
