// A task with a typo or a wrong type is refused with its JSON path, exit code 2.
#include <catch2/catch.hpp>
#include <fstream>

#include "mover/task.h"
#include "tests/db/db_env.h"

namespace {
std::string write(const std::string& name, const std::string& text) {
  auto p = std::filesystem::temp_directory_path() / name;
  std::ofstream(p) << text;
  return p.string();
}
const char* kBase = R"({
  "ReplicationTaskIdentifier": "typo",
  "MigrationType": "full-load",
  "SourceEndpoint": {"ServerName": "127.0.0.1", "Port": 3306, "DatabaseName": "d", "Username": "u"},
  "TargetEndpoint": {"ServerName": "127.0.0.1", "Port": 5432, "DatabaseName": "d", "Username": "u"},
  "ReplicationTaskSettings": {"FullLoadSettings": {SETTINGS}}
})";
std::string task(const std::string& settings) {
  std::string s = kBase;
  s.replace(s.find("SETTINGS"), 8, settings);
  return s;
}
}  // namespace

TEST_CASE("mover: a task with a typo gets a clear error naming the JSON path") {
  std::string out;
  auto p = write("barge_typo_task.json", task(R"("TargetTablePrepMod": "DO_NOTHING")"));
  int rc = barge::test::runCommand(std::string(BARGE_BIN_PATH) + " precheck --task " + p, out);
  CHECK(rc == 2);
  CHECK(out.find("$.ReplicationTaskSettings.FullLoadSettings.TargetTablePrepMod: unknown key") !=
        std::string::npos);
  CHECK(out.find("did you mean \"TargetTablePrepMode\"") != std::string::npos);

  p = write("barge_type_task.json", task(R"("MaxFullLoadSubTasks": "8")"));
  rc = barge::test::runCommand(std::string(BARGE_BIN_PATH) + " migrate --task " + p, out);
  CHECK(rc == 2);
  CHECK(out.find("$.ReplicationTaskSettings.FullLoadSettings.MaxFullLoadSubTasks: expected an "
                 "integer, found a string") != std::string::npos);

  p = write("barge_mode_task.json", task(R"("TargetTablePrepMode": "DROP")"));
  rc = barge::test::runCommand(std::string(BARGE_BIN_PATH) + " status --task " + p, out);
  CHECK(rc == 2);
  CHECK(out.find("\"DROP\" is not one of: DO_NOTHING, DROP_AND_CREATE, TRUNCATE_BEFORE_LOAD") !=
        std::string::npos);

  CHECK_THROWS_WITH(
      barge::mover::parseTask(R"({"ReplicationTaskIdentifier": "x", "MigrationType": "full-load",
      "SourceEndpoint": {"DatabaseName": "d", "Username": "u"}, "TargetEndpoint": {"DatabaseName": "d", "Username": "u"},
      "TableMappings": {"rules": [{"rule-type": "selection", "rule-id": "1", "object-locator": {"schema-name": "d", "tabel-name": "%"}, "rule-action": "include"}]}})",
                              "t.json"),
      Catch::Contains("$.TableMappings.rules[0].object-locator.tabel-name: unknown key"));
}

TEST_CASE("mover: cutover says it needs CDC and exits 2") {
  std::string out;
  auto p = write("barge_cut_task.json", task(""));
  int rc = barge::test::runCommand(std::string(BARGE_BIN_PATH) + " cutover --task " + p, out);
  CHECK(rc == 2);
  CHECK(out.find("needs change data capture") != std::string::npos);
}
