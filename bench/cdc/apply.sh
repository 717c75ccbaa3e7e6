#!/usr/bin/env bash
# CDC apply benchmark on the throwaway test servers, in MODE transactional (default task
# settings: groups of MinTransactionSize 1000 / CommitTimeout 1 s) or batch (BatchApplyEnabled):
#  1. backlog drain: BACKLOG single-row source transactions, one BULK-row INSERT .. SELECT, an
#     UPDATE of a quarter and a DELETE of a tenth of those rows (distinct keys: nothing nets
#     away), then `migrate --until-caught-up` from the position before them: row changes/s,
#     peak RSS;
#  2. lag: migrate runs while our load generator (a procedure pacing itself on the clock)
#     inserts single-row source transactions at a steady RATE rows/s for SECONDS; lag = commit
#     on the target (pg_xact_commit_timestamp of the row: track_commit_timestamp is switched on)
#     minus the source statement time (SYSDATE(6); autocommit, so its commit), p50 / p99 / max,
#     and barge's peak RSS over the run. Source and target share the host clock.
#   bench/cdc/apply.sh [BACKLOG] [BULK] [RATE] [SECONDS] [MODE]
#   (defaults 50000 200000 5000 60 transactional)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
BACKLOG=${1:-50000}
BULK=${2:-200000}
RATE=${3:-5000}
SECONDS_RUN=${4:-60}
MODE=${5:-transactional}
case "$MODE" in
  transactional) SETTINGS="" ;;
  batch) SETTINGS='"ReplicationTaskSettings": {"TargetMetadata": {"BatchApplyEnabled": true}},' ;;
  *) echo "MODE must be transactional or batch" >&2; exit 2 ;;
esac
export BARGE_TEST_DIR=${BARGE_BENCH_DIR:-/tmp/barge-bench}
export BARGE_TEST_PG_PORT=${BARGE_BENCH_PG_PORT:-54349}
export BARGE_TEST_MYSQL_PORT=${BARGE_BENCH_MYSQL_PORT:-33089}
BARGE=${BARGE:-$root/build/cli/barge}
bash "$root/tests/scripts/servers.sh" start >/dev/null
source "$BARGE_TEST_DIR/env.sh"
work=$BARGE_TEST_DIR-cdc-apply
rm -rf "$work" && mkdir -p "$work"
my() { mariadb -h127.0.0.1 -P"$BARGE_TEST_MYSQL_PORT" -ubarge -pbarge "$@"; }
# Commit times on the target for the lag (needs a restart once).
if [ "$(psql -h127.0.0.1 -p"$BARGE_TEST_PG_PORT" -Ubarge -d postgres -Atq -c 'SHOW track_commit_timestamp')" != on ]; then
  psql -h127.0.0.1 -p"$BARGE_TEST_PG_PORT" -Ubarge -d postgres -q -c "ALTER SYSTEM SET track_commit_timestamp = on"
  owner=$(stat -c %U "$BARGE_TEST_DIR/pg/data")
  runuser -u "$owner" -- "$BARGE_TEST_PG_BIN/pg_ctl" -D "$BARGE_TEST_DIR/pg/data" -w restart >/dev/null
fi
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
CREATE PROCEDURE paced(first bigint, n int, rate int) BEGIN DECLARE i int DEFAULT 0;
  DECLARE t0 double DEFAULT UNIX_TIMESTAMP(SYSDATE(6)); DECLARE d double;
  WHILE i < n DO
    INSERT INTO t VALUES (first + i, i % 1000, i * 0.25, CONCAT('paced ', i), SYSDATE(6));
    SET i = i + 1;
    IF i % 10 = 0 THEN
      SET d = t0 + i / rate - UNIX_TIMESTAMP(SYSDATE(6));
      IF d > 0 THEN DO SLEEP(d); END IF;
    END IF;
  END WHILE; END//
DELIMITER ;
SQL
task() {
  cat >"$work/task.json" <<JSON
{"ReplicationTaskIdentifier": "cdc_apply", "MigrationType": "$1", $2 $SETTINGS
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
my cdc_apply -e "CALL fill(1, $BACKLOG, 0); INSERT INTO t SELECT 10000000 + seq, seq % 1000, seq * 0.5, CONCAT('bulk ', seq), NOW(6) FROM seq_1_to_$BULK; UPDATE t SET qty = qty + 1, note = CONCAT(note, '+') WHERE id >= 10000000 AND id % 4 = 0; DELETE FROM t WHERE id >= 10000000 AND id % 10 = 1;"
task cdc "\"CdcStartPosition\": \"$start\","
echo "mode: $MODE; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "peak_rss_kb=%M" "$BARGE" migrate --until-caught-up --task "$work/task.json" \
  --work-dir "$work" 2>&1 | grep -E "^cdc: start|peak_rss" | sed 's/^/drain: /' |
  sed -E 's/changes=([0-9]+)(.*)seconds=([0-9.]+)/changes=\1\2seconds=\3 (\1 changes \/ \3 s)/'
# Lag at a steady RATE.
"$BARGE" migrate --until-caught-up --task "$work/task.json" --work-dir "$work" >/dev/null 2>&1
/usr/bin/time -o "$work/lag.rss" -f "%M" "$BARGE" migrate --task "$work/task.json" \
  --work-dir "$work" >"$work/lag.log" 2>&1 &
sleep 2
t0=$(date +%s.%N)
my cdc_apply -e "CALL paced(20000000, $((RATE * SECONDS_RUN)), $RATE)"
t1=$(date +%s.%N)
echo "lag: load average at the end of the load: $(cut -d' ' -f1-3 /proc/loadavg)"
sleep 3
"$BARGE" cutover --task "$work/task.json" --work-dir "$work" >/dev/null 2>&1 || true
wait || true
echo "lag: mode $MODE, source rate $(echo "$RATE * $SECONDS_RUN / ($t1 - $t0)" | bc -l | xargs printf '%.0f') rows/s for $(echo "$t1 - $t0" | bc | xargs printf '%.1f') s, barge peak_rss_kb=$(tail -1 "$work/lag.rss")"
pg -c "WITH l AS (SELECT extract(epoch FROM pg_xact_commit_timestamp(xmin) - (created AT TIME ZONE 'UTC')) AS s FROM cdc_apply.t WHERE id >= 20000000) SELECT 'lag: rows=' || count(*) || ' p50_ms=' || round(1000 * percentile_cont(0.5) WITHIN GROUP (ORDER BY s))::text || ' p99_ms=' || round(1000 * percentile_cont(0.99) WITHIN GROUP (ORDER BY s))::text || ' max_ms=' || round(1000 * max(s))::text FROM l"
