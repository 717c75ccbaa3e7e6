#pragma once
#include <CLI/CLI.hpp>

#include <functional>

namespace barge::cli {

// Each command registers its options; its callback sets `run` to the work to do, so that
// main() runs it after CLI11 has finished parsing and maps errors to exit codes in one place.
void registerParse(CLI::App& app, std::function<int()>& run);
void registerConvert(CLI::App& app, std::function<int()>& run);
void registerAssess(CLI::App& app, std::function<int()>& run);
void registerApply(CLI::App& app, std::function<int()>& run);
void registerMover(CLI::App& app,
                   std::function<int()>& run);  // precheck migrate validate status cutover

}  // namespace barge::cli
