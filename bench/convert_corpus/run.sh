#!/usr/bin/env bash
# Converts each sample database of ../shared/corpus and deploys the result into a throwaway
# PostgreSQL: prints, per input, statements parsed, objects, action items and whether
# `psql -v ON_ERROR_STOP=1 -f schema.sql` succeeded. A measurement, not a test.
# Usage: bench/convert_corpus/run.sh [path/to/barge]   (servers: tests/scripts/servers.sh)
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
barge=${1:-$root/build/cli/barge}
corpus=${BARGE_CORPUS:-$root/../shared/corpus}
[ -d "$corpus" ] || corpus=$root/../../shared/corpus  # worktrees live one level deeper
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
export BARGE_TEST_DIR=${BARGE_TEST_DIR:-/tmp/barge-bench-convert}
started=0
if [ ! -f "$BARGE_TEST_DIR/env.sh" ]; then
  bash "$root/tests/scripts/servers.sh" start >/dev/null || exit 1
  started=1
fi
# shellcheck disable=SC1091
source "$BARGE_TEST_DIR/env.sh"
psql_() { "$BARGE_TEST_PG_BIN/psql" -X -q -h "$BARGE_TEST_PG_HOST" -p "$BARGE_TEST_PG_PORT" -U "$BARGE_TEST_PG_USER" "$@"; }
out=$(mktemp -d)
printf '%-42s %-8s %10s %8s %8s %9s %7s %s\n' input dialect parsed objects actions statements failed deploy
run() {  # name dialect path...
  local name=$1 dialect=$2
  shift 2
  local dir="$out/$name" db
  db=bench_$(echo "$name" | tr -c 'a-z0-9\n' '_')
  "$barge" convert --from "$dialect" "$@" -o "$dir" >"$dir.log" 2>&1
  local parsed objects actions deploy
  parsed=$(grep -o '[0-9]*/[0-9]* statements parsed' "$dir.log" | cut -d' ' -f1)
  objects=$(find "$dir/objects" -name '*.sql' 2>/dev/null | wc -l)
  actions=$(grep -c '"code"' "$dir/action_items.json" 2>/dev/null)
  psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null 2>&1
  if psql_ -d "$db" -v ON_ERROR_STOP=1 -f "$dir/schema.sql" >"$dir.deploy.log" 2>&1; then
    deploy=ok
  else
    deploy="FAILED: $(grep -m1 ERROR "$dir.deploy.log")"
  fi
  # Each statement on its own (no transaction, no stop): how many PostgreSQL refuses.
  local statements failed
  psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null 2>&1
  grep -v -e '^BEGIN;$' -e '^COMMIT;$' -e '^\\set ON_ERROR_STOP' "$dir/schema.sql" >"$dir.each.sql"
  statements=$(grep -c ';$' "$dir.each.sql")
  psql_ -d "$db" -f "$dir.each.sql" >"$dir.each.log" 2>&1
  failed=$(grep -c 'ERROR:' "$dir.each.log")
  printf '%-42s %-8s %10s %8s %8s %9s %7s %s\n' "$name" "$dialect" "$parsed" "$objects" "$actions" "$statements" "$failed" "$deploy"
}
run mysql-sakila mysql "$corpus/mysql/sakila/sakila-mv-schema.sql"
run mysql-jooq-sakila mysql "$corpus/mysql/jooq-sakila/mysql-sakila-schema.sql"
run mysql-employees mysql "$corpus/mysql/employees/employees.sql"
run mysql-employees-partitioned mysql "$corpus/mysql/employees/employees_partitioned.sql"
run oracle-hr oracle "$corpus/oracle/db-sample-schemas/human_resources"
run oracle-customer-orders oracle "$corpus/oracle/db-sample-schemas/customer_orders"
run oracle-order-entry oracle "$corpus/oracle/db-sample-schemas/order_entry"
run oracle-product-media oracle "$corpus/oracle/db-sample-schemas/product_media"
run oracle-sales-history oracle "$corpus/oracle/db-sample-schemas/sales_history"
run oracle-jooq-sakila oracle "$corpus/oracle/jooq-sakila"
echo "outputs in $out"
[ "$started" = 1 ] && bash "$root/tests/scripts/servers.sh" stop >/dev/null
exit 0
