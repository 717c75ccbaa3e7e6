#include <chrono>
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"

namespace barge::cli {

namespace {
struct ParseCommand {
  InputOptions in;
  bool json = false;
  bool verbose = false;
};
}  // namespace

void registerParse(CLI::App& app, std::function<int()>& run) {
  auto opts = std::make_shared<ParseCommand>();
  auto* cmd = app.add_subcommand("parse",
                                 "Parse source files (or a live MySQL schema) into the IR "
                                 "and report every statement that fails");
  addInputOptions(*cmd, opts->in);
  cmd->add_flag("--json", opts->json, "Print the IR of every statement as JSON on stdout");
  cmd->add_flag("-v,--verbose", opts->verbose, "Also print skipped client commands and warnings");
  cmd->callback([opts, &run] {
    run = [opts]() -> int {
      auto t0 = std::chrono::steady_clock::now();
      LoadedInputs loaded = loadInputs(opts->in, opts->verbose);
      if (loaded.exitCode) return loaded.exitCode;
      if (opts->json) {
        ir::Json files = ir::Json::array();
        for (const auto& r : loaded.results) {
          ir::Json f;
          f["source"] = r.script.source;
          ir::Json stmts = ir::Json::array();
          for (const auto& s : r.script.statements) stmts.push_back(s->toJson());
          f["statements"] = stmts;
          files.push_back(f);
        }
        std::cout << files.dump(2) << '\n';
      }
      std::chrono::duration<double> d = std::chrono::steady_clock::now() - t0;
      const auto& t = loaded.total;
      char seconds[32];
      std::snprintf(seconds, sizeof seconds, "%.3f", d.count());
      // The closing line is a contract: scripts parse it.
      std::cerr << "statements=" << t.statements << " parsed=" << t.parsed << " failed=" << t.failed
                << " bytes=" << t.bytes << " seconds=" << seconds << '\n';
      return (t.failed > 0 || loaded.hadErrors) ? kInputFailed : kOk;
    };
  });
}

}  // namespace barge::cli
