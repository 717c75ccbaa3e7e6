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

TEST_CASE("mover: ChangeProcessingTuning and BatchApplyEnabled are read with DMS's defaults") {
  const std::string head = R"({"ReplicationTaskIdentifier": "x", "MigrationType": "cdc",
      "SourceEndpoint": {"DatabaseName": "d", "Username": "u"},
      "TargetEndpoint": {"DatabaseName": "d", "Username": "u"}, "ReplicationTaskSettings": )";
  auto t = barge::mover::parseTask(head + "{}}", "t.json");
  CHECK(t.changes.minTransactionSize == 1000);
  CHECK(t.changes.commitTimeout == 1);
  CHECK_FALSE(t.changes.batchApplyEnabled);
  CHECK(t.changes.batchApplyTimeoutMin == 1);
  CHECK(t.changes.batchApplyTimeoutMax == 30);
  CHECK(t.changes.batchApplyMemoryLimitMB == 500);
  CHECK(t.changes.memoryLimitTotalMB == 1024);
  CHECK(t.changes.memoryKeepTime == 60);
  CHECK(t.changes.spillDiskLimitMB == 10240);
  t = barge::mover::parseTask(
      head + R"({"TargetMetadata": {"BatchApplyEnabled": true}, "ChangeProcessingTuning":
      {"MinTransactionSize": 5, "CommitTimeout": 2, "MemoryLimitTotal": 1, "MemoryKeepTime": 0,
       "BatchApplyTimeoutMin": 0, "BatchApplyTimeoutMax": 5, "StatementCacheSize": 50},
       "BargeSettings": {"SpillDiskLimitMB": 7}}})",
      "t.json");
  CHECK(t.changes.batchApplyEnabled);
  CHECK(t.changes.minTransactionSize == 5);
  CHECK(t.changes.commitTimeout == 2);
  CHECK(t.changes.memoryLimitTotalMB == 1);
  CHECK(t.changes.batchApplyTimeoutMax == 5);
  CHECK(t.changes.spillDiskLimitMB == 7);
  CHECK_THROWS_WITH(
      barge::mover::parseTask(
          head +
              R"({"ChangeProcessingTuning": {"BatchApplyTimeoutMin": 9, "BatchApplyTimeoutMax": 3}}})",
          "t.json"),
      Catch::Contains("ChangeProcessingTuning.BatchApplyTimeoutMax: must not be below"));
  CHECK_THROWS_WITH(
      barge::mover::parseTask(head + R"({"ChangeProcessingTuning": {"MinTransactionSize": 0}}})",
                              "t.json"),
      Catch::Contains("ChangeProcessingTuning.MinTransactionSize: must be 1.."));
  CHECK_THROWS_WITH(barge::mover::parseTask(
                        head + R"({"ChangeProcessingTuning": {"MemoryLimitTotl": 1}}})", "t.json"),
                    Catch::Contains("ChangeProcessingTuning.MemoryLimitTotl: unknown key"));
}
