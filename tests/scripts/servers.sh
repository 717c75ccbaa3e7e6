#!/usr/bin/env bash
# Throwaway PostgreSQL 15 (with plpgsql_check) and MariaDB for tests and for developers by hand.
#   tests/scripts/servers.sh start   # start both, write $BARGE_TEST_DIR/env.sh
#   tests/scripts/servers.sh start pg  # PostgreSQL only (the demo's --verify target)
#   source "$BARGE_TEST_DIR/env.sh"  # BARGE_TEST_PG_* and BARGE_TEST_MYSQL_* variables
#   tests/scripts/servers.sh stop    # stop both and delete their data
# Loopback only, non-default ports (override with BARGE_TEST_PG_PORT / BARGE_TEST_MYSQL_PORT),
# data in a temporary directory (BARGE_TEST_DIR, default /tmp/barge-test-servers).
set -euo pipefail

DIR=${BARGE_TEST_DIR:-/tmp/barge-test-servers}
PG_PORT=${BARGE_TEST_PG_PORT:-54329}
MY_PORT=${BARGE_TEST_MYSQL_PORT:-33069}
PG_BIN=${BARGE_PG_BIN:-/usr/lib/postgresql/15/bin}
PG_OS_USER=barge-pg  # PostgreSQL refuses to run as root

log() { echo "servers: $*" >&2; }
die() { echo "servers: error: $*" >&2; exit 1; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_pg() {
  [ -x "$PG_BIN/initdb" ] || die "PostgreSQL 15 binaries not found in $PG_BIN (run tests/scripts/install_deps.sh)"
  port_busy "$PG_PORT" && die "port $PG_PORT is already in use (set BARGE_TEST_PG_PORT)"
  id "$PG_OS_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_OS_USER"
  mkdir -p "$DIR/pg"
  chown "$PG_OS_USER" "$DIR/pg"
  chmod 700 "$DIR/pg"
  runuser -u "$PG_OS_USER" -- "$PG_BIN/initdb" -D "$DIR/pg/data" -U barge --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$DIR/pg-initdb.log" 2>&1 || { cat "$DIR/pg-initdb.log" >&2; die "initdb failed"; }
  # Test settings: loopback only; logical WAL for the CDC work; durability traded for speed
  # (the server is never the thing we crash in tests).
  runuser -u "$PG_OS_USER" -- "$PG_BIN/pg_ctl" -D "$DIR/pg/data" -l "$DIR/pg/server.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $DIR/pg -c wal_level=logical \
        -c max_wal_senders=10 -c max_replication_slots=10 -c fsync=off -c synchronous_commit=off \
        -c full_page_writes=off -c max_connections=100" start >/dev/null ||
    { tail -20 "$DIR/pg/server.log" >&2; die "PostgreSQL did not start"; }
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U barge -d postgres -qAt \
    -c "CREATE EXTENSION IF NOT EXISTS plpgsql_check" >/dev/null ||
    die "plpgsql_check is not installed (postgresql-15-plpgsql-check)"
  log "PostgreSQL on 127.0.0.1:$PG_PORT (user barge, trust)"
}

# Throwaway TLS material for MariaDB (valid 2 days): a CA, a server certificate for 127.0.0.1
# signed by it, and an unrelated CA that must not verify the server.
make_tls() {
  local d="$DIR/tls"
  mkdir -p "$d"
  (
    cd "$d"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=barge test CA" \
      -keyout ca-key.pem -out ca.pem
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server-key.pem -out server.csr
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >server.ext
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 2 \
      -extfile server.ext -out server-cert.pem
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=unrelated CA" \
      -keyout other-ca-key.pem -out other-ca.pem
  ) >"$DIR/tls.log" 2>&1 || { cat "$DIR/tls.log" >&2; die "openssl could not create the test certificates"; }
}

start_mysql() {
  command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || die "mariadbd not found (run tests/scripts/install_deps.sh)"
  port_busy "$MY_PORT" && die "port $MY_PORT is already in use (set BARGE_TEST_MYSQL_PORT)"
  mkdir -p "$DIR/mysql"
  make_tls
  mariadb-install-db --no-defaults --datadir="$DIR/mysql/data" --user=root \
    --auth-root-authentication-method=normal --skip-test-db >"$DIR/mysql-install.log" 2>&1 ||
    { cat "$DIR/mysql-install.log" >&2; die "mariadb-install-db failed"; }
  /usr/sbin/mariadbd --no-defaults --user=root --datadir="$DIR/mysql/data" \
    --port="$MY_PORT" --bind-address=127.0.0.1 --socket="$DIR/mysql/mysql.sock" \
    --pid-file="$DIR/mysql/mysql.pid" --log-error="$DIR/mysql/server.log" \
    --log-bin="$DIR/mysql/data/binlog" --binlog-format=ROW --binlog-row-image=FULL \
    --server-id=1 --skip-name-resolve --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_general_ci --innodb-flush-log-at-trx-commit=2 \
    --innodb-buffer-pool-size=256M --max-allowed-packet=256M \
    --ssl-ca="$DIR/tls/ca.pem" --ssl-cert="$DIR/tls/server-cert.pem" \
    --ssl-key="$DIR/tls/server-key.pem" >/dev/null 2>&1 &
  for _ in $(seq 1 120); do
    mariadb-admin --no-defaults --socket="$DIR/mysql/mysql.sock" -uroot ping >/dev/null 2>&1 && break
    sleep 0.5
  done
  mariadb-admin --no-defaults --socket="$DIR/mysql/mysql.sock" -uroot ping >/dev/null 2>&1 ||
    { tail -20 "$DIR/mysql/server.log" >&2; die "MariaDB did not start"; }
  mariadb --no-defaults --socket="$DIR/mysql/mysql.sock" -uroot <<'SQL'
CREATE USER 'barge'@'%' IDENTIFIED BY 'barge';
GRANT ALL PRIVILEGES ON *.* TO 'barge'@'%' WITH GRANT OPTION;
FLUSH PRIVILEGES;
SQL
  log "MariaDB on 127.0.0.1:$MY_PORT (user barge, TLS with CA $DIR/tls/ca.pem)"
}

write_env() {
  cat >"$DIR/env.sh" <<ENV
export BARGE_TEST_DIR=$DIR
export BARGE_TEST_PG_HOST=127.0.0.1
export BARGE_TEST_PG_PORT=$PG_PORT
export BARGE_TEST_PG_USER=barge
export BARGE_TEST_PG_DB=postgres
export BARGE_TEST_PG_BIN=$PG_BIN
export BARGE_TEST_MYSQL_HOST=127.0.0.1
export BARGE_TEST_MYSQL_PORT=$MY_PORT
export BARGE_TEST_MYSQL_USER=barge
export BARGE_TEST_MYSQL_PASSWORD=barge
export BARGE_TEST_MYSQL_SOCKET=$DIR/mysql/mysql.sock
export BARGE_TEST_MYSQL_SSL_CA=$DIR/tls/ca.pem
export BARGE_TEST_MYSQL_SSL_OTHER_CA=$DIR/tls/other-ca.pem
ENV
}

stop_all() {
  if [ -f "$DIR/pg/data/postmaster.pid" ]; then
    runuser -u "$PG_OS_USER" -- "$PG_BIN/pg_ctl" -D "$DIR/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ -f "$DIR/mysql/mysql.pid" ]; then
    pid=$(cat "$DIR/mysql/mysql.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start)
    [ -e "$DIR" ] && { log "removing leftovers in $DIR"; stop_all; }
    mkdir -p "$DIR"
    chmod 755 "$DIR"
    start_pg
    [ "${2:-}" = pg ] || start_mysql
    write_env
    log "environment: source $DIR/env.sh"
    ;;
  stop) stop_all ;;
  *) echo "usage: $0 start [pg]|stop" >&2; exit 2 ;;
esac
