#!/bin/sh
# Oracle parse benchmark: warm MB/s, cold first-file cost, worst statement, peak RSS, on the
# open corpus and on utPLSQL (checked out by run_coverage.sh under $REPOS), plus the cold cost of
# one `barge parse` process over the whole corpus. Prints figures; asserts nothing.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD:-$root/build}
corpus=${CORPUS:-/work/shared/corpus/oracle}
repos=${REPOS:-/tmp/repos}
bench=$build/bench/oracle_parse/bench_oracle_parse
run() {
  echo "== $1"
  shift
  /usr/bin/time -v "$bench" --passes 4 "$@" 2>/tmp/bench_oracle_time.$$ || true
  grep -E "Maximum resident|Elapsed" /tmp/bench_oracle_time.$$ | sed 's/^\t*/   /'
  rm -f /tmp/bench_oracle_time.$$
}
run "corpus/oracle" "$corpus"
u=$repos/utPLSQL+utPLSQL
[ -d "$u/source" ] && run "utPLSQL" "$u/source" "$u/examples"
echo "== cold: barge parse over the whole corpus in a fresh process"
/usr/bin/time -f "   wall=%es user=%Us maxrss=%MKB" "$build/cli/barge" parse --from oracle "$corpus" | tail -1
