#!/usr/bin/env bash
# Measures the MySQL front end on the shared corpus and on public repositories fetched as git
# snapshots (never into the repository):
#   bench/mysql_parse/measure.sh BUILD_DIR [MIRROR_DIR]
# MIRROR_DIR holds the snapshots the `fetch` tool brought (default /work/.mirror):
#   mysql+mysql-sys/repo and antlr+grammars-v4/repo. They are extracted to a temp folder.
set -euo pipefail
BUILD=${1:?usage: measure.sh BUILD_DIR [MIRROR_DIR]}
MIRROR=${2:-/work/.mirror}
HERE=$(cd "$(dirname "$0")" && pwd)
CORPUS=${BARGE_CORPUS:-$HERE/../../../shared/corpus}
[ -d "$CORPUS" ] || CORPUS=/work/shared/corpus  # worktrees live one level deeper
BENCH=$BUILD/bench/mysql_parse/mysql_parse_bench
[ -x "$BENCH" ] || { echo "build $BENCH first" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

if [ -d "$CORPUS/mysql" ]; then
  "$BENCH" --label corpus/mysql "$CORPUS/mysql"
  "$BENCH" --label sakila-mv-data --warm 5 "$CORPUS/mysql/sakila/sakila-mv-data.sql"
fi
if [ -d "$MIRROR/mysql+mysql-sys/repo" ]; then
  mkdir -p "$TMP/sys"
  git --git-dir="$MIRROR/mysql+mysql-sys/repo" archive HEAD | tar -x -C "$TMP/sys"
  "$BENCH" --label mysql-sys --failures "$TMP/sys/views" "$TMP/sys/procedures" \
    "$TMP/sys/functions" "$TMP/sys/triggers" "$TMP/sys/tables" "$TMP/sys"/*.sql
  "$BENCH" --label mysql-sys-templates --warm 0 --failures "$TMP/sys/templates"
fi
if [ -d "$MIRROR/antlr+grammars-v4/repo" ]; then
  mkdir -p "$TMP/g4"
  git --git-dir="$MIRROR/antlr+grammars-v4/repo" archive HEAD sql/mysql 2>/dev/null |
    tar -x -C "$TMP/g4" || true
  for d in "$TMP"/g4/sql/mysql/*/examples; do
    name=$(basename "$(dirname "$d")")
    "$BENCH" --label "grammars-v4/$name" --failures "$d"
  done
fi
# A 50 MB single-line INSERT, generated: time and memory of the data path.
python3 - "$TMP/big.sql" <<'PY'
import sys
with open(sys.argv[1], 'w') as f:
    f.write("INSERT INTO `t` VALUES ")
    n = 0; size = 0
    while size < 50_000_000:
        row = "(%d,'name %d',-%d.5,NULL,0x0A0B0C)" % (n, n, n)
        f.write(("," if n else "") + row); size += len(row) + 1; n += 1
    f.write(";\n")
PY
"$BENCH" --label insert-50MB --warm 1 "$TMP/big.sql"
