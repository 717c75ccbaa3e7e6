#include <CLI/CLI.hpp>

#include <exception>
#include <functional>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"

int main(int argc, char** argv) {
  using namespace barge::cli;
  CLI::App app{
      "barge: assess, convert and migrate Oracle and MySQL/MariaDB databases to PostgreSQL.\n"
      "Exit codes: 0 success; 1 finished but some input failed; 2 usage or configuration "
      "error; 3 could not reach a database."};
  app.set_version_flag("--version", std::string("barge ") + BARGE_VERSION);
  app.require_subcommand(1);
  std::function<int()> run;
  registerParse(app, run);
  registerConvert(app, run);
  registerAssess(app, run);
  registerApply(app, run);
  registerMover(app, run);
  if (argc > 1 && argv[1][0] != '-') {
    bool known = false;
    for (const auto* sub : app.get_subcommands([](CLI::App*) { return true; }))
      known = known || sub->get_name() == argv[1];
    if (!known) {
      std::cerr << "barge: error: unknown command '" << argv[1] << "' (see barge --help)\n";
      return kUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return kOk;
  } catch (const CLI::CallForAllHelp&) {
    std::cout << app.help("", CLI::AppFormatMode::All);
    return kOk;
  } catch (const CLI::CallForVersion&) {
    std::cout << app.version() << '\n';
    return kOk;
  } catch (const CLI::ParseError& e) {
    // Subcommand --help arrives here too, as a CallForHelp raised by the subcommand.
    if (e.get_exit_code() == 0) {
      app.exit(e);
      return kOk;
    }
    std::cerr << "barge: error: " << e.what() << " (see barge --help)\n";
    return kUsage;
  }
  try {
    return run ? run() : kUsage;
  } catch (const std::exception& e) {
    std::cerr << "barge: error: " << e.what() << '\n';
    return kUsage;
  }
}
