// Our binlog decoder on binlogs MariaDB writes: every column type the full load supports, read
// back from the server's binlog file and over the replication stream, value by value against
// what the server itself returns for the same row (the text protocol, as the full load reads it).
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "mover/binlog/decoder.h"
#include "mover/binlog/event_header.h"
#include "mover/binlog/file_reader.h"
#include "mover/binlog/rpl_stream.h"
#include "mover/cdc/source_columns.h"
#include "tests/db/all_types.h"
#include "tests/db/db_env.h"
#include "tests/db/mover_fixture.h"
#include "tests/db/my_params.h"

using barge::test::MoverFixture;
namespace bl = barge::mover::binlog;
using barge::test::kCols;
using barge::test::kRows;

namespace {

std::string selectList() {
  std::string s;
  for (const auto& c : kCols)
    s += (s.empty() ? "" : ", ") +
         (*c.select ? std::string(c.select) : "`" + std::string(c.name) + "`");
  return s;
}

// The value as the server returns it, for comparison with the decoded value.
std::string serverText(const std::optional<std::string>& v) {
  return v ? *v : "<NULL>";
}

void checkRow(const std::vector<bl::Value>& got, const barge::parser::mysql::Row& want,
              const std::string& what) {
  REQUIRE(got.size() == want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    INFO(what << " column " << kCols[i].name);
    std::string w = serverText(want[i]);
    const bl::Value& g = got[i];
    if (g.kind == bl::Value::Kind::Double && want[i]) {
      CHECK(g.d == std::strtod(w.c_str(), nullptr));
      CHECK(std::signbit(g.d) == std::signbit(std::strtod(w.c_str(), nullptr)));
    } else if (std::string(kCols[i].name) == "yr" && want[i]) {
      CHECK(g.toText() == std::to_string(std::stoi(w)));
    } else {
      CHECK(g.toText() == w);
    }
  }
}

std::string binlogDir() {
  const char* d = std::getenv("BARGE_TEST_DIR");
  return std::string(d ? d : "/tmp/barge-test-servers") + "/mysql/data";
}

// Decodes the rows of `db` while *active (events before the test's start position may hold
// older versions of the table from earlier runs).
bl::Decoder makeDecoder(const std::string& db, const std::vector<bl::ColumnHint>* hints,
                        const bool* active = nullptr) {
  bl::Decoder d([db, hints, active](const bl::TableMap& t, const std::vector<bl::ColumnHint>*& h) {
    h = hints;
    return t.schema == db && (!active || *active);
  });
  d.setCollectChanges(true);
  return d;
}

void writeChanges(MoverFixture& f) {
  std::string ddl = "CREATE TABLE alltypes (";
  for (size_t i = 0; i < kCols.size(); ++i)
    ddl += (i ? ", `" : "`") + std::string(kCols[i].name) + "` " + kCols[i].type;
  f.mysql(ddl + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
  f.mysql("SET SESSION sql_mode = '', time_zone = '+00:00'");
  for (const char* r : kRows) f.mysql(std::string("INSERT INTO alltypes VALUES ") + r);
}

}  // namespace

TEST_CASE("binlog decoder: every type from MariaDB's binlog file and stream, value by value") {
  MoverFixture f("mv_binlog");
  auto st = f.my().query("SHOW MASTER STATUS");
  REQUIRE(!st.empty());
  const std::string file = *st[0][0];
  const uint64_t startPos = std::stoull(*st[0][1]);
  writeChanges(f);
  // One multi-row transaction: a key update, value updates, a delete.
  f.mysql("BEGIN");
  f.mysql("UPDATE alltypes SET id = 10, vc = 'moved' WHERE id = 1");
  f.mysql("UPDATE alltypes SET ti = 5, tx = NULL, e = 'b' WHERE id = 3");
  f.mysql("DELETE FROM alltypes WHERE id = 2");
  f.mysql("COMMIT");
  auto final = f.my().query("SELECT " + selectList() + " FROM alltypes ORDER BY id");
  REQUIRE(final.size() == 3);  // ids 3, 4, 10
  auto hints = barge::mover::cdc::readColumnHints(f.my(), "mv_binlog", "alltypes");
  REQUIRE(hints.size() == kCols.size());

  auto check = [&](const std::vector<bl::Transaction>& txs, const std::string& how) {
    // CREATE TABLE, 4 inserts, the update/delete transaction.
    REQUIRE(txs.size() == 6);
    CHECK(txs[0].ddl.size() == 1);
    CHECK(txs[0].ddl[0].sql.find("CREATE TABLE alltypes") != std::string::npos);
    for (int k = 1; k <= 4; ++k) {
      REQUIRE(txs[k].changes.size() == 1);
      CHECK(txs[k].changes[0].row.op == bl::RowOp::Insert);
      CHECK(!txs[k].gtid.empty());
    }
    const auto& last = txs[5];
    REQUIRE(last.changes.size() == 3);
    CHECK(last.changes[0].row.op == bl::RowOp::Update);
    CHECK(last.changes[1].row.op == bl::RowOp::Update);
    CHECK(last.changes[2].row.op == bl::RowOp::Delete);
    CHECK(last.changes[0].table->table == "alltypes");
    // After images and the untouched row 4 against the server's current rows.
    checkRow(last.changes[1].row.after, final[0], how + " update of 3");
    checkRow(txs[4].changes[0].row.after, final[1], how + " insert of 4");
    checkRow(last.changes[0].row.after, final[2], how + " update 1 -> 10");
    CHECK(last.changes[0].row.before[0].toText() == "1");
    CHECK(last.changes[2].row.before[0].toText() == "2");
    for (size_t i = 1; i < kCols.size(); ++i) CHECK(last.changes[2].row.before[i].isNull());
    // Before image of the key update = row 1 as inserted = the after image with vc restored.
    auto before = last.changes[0].row.before;
    auto after = last.changes[0].row.after;
    CHECK(before[20].toText() == "Grüße, 日本 ' \" \\");
    CHECK(before[21].toText() == "café €");  // latin1 (Windows-1252 0x80) to UTF-8
    CHECK(before[24].toText() == std::string("\x01\0\0\0", 4));
    CHECK(before[11].toText() ==
          "-12345678901234567890123456789012345.123456789012345678901234567890");
    CHECK(before[27].text.size() == 70000);
    CHECK(last.endPos > startPos);
  };

  SECTION("from the binlog file in the server's datadir") {
    bl::FileReader reader(binlogDir() + "/" + file);
    bool active = false;
    auto dec = makeDecoder("mv_binlog", &hints, &active);
    dec.setPosition(file, 4);
    std::vector<bl::Transaction> txs;
    std::string ev;
    while ((active = reader.position() >= startPos, reader.next(ev)))
      if (dec.feed(ev) == bl::Decoder::Fed::Commit && active) txs.push_back(dec.transaction());
    CHECK(dec.format().checksumCrc32);
    CHECK(dec.position() == reader.position());
    check(txs, "file");
  }
  SECTION("over the replication stream (mariadb_rpl transport), from the recorded position") {
    auto cp = barge::test::mariaDbParams();
    barge::parser::mysql::Connection conn(cp);
    bl::StreamStart s;
    s.file = file;
    s.position = startPos;
    s.nonBlocking = true;
    s.serverId = 4242;
    bl::RplStream stream(conn.raw(), s);
    auto dec = makeDecoder("mv_binlog", &hints);
    std::vector<bl::Transaction> txs;
    std::string_view ev;
    while (stream.next(ev))
      if (dec.feed(ev) == bl::Decoder::Fed::Commit) txs.push_back(dec.transaction());
    CHECK(dec.file() == file);
    check(txs, "stream");
  }
}

TEST_CASE("binlog decoder: optional metadata (binlog_row_metadata=FULL) needs no schema hints") {
  MoverFixture f("mv_binlog_meta");
  f.mysql("SET GLOBAL binlog_row_metadata = FULL");
  struct Restore {
    MoverFixture& f;
    ~Restore() {
      try {
        f.mysql("SET GLOBAL binlog_row_metadata = NO_LOG");
      } catch (...) {
      }
    }
  } restore{f};
  // A new session sees the new global value.
  auto cp = barge::test::mariaDbParams("mv_binlog_meta");
  barge::parser::mysql::Connection w(cp);
  auto st = w.query("SHOW MASTER STATUS");
  const std::string file = *st[0][0];
  const uint64_t startPos = std::stoull(*st[0][1]);
  w.execute(
      "CREATE TABLE m (id int unsigned PRIMARY KEY, u bigint unsigned, e enum('p','q'), "
      "s set('a','b'), l varchar(10) CHARACTER SET latin1)");
  w.execute("INSERT INTO m VALUES (4000000000, 18446744073709551615, 'q', 'a,b', 'café')");
  bl::FileReader reader(binlogDir() + "/" + file);
  bool active = false;
  auto dec = makeDecoder("mv_binlog_meta", nullptr, &active);
  dec.setPosition(file, 4);
  std::vector<bl::Transaction> txs;
  std::string ev;
  while ((active = reader.position() >= startPos, reader.next(ev)))
    if (dec.feed(ev) == bl::Decoder::Fed::Commit && active) txs.push_back(dec.transaction());
  REQUIRE(txs.size() == 2);
  REQUIRE(txs[1].changes.size() == 1);
  const auto& t = *txs[1].changes[0].table;
  CHECK(t.hasOptionalMetadata);
  CHECK(t.columns[0].name == "id");
  CHECK(t.primaryKey == std::vector<uint32_t>{0});
  const auto& row = txs[1].changes[0].row.after;
  CHECK(row[0].toText() == "4000000000");
  CHECK(row[1].toText() == "18446744073709551615");
  CHECK(row[2].toText() == "q");
  CHECK(row[3].toText() == "a,b");
  CHECK(row[4].toText() == "café");
}

TEST_CASE("binlog decoder: a MINIMAL row image is refused with the setting to change") {
  MoverFixture f("mv_binlog_min");
  f.mysql("CREATE TABLE t (id int PRIMARY KEY, v int, w int)");
  f.mysql("INSERT INTO t VALUES (1, 1, 1)");
  auto st = f.my().query("SHOW MASTER STATUS");
  const std::string file = *st[0][0];
  const uint64_t startPos = std::stoull(*st[0][1]);
  f.mysql("SET SESSION binlog_row_image = MINIMAL");
  f.mysql("UPDATE t SET v = 2 WHERE id = 1");
  bl::FileReader reader(binlogDir() + "/" + file);
  bool active = false;
  auto dec = makeDecoder("mv_binlog_min", nullptr, &active);
  dec.setPosition(file, 4);
  std::string ev, error;
  try {
    while ((active = reader.position() >= startPos, reader.next(ev))) dec.feed(ev);
  } catch (const bl::DecodeError& e) {
    error = e.what();
  }
  CHECK(error.find("binlog_row_image=FULL") != std::string::npos);
  CHECK(error.find("mv_binlog_min.t") != std::string::npos);
}

TEST_CASE("binlog decoder: an XA transaction on a selected table is refused, not applied early") {
  MoverFixture f("mv_binlog_xa");
  f.mysql("CREATE TABLE t (id int PRIMARY KEY)");
  auto st = f.my().query("SHOW MASTER STATUS");
  const std::string file = *st[0][0];
  const uint64_t startPos = std::stoull(*st[0][1]);
  f.mysql("XA START 'bx'");
  f.mysql("INSERT INTO t VALUES (1)");
  f.mysql("XA END 'bx'");
  f.mysql("XA PREPARE 'bx'");
  f.mysql("XA ROLLBACK 'bx'");
  bl::FileReader reader(binlogDir() + "/" + file);
  bool active = false;
  auto dec = makeDecoder("mv_binlog_xa", nullptr, &active);
  dec.setPosition(file, 4);
  std::string ev, error;
  try {
    while ((active = reader.position() >= startPos, reader.next(ev))) dec.feed(ev);
  } catch (const bl::DecodeError& e) {
    error = e.what();
  }
  CHECK(error.find("XA transactions are not supported") != std::string::npos);
}
