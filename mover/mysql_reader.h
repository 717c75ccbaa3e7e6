#pragma once
// Streams a SELECT from MySQL/MariaDB row by row (mysql_use_result): the client never holds
// more than one row, and the server waits while we are busy (back-pressure through TCP).
#include <string>
#include <string_view>

#include "parser/mysql/connection.h"

namespace barge::mover {

using SourceConn = parser::mysql::Connection;

// Session settings every mover connection uses: UTC for TIMESTAMP text, long network timeouts
// so a slow target does not make the server drop a paused stream.
void prepareSourceSession(SourceConn& c);

class RowStream {
 public:
  RowStream(SourceConn& c, const std::string& sql);  // throws parser::mysql::QueryError
  ~RowStream();
  RowStream(const RowStream&) = delete;
  RowStream& operator=(const RowStream&) = delete;

  bool next();  // false at the end; throws QueryError on a read error
  unsigned columns() const { return fields_; }
  bool isNull(unsigned i) const { return row_[i] == nullptr; }
  std::string_view value(unsigned i) const { return {row_[i], lengths_[i]}; }
  uint64_t bytesRead() const { return bytes_; }

 private:
  SourceConn& conn_;
  MYSQL_RES* res_ = nullptr;
  MYSQL_ROW row_ = nullptr;
  unsigned long* lengths_ = nullptr;
  unsigned fields_ = 0;
  uint64_t bytes_ = 0;
  std::string sql_;
};

}  // namespace barge::mover
