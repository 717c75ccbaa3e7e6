#pragma once

namespace barge::cli {

// The exit codes scripts rely on (README, `barge --help`).
enum ExitCode : int {
  kOk = 0,           // success
  kInputFailed = 1,  // finished, but some input failed (parse errors, rejected rows)
  kUsage = 2,        // usage or configuration error
  kUnreachable = 3,  // could not reach a database
};

}  // namespace barge::cli
