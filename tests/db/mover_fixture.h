#pragma once
// Helpers for the mover tests: a fresh MariaDB database and PostgreSQL database per test, a
// task file pointing at both, and the real `barge` binary.
#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "mover/pg_conn.h"
#include "parser/mysql/connection.h"

namespace barge::test {

class MoverFixture {
 public:
  // Creates MariaDB database `name` and PostgreSQL database `name` (both dropped first).
  explicit MoverFixture(const std::string& name);
  parser::mysql::Connection& my() { return *my_; }
  mover::PgConn& pg();
  void mysql(const std::string& sql) { my_->execute(sql); }
  std::vector<std::vector<std::string>> pgRows(const std::string& sql);  // NULL -> "<NULL>"
  std::string pgScalar(const std::string& sql);
  // Writes dir/task.json: the base task with `settings` merged into ReplicationTaskSettings
  // and `rules` as TableMappings.rules.
  std::filesystem::path writeTask(const nlohmann::json& rules = nlohmann::json::array(),
                                  const nlohmann::json& settings = nlohmann::json::object());
  // Runs barge with arguments; returns the exit code, output in `out`.
  int barge(const std::string& args, std::string& out);
  std::string bargeCommand(const std::string& args) const;
  const std::filesystem::path& dir() const { return dir_; }
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  std::filesystem::path dir_;
  std::unique_ptr<parser::mysql::Connection> my_;
  std::unique_ptr<mover::PgConn> pg_;
};

}  // namespace barge::test
