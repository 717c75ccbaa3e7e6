#!/bin/sh
# Parse coverage on the open corpus, the public repositories listed in
# ../shared/corpus/README.md and three code bases barge was not tuned on (issue 12). The
# repositories are git snapshots fetched into /work/.mirror (never into this repository); this
# script checks them out under $REPOS (default /tmp/repos).
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
barge=${BARGE:-$root/build/cli/barge}
corpus=${CORPUS:-$root/../../shared/corpus/oracle}
[ -d "$corpus" ] || corpus=/work/shared/corpus/oracle
repos=${REPOS:-/tmp/repos}
mirror=${MIRROR:-/work/.mirror}
# Files are written one by one from the snapshot: `git archive` would honour export-ignore
# attributes and silently leave out folders such as utPLSQL's test/.
extract() {  # extract <owner+name> <path>...
  r=$1; shift
  g="$mirror/$r/repo"
  for p in "$@"; do
    [ -e "$repos/$r/$p" ] && continue
    git --git-dir="$g" ls-tree -r --name-only HEAD -- "$p" 2>/dev/null | while IFS= read -r f; do
      mkdir -p "$repos/$r/$(dirname "$f")"
      # A snapshot may list a large file without holding it: leave that one out.
      git --git-dir="$g" cat-file blob "HEAD:$f" > "$repos/$r/$f" 2>/dev/null || rm -f "$repos/$r/$f"
    done
  done
}
extract utPLSQL+utPLSQL source examples test
extract pljson+pljson src examples testsuite
extract oracle-samples+oracle-db-examples plsql sql/analytical-sql-examples
extract antlr+grammars-v4 sql/plsql/examples
# Code bases the front end was not tuned on (issue 12), measured the same way.
extract gaiansentience+practicalplsql scripts
extract wtPLSQL+wtPLSQL source
extract ec-digit-dbecoe+ec-plsql-toolkit apps sql
u=$repos/utPLSQL+utPLSQL; p=$repos/pljson+pljson
o=$repos/oracle-samples+oracle-db-examples; g=$repos/antlr+grammars-v4/sql/plsql/examples
pp=$repos/gaiansentience+practicalplsql; wt=$repos/wtPLSQL+wtPLSQL
ec=$repos/ec-digit-dbecoe+ec-plsql-toolkit
exist() { for d in "$@"; do [ -e "$d" ] && printf '%s,' "$d"; done; }
python3 "$here/measure.py" "$barge" \
  "corpus/oracle=$corpus" \
  "utPLSQL=$(exist $u/source $u/examples $u/test)" \
  "pljson=$(exist $p/src $p/examples $p/testsuite)" \
  "oracle-db-examples=$(exist $o/plsql $o/sql/analytical-sql-examples)" \
  "grammars-v4-plsql=$g" \
  "practicalplsql=$(exist $pp/scripts)" \
  "wtPLSQL=$(exist $wt/source)" \
  "ec-plsql-toolkit=$(exist $ec/apps $ec/sql)"
