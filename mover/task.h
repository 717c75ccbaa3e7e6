#pragma once
// The task file (AWS DMS field names, see shared/design/formats.md) loaded into typed settings.
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "mover/change_tuning.h"
#include "mover/table_mappings.h"

namespace barge::mover {

// Configuration errors are ConfigError (json_check.h); the message names the JSON path.

struct Endpoint {
  std::string engineName;
  std::string serverName = "127.0.0.1";
  unsigned port = 0;
  std::string databaseName;
  std::string username;
  std::string passwordEnv;  // name of the environment variable; the value is never stored here
  std::string sslMode;
  std::string sslCa;
  std::string password() const;  // read from the environment; empty when unset
  std::string describe() const;  // "user@host:port/db" (never the password)
};

enum class PrepMode { DoNothing, DropAndCreate, TruncateBeforeLoad };
enum class DataErrorPolicy { LogError, IgnoreRecord, SuspendTable, StopTask };

struct Task {
  std::filesystem::path file;
  std::string id;             // ReplicationTaskIdentifier
  std::string migrationType;  // full-load | cdc | full-load-and-cdc
  Endpoint source, target;
  TableMappings mappings;
  // FullLoadSettings
  PrepMode prepMode = PrepMode::DropAndCreate;
  bool createPkAfterFullLoad = false;
  int maxFullLoadSubTasks = 8;
  int commitRate = 10000;
  int transactionConsistencyTimeout = 600;  // seconds to wait for the source snapshot lock
  // TargetMetadata
  std::string targetSchema;
  // ErrorBehavior
  DataErrorPolicy dataErrorPolicy = DataErrorPolicy::LogError;
  int recoverableErrorCount = -1;    // CDC reconnect attempts in a row (-1 = no limit)
  int recoverableErrorInterval = 5;  // seconds before the first reconnect (then growing)
  // ValidationSettings
  bool enableValidation = false;
  int validationThreadCount = 5;  // tables validated at the same time
  int validationPartitionSize = 10000;
  int validationFailureMaxCount = 10000;
  std::string cdcStartPosition;
  // barge extension: upper bound of one COPY batch in bytes (memory bound per sub-task).
  size_t batchBytes = 8u << 20;
  // barge extension: server id announced when reading the binlog (0 = derived from the task id).
  uint32_t cdcServerId = 0;
  // ChangeProcessingTuning, TargetMetadata.BatchApplyEnabled, BargeSettings.SpillDiskLimitMB.
  ChangeTuning changes;
};

// Throws ConfigError naming the file and the JSON path ($.SourceEndpoint.Port: expected ...).
Task loadTask(const std::filesystem::path& file);
Task parseTask(const std::string& jsonText, const std::filesystem::path& file);

}  // namespace barge::mover
