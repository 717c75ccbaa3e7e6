#!/usr/bin/env bash
# Runs bench/report/audit.py on every folder of ../shared/corpus (oracle and mysql) and prints
# one table: report files, statuses checked against an independent deploy, action-item positions.
# Usage: bench/report/audit.sh [path/to/barge]     (OUT: where reports go; default a temp dir)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
barge=$(realpath "${1:-$root/build/cli/barge}")
corpus=${BARGE_CORPUS:-$root/../shared/corpus}
[ -d "$corpus" ] || corpus=/work/shared/corpus
out=${OUT:-$(mktemp -d /tmp/barge-audit.XXXXXX)}
export BARGE_TEST_DIR=${BARGE_TEST_DIR:-/tmp/barge-bench-audit}
started=0
if [ ! -f "$BARGE_TEST_DIR/env.sh" ]; then
  bash "$root/tests/scripts/servers.sh" start >/dev/null || exit 1
  started=1
fi
# shellcheck disable=SC1091
source "$BARGE_TEST_DIR/env.sh"
s=$corpus/oracle/db-sample-schemas
python3 "$here/audit.py" "$barge" "$out" \
  "oracle-hr=oracle:$s/human_resources" "oracle-co=oracle:$s/customer_orders" \
  "oracle-oe=oracle:$s/order_entry" "oracle-pm=oracle:$s/product_media" \
  "oracle-sh=oracle:$s/sales_history" "oracle-jooq-sakila=oracle:$corpus/oracle/jooq-sakila" \
  "mysql-sakila=mysql:$corpus/mysql/sakila" "mysql-jooq-sakila=mysql:$corpus/mysql/jooq-sakila" \
  "mysql-employees=mysql:$corpus/mysql/employees"
rc=$?
[ "$started" = 1 ] && bash "$root/tests/scripts/servers.sh" stop >/dev/null
exit $rc
