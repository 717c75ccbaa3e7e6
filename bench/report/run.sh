#!/usr/bin/env bash
# Report benchmark: assesses COPIES copies of utPLSQL's source (from its git snapshot; nothing is
# copied into the project) as one large input, then loads report.html in headless Chromium with
# the network off and prints the report's size and when the page was ready (the page's own
# `data-ready-ms`, taken at the load event). A measurement, not a test.
# Usage: bench/report/run.sh [COPIES] [RUNS]       (defaults 12 and 5)
#   MIRROR  git snapshots (default /work/.mirror, one <owner>+<name>/repo each)
#   OUT     where the input copies and the report go (default: a temporary folder)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
COPIES=${1:-12}
RUNS=${2:-5}
barge=${BARGE:-$root/build/cli/barge}
mirror=${MIRROR:-/work/.mirror}
out=${OUT:-$(mktemp -d /tmp/barge-report-bench.XXXXXX)}
g=$mirror/utPLSQL+utPLSQL/repo
[ -d "$g" ] || { echo "no snapshot $g (fetch github:utPLSQL/utPLSQL first)" >&2; exit 2; }
chromium=$(command -v chromium || command -v chromium-browser) ||
  { echo "chromium is not installed" >&2; exit 2; }

rm -rf "$out/input" && mkdir -p "$out/input/copy1"
git --git-dir="$g" ls-tree -r --name-only HEAD -- source | while IFS= read -r f; do
  mkdir -p "$out/input/copy1/$(dirname "$f")"
  git --git-dir="$g" cat-file blob "HEAD:$f" >"$out/input/copy1/$f"
done
for i in $(seq 2 "$COPIES"); do cp -r "$out/input/copy1" "$out/input/copy$i"; done
echo "input: $COPIES copies of utPLSQL/source, $(du -sm "$out/input" | cut -f1) MB," \
  "$(find "$out/input" -type f | wc -l) files"

start=$(date +%s.%N)
"$barge" assess --from oracle "$out/input" -o "$out/report" >"$out/assess.log" 2>&1 || true
end=$(date +%s.%N)
stmts=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["parse"]["statements"])' "$out/report/report.json" 2>/dev/null || echo "?")
echo "assess: $(printf '%.1f' "$(echo "$end - $start" | bc)") s, statements: $stmts," \
  "report.html $(du -k "$out/report/report.html" | cut -f1) KB"

isolate=()
if unshare -n true 2>/dev/null; then isolate=(unshare -n); fi
ready=()
for r in $(seq 1 "$RUNS"); do
  "${isolate[@]}" "$chromium" --headless=new --no-sandbox --disable-gpu --no-first-run \
    --disable-extensions --disable-background-networking --window-size=1280,900 \
    --user-data-dir="$out/profile" --dump-dom "file://$out/report/report.html" \
    >"$out/dom.html" 2>"$out/chromium.err"
  ms=$(grep -o 'data-ready-ms="[0-9]*"' "$out/dom.html" | head -1 | grep -o '[0-9]*')
  ready+=("${ms:-?}")
done
sorted=$(printf '%s\n' "${ready[@]}" | sort -n | tr '\n' ' ')
echo "ready at load event (ms, $RUNS runs, sorted): $sorted"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
