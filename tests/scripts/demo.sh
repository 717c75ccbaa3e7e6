#!/usr/bin/env bash
# The main job on the bundled samples: installs what is missing, builds (Release), and runs
# `barge assess` on a small Oracle and a small MySQL schema.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BARGE_BUILD_DIR:-$root/build}
out=${BARGE_DEMO_OUT:-$root/out}
bash "$root/tests/scripts/install_deps.sh"
bash "$root/tests/scripts/build.sh"
for dialect in oracle mysql; do
  echo "== barge assess --from $dialect tests/samples/$dialect" >&2
  "$build/cli/barge" assess --from "$dialect" "$root/tests/samples/$dialect" -o "$out/$dialect"
done
echo "Reports: $out/oracle/report.html and $out/mysql/report.html" >&2
