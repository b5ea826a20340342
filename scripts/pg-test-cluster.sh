#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the store and two-node tests.
# Source it, then call pg_test_cluster_start / pg_test_cluster_stop. Exports HANDOVER_TEST_PG_URL/USER/PASSWORD.

PG_TEST_PORT="${PG_TEST_PORT:-55432}"

pg_test_cluster_start() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ]; then
    echo "pg-test-cluster: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    return 1
  fi
  PG_TEST_DIR=$(mktemp -d /tmp/handover-pg.XXXXXX)
  export PG_TEST_DIR PG_TEST_BIN="$bin"
  chown postgres "$PG_TEST_DIR"
  runuser -u postgres -- "$bin/initdb" -D "$PG_TEST_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_TEST_PORT -k $PG_TEST_DIR -c max_connections=200 -c fsync=off" start >/dev/null
  runuser -u postgres -- psql -h 127.0.0.1 -p "$PG_TEST_PORT" -U postgres -qc "CREATE DATABASE handover_test" >/dev/null
  export HANDOVER_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PG_TEST_PORT/handover_test"
  export HANDOVER_TEST_PG_USER=postgres
  export HANDOVER_TEST_PG_PASSWORD=postgres
  echo "pg-test-cluster: PostgreSQL running at $HANDOVER_TEST_PG_URL"
}

pg_test_cluster_stop() {
  if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ]; then
    runuser -u postgres -- "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null || true
    rm -rf "$PG_TEST_DIR"
  fi
}
