#include "mover/mysql_reader.h"

namespace barge::mover {

using parser::mysql::QueryError;

void prepareSourceSession(SourceConn& c) {
  c.execute(
      "SET SESSION time_zone = '+00:00', net_write_timeout = 86400, net_read_timeout = 86400, "
      "group_concat_max_len = 1048576");
}

RowStream::RowStream(SourceConn& c, const std::string& sql) : conn_(c), sql_(sql) {
  MYSQL* m = c.raw();
  if (mysql_real_query(m, sql.data(), sql.size()) != 0)
    throw QueryError(std::string(mysql_error(m)) + " (in: " + sql.substr(0, 200) + ")",
                     mysql_errno(m));
  res_ = mysql_use_result(m);
  if (!res_)
    throw QueryError(std::string(mysql_error(m)) + " (in: " + sql.substr(0, 200) + ")",
                     mysql_errno(m));
  fields_ = mysql_num_fields(res_);
}

RowStream::~RowStream() {
  if (res_) mysql_free_result(res_);
}

bool RowStream::next() {
  row_ = mysql_fetch_row(res_);
  if (!row_) {
    MYSQL* m = conn_.raw();
    if (mysql_errno(m) != 0)
      throw QueryError(std::string(mysql_error(m)) + " (reading: " + sql_.substr(0, 200) + ")",
                       mysql_errno(m));
    return false;
  }
  lengths_ = mysql_fetch_lengths(res_);
  for (unsigned i = 0; i < fields_; ++i) bytes_ += lengths_[i];
  return true;
}

}  // namespace barge::mover
