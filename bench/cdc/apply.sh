#!/usr/bin/env bash
# CDC apply benchmark (transactional mode) on the throwaway test servers:
#  1. backlog drain: BACKLOG single-row source transactions and one BULK-row INSERT .. SELECT,
#     then `migrate --until-caught-up` from the position before them: row changes/s, peak RSS;
#  2. lag: migrate runs while a procedure inserts single-row transactions for SECONDS at up to
#     RATE rows/s; lag = target commit (clock_timestamp() default of a target-only column)
#     minus source statement time (NOW(6)), p50 / p99. Source and target share the host clock.
#   bench/cdc/apply.sh [BACKLOG] [BULK] [RATE] [SECONDS]   (defaults 50000 200000 5000 20)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
BACKLOG=${1:-50000}
BULK=${2:-200000}
RATE=${3:-5000}
SECONDS_RUN=${4:-20}
export BARGE_TEST_DIR=${BARGE_BENCH_DIR:-/tmp/barge-bench}
export BARGE_TEST_PG_PORT=${BARGE_BENCH_PG_PORT:-54349}
export BARGE_TEST_MYSQL_PORT=${BARGE_BENCH_MYSQL_PORT:-33089}
BARGE=${BARGE:-$root/build/cli/barge}
bash "$root/tests/scripts/servers.sh" start >/dev/null
source "$BARGE_TEST_DIR/env.sh"
work=$BARGE_TEST_DIR-cdc-apply
rm -rf "$work" && mkdir -p "$work"
my() { mariadb -h127.0.0.1 -P"$BARGE_TEST_MYSQL_PORT" -ubarge -pbarge "$@"; }
pg() { psql -h127.0.0.1 -p"$BARGE_TEST_PG_PORT" -Ubarge -d cdc_apply -Atq "$@"; }
psql -h127.0.0.1 -p"$BARGE_TEST_PG_PORT" -Ubarge -d postgres -q \
  -c "DROP DATABASE IF EXISTS cdc_apply WITH (FORCE)" -c "CREATE DATABASE cdc_apply"
my <<'SQL'
DROP DATABASE IF EXISTS cdc_apply; CREATE DATABASE cdc_apply; USE cdc_apply;
CREATE TABLE t (id bigint PRIMARY KEY, qty int, price decimal(12,2), note varchar(100),
  created datetime(6));
DELIMITER //
CREATE PROCEDURE fill(first bigint, n int, pause_every int) BEGIN DECLARE i int DEFAULT 0;
  WHILE i < n DO
    INSERT INTO t VALUES (first + i, i % 1000, i * 0.25, CONCAT('note ', i), NOW(6));
    SET i = i + 1;
    IF pause_every > 0 AND i % pause_every = 0 THEN DO SLEEP(0.01); END IF;
  END WHILE; END//
DELIMITER ;
SQL
task() {
  cat >"$work/task.json" <<JSON
{"ReplicationTaskIdentifier": "cdc_apply", "MigrationType": "$1", $2
 "SourceEndpoint": {"EngineName": "mariadb", "ServerName": "127.0.0.1", "Port": $BARGE_TEST_MYSQL_PORT,
   "DatabaseName": "cdc_apply", "Username": "barge", "PasswordEnv": "BARGE_TEST_MYSQL_PASSWORD"},
 "TargetEndpoint": {"EngineName": "postgres", "ServerName": "127.0.0.1", "Port": $BARGE_TEST_PG_PORT,
   "DatabaseName": "cdc_apply", "Username": "barge"},
 "TableMappings": {"rules": [{"rule-type": "selection", "rule-id": "1", "rule-name": "1",
   "object-locator": {"schema-name": "cdc_apply", "table-name": "%"}, "rule-action": "include"}]}}
JSON
}
task full-load ""
"$BARGE" migrate --task "$work/task.json" --work-dir "$work" >/dev/null 2>&1
start=$(my -N -e "SHOW MASTER STATUS" | awk '{print $1 ":" $2}')
my cdc_apply -e "CALL fill(1, $BACKLOG, 0); INSERT INTO t SELECT 10000000 + seq, seq % 1000, seq * 0.5, CONCAT('bulk ', seq), NOW(6) FROM seq_1_to_$BULK;"
task cdc "\"CdcStartPosition\": \"$start\","
/usr/bin/time -f "peak_rss_kb=%M" "$BARGE" migrate --until-caught-up --task "$work/task.json" \
  --work-dir "$work" 2>&1 | grep -E "^cdc: start|peak_rss" | sed 's/^/drain: /'
# Lag: a target-only column records the commit time of each applied insert.
pg -c "ALTER TABLE cdc_apply.t ADD COLUMN applied timestamptz DEFAULT clock_timestamp()"
"$BARGE" migrate --task "$work/task.json" --work-dir "$work" >"$work/lag.log" 2>&1 &
sleep 2
per_pause=$((RATE / 100))
t0=$(date +%s.%N)
my cdc_apply -e "CALL fill(20000000, $((RATE * SECONDS_RUN)), $per_pause)"
t1=$(date +%s.%N)
sleep 2
"$BARGE" cutover --task "$work/task.json" --work-dir "$work" >/dev/null 2>&1 || true
wait || true
echo "lag: source rate $(echo "$RATE * $SECONDS_RUN / ($t1 - $t0)" | bc -l | xargs printf '%.0f') rows/s for $(echo "$t1 - $t0" | bc | xargs printf '%.1f') s"
pg -c "SELECT 'lag: rows=' || count(*) || ' p50_ms=' || round(1000 * percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM applied - (created AT TIME ZONE 'UTC'))))::text || ' p99_ms=' || round(1000 * percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM applied - (created AT TIME ZONE 'UTC'))))::text || ' max_ms=' || round(1000 * max(extract(epoch FROM applied - (created AT TIME ZONE 'UTC'))))::text FROM cdc_apply.t WHERE id >= 20000000"
