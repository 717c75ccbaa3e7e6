#!/usr/bin/env bash
# The test command: installs what is missing, builds, starts throwaway PostgreSQL and MariaDB,
# runs every test (ctest), stops the servers, and exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BARGE_BUILD_DIR:-$root/build}
bash "$root/tests/scripts/install_deps.sh"
start=$(date +%s)
bash "$root/tests/scripts/build.sh"
echo "run_all: build took $(( $(date +%s) - start )) s" >&2
export BARGE_TEST_DIR=${BARGE_TEST_DIR:-$(mktemp -d /tmp/barge-test.XXXXXX)}
trap 'bash "$root/tests/scripts/servers.sh" stop' EXIT
bash "$root/tests/scripts/servers.sh" start
# shellcheck disable=SC1091
source "$BARGE_TEST_DIR/env.sh"
cd "$build"
ctest --output-on-failure --timeout 1800
