#!/usr/bin/env bash
# The main job on the bundled samples: installs what is missing, builds (Release), starts a
# throwaway PostgreSQL 15, and runs `barge assess --verify` on a small Oracle and a small MySQL
# schema (tables, views, stored code, triggers; tests/samples/), so every object's status in
# the report is what PostgreSQL did with it. Stops the server and prints the reports' paths.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BARGE_BUILD_DIR:-$root/build}
out=${BARGE_DEMO_OUT:-$root/out}
bash "$root/tests/scripts/install_deps.sh"
bash "$root/tests/scripts/build.sh"
export BARGE_TEST_DIR=${BARGE_DEMO_SERVER_DIR:-$(mktemp -d /tmp/barge-demo.XXXXXX)}
export BARGE_TEST_PG_PORT=${BARGE_DEMO_PG_PORT:-54339}
trap 'bash "$root/tests/scripts/servers.sh" stop' EXIT
bash "$root/tests/scripts/servers.sh" start pg
# shellcheck disable=SC1091
source "$BARGE_TEST_DIR/env.sh"
target="postgresql://$BARGE_TEST_PG_USER@$BARGE_TEST_PG_HOST:$BARGE_TEST_PG_PORT/$BARGE_TEST_PG_DB"
for dialect in oracle mysql; do
  echo "== barge assess --from $dialect tests/samples/$dialect --verify $target" >&2
  "$build/cli/barge" assess --from "$dialect" "$root/tests/samples/$dialect" -o "$out/$dialect" \
    --verify "$target"
done
echo "Reports: $out/oracle/report.html and $out/mysql/report.html" >&2
