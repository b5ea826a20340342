#!/usr/bin/env bash
# Builds the project and runs the system on its embedded defaults with demo data:
# the sync server and office console (SQLite and photos under ./data) on http://127.0.0.1:8080, and, where
# there is a display, the mobile app at phone size next to it. Extra arguments go to the server.
set -euo pipefail
cd "$(dirname "$0")"
mvn -q -B install -DskipTests
if [ -z "${DISPLAY:-}" ]; then
  exec java -jar sync-server/target/handover-server.jar --demo --host 127.0.0.1 "$@"
fi
java -jar sync-server/target/handover-server.jar --demo --host 127.0.0.1 "$@" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT INT TERM
mvn -q -B -pl mobile javafx:run
