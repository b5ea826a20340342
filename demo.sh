#!/usr/bin/env bash
# Builds the project and starts the sync server on its embedded defaults (SQLite under ./data) with demo data.
set -euo pipefail
cd "$(dirname "$0")"
mvn -q -B install -DskipTests
exec java -jar sync-server/target/handover-server.jar --demo "$@"
