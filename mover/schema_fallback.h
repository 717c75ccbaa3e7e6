#pragma once
// A source table's definition from information_schema, for tables whose SHOW CREATE TABLE the
// MySQL grammar cannot parse yet (columns, types, NOT NULL, AUTO_INCREMENT, keys, indexes,
// foreign keys, literal and CURRENT_TIMESTAMP defaults).
#include <string>

#include "ir/objects.h"
#include "mover/mysql_reader.h"

namespace barge::mover {

ir::Ptr<ir::Table> tableFromInformationSchema(SourceConn& src, const std::string& schema,
                                              const std::string& table);

// MariaDB stores JSON as LONGTEXT with CHECK (json_valid(col)): the JSON columns of a table.
std::vector<std::string> jsonColumns(SourceConn& src, const std::string& schema,
                                     const std::string& table);

}  // namespace barge::mover
