#include "mover/mysql_reader.h"

#include <algorithm>
#include <charconv>

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

namespace barge::mover {

namespace {

char* put2(char* p, unsigned v) {
  p[0] = static_cast<char>('0' + v / 10 % 10);
  p[1] = static_cast<char>('0' + v % 10);
  return p + 2;
}

char* putFraction(char* p, unsigned long us, unsigned decimals) {
  if (decimals == 0) return p;
  char digits[6];
  for (int i = 5; i >= 0; --i) {
    digits[i] = static_cast<char>('0' + us % 10);
    us /= 10;
  }
  *p++ = '.';
  for (unsigned i = 0; i < decimals && i < 6; ++i) *p++ = digits[i];
  return p;
}

}  // namespace

BinaryRowStream::BinaryRowStream(SourceConn& c, const std::string& sql) : conn_(c), sql_(sql) {
  stmt_ = mysql_stmt_init(c.raw());
  if (!stmt_)
    throw QueryError(std::string(mysql_error(c.raw())) + " (in: " + sql.substr(0, 200) + ")",
                     mysql_errno(c.raw()));
  if (mysql_stmt_prepare(stmt_, sql.data(), sql.size()) != 0) fail("in");
  MYSQL_RES* meta = mysql_stmt_result_metadata(stmt_);
  if (!meta) fail("in");
  unsigned n = mysql_num_fields(meta);
  MYSQL_FIELD* fields = mysql_fetch_fields(meta);
  cols_.resize(n);
  for (unsigned i = 0; i < n; ++i) {
    Col& col = cols_[i];
    const MYSQL_FIELD& f = fields[i];
    col.isUnsigned = (f.flags & UNSIGNED_FLAG) != 0;
    col.decimals = f.decimals <= 6 ? f.decimals : 6;  // 39 = not fixed: keep every digit
    switch (f.type) {
      case MYSQL_TYPE_DOUBLE:
      case MYSQL_TYPE_FLOAT:
        col.kind = Kind::Double;
        break;
      case MYSQL_TYPE_TINY:
      case MYSQL_TYPE_SHORT:
      case MYSQL_TYPE_INT24:
      case MYSQL_TYPE_LONG:
      case MYSQL_TYPE_LONGLONG:
      case MYSQL_TYPE_YEAR:
        col.kind = Kind::Integer;
        break;
      case MYSQL_TYPE_DATE:
      case MYSQL_TYPE_NEWDATE:
        col.kind = Kind::Date;
        break;
      case MYSQL_TYPE_DATETIME:
      case MYSQL_TYPE_TIMESTAMP:
        col.kind = Kind::DateTime;
        break;
      case MYSQL_TYPE_TIME:
        col.kind = Kind::Time;
        break;
      default:
        col.kind = Kind::Bytes;  // strings, DECIMAL, BIT, ENUM, SET, JSON, BLOB: as sent
        col.buf.resize(std::max<size_t>(16, std::min<unsigned long>(f.length, 64 * 1024)));
        break;
    }
  }
  mysql_free_result(meta);
  bind();
  if (mysql_stmt_execute(stmt_) != 0) fail("in");
}

void BinaryRowStream::bind() {
  binds_.assign(cols_.size(), MYSQL_BIND{});
  for (size_t i = 0; i < cols_.size(); ++i) {
    Col& col = cols_[i];
    MYSQL_BIND& b = binds_[i];
    b.is_null = &col.isNull;
    b.length = &col.length;
    b.error = &col.error;
    switch (col.kind) {
      case Kind::Double:
        b.buffer_type = MYSQL_TYPE_DOUBLE;
        b.buffer = &col.d;
        break;
      case Kind::Integer:
        b.buffer_type = MYSQL_TYPE_LONGLONG;
        b.buffer = &col.ll;
        b.is_unsigned = col.isUnsigned;
        break;
      case Kind::Date:
      case Kind::DateTime:
      case Kind::Time:
        b.buffer_type = MYSQL_TYPE_DATETIME;
        b.buffer = &col.tm;
        break;
      case Kind::Bytes:
        b.buffer_type = MYSQL_TYPE_STRING;
        b.buffer = col.buf.data();
        b.buffer_length = col.buf.size();
        break;
    }
  }
  if (mysql_stmt_bind_result(stmt_, binds_.data()) != 0) fail("binding");
}

void BinaryRowStream::fail(const char* what) {
  throw QueryError(
      std::string(mysql_stmt_error(stmt_)) + " (" + what + ": " + sql_.substr(0, 200) + ")",
      mysql_stmt_errno(stmt_));
}

BinaryRowStream::~BinaryRowStream() {
  if (stmt_) mysql_stmt_close(stmt_);
}

bool BinaryRowStream::next() {
  int rc = mysql_stmt_fetch(stmt_);
  if (rc == MYSQL_NO_DATA) return false;
  if (rc == 1) fail("reading");
  for (auto& col : cols_) col.textReady = false;
  if (rc == MYSQL_DATA_TRUNCATED) {
    // A value longer than its buffer: grow the buffer to the value and fetch that column again.
    bool rebind = false;
    for (unsigned i = 0; i < cols_.size(); ++i) {
      Col& col = cols_[i];
      if (col.kind != Kind::Bytes || !col.error || col.isNull || col.length <= col.buf.size())
        continue;
      col.buf.resize(col.length);
      MYSQL_BIND b{};
      b.buffer_type = MYSQL_TYPE_STRING;
      b.buffer = col.buf.data();
      b.buffer_length = col.buf.size();
      unsigned long len = 0;
      b.length = &len;
      if (mysql_stmt_fetch_column(stmt_, &b, i, 0) != 0) fail("reading");
      rebind = true;
    }
    if (rebind) bind();
  }
  return true;
}

std::string_view BinaryRowStream::value(unsigned i) {
  Col& col = cols_[i];
  if (col.kind == Kind::Bytes) return {col.buf.data(), col.length};
  if (col.textReady) return col.buf;
  char tmp[64];
  char* p = tmp;
  switch (col.kind) {
    case Kind::Double:
      p = std::to_chars(tmp, tmp + sizeof tmp, col.d).ptr;
      break;
    case Kind::Integer:
      p = col.isUnsigned
              ? std::to_chars(tmp, tmp + sizeof tmp, static_cast<unsigned long long>(col.ll)).ptr
              : std::to_chars(tmp, tmp + sizeof tmp, col.ll).ptr;
      break;
    case Kind::Date:
    case Kind::DateTime: {
      const MYSQL_TIME& t = col.tm;
      p = put2(p, t.year / 100);
      p = put2(p, t.year % 100);
      *p++ = '-';
      p = put2(p, t.month);
      *p++ = '-';
      p = put2(p, t.day);
      if (col.kind == Kind::DateTime) {
        *p++ = ' ';
        p = put2(p, t.hour);
        *p++ = ':';
        p = put2(p, t.minute);
        *p++ = ':';
        p = put2(p, t.second);
        p = putFraction(p, t.second_part, col.decimals);
      }
      break;
    }
    case Kind::Time: {
      const MYSQL_TIME& t = col.tm;
      if (t.neg) *p++ = '-';
      unsigned long hours = t.hour;  // Connector/C already folds the days into the hours
      if (hours < 10) *p++ = '0';
      p = std::to_chars(p, tmp + sizeof tmp, hours).ptr;
      *p++ = ':';
      p = put2(p, t.minute);
      *p++ = ':';
      p = put2(p, t.second);
      p = putFraction(p, t.second_part, col.decimals);
      break;
    }
    case Kind::Bytes:
      break;
  }
  col.buf.assign(tmp, static_cast<size_t>(p - tmp));
  col.textReady = true;
  return col.buf;
}

}  // namespace barge::mover
