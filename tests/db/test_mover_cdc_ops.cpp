// CDC operations on real MariaDB and PostgreSQL: the binlog retention and compression prechecks.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <thread>

#include "tests/db/db_env.h"
#include "tests/db/mover_fixture.h"

using barge::test::MoverFixture;

namespace {

std::filesystem::path typedTask(MoverFixture& f, const std::string& type) {
  auto task = f.writeTask();
  nlohmann::json t;
  std::ifstream(task) >> t;
  t["MigrationType"] = type;
  std::ofstream(task) << t.dump(2);
  return task;
}

nlohmann::json precheckCheck(MoverFixture& f, const std::filesystem::path& task,
                             const std::string& name) {
  std::string out;
  f.barge("precheck --json --task " + task.string(), out);
  INFO(out);
  auto at = out.find('{');
  REQUIRE(at != std::string::npos);
  auto j = nlohmann::json::parse(out.substr(at));
  for (const auto& c : j["checks"])
    if (c["check"] == name) return c;
  FAIL("no check " << name);
  return {};
}

// GET /metrics on 127.0.0.1:port with a plain socket; "" when nothing answered.
std::string scrape(int port, const std::string& path = "/metrics") {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(static_cast<uint16_t>(port));
  inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
  std::string out;
  if (connect(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) == 0) {
    std::string req = "GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n";
    send(fd, req.data(), req.size(), 0);
    char buf[4096];
    ssize_t n;
    while ((n = recv(fd, buf, sizeof buf, 0)) > 0) out.append(buf, static_cast<size_t>(n));
  }
  close(fd);
  return out;
}

// The value of one sample line ("name{labels} value") in a Prometheus text, or -1.
double sample(const std::string& text, const std::string& prefix) {
  size_t at = text.find("\n" + prefix);
  if (at == std::string::npos) return -1;
  size_t sp = text.find(' ', at + 1 + prefix.size());
  return std::stod(text.substr(sp + 1, text.find('\n', sp) - sp - 1));
}

std::string readFile(const std::filesystem::path& p) {
  std::ifstream in(p);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Sets a global variable of the test server for the test and puts it back afterwards.
struct GlobalVar {
  MoverFixture& f;
  std::string name, old;
  GlobalVar(MoverFixture& fx, std::string n, const std::string& value) : f(fx), name(std::move(n)) {
    old = f.my().scalar("SELECT @@GLOBAL." + name).value_or("0");
    f.mysql("SET GLOBAL " + name + " = " + value);
  }
  ~GlobalVar() { f.mysql("SET GLOBAL " + name + " = " + old); }
};

}  // namespace

TEST_CASE("mover cdc precheck: binlog retention against the estimated load, compression off") {
  MoverFixture f("mv_cdc_pre");
  f.mysql("CREATE TABLE t (id int PRIMARY KEY, v varchar(200))");
  f.mysql("INSERT INTO t SELECT seq, REPEAT('x', 150) FROM seq_1_to_20000");
  f.mysql("ANALYZE TABLE t");
  {
    GlobalVar keep(f, "binlog_expire_logs_seconds", "7200");
    auto c = precheckCheck(f, typedTask(f, "full-load-and-cdc"), "binlog retention");
    INFO(c.dump());
    CHECK(c["status"] == "pass");  // a few MiB load in well under 2 h
    CHECK(c["detail"].get<std::string>().find("binlogs are kept 2.0 h") != std::string::npos);
    CHECK(c["detail"].get<std::string>().find("measured") != std::string::npos);
    // Without a load: under a day is a warning (a task stopped longer loses its position).
    auto w = precheckCheck(f, typedTask(f, "cdc"), "binlog retention");
    CHECK(w["status"] == "warning");
  }
  {
    GlobalVar none(f, "binlog_expire_logs_seconds", "0");
    GlobalVar days(f, "expire_logs_days", "0");
    auto c = precheckCheck(f, typedTask(f, "full-load-and-cdc"), "binlog retention");
    CHECK(c["status"] == "pass");
    CHECK(c["detail"].get<std::string>().find("not purged automatically") != std::string::npos);
  }
  {
    GlobalVar compress(f, "log_bin_compress", "ON");
    auto c = precheckCheck(f, typedTask(f, "full-load-and-cdc"), "binlog");
    CHECK(c["status"] == "fail");
    CHECK(c["detail"].get<std::string>().find("log_bin_compress") != std::string::npos);
  }
  // A full-load task has no such check.
  std::string out;
  f.barge("precheck --json --task " + typedTask(f, "full-load").string(), out);
  CHECK(out.find("binlog retention") == std::string::npos);
}

TEST_CASE(
    "mover cdc resnapshot: a purged binlog is a clear error; --resnapshot reloads and goes on") {
  MoverFixture f("mv_cdc_resnap");
  f.mysql("CREATE TABLE t (id int PRIMARY KEY, v varchar(20))");
  f.mysql("CREATE TABLE u (id int PRIMARY KEY, w int)");
  f.mysql("INSERT INTO t SELECT seq, CONCAT('v', seq) FROM seq_1_to_500");
  f.mysql("INSERT INTO u SELECT seq, seq FROM seq_1_to_50");
  auto task = typedTask(f, "cdc");
  std::string out;
  // The target first (a full load), then capture from now on.
  {
    nlohmann::json j;
    std::ifstream(task) >> j;
    j["MigrationType"] = "full-load";
    std::ofstream(f.dir() / "load.json") << j.dump(2);
  }
  REQUIRE(f.barge("migrate --task " + (f.dir() / "load.json").string(), out) == 0);
  REQUIRE(f.barge("migrate --until-caught-up --task " + task.string(), out) == 0);
  f.mysql("INSERT INTO t VALUES (1001, 'during')");
  REQUIRE(f.barge("migrate --until-caught-up --task " + task.string(), out) == 0);
  const std::string at = f.pgScalar("SELECT binlog_file FROM barge_control.cdc_checkpoints");
  // barge is stopped; the source changes and purges the binlog barge would read next.
  f.mysql("UPDATE t SET v = 'lost?' WHERE id = 1");
  f.mysql("DELETE FROM " + f.name() + ".u WHERE id <= 10");
  f.mysql("FLUSH BINARY LOGS");
  f.mysql("INSERT INTO t VALUES (1002, 'after flush')");
  f.mysql("FLUSH BINARY LOGS");
  const std::string current = *f.my().query("SHOW MASTER STATUS")[0][0];
  // The server keeps a file a dump thread still reads (the last run's may take a moment to end).
  bool purged = false;
  for (int i = 0; i < 50 && !purged; ++i) {
    f.mysql("PURGE BINARY LOGS TO '" + current + "'");
    purged = true;
    for (const auto& r : f.my().query("SHOW BINARY LOGS"))
      purged = purged && r[0].value_or("") != at;
    if (!purged) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  REQUIRE(purged);
  int rc = f.barge("migrate --until-caught-up --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 1);
  CHECK(out.find("barge asked for " + at) != std::string::npos);
  CHECK(out.find("--resnapshot") != std::string::npos);
  CHECK(out.find("reconnecting") == std::string::npos);  // not retried: no crash loop
  // Nothing was skipped silently: the target still lacks the lost changes.
  CHECK(f.pgScalar("SELECT v FROM mv_cdc_resnap.t WHERE id = 1") == "v1");
  rc = f.barge("migrate --resnapshot --until-caught-up --task " + task.string(), out);
  INFO(out);
  REQUIRE(rc == 0);
  CHECK(out.find("resnapshot: change capture position " + at) != std::string::npos);
  CHECK(f.pgScalar("SELECT v FROM mv_cdc_resnap.t WHERE id = 1") == "lost?");
  CHECK(f.pgScalar("SELECT count(*) FROM mv_cdc_resnap.u") == "40");
  // Capture goes on from the new snapshot.
  f.mysql("INSERT INTO t VALUES (1003, 'later')");
  REQUIRE(f.barge("migrate --until-caught-up --task " + task.string(), out) == 0);
  CHECK(f.pgScalar("SELECT v FROM mv_cdc_resnap.t WHERE id = 1003") == "later");
  rc = f.barge("validate --task " + task.string(), out);
  INFO(out);
  CHECK(rc == 0);
  CHECK(out.find("t: Validated") != std::string::npos);
  CHECK(out.find("u: Validated") != std::string::npos);
  // --resnapshot on a full-load task is a usage error.
  CHECK(f.barge("migrate --resnapshot --task " + (f.dir() / "load.json").string(), out) == 2);
}

TEST_CASE("mover cdc metrics: Prometheus text on --metrics-port while CDC runs; status counters") {
  MoverFixture f("mv_cdc_metrics");
  f.mysql("CREATE TABLE t (id int PRIMARY KEY, v varchar(20), e enum('a','b'))");
  f.mysql("INSERT INTO t SELECT seq, CONCAT('v', seq), 'a' FROM seq_1_to_100");
  auto task = typedTask(f, "full-load-and-cdc");
  const auto log = f.dir() / "migrate.log";
  std::string cmd = "exec " + f.bargeCommand("migrate --metrics-port 0 --task " + task.string()) +
                    " >" + log.string() + " 2>&1";
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int port = 0;
  for (int i = 0; i < 600 && !port; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::string l = readFile(log);
    size_t at = l.find("metrics: http://127.0.0.1:");
    if (at != std::string::npos && l.find("/metrics", at + 26) != std::string::npos)
      port = std::stoi(l.substr(at + 26));
  }
  REQUIRE(port > 0);
  f.mysql("INSERT INTO t SELECT seq, 'new', 'b' FROM seq_1001_to_1030");
  f.mysql("UPDATE t SET v = 'upd' WHERE id <= 5");
  f.mysql("DELETE FROM " + f.name() + ".t WHERE id BETWEEN 90 AND 92");
  std::string text;
  for (int i = 0; i < 600; ++i) {
    text = scrape(port);
    if (sample(text, "barge_cdc_row_changes_total{task=\"mv_cdc_metrics\",op=\"delete\"}") == 3)
      break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  INFO(text);
  CHECK(text.rfind("HTTP/1.1 200 OK", 0) == 0);
  CHECK(text.find("Content-Type: text/plain; version=0.0.4") != std::string::npos);
  const std::string l = "{task=\"mv_cdc_metrics\"}";
  CHECK(sample(text, "barge_cdc_row_changes_total{task=\"mv_cdc_metrics\",op=\"insert\"}") == 30);
  CHECK(sample(text, "barge_cdc_row_changes_total{task=\"mv_cdc_metrics\",op=\"update\"}") == 5);
  CHECK(sample(text, "barge_cdc_transactions_total" + l) >= 3);
  CHECK(sample(text, "barge_cdc_incoming_changes" + l) >= 0);
  CHECK(sample(text, "barge_cdc_latency_source_seconds" + l) >= 0);
  CHECK(sample(text, "barge_cdc_latency_target_seconds" + l) >= 0);
  CHECK(sample(text, "barge_cdc_throughput_rows_target" + l) >= 0);
  CHECK(sample(text, "barge_cdc_changes_memory_source" + l) == 0);
  CHECK(sample(text, "barge_cdc_changes_disk_source" + l) == 0);
  CHECK(text.find("# TYPE barge_cdc_latency_target_seconds gauge") != std::string::npos);
  // Idle and caught up (heartbeats): the latencies are 0.
  double lat = -1;
  for (int i = 0; i < 100 && lat != 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    lat = sample(scrape(port), "barge_cdc_latency_target_seconds" + l);
  }
  CHECK(lat == 0);
  CHECK(scrape(port, "/other").rfind("HTTP/1.1 404", 0) == 0);
  kill(pid, SIGTERM);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  const std::string migrateLog = readFile(log);
  INFO(migrateLog);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  // The console sums up the notes that need no action and says where they are.
  CHECK(migrateLog.find("conversion notes that need no action") != std::string::npos);
  CHECK(migrateLog.find("warning: mv_cdc_metrics.t: BRG-3001") == std::string::npos);
  CHECK(readFile(f.dir() / "mv_cdc_metrics" / "conversion_notes.txt").find("BRG-3001") !=
        std::string::npos);
  // status: the per-table counters in JSON and text.
  std::string out;
  REQUIRE(f.barge("status --json --task " + task.string(), out) == 0);
  auto j = nlohmann::json::parse(out.substr(out.find('{')));
  auto& st = j["TableStatistics"][0];
  CHECK(st["Inserts"] == 30);
  CHECK(st["Updates"] == 5);
  CHECK(st["Deletes"] == 3);
  CHECK(st["Ddls"] == 0);
  REQUIRE(f.barge("status --task " + task.string(), out) == 0);
  CHECK(out.find("Inserts  Updates  Deletes  Ddls") != std::string::npos);
}
