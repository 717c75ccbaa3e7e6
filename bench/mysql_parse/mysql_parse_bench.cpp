// Parses MySQL files with the barge front end and prints figures (never asserts on time):
//   mysql_parse_bench [--warm N] [--label NAME] [--failures] FILES_OR_DIRS...
// First pass = cold (the process's first parses build ANTLR's prediction cache), then N warm
// passes over the same inputs; throughput counts the bytes of all inputs per pass.
#include <sys/resource.h>

#include <chrono>
#include <iostream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "parser/parser.h"

using namespace barge;

namespace {

double peakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

// "syntax error: mismatched input 'X' ..." -> "mismatched input": groups failures by kind.
std::string failureKind(const std::string& message) {
  static const std::regex quoted("'[^']*'");
  std::string m = std::regex_replace(message, quoted, "'…'");
  size_t exp = m.find(" expecting");
  if (exp != std::string::npos) m = m.substr(0, exp);
  return m.substr(0, 90);
}

}  // namespace

int main(int argc, char** argv) {
  int warm = 3;
  std::string label = "inputs";
  bool listFailures = false;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--warm" && i + 1 < argc) {
      warm = std::stoi(argv[++i]);
    } else if (a == "--label" && i + 1 < argc) {
      label = argv[++i];
    } else if (a == "--failures") {
      listFailures = true;
    } else {
      inputs.push_back(a);
    }
  }
  std::vector<std::string> missing;
  auto files = parser::collectInputs(parser::Dialect::MySql, inputs, missing);
  for (const auto& m : missing) std::cerr << "missing: " << m << "\n";
  if (files.empty()) {
    std::cerr << "usage: mysql_parse_bench [--warm N] [--label NAME] [--failures] FILES...\n";
    return 2;
  }
  using Clock = std::chrono::steady_clock;
  parser::ParseStats total;
  std::map<std::string, int> kinds;
  std::vector<std::string> failures;
  auto t0 = Clock::now();
  double firstFile = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    auto f0 = Clock::now();
    auto r = parser::parseFile(parser::Dialect::MySql, files[i]);
    if (i == 0) firstFile = std::chrono::duration<double>(Clock::now() - f0).count();
    total.add(r.stats);
    for (const auto& d : r.diagnostics) {
      if (d.severity != parser::Severity::Error) continue;
      ++kinds[failureKind(d.message)];
      failures.push_back(d.str());
    }
  }
  double cold = std::chrono::duration<double>(Clock::now() - t0).count();
  double mb = static_cast<double>(total.bytes) / 1e6;
  double warmSeconds = 0;
  for (int pass = 0; pass < warm; ++pass) {
    auto w0 = Clock::now();
    for (const auto& f : files) parser::parseFile(parser::Dialect::MySql, f);
    warmSeconds += std::chrono::duration<double>(Clock::now() - w0).count();
  }
  double pct = total.statements ? 100.0 * static_cast<double>(total.parsed) /
                                      static_cast<double>(total.statements)
                                : 100.0;
  std::cout.setf(std::ios::fixed);
  std::cout.precision(3);
  std::cout << label << ": files=" << files.size() << " bytes=" << total.bytes
            << " statements=" << total.statements << " parsed=" << total.parsed
            << " failed=" << total.failed << " parse%=" << pct
            << " llFallbacks=" << total.llFallbacks << "\n";
  std::cout << label << ": cold pass " << cold << " s (" << (cold > 0 ? mb / cold : 0)
            << " MB/s), first file " << firstFile << " s";
  if (warm > 0)
    std::cout << ", warm " << (warmSeconds > 0 ? mb * warm / warmSeconds : 0) << " MB/s (" << warm
              << " passes)";
  std::cout << ", slowest statement " << total.worstStatementSeconds << " s at "
            << total.worstStatementAt.str() << ", peak RSS " << peakRssMb() << " MB\n";
  for (const auto& [k, n] : kinds)
    std::cout << label << ": failure kind " << n << "x  " << k << "\n";
  if (listFailures)
    for (const auto& f : failures) std::cout << "  " << f << "\n";
  return 0;
}
