#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "parser/common/chunk.h"

namespace barge::parser::mysql {

// Versioned comments /*!NNNNN ... */ (and /*M!NNNNN for MariaDB): the ones a server of
// `version` (e.g. "8.0", "10.11") would run have their markers replaced by blanks, the others
// are blanked whole. Positions do not move, so every location stays exact.
void applyVersionedComments(std::string& utf8, const std::string& version);

// Cuts a script into statements at the current delimiter; DELIMITER lines change it and are
// returned as script commands, as are client commands (USE is SQL and stays a statement).
std::vector<Chunk> splitScript(std::string_view utf8);

}  // namespace barge::parser::mysql
