// The live-schema reader gives the same IR as parsing mysqldump --no-data --routines
// --triggers --events of the same database, on a real MariaDB (tests/scripts/servers.sh).
#include <catch2/catch.hpp>
#include <map>
#include <regex>

#include "ir/objects.h"
#include "parser/mysql/connection.h"
#include "parser/mysql/live_source.h"
#include "parser/parser.h"
#include "tests/db/db_env.h"

using namespace barge;

namespace {

const char* const kSchema[] = {
    "CREATE TABLE customer (id INT UNSIGNED NOT NULL AUTO_INCREMENT, email VARCHAR(100) "
    "CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, name VARCHAR(50) DEFAULT 'n/a' COMMENT "
    "'full name', active TINYINT(1) NOT NULL DEFAULT 1, balance DECIMAL(10,2) DEFAULT 0.00, "
    "created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, "
    "born DATE, wake TIME(3), seen DATETIME(6), yr YEAR, flags BIT(3), kind ENUM('a','b') "
    "DEFAULT 'a', tags SET('x','y'), doc JSON, pic BLOB, note TEXT, bin VARBINARY(16), "
    "score DOUBLE, ratio FLOAT, big BIGINT UNSIGNED ZEROFILL, loc POINT, "
    "upper_email VARCHAR(100) AS (UPPER(email)) VIRTUAL, "
    "PRIMARY KEY (id), UNIQUE KEY uq_email (email), KEY ix_name (name(10)), "
    "FULLTEXT KEY ft_note (note), CONSTRAINT chk_balance CHECK (balance >= 0)) "
    "ENGINE=InnoDB AUTO_INCREMENT=100 DEFAULT CHARSET=utf8mb4 COMMENT='customers'",
    "CREATE TABLE orders (id BIGINT NOT NULL, customer_id INT UNSIGNED NOT NULL, "
    "amount DECIMAL(8,2) NOT NULL, PRIMARY KEY (id), KEY ix_cust (customer_id), "
    "CONSTRAINT fk_cust FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE "
    "ON UPDATE RESTRICT) ENGINE=InnoDB",
    "CREATE TABLE sales (id INT NOT NULL, sold DATE NOT NULL, PRIMARY KEY (id, sold)) "
    "PARTITION BY RANGE (YEAR(sold)) (PARTITION p2020 VALUES LESS THAN (2021), "
    "PARTITION pmax VALUES LESS THAN MAXVALUE)",
    "CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW v_active (id, email) AS "
    "SELECT id, email FROM customer WHERE active = 1 WITH CASCADED CHECK OPTION",
    "CREATE VIEW v_totals AS SELECT c.id, COUNT(o.id) AS n, SUM(o.amount) AS total "
    "FROM customer c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id",
    "CREATE PROCEDURE refill(IN p_id INT, OUT p_n INT) COMMENT 'test proc' MODIFIES SQL DATA "
    "BEGIN DECLARE done INT DEFAULT 0; DECLARE v INT; "
    "DECLARE cur CURSOR FOR SELECT id FROM orders WHERE customer_id = p_id; "
    "DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1; "
    "DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END; "
    "SET p_n = 0; OPEN cur; l: LOOP FETCH cur INTO v; IF done THEN LEAVE l; END IF; "
    "SET p_n = p_n + 1; END LOOP l; CLOSE cur; "
    "IF p_n = 0 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'none'; END IF; END",
    "CREATE FUNCTION balance_of(p_id INT) RETURNS DECIMAL(10,2) DETERMINISTIC READS SQL DATA "
    "BEGIN DECLARE b DECIMAL(10,2); SELECT balance INTO b FROM customer WHERE id = p_id; "
    "RETURN IFNULL(b, 0); END",
    "CREATE TRIGGER orders_bi BEFORE INSERT ON orders FOR EACH ROW "
    "SET NEW.amount = ROUND(NEW.amount, 2)",
    "CREATE TRIGGER orders_bi2 BEFORE INSERT ON orders FOR EACH ROW FOLLOWS orders_bi "
    "BEGIN IF NEW.amount < 0 THEN SET NEW.amount = 0; END IF; END",
    "CREATE EVENT nightly_purge ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 00:00:00' "
    "ON COMPLETION PRESERVE DISABLE COMMENT 'nightly' DO DELETE FROM orders WHERE amount = 0",
};

std::string objectKey(const ir::Stmt& s) {
  switch (s.kind) {
    case ir::StmtKind::CreateTable:
      return "table " + s.as<ir::CreateTableStmt>().table->name.str();
    case ir::StmtKind::CreateView:
      return "view " + s.as<ir::CreateViewStmt>().view->name.str();
    case ir::StmtKind::CreateRoutine:
      return "routine " + s.as<ir::CreateRoutineStmt>().routine->name.str();
    case ir::StmtKind::CreateTrigger:
      return "trigger " + s.as<ir::CreateTriggerStmt>().trigger->name.str();
    case ir::StmtKind::CreateEvent:
      return "event " + s.as<ir::CreateEventStmt>().name.str();
    default:
      return {};
  }
}

// Object -> IR printout without positions (a dump and SHOW CREATE place the same text at
// different lines). Later definitions replace earlier ones (mysqldump's view stand-ins).
std::map<std::string, std::string> objects(const parser::ParseResult& r) {
  static const std::regex at(" @[0-9]+:[0-9]+");
  std::map<std::string, std::string> out;
  for (const auto& s : r.script.statements) {
    std::string key = objectKey(*s);
    if (key.empty()) continue;
    out[key] = std::regex_replace(ir::printTree(*s), at, "");
  }
  // a stand-in table for a view (older mysqldump) is not an object of the schema
  for (auto it = out.begin(); it != out.end();) {
    if (it->first.rfind("table ", 0) == 0 && out.count("view " + it->first.substr(6))) {
      it = out.erase(it);
    } else {
      ++it;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("mysql live source equals the parsed mysqldump of the same database") {
  const auto& env = test::dbEnv();
  const std::string db = "barge_live_source_test";
  parser::mysql::ConnectParams cp;
  cp.host = env.myHost;
  cp.port = static_cast<unsigned>(std::stoul(env.myPort));
  cp.user = env.myUser;
  cp.password = env.myPassword;
  {
    parser::mysql::Connection conn(cp);
    conn.execute("DROP DATABASE IF EXISTS " + db);
    conn.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4");
    conn.execute("USE " + db);
    for (const char* sql : kSchema) conn.execute(sql);
  }

  std::string dump;
  int rc = test::runCommand("MYSQL_PWD='" + env.myPassword + "' mariadb-dump --no-defaults -h " +
                                env.myHost + " -P " + env.myPort + " -u " + env.myUser +
                                " --no-data --routines --triggers --events " + db,
                            dump);
  INFO(dump.substr(0, 2000));
  REQUIRE(rc == 0);

  parser::mysql::SourceUrl url;
  url.user = env.myUser;
  url.host = env.myHost;
  url.port = cp.port;
  url.database = db;
  parser::ParseOptions opts;
  auto live = parser::mysql::readLiveSchema(url, env.myPassword, opts);
  REQUIRE(live.error.empty());
  CHECK(live.result.stats.failed == 0);

  // the dump is parsed as the same server would run it
  parser::mysql::Connection conn(cp);
  opts.mysqlVersion = conn.serverVersion();
  auto fromDump = parser::parseText(parser::Dialect::MySql, dump, "dump.sql", opts);
  CHECK(fromDump.stats.failed == 0);

  auto a = objects(live.result);
  auto b = objects(fromDump);
  std::vector<std::string> keysA, keysB;
  for (const auto& [k, v] : a) keysA.push_back(k);
  for (const auto& [k, v] : b) keysB.push_back(k);
  CHECK(keysA == keysB);
  CHECK(keysA.size() == 10);  // 3 tables, 2 views, 2 routines, 2 triggers, 1 event
  for (const auto& [k, v] : a) {
    INFO(k);
    auto it = b.find(k);
    REQUIRE(it != b.end());
    CHECK(v == it->second);
  }
  // the database is left for inspection; the next run drops it first
}

TEST_CASE("mysql live source reports objects created under a meaning-changing sql_mode") {
  const auto& env = test::dbEnv();
  const std::string db = "barge_live_source_ansi";
  parser::mysql::ConnectParams cp;
  cp.host = env.myHost;
  cp.port = static_cast<unsigned>(std::stoul(env.myPort));
  cp.user = env.myUser;
  cp.password = env.myPassword;
  {
    parser::mysql::Connection conn(cp);
    conn.execute("DROP DATABASE IF EXISTS " + db);
    conn.execute("CREATE DATABASE " + db);
    conn.execute("USE " + db);
    conn.execute("CREATE TABLE t (id INT)");
    conn.execute("SET SESSION sql_mode = 'ANSI_QUOTES'");
    conn.execute("CREATE PROCEDURE quoted() SELECT \"id\" FROM t");
  }
  parser::mysql::SourceUrl url;
  url.user = env.myUser;
  url.host = env.myHost;
  url.port = cp.port;
  url.database = db;
  auto live = parser::mysql::readLiveSchema(url, env.myPassword, {});
  REQUIRE(live.error.empty());
  bool modeReported = false;
  for (const auto& d : live.result.diagnostics)
    if (d.message.find("quoted") != std::string::npos &&
        d.message.find("ANSI_QUOTES") != std::string::npos)
      modeReported = true;
  CHECK(modeReported);
  // nothing is lost: the table and the procedure are both there (parsed or reported)
  CHECK(live.result.stats.statements == 2);
}

TEST_CASE("mysql live source reports an unreachable server without the password") {
  parser::mysql::SourceUrl url;
  url.user = "nobody";
  url.host = "127.0.0.1";
  url.port = 1;  // nothing listens there
  url.database = "x";
  auto r = parser::mysql::readLiveSchema(url, "s3cret-value", {});
  CHECK_FALSE(r.error.empty());
  CHECK(r.error.find("s3cret-value") == std::string::npos);
  CHECK(r.error.find("nobody@127.0.0.1:1") != std::string::npos);
}
