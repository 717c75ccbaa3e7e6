#pragma once
// A direct reader for data statements: INSERT / REPLACE ... VALUES rows of plain literals, as
// mysqldump writes them (megabytes per statement). It builds exactly the IR the grammar path
// builds (same nodes, values and locations) in linear time and without a parse tree, and gives
// up (returns null) on anything else, which then goes through the grammar as usual.
#include <memory>
#include <string>

#include "ir/stmt.h"
#include "parser/common/chunk.h"

namespace barge::parser::mysql {

ir::StmtPtr tryFastInsert(const Chunk& chunk, const std::shared_ptr<const std::string>& file);

}  // namespace barge::parser::mysql
