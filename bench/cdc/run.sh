#!/usr/bin/env bash
# CDC decode benchmark: writes a binlog on the throwaway test MariaDB (single-row transactions
# and multi-row statements over a table of common types), then decodes the file with barge's
# decoder on one core.
#   bench/cdc/run.sh [SINGLE_ROW_TX] [BULK_ROWS]      (defaults 100000 and 1000000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
SINGLE=${1:-100000}
BULK=${2:-1000000}
export BARGE_TEST_DIR=${BARGE_BENCH_DIR:-/tmp/barge-bench}
export BARGE_TEST_PG_PORT=${BARGE_BENCH_PG_PORT:-54349}
export BARGE_TEST_MYSQL_PORT=${BARGE_BENCH_MYSQL_PORT:-33089}
BENCH=${CDC_DECODE_BENCH:-$root/build/bench/cdc/cdc_decode_bench}
if [ ! -x "$BENCH" ]; then
  cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$root/build" -j2 --target cdc_decode_bench >/dev/null
fi
bash "$root/tests/scripts/servers.sh" start >/dev/null
source "$BARGE_TEST_DIR/env.sh"
my() { mariadb -h127.0.0.1 -P"$BARGE_TEST_MYSQL_PORT" -ubarge -pbarge "$@"; }
my -e "FLUSH BINARY LOGS"
file=$(my -N -e "SHOW MASTER STATUS" | cut -f1)
my <<SQL
DROP DATABASE IF EXISTS cdc_bench; CREATE DATABASE cdc_bench; USE cdc_bench;
CREATE TABLE t (id bigint PRIMARY KEY, qty int, price decimal(12,2), amount double,
  created datetime(6), note varchar(100), payload blob);
DELIMITER //
CREATE PROCEDURE fill(n int) BEGIN DECLARE i int DEFAULT 0;
  WHILE i < n DO
    INSERT INTO t VALUES (i, i % 1000, i * 0.25, i / 3, NOW(6), CONCAT('note ', i), REPEAT('x', i % 64));
    SET i = i + 1;
  END WHILE; END//
DELIMITER ;
CALL fill($SINGLE);
UPDATE t SET qty = qty + 1 WHERE id % 2 = 0;
INSERT INTO t SELECT 10000000 + seq, seq % 1000, seq * 0.5, seq / 7, NOW(6), CONCAT('bulk ', seq), NULL
  FROM seq_1_to_$BULK;
DELETE FROM t WHERE id >= 10000000 AND id % 3 = 0;
SQL
my -e "FLUSH BINARY LOGS"
path="$BARGE_TEST_DIR/mysql/data/$file"
echo "binlog: $path ($(stat -c %s "$path") bytes)"
taskset -c 0 "$BENCH" "$path" 3
