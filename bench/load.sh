#!/usr/bin/env bash
# Load run: starts the server on a free loopback port, runs CLIENTS concurrent clients for SECONDS
# against /sparql (every named query) and /doc pages, checks every answer against the same request
# made alone, prints throughput and p50/p99, and stops the server. Exits non-zero on any error.
#   bench/load.sh [CLIENTS=64] [SECONDS=60]
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-64}
seconds=${2:-60}
[ -f target/sco-kg.jar ] && [ -d target/test-classes ] || mvn -B -q package -DskipTests
log=$(mktemp)
# The clients all come from 127.0.0.1, one client to fair scheduling: let it run as many queries as it has clients.
java -XX:-DontCompileHugeMethods -XX:+UseParallelGC -jar target/sco-kg.jar serve --port 0 --data target/load-dist \
  --queries-per-client "$clients" --query-budget 100000 2> "$log" &
server=$!
# The server's own exit status (143, killed) must not become the script's.
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 120); do
  base=$(sed -n 's/.*SPARQL endpoint: \(http:\/\/localhost:[0-9]*\)\/sparql.*/\1/p' "$log")
  [ -n "$base" ] && break
  sleep 0.5
done
[ -n "${base:-}" ] || { echo "the server did not start:" >&2; cat "$log" >&2; exit 1; }
java -cp target/test-classes:target/sco-kg.jar org.w3id.scokg.bench.LoadClient "$base" "$clients" "$seconds"
