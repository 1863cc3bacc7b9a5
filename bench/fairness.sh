#!/usr/bin/env bash
# Fairness run: starts the server (serve --timeout 10, fair scheduling at its defaults) on a free
# loopback port; one well-behaved client loads entity pages and a small named query with wrk, alone,
# then beside 16 abusive clients from one address, then beside 16 abusive clients from 16 loopback
# addresses (cartesian products, path closures, a huge GROUP_CONCAT, slow bodies, afn:wait); prints
# the client's p50, p99 and errors in each run and how the abusers were answered; stops the server.
#   bench/fairness.sh [SECONDS=30]
# Needs Debian's wrk (installed here when missing, as root).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
mvn -B -q package -DskipTests
mvn -B -q test-compile
log=$(mktemp)
java -XX:-DontCompileHugeMethods -XX:+UseParallelGC -jar target/sco-kg.jar serve --port 0 --timeout 10 --data target/fairness-dist 2> "$log" &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 1200); do
  base=$(sed -n 's/.*SPARQL endpoint: http:\/\/localhost:\([0-9]*\)\/sparql.*/http:\/\/127.0.0.1:\1/p' "$log")
  [ -n "$base" ] && break
  sleep 0.5
done
[ -n "${base:-}" ] || { echo "the server did not start:" >&2; cat "$log" >&2; exit 1; }
echo "load average before the run: $(cut -d" " -f1-3 /proc/loadavg) on $(nproc) cores"
java -cp target/test-classes:target/sco-kg.jar org.w3id.scokg.bench.FairnessBench "$base" "$seconds"
echo "server's heap and threads at the end: $(jcmd $server GC.heap_info 2>/dev/null | sed -n 2p | tr -s ' ')"
