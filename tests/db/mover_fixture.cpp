#include "tests/db/mover_fixture.h"

#include <fstream>

#include "tests/db/db_env.h"
#include "tests/db/my_params.h"

namespace barge::test {

MoverFixture::MoverFixture(const std::string& name) : name_(name) {
  const DbEnv& e = dbEnv();
  // Per test server (port): developers running the suite at the same time on one machine must
  // not overwrite each other's task files.
  dir_ = std::filesystem::temp_directory_path() / ("barge_mover_" + e.pgPort + "_" + name);
  std::filesystem::remove_all(dir_);
  std::filesystem::create_directories(dir_);
  auto cp = test::mariaDbParams();
  my_ = std::make_unique<parser::mysql::Connection>(cp);
  my_->execute("DROP DATABASE IF EXISTS `" + name + "`");
  my_->execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4");
  my_->execute("USE `" + name + "`");
  mover::PgParams pp;
  pp.host = e.pgHost;
  pp.port = static_cast<unsigned>(std::stoul(e.pgPort));
  pp.user = e.pgUser;
  pp.database = e.pgDb;
  mover::PgConn admin(pp);
  admin.exec("DROP DATABASE IF EXISTS " + mover::pgQuoteIdent(name) + " WITH (FORCE)");
  admin.exec("CREATE DATABASE " + mover::pgQuoteIdent(name));
}

mover::PgConn& MoverFixture::pg() {
  if (!pg_) {
    const DbEnv& e = dbEnv();
    mover::PgParams pp;
    pp.host = e.pgHost;
    pp.port = static_cast<unsigned>(std::stoul(e.pgPort));
    pp.user = e.pgUser;
    pp.database = name_;
    pg_ = std::make_unique<mover::PgConn>(pp);
  }
  return *pg_;
}

std::vector<std::vector<std::string>> MoverFixture::pgRows(const std::string& sql) {
  auto r = pg().query(sql);
  std::vector<std::vector<std::string>> out;
  for (int i = 0; i < PQntuples(r.get()); ++i) {
    std::vector<std::string> row;
    for (int j = 0; j < PQnfields(r.get()); ++j)
      row.push_back(PQgetisnull(r.get(), i, j) ? "<NULL>" : PQgetvalue(r.get(), i, j));
    out.push_back(std::move(row));
  }
  return out;
}

std::string MoverFixture::pgScalar(const std::string& sql) {
  auto rows = pgRows(sql);
  return rows.empty() || rows[0].empty() ? "<none>" : rows[0][0];
}

std::filesystem::path MoverFixture::writeTask(const nlohmann::json& rules,
                                              const nlohmann::json& settings) {
  const DbEnv& e = dbEnv();
  nlohmann::json t = {{"ReplicationTaskIdentifier", name_},
                      {"MigrationType", "full-load"},
                      {"SourceEndpoint",
                       {{"EngineName", "mariadb"},
                        {"ServerName", e.myHost},
                        {"Port", std::stoi(e.myPort)},
                        {"DatabaseName", name_},
                        {"Username", e.myUser},
                        {"PasswordEnv", "BARGE_TEST_MYSQL_PASSWORD"}}},
                      {"TargetEndpoint",
                       {{"EngineName", "postgres"},
                        {"ServerName", e.pgHost},
                        {"Port", std::stoi(e.pgPort)},
                        {"DatabaseName", name_},
                        {"Username", e.pgUser}}},
                      {"TableMappings", {{"rules", rules}}},
                      {"ReplicationTaskSettings", settings}};
  auto path = dir_ / "task.json";
  std::ofstream(path) << t.dump(2);
  return path;
}

std::string MoverFixture::bargeCommand(const std::string& args) const {
  return std::string(BARGE_BIN_PATH) + " " + args;
}

int MoverFixture::barge(const std::string& args, std::string& out) {
  return runCommand(bargeCommand(args), out);
}

}  // namespace barge::test
