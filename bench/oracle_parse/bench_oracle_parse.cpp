// Oracle parse benchmark: cold first pass, warm passes, worst statement, statements/failures.
// Usage: bench_oracle_parse [--passes N] [--check-lexer] PATH...   (files or directories)
// --check-lexer: instead of timing, compare the quick scanner + generated lexer token stream
// with the generated lexer alone on every file (run it after changing OracleLexer.g4).
// Peak RSS: run it under /usr/bin/time -v (see run_bench.sh).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "parser/oracle/oracle_quick_lexer.h"
#include "parser/parser.h"

using namespace barge;

namespace {

struct Input {
  std::string name;
  std::string bytes;
};

struct Pass {
  double seconds = 0;
  double cpuSeconds = 0;  // process CPU time: robust on a machine shared with other builds
  parser::ParseStats stats;
  double firstFileSeconds = 0;
};

Pass runPass(const std::vector<Input>& inputs) {
  Pass p;
  bool first = true;
  std::clock_t c0 = std::clock();
  for (const auto& in : inputs) {
    auto t0 = std::chrono::steady_clock::now();
    auto r = parser::parseText(parser::Dialect::Oracle, in.bytes, in.name);
    std::chrono::duration<double> d = std::chrono::steady_clock::now() - t0;
    p.seconds += d.count();
    if (first) p.firstFileSeconds = d.count();
    first = false;
    p.stats.add(r.stats);
  }
  p.cpuSeconds = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  return p;
}

}  // namespace

int main(int argc, char** argv) {
  int passes = 3;
  bool checkLexer = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--passes" && i + 1 < argc)
      passes = std::max(2, std::stoi(argv[++i]));
    else if (a == "--check-lexer")
      checkLexer = true;
    else
      paths.push_back(a);
  }
  if (paths.empty()) {
    std::fprintf(stderr, "usage: bench_oracle_parse [--passes N] PATH...\n");
    return 2;
  }
  std::vector<std::string> missing;
  auto files = parser::collectInputs(parser::Dialect::Oracle, paths, missing);
  std::vector<Input> inputs;
  size_t bytes = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    inputs.push_back({f.string(), ss.str()});
    bytes += inputs.back().bytes.size();
  }
  if (checkLexer) {
    size_t differ = 0;
    for (const auto& in : inputs) {
      if (parser::oracle::dumpTokens(in.bytes, true) == parser::oracle::dumpTokens(in.bytes, false))
        continue;
      ++differ;
      std::printf("tokens differ: %s\n", in.name.c_str());
    }
    std::printf("lexer check: files=%zu differ=%zu\n", inputs.size(), differ);
    return differ == 0 ? 0 : 1;
  }
  double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
  Pass cold = runPass(inputs);
  std::printf("files=%zu bytes=%zu statements=%llu parsed=%llu failed=%llu llFallbacks=%llu\n",
              inputs.size(), bytes, static_cast<unsigned long long>(cold.stats.statements),
              static_cast<unsigned long long>(cold.stats.parsed),
              static_cast<unsigned long long>(cold.stats.failed),
              static_cast<unsigned long long>(cold.stats.llFallbacks));
  std::printf(
      "cold: pass=%.3fs (%.2f MB/s) cpu=%.3fs (%.2f MB/s) first-file=%.3fs worst-statement=%.1fms "
      "at %s\n",
      cold.seconds, mb / cold.seconds, cold.cpuSeconds, mb / cold.cpuSeconds, cold.firstFileSeconds,
      cold.stats.worstStatementSeconds * 1000, cold.stats.worstStatementAt.str().c_str());
  double best = 1e30, bestCpu = 1e30;
  Pass worstWarm;
  for (int i = 1; i < passes; ++i) {
    Pass w = runPass(inputs);
    best = std::min(best, w.seconds);
    bestCpu = std::min(bestCpu, w.cpuSeconds);
    if (w.stats.worstStatementSeconds > worstWarm.stats.worstStatementSeconds) worstWarm = w;
  }
  std::printf(
      "warm: best-pass=%.3fs (%.2f MB/s) cpu=%.3fs (%.2f MB/s) worst-statement=%.1fms at %s\n",
      best, mb / best, bestCpu, mb / bestCpu, worstWarm.stats.worstStatementSeconds * 1000,
      worstWarm.stats.worstStatementAt.str().c_str());
  return 0;
}
