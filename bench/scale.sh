#!/usr/bin/env bash
# The command line at N times the data: writes the project's tables N times over as valid data
# (ScaledTables) to target/scaled-xN, then times, each as its own process, `validate`, `build` and
# `serve` from cold to its first SPARQL answer, twice (the second start finds its dumps written),
# then `serve --tdb2` twice (the first builds the store, the second opens it without a rebuild).
# Each command logs how long each of its steps took, wall and CPU (stderr, kept in
# target/scaled-xN-logs/).
#   bench/scale.sh [FACTOR=100]
# JAVA_OPTS (default: -XX:+UseParallelGC -XX:-DontCompileHugeMethods -XX:MetaspaceSize=256m, as the README runs it) is given to every process.
# Prints wall times in seconds on stdout; exits non-zero when a command fails.
set -euo pipefail
cd "$(dirname "$0")/.."
factor=${1:-100}
opts=${JAVA_OPTS:--XX:+UseParallelGC -XX:-DontCompileHugeMethods -XX:MetaspaceSize=256m}
[ -f target/sco-kg.jar ] && [ -d target/test-classes ] || mvn -B -q package -DskipTests
project=target/scaled-x$factor
java -cp target/test-classes:target/sco-kg.jar org.w3id.scokg.bench.ScaledTables "$factor" "$project" >/dev/null
echo "x$factor: $(du -sh "$project/data" | cut -f1) of tables in $project; $(nproc) cores; java $(java -version 2>&1 | head -1 | cut -d'"' -f2); $opts"

now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }

# shellcheck disable=SC2086
timed() {
  local name=$1; shift
  local start; start=$(now)
  java $opts -jar target/sco-kg.jar "$@" --project "$project" > /tmp/scale-$$.log 2>&1 || { cat /tmp/scale-$$.log >&2; exit 1; }
  printf '%-9s %6.1f s  (%s)\n' "$name" "$(since "$start")" "$(grep -v 'WARN\|INFO' /tmp/scale-$$.log | tail -1)"
  cp /tmp/scale-$$.log "$logs/$name.log"
}
logs=$project-logs
mkdir -p "$logs"

timed validate validate
rm -rf "$project-dist"
timed build build --out "$project-dist"

# serve: from the start of the process to the first answer of /sparql.
serve() {
  local name=$1 log; log=$(mktemp); shift
  local start; start=$(now)
  # shellcheck disable=SC2086
  java $opts -jar target/sco-kg.jar serve --port 0 --data "$project-serve" --project "$project" "$@" 2> "$log" &
  local server=$!
  local base=""
  while kill -0 $server 2>/dev/null; do
    base=$(sed -n 's/.*SPARQL endpoint: \(http:\/\/localhost:[0-9]*\)\/sparql.*/\1/p' "$log")
    if [ -n "$base" ] && curl -sf -o /dev/null --data-urlencode 'query=ASK { ?s ?p ?o }' "$base/sparql"; then break; fi
    sleep 0.05
  done
  local took; took=$(since "$start")
  kill $server 2>/dev/null || true
  wait $server 2>/dev/null || true
  [ -n "$base" ] || { cat "$log" >&2; rm -f "$log"; exit 1; }
  printf '%-9s %6.1f s  to the first answer\n' "$name" "$took"
  cp "$log" "$logs/$name.log"
  rm -f "$log"
}
rm -rf "$project-serve"
serve "serve (dumps written)"
serve "serve (dumps found)"
rm -rf "$project-tdb2" "$project-tdb2-text" "$project-tdb2.inputs"
serve "serve --tdb2 (store built)" --tdb2 "$project-tdb2"
serve "serve --tdb2 (store found)" --tdb2 "$project-tdb2"
rm -f /tmp/scale-$$.log
