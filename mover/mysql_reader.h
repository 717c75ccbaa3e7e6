#pragma once
// Streams a SELECT from MySQL/MariaDB row by row (mysql_use_result): the client never holds
// more than one row, and the server waits while we are busy (back-pressure through TCP).
#include <string>
#include <string_view>
#include <vector>

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

// The same through the binary protocol (a prepared statement, fetched unbuffered): the server
// sends DOUBLE, integers and temporal values in binary instead of formatting them as text, which
// costs it far less CPU (DOUBLE text formatting was ~20% of MariaDB's work in the benchmark).
// value() gives the text form the text protocol would give (for keys and the text codecs);
// doubles are also available as numbers (isDouble / doubleValue) to skip text entirely.
class BinaryRowStream {
 public:
  BinaryRowStream(SourceConn& c, const std::string& sql);  // throws parser::mysql::QueryError
  ~BinaryRowStream();
  BinaryRowStream(const BinaryRowStream&) = delete;
  BinaryRowStream& operator=(const BinaryRowStream&) = delete;

  bool next();
  unsigned columns() const { return static_cast<unsigned>(cols_.size()); }
  bool isNull(unsigned i) const { return cols_[i].isNull != 0; }
  bool isDouble(unsigned i) const { return cols_[i].kind == Kind::Double; }
  double doubleValue(unsigned i) const { return cols_[i].d; }
  bool isInteger(unsigned i) const { return cols_[i].kind == Kind::Integer; }
  long long integerValue(unsigned i) const { return cols_[i].ll; }
  bool isUnsigned(unsigned i) const { return cols_[i].isUnsigned; }
  bool isDateTime(unsigned i) const { return cols_[i].kind == Kind::DateTime; }
  const MYSQL_TIME& timeValue(unsigned i) const { return cols_[i].tm; }
  std::string_view value(unsigned i);

 private:
  enum class Kind { Bytes, Double, Integer, Date, DateTime, Time };
  struct Col {
    Kind kind = Kind::Bytes;
    bool isUnsigned = false;
    unsigned decimals = 0;  // fractional digits of temporal columns
    std::string buf;        // Bytes: the value; others: the text form built on demand
    double d = 0;
    long long ll = 0;
    MYSQL_TIME tm{};
    unsigned long length = 0;
    my_bool isNull = 0, error = 0;
    bool textReady = false;
  };
  [[noreturn]] void fail(const char* what);
  void bind();
  SourceConn& conn_;
  MYSQL_STMT* stmt_ = nullptr;
  std::vector<Col> cols_;
  std::vector<MYSQL_BIND> binds_;
  std::string sql_;
};

}  // namespace barge::mover
