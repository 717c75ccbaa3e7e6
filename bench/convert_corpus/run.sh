#!/usr/bin/env bash
# Corpus measurement: converts each input folder with barge and with ora2pg, executes every
# emitted statement on its own in a fresh PostgreSQL 15 database and prints one table (see
# README.md for the columns). A measurement, not a test: it never fails on the figures.
# Usage: bench/convert_corpus/run.sh [path/to/barge]
#   BARGE_CORPUS  ../shared/corpus (read by path; rows without input are left out)
#   MIRROR        git snapshots of the public repositories (default /work/.mirror, one
#                 <owner>+<name>/repo each); their files are extracted into REPOS, never here
#   REPOS         where to extract them (default: a temporary folder)
#   OUT           where outputs and rejected.jsonl go (default: a temporary folder)
#   NO_ORA2PG=1   skip ora2pg (otherwise installed with apt-get when missing)
#   ORA2PG_TIMEOUT  seconds per ora2pg export type (default 300; a timeout is marked with *)
# Servers: uses $BARGE_TEST_DIR/env.sh when there, else starts tests/scripts/servers.sh.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
barge=$(realpath "${1:-$root/build/cli/barge}")
corpus=${BARGE_CORPUS:-$root/../shared/corpus}
[ -d "$corpus" ] || corpus=/work/shared/corpus
mirror=${MIRROR:-/work/.mirror}
out=${OUT:-$(mktemp -d /tmp/barge-corpus.XXXXXX)}
repos=${REPOS:-$out/repos}
[ -x "$barge" ] || { echo "no barge at $barge (cmake --build build --target barge)" >&2; exit 2; }

export BARGE_TEST_DIR=${BARGE_TEST_DIR:-/tmp/barge-bench-convert}
started=0
if [ ! -f "$BARGE_TEST_DIR/env.sh" ]; then
  bash "$root/tests/scripts/servers.sh" start >/dev/null || exit 1
  started=1
fi
# shellcheck disable=SC1091
source "$BARGE_TEST_DIR/env.sh"

# ora2pg is only the yardstick: installed here, never a barge dependency.
ORA2PG=
if [ "${NO_ORA2PG:-0}" != 1 ]; then
  if ! command -v ora2pg >/dev/null; then
    echo "installing ora2pg (Debian package) ..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ora2pg \
      >"$out/ora2pg-install.log" 2>&1 || echo "ora2pg not installed: its column shows n/a" >&2
  fi
  ORA2PG=$(command -v ora2pg || true)
fi
export ORA2PG

# Files are written one by one from the snapshot (git archive would honour export-ignore and
# silently drop folders such as utPLSQL's test/).
extract() {  # extract <owner+name> <path>...
  local r=$1 g="$mirror/$1/repo" p f
  shift
  [ -d "$g" ] || { echo "no snapshot $g (fetch github:${r/+//} first)" >&2; return; }
  for p in "$@"; do
    [ -e "$repos/$r/$p" ] && continue
    git --git-dir="$g" ls-tree -r --name-only HEAD -- "$p" | while IFS= read -r f; do
      mkdir -p "$repos/$r/$(dirname "$f")"
      # A snapshot may list a large file without holding it: leave that one out.
      git --git-dir="$g" cat-file blob "HEAD:$f" >"$repos/$r/$f" 2>/dev/null || rm -f "$repos/$r/$f"
    done
  done
}
extract utPLSQL+utPLSQL source examples test
extract pljson+pljson src examples testsuite
extract oracle-samples+oracle-db-examples plsql sql/analytical-sql-examples
extract antlr+grammars-v4 sql/plsql/examples sql/mysql/Oracle/examples \
  sql/mysql/Positive-Technologies/examples
# Code bases barge was not tuned on (issue 12): the folders bench/oracle_parse/run_coverage.sh
# measures.
extract gaiansentience+practicalplsql scripts
extract wtPLSQL+wtPLSQL source
extract ec-digit-dbecoe+ec-plsql-toolkit apps sql

o=$corpus/oracle
s=$o/db-sample-schemas
u=$repos/utPLSQL+utPLSQL
p=$repos/pljson+pljson
x=$repos/oracle-samples+oracle-db-examples
g=$repos/antlr+grammars-v4/sql
pp=$repos/gaiansentience+practicalplsql
wt=$repos/wtPLSQL+wtPLSQL
ec=$repos/ec-digit-dbecoe+ec-plsql-toolkit
m=$corpus/mysql

# Independent examples (see README.md, "Per independent example"): each is converted and
# executed in a database of its own, as a user would deploy it; the whole-folder rows stay.
units=()
each_file() {  # each_file <input name> <dialect> <folder>...: every script file one unit
  local name=$1 dialect=$2 f
  shift 2
  while IFS= read -r f; do
    units+=("$name/${f#"$repos"/}=$dialect:$f")
  done < <(find "$@" -type f \( -iname '*.sql' -o -iname '*.pks' -o -iname '*.pkb' \
    -o -iname '*.pck' -o -iname '*.tps' -o -iname '*.tpb' -o -iname '*.plb' -o -iname '*.prc' \
    -o -iname '*.fnc' -o -iname '*.trg' -o -iname '*.vw' \) 2>/dev/null | sort)
}
each_file oracle-db-examples oracle "$x/plsql" "$x/sql/analytical-sql-examples"
each_file grammars-v4-plsql oracle "$g/plsql/examples"
each_file grammars-v4-mysql-oracle mysql "$g/mysql/Oracle/examples"
each_file grammars-v4-mysql-pt mysql "$g/mysql/Positive-Technologies/examples"
# OE ships two alternative loads of CUSTOMERS, ORDERS and WAREHOUSES (oe_p_cus/ord/whs and
# pcus/pord/pwhs_v3, the same rows): one unit per variant, each with every other file.
oe=$s/order_entry
if [ -d "$oe" ]; then
  for v in oe_p v3; do
    fs=()
    for f in "$oe"/*.sql; do
      case "$(basename "$f")" in
        pcus_v3.sql | pord_v3.sql | pwhs_v3.sql) [ $v = v3 ] && fs+=("$f") ;;
        oe_p_cus.sql | oe_p_ord.sql | oe_p_whs.sql) [ $v = oe_p ] && fs+=("$f") ;;
        *) fs+=("$f") ;;
      esac
    done
    units+=("oracle-oe/$v=oracle:$(IFS=,; echo "${fs[*]}")")
  done
fi

python3 "$here/measure.py" "$barge" "$out" \
  "oracle-hr=oracle:$s/human_resources" \
  "oracle-co=oracle:$s/customer_orders" \
  "oracle-oe=oracle:$s/order_entry" \
  "oracle-pm=oracle:$s/product_media" \
  "oracle-sh=oracle:$s/sales_history" \
  "oracle-jooq-sakila=oracle:$o/jooq-sakila" \
  "utPLSQL=oracle:$u/source,$u/examples,$u/test" \
  "pljson=oracle:$p/src,$p/examples,$p/testsuite" \
  "oracle-db-examples=oracle:$x/plsql,$x/sql/analytical-sql-examples" \
  "practicalplsql=oracle:$pp/scripts" \
  "wtPLSQL=oracle:$wt/source" \
  "ec-plsql-toolkit=oracle:$ec/apps,$ec/sql" \
  "grammars-v4-plsql=oracle:$g/plsql/examples" \
  "mysql-sakila=mysql:$m/sakila/sakila-mv-schema.sql" \
  "mysql-jooq-sakila=mysql:$m/jooq-sakila/mysql-sakila-schema.sql" \
  "mysql-employees=mysql:$m/employees/employees.sql" \
  "grammars-v4-mysql-oracle=mysql:$g/mysql/Oracle/examples" \
  "grammars-v4-mysql-pt=mysql:$g/mysql/Positive-Technologies/examples" \
  "${units[@]}"
rc=$?
[ "$started" = 1 ] && bash "$root/tests/scripts/servers.sh" stop >/dev/null
exit $rc
