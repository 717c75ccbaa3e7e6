// barge apply: convert, then deploy into the target PostgreSQL for real, object by object,
// with the same per-object result as --verify; resumable and idempotent (converter/verify/).
#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"
#include "converter/convert.h"
#include "converter/verify/verify.h"

namespace barge::cli {

namespace {

struct ApplyCommand {
  InputOptions in;
  std::string target;
  std::string targetSchema;
  bool verbose = false;
};

int runApply(const ApplyCommand& c) {
  verify::Target target;
  std::string error;
  if (!verify::parseTarget(c.target, target, error)) {
    std::cerr << "barge: error: " << error << "\n";
    return kUsage;
  }
  LoadedInputs loaded = loadInputs(c.in, c.verbose);
  if (loaded.exitCode) return loaded.exitCode;
  std::vector<const ir::Script*> scripts;
  for (const auto& r : loaded.results) scripts.push_back(&r.script);
  converter::ConvertOptions co;
  co.targetSchema = c.targetSchema;
  converter::ConversionResult conv = converter::convert(loaded.dialect, scripts, co);
  const char* pw = std::getenv("BARGE_TARGET_PASSWORD");
  verify::VerifyResult r;
  try {
    r = verify::applyConversion(conv, target, pw ? pw : "");
  } catch (const std::exception& e) {
    std::cerr << "barge: error: apply: " << e.what() << "\n";
    return kUnreachable;
  }
  size_t unchanged = 0;
  for (size_t i = 0; i < conv.objects.size(); ++i) {
    const auto& o = conv.objects[i];
    const auto& res = r.objects[i];
    if (res.status == verify::Status::NotDeployed) continue;  // listed by assess, not here
    std::string name = o.kind == "SCHEMA" ? "schemas"
                       : o.pgName.empty() ? o.name
                                          : (o.schema.empty() ? "" : o.schema + ".") + o.pgName;
    bool same =
        res.status == verify::Status::Deployed && res.unchangedStatements == o.statements.size();
    if (same) ++unchanged;
    std::cout << (same ? "unchanged" : verify::statusName(res.status)) << "\t" << o.kind << "\t"
              << name;
    if (res.status == verify::Status::Failed || res.status == verify::Status::Skipped) {
      std::cout << "\t" << o.loc.str() << ": "
                << (res.status == verify::Status::Skipped ? "needs " + res.dependency + ": " : "")
                << res.error;
      if (!res.sqlState.empty()) std::cout << " (SQLSTATE " << res.sqlState << ")";
      if (res.statementLine)
        std::cout << " at line " << res.statementLine << " column " << res.statementColumn
                  << " of the statement";
      if (!res.hint.empty()) std::cout << "; " << res.hint;
    }
    std::cout << "\n";
  }
  std::cout << "applied to " << r.target << " (PostgreSQL " << r.serverVersion
            << "): " << r.deployed - unchanged << " deployed, " << unchanged << " unchanged, "
            << r.failed << " failed, " << r.skipped << " skipped, " << r.notDeployed
            << " not converted (see barge assess)\n";
  return (r.failed || r.skipped || loaded.total.failed || loaded.hadErrors) ? kInputFailed : kOk;
}

}  // namespace

void registerApply(CLI::App& app, std::function<int()>& run) {
  auto opts = std::make_shared<ApplyCommand>();
  auto* cmd = app.add_subcommand(
      "apply",
      "Convert and deploy into a PostgreSQL database for real, object by object in dependency "
      "order; resumable and idempotent (ledger in barge_apply.statements)");
  addInputOptions(*cmd, opts->in);
  cmd->add_option("--target", opts->target,
                  "postgresql://USER@HOST:PORT/DB (password from BARGE_TARGET_PASSWORD)")
      ->required();
  cmd->add_option("--target-schema", opts->targetSchema,
                  "Put every object in this PostgreSQL schema (default: the source schema names)");
  cmd->add_flag("-v,--verbose", opts->verbose, "Also print skipped client commands and warnings");
  cmd->callback([opts, &run] { run = [opts] { return runApply(*opts); }; });
}

}  // namespace barge::cli
