#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for the storage tests, listening on 127.0.0.1 only, trust auth.
#
#   source .ci/postgres.sh; pg_start; ...tests...; pg_stop
#   .ci/postgres.sh start    # prints the export line; .ci/postgres.sh stop DIR stops it
#
# pg_start exports DYAD_TEST_PG (an Npgsql connection string to database dyad_test), PG_DIR and PG_PORT.
# pg_stop stops the server by the PID in postmaster.pid and removes PG_DIR.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

_pg_as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

_pg_free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  return 1
}

pg_start() {
  if [ ! -x "$PG_BIN/initdb" ]; then
    echo "pg_start: installing postgresql" >&2
    if [ "$(id -u)" = 0 ]; then
      (apt-get install -y postgresql || { apt-get update && apt-get install -y postgresql; }) >&2 || return 1
    else
      echo "pg_start: $PG_BIN missing and not root: install postgresql 15" >&2; return 1
    fi
  fi
  PG_DIR=$(mktemp -d /tmp/dyad-pg.XXXXXX) || return 1
  chmod 700 "$PG_DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PG_DIR"; fi
  if ! _pg_as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-sync >"$PG_DIR/initdb.log" 2>&1; then
    echo "pg_start: initdb failed:" >&2; cat "$PG_DIR/initdb.log" >&2; rm -rf "$PG_DIR"; return 1
  fi
  local started=
  for _ in 1 2 3; do
    PG_PORT=$(_pg_free_port) || break
    if _pg_as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2; then
      started=1; break
    fi
  done
  if [ -z "$started" ]; then
    echo "pg_start: server did not start:" >&2; cat "$PG_DIR/server.log" >&2; rm -rf "$PG_DIR"; return 1
  fi
  _pg_as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qc "CREATE DATABASE dyad_test" >&2 || { pg_stop; return 1; }
  export PG_DIR PG_PORT
  export DYAD_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=dyad_test"
  echo "export DYAD_TEST_PG='$DYAD_TEST_PG' PG_DIR='$PG_DIR'"
}

pg_stop() {
  local dir=${1:-$PG_DIR} pid
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  if [ -f "$dir/data/postmaster.pid" ]; then
    pid=$(head -n 1 "$dir/data/postmaster.pid")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill -INT "$pid"   # fast shutdown
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$pid" 2>/dev/null && kill -QUIT "$pid"
    fi
  fi
  rm -rf "$dir"
  if [ "$dir" = "${PG_DIR:-}" ]; then unset PG_DIR PG_PORT DYAD_TEST_PG; fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-}" in
    start) pg_start ;;
    stop) pg_stop "${2:-}" ;;
    *) echo "usage: $0 start | stop DIR   (or: source $0; pg_start; pg_stop)" >&2; exit 2 ;;
  esac
fi
