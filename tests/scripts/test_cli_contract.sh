#!/usr/bin/env bash
# The CLI contract scripts rely on: exit codes, one-line errors, the closing parse line.
# Usage: test_cli_contract.sh /path/to/barge
set -u
barge=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
passes=0

# expect CODE LINES DESCRIPTION -- COMMAND...: exit code CODE and at most LINES stderr lines
expect() {
  local code=$1 maxlines=$2 what=$3
  shift 4
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$? lines
  lines=$(wc -l <"$tmp/err")
  if [ "$rc" -ne "$code" ] || [ "$lines" -gt "$maxlines" ]; then
    echo "FAIL: $what: exit $rc (want $code), $lines stderr lines (max $maxlines)"
    sed 's/^/  | /' "$tmp/err" | head -5
    fails=$((fails + 1))
  else
    passes=$((passes + 1))
  fi
}

printf 'CREATE TABLE t (a INT);\nCREATE TABLE u (b INT,, c INT);\nCREATE TABLE v (c INT);\n' >"$tmp/bad.sql"
printf 'CREATE TABLE t (a INT);\n' >"$tmp/good.sql"
printf '{ "ReplicationTaskIdentifier": ' >"$tmp/broken.json"

expect 0 0 "--version" -- "$barge" --version
expect 0 0 "--help" -- "$barge" --help
expect 0 0 "parse --help" -- "$barge" parse --help
expect 0 1 "parse a good file" -- "$barge" parse --from mysql "$tmp/good.sql"
expect 1 2 "parse a file with a syntax error" -- "$barge" parse --from oracle "$tmp/bad.sql"
expect 2 1 "unknown option" -- "$barge" parse --frm oracle "$tmp/good.sql"
expect 2 1 "unknown command" -- "$barge" frobnicate
expect 2 1 "missing file" -- "$barge" parse --from mysql "$tmp/nope.sql"
expect 2 1 "no dialect" -- "$barge" parse "$tmp/good.sql"
expect 2 1 "bad dialect" -- "$barge" parse --from db2 "$tmp/good.sql"
expect 2 1 "convert without -o" -- "$barge" convert --from mysql "$tmp/good.sql"
expect 2 1 "password in --source URL" -- "$barge" parse --source "mysql://u:secret@127.0.0.1:1/db"
expect 3 1 "unreachable source" -- env BARGE_SOURCE_PASSWORD=s3cret "$barge" parse --source "mysql://u@127.0.0.1:1/db"
if grep -q s3cret "$tmp/err"; then echo "FAIL: the password appears in an error"; fails=$((fails + 1)); else passes=$((passes + 1)); fi

expect 2 1 "unreadable task file" -- "$barge" migrate --task "$tmp/broken.json"
expect 2 1 "missing task file" -- "$barge" status --task "$tmp/none.json"
expect 0 0 "migrate --help" -- "$barge" migrate --help

# Report options: --format, --fail-on, --verify / apply --target (the target's password only
# from BARGE_TARGET_PASSWORD).
expect 2 1 "bad --format" -- "$barge" assess --from mysql "$tmp/good.sql" -o "$tmp/o" --format pdf
expect 2 1 "bad --fail-on" -- "$barge" assess --from mysql "$tmp/good.sql" -o "$tmp/o" --fail-on bad
expect 0 0 "--fail-on with nothing at or above" -- "$barge" assess --from mysql "$tmp/good.sql" -o "$tmp/o" --fail-on info --format json
expect 2 1 "password in --verify URL" -- "$barge" assess --from mysql "$tmp/good.sql" -o "$tmp/o" --verify "postgresql://u:secret@127.0.0.1:1/db"
expect 3 1 "unreachable --verify target" -- env BARGE_TARGET_PASSWORD=s3cret "$barge" assess --from mysql "$tmp/good.sql" -o "$tmp/o" --verify "postgresql://u@127.0.0.1:1/db"
if grep -q s3cret "$tmp/err"; then echo "FAIL: the target password appears in an error"; fails=$((fails + 1)); else passes=$((passes + 1)); fi
expect 3 1 "unreachable apply target" -- "$barge" apply --from mysql "$tmp/good.sql" --target "postgresql://u@127.0.0.1:1/db"
expect 2 1 "apply without --target" -- "$barge" apply --from mysql "$tmp/good.sql"

# The closing line and the error position.
"$barge" parse --from oracle "$tmp/bad.sql" >/dev/null 2>"$tmp/err"
if tail -1 "$tmp/err" | grep -Eq '^statements=3 parsed=2 failed=1 bytes=[0-9]+ seconds=[0-9.]+$'; then passes=$((passes + 1)); else echo "FAIL: closing line: $(tail -1 "$tmp/err")"; fails=$((fails + 1)); fi
if grep -q "bad.sql:2:23: syntax error" "$tmp/err"; then passes=$((passes + 1)); else echo "FAIL: error position"; fails=$((fails + 1)); fi

echo "cli contract: $passes passed, $fails failed"
[ "$fails" -eq 0 ]
