#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"
#include "converter/convert.h"
#include "converter/verify/verify.h"
#include "converter/user_type_map.h"
#include "reports/render.h"
#include "reports/report_model.h"

namespace barge::cli {

namespace fs = std::filesystem;

namespace {

struct ConvertCommand {
  InputOptions in;
  std::string outDir;
  std::string targetSchema;
  std::string verifyUrl;  // postgresql://USER@HOST:PORT/DB
  std::string failOn;     // info | low | medium | high | critical
  std::string formats;    // html,json,csv
  std::string typeMap;
  bool verbose = false;
};

struct Formats {
  bool html = false, json = false, csv = false;
};

bool parseFormats(const std::string& list, Formats& f) {
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    std::string item = list.substr(start, comma == std::string::npos ? comma : comma - start);
    if (item == "html")
      f.html = true;
    else if (item == "json")
      f.json = true;
    else if (item == "csv")
      f.csv = true;
    else
      return false;
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return true;
}

// A file-system-safe name: objects may be called anything, files may not.
std::string safeFileName(std::string s) {
  for (auto& c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
          static_cast<unsigned char>(c) >= 0x80))
      c = '_';
  if (s.empty() || s == "." || s == "..") s = "_" + s;
  return s;
}

bool writeFile(const fs::path& p, const std::string& content) {
  std::error_code ec;
  fs::create_directories(p.parent_path(), ec);
  std::ofstream out(p, std::ios::binary);
  out << content;
  out.close();
  if (!out) {
    std::cerr << "barge: error: cannot write " << p.string() << '\n';
    return false;
  }
  return true;
}

int runConvert(const ConvertCommand& c, bool assess) {
  Formats formats;
  if (!c.formats.empty()) {
    if (!parseFormats(c.formats, formats)) {
      std::cerr << "barge: error: --format takes a comma-separated list of html, json, csv\n";
      return kUsage;
    }
  } else if (assess) {
    formats = {true, true, true};
  }
  verify::Target target;
  if (!c.verifyUrl.empty()) {
    std::string error;
    if (!verify::parseTarget(c.verifyUrl, target, error)) {
      std::cerr << "barge: error: " << error << "\n";
      return kUsage;
    }
  }
  if (!c.typeMap.empty()) {
    try {
      converter::setUserTypeRules(converter::loadTypeMap(c.typeMap));
    } catch (const converter::TypeMapError& e) {
      std::cerr << "barge: error: " << e.what() << '\n';
      return kUsage;
    }
  }
  LoadedInputs loaded = loadInputs(c.in, c.verbose);
  if (loaded.exitCode) return loaded.exitCode;
  std::vector<const ir::Script*> scripts;
  std::vector<std::string> inputs;
  for (const auto& r : loaded.results) {
    scripts.push_back(&r.script);
    inputs.push_back(r.script.source);
  }
  converter::ConvertOptions co;
  co.targetSchema = c.targetSchema;
  converter::ConversionResult conv = converter::convert(loaded.dialect, scripts, co);
  // The report names the source without the user name (mysql://host:port/db).
  std::string source, database;
  if (!c.in.source.empty()) {
    source = "mysql://" + c.in.source.substr(c.in.source.find('@') + 1);
    size_t slash = source.find('/', 8);
    if (slash != std::string::npos) database = source.substr(slash + 1);
  } else {
    source = inputs.size() == 1 ? inputs[0] : std::to_string(inputs.size()) + " files";
  }

  // Where each object's SQL goes (OUTDIR-relative), before anything is written.
  std::vector<std::string> objectFiles(conv.objects.size());
  std::map<std::string, int> used;
  for (size_t i = 0; i < conv.objects.size(); ++i) {
    const auto& o = conv.objects[i];
    if (o.statements.empty()) continue;
    std::string schema = o.schema.empty() ? "public" : o.schema;
    std::string kind = o.kind;
    for (auto& ch : kind)
      ch = ch == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    std::string base = safeFileName(o.pgName.empty() ? o.name : o.pgName);
    fs::path rel = fs::path("objects") / safeFileName(schema) / kind;
    std::string key = (rel / base).string();
    int n = used[key]++;
    std::string file = n ? base + "~" + std::to_string(n + 1) + ".sql" : base + ".sql";
    objectFiles[i] = (rel / file).string();
  }

  std::optional<verify::VerifyResult> verified;
  if (!c.verifyUrl.empty()) {
    const char* pw = std::getenv("BARGE_TARGET_PASSWORD");
    try {
      verified = verify::verifyConversion(conv, target, pw ? pw : "");
    } catch (const std::exception& e) {
      std::cerr << "barge: error: --verify: " << e.what() << "\n";
      return kUnreachable;
    }
  }
  reports::ReportInputs extra;
  extra.scripts = scripts;
  extra.verify = verified ? &*verified : nullptr;
  extra.objectFiles = objectFiles;
  extra.database = database;
  reports::ReportModel model = reports::buildReport(conv, loaded.total, inputs, source, extra);

  fs::path out(c.outDir);
  bool ok = writeFile(out / "schema.sql", conv.deployScript());
  for (size_t i = 0; i < conv.objects.size(); ++i)
    if (!objectFiles[i].empty())
      ok = writeFile(out / objectFiles[i], conv.objectScript(conv.objects[i])) && ok;
  ir::Json actions = ir::Json::array();
  for (const auto& a : model.actions)
    actions.push_back({{"code", a.code},
                       {"severity", a.severity},
                       {"effort", a.effort},
                       {"title", a.title},
                       {"objectKind", a.objectKind},
                       {"objectName", a.objectName},
                       {"file", a.file},
                       {"line", a.line},
                       {"column", a.column},
                       {"message", a.message},
                       {"recommendation", a.recommendation}});
  ok = writeFile(out / "action_items.json",
                 actions.dump(2, ' ', false, ir::Json::error_handler_t::replace) + "\n") &&
       ok;
  if (formats.html) ok = writeFile(out / "report.html", reports::renderHtml(model)) && ok;
  if (formats.json) ok = writeFile(out / "report.json", reports::renderJson(model)) && ok;
  if (formats.csv) {
    ok = writeFile(out / "action_items.csv", reports::renderActionItemsCsv(model)) && ok;
    ok = writeFile(out / "summary.csv", reports::renderSummaryCsv(model)) && ok;
  }
  if (!ok) return kUsage;
  const auto& t = loaded.total;
  std::cout << (assess ? "assessment" : "conversion") << ": " << t.parsed << "/" << t.statements
            << " statements parsed, " << model.objects.size() << " objects, "
            << model.actions.size() << " action items, migration level " << model.migrationLevel
            << "\n";
  if (verified)
    std::cout << "verified on " << verified->target << " (PostgreSQL " << verified->serverVersion
              << "): " << model.verify.deployed << " deployed, " << model.verify.failed
              << " failed, " << model.verify.skipped << " skipped, " << model.verify.notDeployed
              << " not converted\n";
  if (formats.html) std::cout << "report: " << (out / "report.html").string() << "\n";
  std::cout << "PostgreSQL deploy script: " << (out / "schema.sql").string() << "\n";
  if (t.failed > 0 || loaded.hadErrors) return kInputFailed;
  if (!c.failOn.empty()) {
    int threshold = reports::severityRank(c.failOn);
    size_t at = 0;
    for (int r = threshold; r < 5; ++r) at += model.actionsBySeverity[r];
    if (at) {
      std::cerr << "barge: --fail-on " << c.failOn << ": " << at << " action item(s) at or above "
                << c.failOn << "\n";
      return kInputFailed;
    }
  }
  return kOk;
}

void registerOne(CLI::App& app, std::function<int()>& run, bool assess) {
  auto opts = std::make_shared<ConvertCommand>();
  auto* cmd = app.add_subcommand(
      assess ? "assess" : "convert",
      assess
          ? "Write a migration assessment report (HTML, JSON, CSV) and everything convert writes"
          : "Convert to PostgreSQL: OUTDIR/schema.sql, OUTDIR/objects/<schema>/<kind>/<name>.sql, "
            "OUTDIR/action_items.json");
  addInputOptions(*cmd, opts->in);
  cmd->add_option("-o,--out", opts->outDir, "Output directory")->required();
  cmd->add_option("--target-schema", opts->targetSchema,
                  "Put every object in this PostgreSQL schema (default: the source schema names)");
  cmd->add_option("--verify", opts->verifyUrl,
                  "Deploy the conversion into a scratch database on postgresql://USER@HOST:PORT/DB "
                  "(dropped afterwards; password from BARGE_TARGET_PASSWORD) and report what "
                  "PostgreSQL did with each object");
  cmd->add_option("--fail-on", opts->failOn,
                  "Exit 1 when an action item at or above this severity exists")
      ->check(CLI::IsMember({"info", "low", "medium", "high", "critical"}));
  cmd->add_option("--format", opts->formats,
                  assess ? "Reports to write, comma-separated: html,json,csv (default: all)"
                         : "Also write these reports, comma-separated: html,json,csv");
  cmd->add_option("--type-map", opts->typeMap,
                  "User type mappings (JSON): first match wins, tried before the built-in rules; "
                  "format in converter/README.md");
  cmd->add_flag("-v,--verbose", opts->verbose, "Also print skipped client commands and warnings");
  cmd->callback(
      [opts, &run, assess] { run = [opts, assess] { return runConvert(*opts, assess); }; });
}

}  // namespace

void registerConvert(CLI::App& app, std::function<int()>& run) {
  registerOne(app, run, false);
}
void registerAssess(CLI::App& app, std::function<int()>& run) {
  registerOne(app, run, true);
}

}  // namespace barge::cli
