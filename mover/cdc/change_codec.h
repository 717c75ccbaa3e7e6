#pragma once
// A decoded binlog value -> PostgreSQL binary field, through the same value_codec calls the full
// load makes for the same source value (doubles and integers as numbers, DATETIME/TIMESTAMP as
// calendar parts with the text path for zero dates, everything else as the client-protocol
// text): a row loaded and the same row replicated are byte-identical on the target.
#include <string>

#include "mover/binlog/value.h"
#include "mover/copy_binary.h"
#include "mover/value_codec.h"

namespace barge::mover::cdc {

bool encodeChangeValue(const ColumnCodec& c, const binlog::Value& v, CopyBuffer& out,
                       std::string& err);

}  // namespace barge::mover::cdc
