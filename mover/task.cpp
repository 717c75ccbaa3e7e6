#include "mover/task.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace barge::mover {

std::string Endpoint::password() const {
  if (passwordEnv.empty()) return "";
  const char* v = std::getenv(passwordEnv.c_str());
  return v ? v : "";
}

std::string Endpoint::describe() const {
  return username + "@" + serverName + ":" + std::to_string(port) +
         (databaseName.empty() ? "" : "/" + databaseName);
}

namespace {

Endpoint endpoint(const nlohmann::json& root, const std::string& key, const JsonCheck& c,
                  bool source) {
  const nlohmann::json* e = c.object(root, "$", key.c_str());
  std::string p = "$." + key;
  if (!e) c.fail(p, "missing");
  c.knownKeys(*e, p,
              {"EngineName", "ServerName", "Port", "DatabaseName", "Username", "PasswordEnv",
               "SslMode", "SslCa", "EndpointIdentifier", "EndpointType"});
  Endpoint out;
  out.engineName = c.str(*e, p, "EngineName").value_or(source ? "mysql" : "postgres");
  if (source)
    c.oneOf(out.engineName, child(p, "EngineName"), {"mysql", "mariadb", "aurora"});
  else
    c.oneOf(out.engineName, child(p, "EngineName"), {"postgres", "aurora-postgresql"});
  out.serverName = c.str(*e, p, "ServerName").value_or("127.0.0.1");
  auto port = c.integer(*e, p, "Port").value_or(source ? 3306 : 5432);
  if (port <= 0 || port > 65535) c.fail(child(p, "Port"), "must be 1..65535");
  out.port = static_cast<unsigned>(port);
  out.databaseName = c.str(*e, p, "DatabaseName").value_or("");
  if (out.databaseName.empty()) c.fail(child(p, "DatabaseName"), "missing");
  out.username = c.str(*e, p, "Username").value_or("");
  if (out.username.empty()) c.fail(child(p, "Username"), "missing");
  out.passwordEnv = c.str(*e, p, "PasswordEnv").value_or("");
  out.sslMode = c.str(*e, p, "SslMode").value_or(source ? "none" : "disable");
  if (source)
    c.oneOf(out.sslMode, child(p, "SslMode"), {"none", "require", "verify-full"});
  else
    c.oneOf(out.sslMode, child(p, "SslMode"),
            {"disable", "prefer", "require", "verify-ca", "verify-full"});
  out.sslCa = c.str(*e, p, "SslCa").value_or("");
  return out;
}

void settings(const nlohmann::json& s, Task& t, const JsonCheck& c) {
  const std::string p = "$.ReplicationTaskSettings";
  // Sections a DMS task export carries that the full load does not use are accepted as-is so
  // existing task files load; every key inside the sections we honour is checked.
  c.knownKeys(s, p,
              {"FullLoadSettings", "TargetMetadata", "ErrorBehavior", "ValidationSettings",
               "ChangeProcessingTuning", "Logging", "ControlTablesSettings", "StreamBufferSettings",
               "ChangeProcessingDdlHandlingPolicy", "BargeSettings"});
  if (const auto* f = c.object(s, p, "FullLoadSettings")) {
    std::string fp = p + ".FullLoadSettings";
    c.knownKeys(*f, fp,
                {"TargetTablePrepMode", "CreatePkAfterFullLoad", "StopTaskCachedChangesApplied",
                 "StopTaskCachedChangesNotApplied", "MaxFullLoadSubTasks", "CommitRate",
                 "TransactionConsistencyTimeout"});
    if (auto m = c.str(*f, fp, "TargetTablePrepMode")) {
      c.oneOf(*m, child(fp, "TargetTablePrepMode"),
              {"DO_NOTHING", "DROP_AND_CREATE", "TRUNCATE_BEFORE_LOAD"});
      t.prepMode = *m == "DO_NOTHING"        ? PrepMode::DoNothing
                   : *m == "DROP_AND_CREATE" ? PrepMode::DropAndCreate
                                             : PrepMode::TruncateBeforeLoad;
    }
    t.createPkAfterFullLoad = c.boolean(*f, fp, "CreatePkAfterFullLoad").value_or(false);
    c.boolean(*f, fp, "StopTaskCachedChangesApplied");
    c.boolean(*f, fp, "StopTaskCachedChangesNotApplied");
    auto sub = c.integer(*f, fp, "MaxFullLoadSubTasks").value_or(8);
    if (sub < 1 || sub > 49) c.fail(child(fp, "MaxFullLoadSubTasks"), "must be 1..49");
    t.maxFullLoadSubTasks = static_cast<int>(sub);
    auto rate = c.integer(*f, fp, "CommitRate").value_or(10000);
    if (rate < 1 || rate > 50000) c.fail(child(fp, "CommitRate"), "must be 1..50000");
    t.commitRate = static_cast<int>(rate);
    auto tct = c.integer(*f, fp, "TransactionConsistencyTimeout").value_or(600);
    if (tct < 1 || tct > 31536000)
      c.fail(child(fp, "TransactionConsistencyTimeout"), "must be 1..31536000 seconds");
    t.transactionConsistencyTimeout = static_cast<int>(tct);
  }
  if (const auto* m = c.object(s, p, "TargetMetadata")) {
    std::string mp = p + ".TargetMetadata";
    c.knownKeys(
        *m, mp,
        {"TargetSchema", "SupportLobs", "FullLobMode", "LobChunkSize", "LimitedSizeLobMode",
         "LobMaxSize", "BatchApplyEnabled", "ParallelLoadThreads", "ParallelLoadBufferSize"});
    t.targetSchema = c.str(*m, mp, "TargetSchema").value_or("");
    c.boolean(*m, mp, "SupportLobs");
    c.boolean(*m, mp, "FullLobMode");
    c.boolean(*m, mp, "LimitedSizeLobMode");
    t.changes.batchApplyEnabled = c.boolean(*m, mp, "BatchApplyEnabled").value_or(false);
    c.integer(*m, mp, "LobMaxSize");
    c.integer(*m, mp, "LobChunkSize");
    c.integer(*m, mp, "ParallelLoadThreads");
    c.integer(*m, mp, "ParallelLoadBufferSize");
  }
  if (const auto* ct = c.object(s, p, "ChangeProcessingTuning"))
    parseChangeTuning(*ct, p + ".ChangeProcessingTuning", c, t.changes);
  if (const auto* e = c.object(s, p, "ErrorBehavior")) {
    std::string ep = p + ".ErrorBehavior";
    c.knownKeys(
        *e, ep,
        {"DataErrorPolicy", "DataTruncationErrorPolicy", "DataErrorEscalationPolicy",
         "DataErrorEscalationCount", "TableErrorPolicy", "TableErrorEscalationPolicy",
         "TableErrorEscalationCount", "RecoverableErrorCount", "RecoverableErrorInterval",
         "RecoverableErrorThrottling", "RecoverableErrorThrottlingMax", "ApplyErrorDeletePolicy",
         "ApplyErrorInsertPolicy", "ApplyErrorUpdatePolicy", "ApplyErrorEscalationPolicy",
         "ApplyErrorEscalationCount", "FullLoadIgnoreConflicts", "FailOnNoTablesCaptured"});
    if (auto d = c.str(*e, ep, "DataErrorPolicy")) {
      c.oneOf(*d, child(ep, "DataErrorPolicy"),
              {"LOG_ERROR", "IGNORE_RECORD", "SUSPEND_TABLE", "STOP_TASK"});
      t.dataErrorPolicy = *d == "LOG_ERROR"       ? DataErrorPolicy::LogError
                          : *d == "IGNORE_RECORD" ? DataErrorPolicy::IgnoreRecord
                          : *d == "SUSPEND_TABLE" ? DataErrorPolicy::SuspendTable
                                                  : DataErrorPolicy::StopTask;
    }
    auto rc = c.integer(*e, ep, "RecoverableErrorCount").value_or(-1);
    if (rc < -1 || rc > 1000000) c.fail(child(ep, "RecoverableErrorCount"), "must be -1..1000000");
    t.recoverableErrorCount = static_cast<int>(rc);
    auto ri = c.integer(*e, ep, "RecoverableErrorInterval").value_or(5);
    if (ri < 1 || ri > 3600)
      c.fail(child(ep, "RecoverableErrorInterval"), "must be 1..3600 seconds");
    t.recoverableErrorInterval = static_cast<int>(ri);
  }
  if (const auto* v = c.object(s, p, "ValidationSettings")) {
    std::string vp = p + ".ValidationSettings";
    c.knownKeys(*v, vp,
                {"EnableValidation", "ValidationMode", "ThreadCount", "PartitionSize",
                 "FailureMaxCount", "RecordFailureDelayLimitInMinutes", "TableFailureMaxCount",
                 "HandleCollationDiff", "ValidationOnly", "SkipLobColumns"});
    t.enableValidation = c.boolean(*v, vp, "EnableValidation").value_or(false);
    if (auto m = c.str(*v, vp, "ValidationMode"))
      c.oneOf(*m, child(vp, "ValidationMode"), {"ROW_LEVEL"});
    auto tc = c.integer(*v, vp, "ThreadCount").value_or(5);
    if (tc < 1) c.fail(child(vp, "ThreadCount"), "must be positive");
    t.validationThreadCount = static_cast<int>(tc);
    auto ps = c.integer(*v, vp, "PartitionSize").value_or(10000);
    if (ps < 1) c.fail(child(vp, "PartitionSize"), "must be positive");
    t.validationPartitionSize = static_cast<int>(ps);
    auto fm = c.integer(*v, vp, "FailureMaxCount").value_or(10000);
    if (fm < 1) c.fail(child(vp, "FailureMaxCount"), "must be positive");
    t.validationFailureMaxCount = static_cast<int>(fm);
  }
  if (const auto* b = c.object(s, p, "BargeSettings")) {
    std::string bp = p + ".BargeSettings";
    c.knownKeys(*b, bp, {"BatchBytes", "CdcServerId", "SpillDiskLimitMB"});
    auto bb = c.integer(*b, bp, "BatchBytes").value_or(8 << 20);
    if (bb < 4096 || bb > (1LL << 30)) c.fail(child(bp, "BatchBytes"), "must be 4096..1 GiB");
    t.batchBytes = static_cast<size_t>(bb);
    auto sid = c.integer(*b, bp, "CdcServerId").value_or(0);
    if (sid < 0 || sid > 4294967295LL) c.fail(child(bp, "CdcServerId"), "must be 1..4294967295");
    t.cdcServerId = static_cast<uint32_t>(sid);
    auto spill = c.integer(*b, bp, "SpillDiskLimitMB").value_or(t.changes.spillDiskLimitMB);
    if (spill < 1) c.fail(child(bp, "SpillDiskLimitMB"), "must be positive (MB)");
    t.changes.spillDiskLimitMB = spill;
  }
}

}  // namespace

Task parseTask(const std::string& text, const std::filesystem::path& file) {
  JsonCheck c(file.string());
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw ConfigError(file.string() + ": not valid JSON: " + e.what());
  }
  c.knownKeys(j, "$",
              {"ReplicationTaskIdentifier", "MigrationType", "SourceEndpoint", "TargetEndpoint",
               "TableMappings", "table-mappings", "ReplicationTaskSettings", "CdcStartPosition",
               "CdcStopPosition"});
  Task t;
  t.file = file;
  t.id = c.str(j, "$", "ReplicationTaskIdentifier").value_or("");
  if (t.id.empty()) c.fail("$.ReplicationTaskIdentifier", "missing");
  for (char ch : t.id)
    if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '-' && ch != '_')
      c.fail("$.ReplicationTaskIdentifier", "use letters, digits, '-' and '_' only");
  t.migrationType = c.oneOf(c.str(j, "$", "MigrationType").value_or(""), "$.MigrationType",
                            {"full-load", "cdc", "full-load-and-cdc"});
  t.source = endpoint(j, "SourceEndpoint", c, true);
  t.target = endpoint(j, "TargetEndpoint", c, false);
  const char* mkey = j.contains("TableMappings") ? "TableMappings" : "table-mappings";
  if (j.contains(mkey)) {
    const auto& m = j[mkey];
    std::string mp = std::string("$.") + mkey;
    if (m.is_string()) {
      // A separate mappings file, relative to the task file.
      std::filesystem::path mf = file.parent_path() / m.get<std::string>();
      std::ifstream in(mf);
      if (!in) c.fail(mp, "cannot read table mappings file " + mf.string());
      std::stringstream ss;
      ss << in.rdbuf();
      nlohmann::json mj;
      try {
        mj = nlohmann::json::parse(ss.str());
      } catch (const nlohmann::json::parse_error& e) {
        throw ConfigError(mf.string() + ": not valid JSON: " + e.what());
      }
      t.mappings = parseTableMappings(mj, "$", JsonCheck(mf.string()));
    } else {
      t.mappings = parseTableMappings(m, mp, c);
    }
  }
  if (t.mappings.selections.empty()) {
    // No selection rule: everything in the source database, as a DMS "%" include would.
    SelectionRule all;
    all.id = "default";
    all.schemaPattern = "%";
    all.tablePattern = "%";
    all.action = "include";
    t.mappings.selections.push_back(all);
  }
  if (const auto* s = c.object(j, "$", "ReplicationTaskSettings")) settings(*s, t, c);
  t.cdcStartPosition = c.str(j, "$", "CdcStartPosition").value_or("");
  c.str(j, "$", "CdcStopPosition");
  return t;
}

Task loadTask(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ConfigError(file.string() + ": cannot read the task file");
  std::stringstream ss;
  ss << in.rdbuf();
  return parseTask(ss.str(), file);
}

}  // namespace barge::mover
