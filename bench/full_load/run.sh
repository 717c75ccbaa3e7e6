#!/usr/bin/env bash
# Full-load benchmark: barge vs pgloader vs the hardware limit, on throwaway servers.
#   bench/full_load/run.sh [ORDERS] [CUSTOMERS]      (defaults 1000000 and 100000)
#   BARGE_ONLY=1 bench/full_load/run.sh 10000000      (barge alone: the memory check at 10 M)
# Prints wall time and peak RSS of each run and the ratios barge/pgloader and barge/limit.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ORDERS=${1:-1000000}
CUSTOMERS=${2:-100000}
SUBTASKS=${BARGE_SUBTASKS:-4}
export BARGE_TEST_DIR=${BARGE_BENCH_DIR:-/tmp/barge-bench}
export BARGE_TEST_PG_PORT=${BARGE_BENCH_PG_PORT:-54349}
export BARGE_TEST_MYSQL_PORT=${BARGE_BENCH_MYSQL_PORT:-33089}
BARGE=${BARGE:-$root/build/cli/barge}
work=$BARGE_TEST_DIR-work

# What the benchmark needs: pgloader and GNU time (apt), and a Release build of barge.
need=()
command -v pgloader >/dev/null || need+=(pgloader)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${need[@]}" >/dev/null
fi
if [ ! -x "$BARGE" ]; then
  cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$root/build" -j2 --target barge >/dev/null
fi

bash "$root/tests/scripts/servers.sh" start
trap 'bash "$root/tests/scripts/servers.sh" stop' EXIT
# shellcheck disable=SC1091
source "$BARGE_TEST_DIR/env.sh"
rm -rf "$work" && mkdir -p "$work" && chmod 755 "$work"
MY="mariadb --no-defaults --default-character-set=utf8mb4 -h 127.0.0.1 -P $BARGE_TEST_MYSQL_PORT -u barge -pbarge"
PSQL="$BARGE_TEST_PG_BIN/psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $BARGE_TEST_PG_PORT -U barge"

echo "bench: generating $ORDERS orders and $CUSTOMERS customers" >&2
t0=$(date +%s.%N)
sed -e "s/CUSTOMERS_N/$CUSTOMERS/g; s/ORDERS_N/$ORDERS/g" "$here/generate.sql" | $MY >/dev/null
echo "bench: generated in $(echo "$(date +%s.%N) - $t0" | bc) s" >&2
for db in bench_barge bench_pgloader bench_limit; do $PSQL -d postgres -c "CREATE DATABASE $db"; done

# CPU seconds used by the servers (the machine has 2 cores: wall time follows the CPU of all
# three processes). PostgreSQL: every live process plus what finished backends left in the
# postmaster's children counters.
hz=$(getconf CLK_TCK)
cpu_pg() {
  local pm s=0 f; pm=$(head -1 "$BARGE_TEST_DIR/pg/data/postmaster.pid")
  for p in $(pgrep -P "$pm") "$pm"; do
    read -r -a f <"/proc/$p/stat" 2>/dev/null || continue; s=$((s + f[13] + f[14])); done
  read -r -a f <"/proc/$pm/stat"; echo $((s + f[15] + f[16]))
}
cpu_my() { local f; read -r -a f <"/proc/$(cat "$BARGE_TEST_DIR/mysql/mysql.pid")/stat"; echo $((f[13] + f[14])); }
measure() {  # measure NAME COMMAND...: wall s, peak RSS KB, user s, sys s, mysqld s, postgres s
  local name=$1; shift
  local m0 p0; m0=$(cpu_my); p0=$(cpu_pg)
  /usr/bin/time -f "%e %M %U %S" -o "$work/$name.time.raw" "$@" >"$work/$name.log" 2>&1 || {
    echo "bench: $name failed, see $work/$name.log" >&2; tail -20 "$work/$name.log" >&2; exit 1; }
  echo "$(cat "$work/$name.time.raw") $(echo "scale=2; ($(cpu_my) - $m0) / $hz" | bc) $(echo "scale=2; ($(cpu_pg) - $p0) / $hz" | bc)" >"$work/$name.time"
}

load=$(cut -d' ' -f1-3 /proc/loadavg)
# 1. barge
cat >"$work/task.json" <<JSON
{
  "ReplicationTaskIdentifier": "bench",
  "MigrationType": "full-load",
  "SourceEndpoint": {"EngineName": "mariadb", "ServerName": "127.0.0.1", "Port": $BARGE_TEST_MYSQL_PORT,
                     "DatabaseName": "bench", "Username": "barge", "PasswordEnv": "BARGE_TEST_MYSQL_PASSWORD"},
  "TargetEndpoint": {"EngineName": "postgres", "ServerName": "127.0.0.1", "Port": $BARGE_TEST_PG_PORT,
                     "DatabaseName": "bench_barge", "Username": "barge"},
  "ReplicationTaskSettings": {"FullLoadSettings": {"MaxFullLoadSubTasks": $SUBTASKS,
                                                   "CreatePkAfterFullLoad": true}}
}
JSON
echo "bench: barge (MaxFullLoadSubTasks $SUBTASKS, CreatePkAfterFullLoad true, other settings default)" >&2
measure barge "$BARGE" migrate --task "$work/task.json" --work-dir "$work/barge"
grep '^migrate:' "$work/barge.log" >&2

if [ "${BARGE_ONLY:-0}" = 1 ]; then  # memory check at 10 M rows: barge alone
  read -r bw brss bu bs bmy bpg <"$work/barge.time"
  printf '\nbarge only, %s orders + %s customers: wall %.2f s, peak RSS %.1f MB, CPU s barge %.2f mysqld %s postgres %s, load before %s\n' \
    "$ORDERS" "$CUSTOMERS" "$bw" "$(echo "$brss / 1024" | bc -l)" "$(echo "$bu + $bs" | bc)" "$bmy" "$bpg" "$load"
  exit 0
fi
# 2. pgloader on the same data (Debian package, default settings)
echo "bench: pgloader" >&2
measure pgloader pgloader "mysql://barge:barge@127.0.0.1:$BARGE_TEST_MYSQL_PORT/bench" \
  "postgresql://barge@127.0.0.1:$BARGE_TEST_PG_PORT/bench_pgloader"

# 3. The limit, with barge's own parallelism: the same segments (key ranges from
# barge_control.segments), all at once.
segments=$($PSQL -d bench_barge -At -F '|' -c "SELECT table_name, replace(predicate, '\`', '') FROM barge_control.segments WHERE task_name = 'bench' ORDER BY table_name, segment_no")
cols_orders="id, customer_id, created, amount, qty, price, status, note, payload, thumb"
cols_customers="id, name, email, country, created, balance, active"
# Part 1: the source streaming the same SELECTs to /dev/null.
{
  i=0
  while IFS='|' read -r t pred; do
    cols=$cols_orders; [ "$t" = customers ] && cols=$cols_customers
    echo "$MY --quick -N -B -e \"SELECT $cols FROM bench.$t WHERE $pred ORDER BY id\" >/dev/null &"
    i=$((i + 1))
  done <<<"$segments"
  echo wait
} >"$work/stream.sh"
echo "bench: limit (source stream, $(wc -l <<<"$segments") segments in parallel)" >&2
measure stream bash "$work/stream.sh"

# Part 2: COPY BINARY of the same rows (one file per segment) into identical empty tables, as
# barge loads them: no primary key yet (CreatePkAfterFullLoad), autovacuum off during the load.
$PSQL -d bench_limit -c "CREATE SCHEMA bench"
for t in orders customers; do
  $BARGE_TEST_PG_BIN/pg_dump -h 127.0.0.1 -p "$BARGE_TEST_PG_PORT" -U barge -d bench_barge --schema-only \
    --section=pre-data -t "bench.$t" | grep -v '^SET\|^SELECT pg_catalog' | $PSQL -d bench_limit >/dev/null
  $PSQL -d bench_limit -c "ALTER TABLE bench.$t SET (autovacuum_enabled = false)"
done
{
  i=0
  while IFS='|' read -r t pred; do
    $PSQL -d bench_barge -c "\\copy (SELECT * FROM bench.$t WHERE $pred) TO '$work/seg$i.bin' WITH (FORMAT binary)"
    echo "$PSQL -d bench_limit -c \"\\\\copy bench.$t FROM '$work/seg$i.bin' WITH (FORMAT binary)\" &"
    i=$((i + 1))
  done <<<"$segments"
  echo wait
} >"$work/copy.sh"
echo "bench: limit (COPY BINARY)" >&2
measure copy bash "$work/copy.sh"
$PSQL -d bench_limit -At -c "SELECT 'limit COPY rows: ' || ((SELECT count(*) FROM bench.orders) + (SELECT count(*) FROM bench.customers))" >&2

read -r bw brss bu bs bmy bpg <"$work/barge.time"
read -r pw prss pu ps pmy ppg <"$work/pgloader.time"
read -r sw _ su ss smy spg <"$work/stream.time"
read -r cw _ cu cs cmy cpg <"$work/copy.time"
rows_b=$($PSQL -d bench_barge -At -c "SELECT (SELECT count(*) FROM bench.orders) + (SELECT count(*) FROM bench.customers)")
rows_p=$($PSQL -d bench_pgloader -At -c "SELECT (SELECT count(*) FROM bench.orders) + (SELECT count(*) FROM bench.customers)")
limit=$(echo "$sw + $cw" | bc)
printf '\nfull load of %s orders + %s customers (%s rows)\n' "$ORDERS" "$CUSTOMERS" "$((ORDERS + CUSTOMERS))"
printf '%-28s %10s %12s %10s\n' run "wall s" "peak RSS MB" rows
printf '%-28s %10.2f %12.1f %10s\n' "barge (subtasks=$SUBTASKS)" "$bw" "$(echo "$brss / 1024" | bc -l)" "$rows_b"
printf '%-28s %10.2f %12.1f %10s\n' pgloader "$pw" "$(echo "$prss / 1024" | bc -l)" "$rows_p"
printf '%-28s %10.2f %12s\n' "limit: source stream" "$sw" "-"
printf '%-28s %10.2f %12s\n' "limit: COPY BINARY" "$cw" "-"
printf '%-28s %10.2f\n' "limit (stream + COPY)" "$limit"
printf '%-28s %10.2f\n' "max(stream, COPY)" "$(echo "if ($sw > $cw) $sw else $cw" | bc)"
printf 'CPU seconds (client user+sys / mysqld / postgres):\n'
printf '  %-26s %6.2f %6.2f %6.2f\n' barge "$(echo "$bu + $bs" | bc)" "$bmy" "$bpg" \
  pgloader "$(echo "$pu + $ps" | bc)" "$pmy" "$ppg" "limit: source stream" "$(echo "$su + $ss" | bc)" "$smy" "$spg" \
  "limit: COPY BINARY" "$(echo "$cu + $cs" | bc)" "$cmy" "$cpg"
printf 'load average before the runs: %s\n' "$load"
printf 'barge rows/s: %.0f\n' "$(echo "($ORDERS + $CUSTOMERS) / $bw" | bc -l)"
printf 'barge / pgloader: %.3f (goal <= 0.2)\n' "$(echo "$bw / $pw" | bc -l)"
printf 'barge / limit:    %.3f (goal <= 1.3)\n' "$(echo "$bw / $limit" | bc -l)"
