#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests of the shared (team) store.
#
#   scripts/pg-test-server.sh start STATE_DIR   # initdb in a new temporary folder, start postgres
#   scripts/pg-test-server.sh stop STATE_DIR    # stop it and remove the folder
#   scripts/pg-test-server.sh restart STATE_DIR # start it again on its data (after a crash)
#
# The server listens on a Unix socket in its own temporary folder only (listen_addresses=''):
# nothing listens on any network address, not even the loopback. Access is "trust" for that
# socket, whose folder (mode 0700) only the server's account and root can enter.
# STATE_DIR/server.env then holds the connection as KEY=VALUE lines:
#   MLP_PG_SOCKET_DIR, MLP_PG_PORT, MLP_PG_USER, MLP_PG_DATABASE, MLP_PG_DATA
# CMake runs "start" as a test fixture's setup and "stop" as its cleanup, so plain `ctest`
# starts and stops it, and the cleanup runs even when tests fail. "start" stops a server a
# previous run left behind in STATE_DIR first; if starting fails or is interrupted (Ctrl+C, a
# test's timeout), what it started is stopped and what it made removed. STATE_DIR/server.env
# names the temporary folder as soon as it exists (MLP_PG_DATABASE is added last, once the
# server is ready), so that even a "start" killed outright is cleaned up by the next run.
# "restart" is for the crash tests: after the server was killed (kill -9 of the postmaster), it
# starts it again on the same data, which PostgreSQL recovers from its write-ahead log.
#
# initdb and postgres refuse to run as root: as root (CI), they run as the Debian `postgres`
# account (created by the postgresql package, see scripts/install-deps.sh), which owns the folder.
set -euo pipefail

usage() {
  echo "usage: $0 start|stop|restart STATE_DIR" >&2
  exit 2
}
(($# == 2)) || usage
action=$1
state=$2
env_file=$state/server.env
port=5432
user=mlp_test
database=mlp_test

find_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x $dir/initdb && -x $dir/pg_ctl ]]; then
      echo "$dir"
      return 0
    fi
  done
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    dirname "$(command -v initdb)"
    return 0
  fi
  echo "pg-test-server: PostgreSQL's server programs (initdb, pg_ctl) are not installed;" \
       "run scripts/install-deps.sh (it installs the Debian package postgresql), then run the" \
       "tests again" >&2
  return 1
}

# Runs a command as the account that owns the server: ourselves, or `postgres` when root.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    if ! id postgres >/dev/null 2>&1; then
      echo "pg-test-server: running as root, and there is no 'postgres' account to run the" \
           "server as (PostgreSQL refuses root); run scripts/install-deps.sh, which installs" \
           "the postgresql package that creates it" >&2
      return 1
    fi
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_server() {
  [[ -f $env_file ]] || return 0
  local data="" socket_dir="" bin
  data=$(sed -n 's/^MLP_PG_DATA=//p' "$env_file")
  socket_dir=$(sed -n 's/^MLP_PG_SOCKET_DIR=//p' "$env_file")
  bin=$(find_bin) || true
  if [[ -n $data && -d $data && -n $bin ]]; then
    # fast: rolls back open transactions and disconnects clients; never waits for them.
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
      as_owner "$bin/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  # The temporary folder holds the data, the socket and the log: all of it goes.
  if [[ -n $socket_dir && $socket_dir == */mlp-pg.* && -d $socket_dir ]]; then
    rm -rf -- "$socket_dir"
  fi
  rm -f -- "$env_file"
}

# Starts postgres on the data in $1 (the temporary folder), its socket in that folder only; no
# TCP at all; fsync kept (the tests check durability).
run_postgres() {
  local root=$1 bin=$2
  as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $root -p $port -c max_connections=100" start >/dev/null
}

root=""
ready=0

# Whatever ends "start" before the server is ready — a failure, Ctrl+C, a timeout's SIGTERM —
# stops what it started and removes what it made.
cleanup_failed_start() {
  local status=$?
  trap - EXIT INT TERM
  if ((ready == 0)) && [[ -n $root ]]; then
    local bin
    bin=$(find_bin 2>/dev/null) || true
    if [[ -n $bin && -d $root/data ]]; then
      as_owner "$bin/pg_ctl" -D "$root/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    rm -rf -- "$root"
    rm -f -- "$env_file"
  fi
  exit "$status"
}

start_server() {
  mkdir -p -- "$state"
  stop_server # a server left behind by an interrupted run
  local bin
  bin=$(find_bin)
  trap cleanup_failed_start EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  if ! root=$(mktemp -d "${TMPDIR:-/tmp}/mlp-pg.XXXXXX"); then
    root=""
    echo "pg-test-server: cannot make a temporary folder in ${TMPDIR:-/tmp} (reason above);" \
         "check that it exists and is writable, or set TMPDIR to a folder that is" >&2
    exit 1
  fi
  # Named at once, so that a "start" killed outright (SIGKILL) is cleaned up by the next run.
  printf 'MLP_PG_SOCKET_DIR=%s\nMLP_PG_DATA=%s\n' "$root" "$root/data" >"$env_file"
  chmod 0700 "$root"
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || as_owner true || exit 1 # prints why and fails
    chown postgres: "$root"
  fi
  if ! as_owner "$bin/initdb" -D "$root/data" -U "$user" -A trust -E UTF8 --locale=C.UTF-8 \
      >"$root/initdb.log" 2>&1; then
    cat "$root/initdb.log" >&2
    echo "pg-test-server: initdb failed (its messages are above)" >&2
    exit 1
  fi
  if ! run_postgres "$root" "$bin"; then
    cat "$root/server.log" >&2 || true
    echo "pg-test-server: the server did not start (its log is above)" >&2
    exit 1
  fi
  if ! as_owner "$bin/psql" -X -q -h "$root" -p "$port" -U "$user" -d postgres \
      -c "CREATE DATABASE $database" >/dev/null; then
    echo "pg-test-server: creating the test database failed" >&2
    exit 1
  fi
  printf 'MLP_PG_SOCKET_DIR=%s\nMLP_PG_PORT=%s\nMLP_PG_USER=%s\nMLP_PG_DATABASE=%s\nMLP_PG_DATA=%s\n' \
    "$root" "$port" "$user" "$database" "$root/data" >"$env_file"
  ready=1
  echo "pg-test-server: listening on the socket in $root (port $port), database $database"
}

# After the server was killed: starts it again on its data. The killed postmaster's children
# end by themselves once they notice it is gone; until they have, its shared memory is still in
# use and postgres refuses to start, so starting is tried again for up to 30 s.
restart_server() {
  if [[ ! -f $env_file ]]; then
    echo "pg-test-server: no server.env in $state: there is no server to start again" >&2
    exit 1
  fi
  local dir bin tries
  dir=$(sed -n 's/^MLP_PG_SOCKET_DIR=//p' "$env_file")
  bin=$(find_bin)
  for ((tries = 0; tries < 60; tries++)); do
    if run_postgres "$dir" "$bin" 2>/dev/null; then
      echo "pg-test-server: started again on the socket in $dir"
      return 0
    fi
    sleep 0.5
  done
  tail -n 20 "$dir/server.log" >&2 || true
  echo "pg-test-server: the server did not start again (the end of its log is above)" >&2
  exit 1
}

case $action in
  start) start_server ;;
  stop) stop_server ;;
  restart) restart_server ;;
  *) usage ;;
esac
