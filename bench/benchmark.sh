#!/usr/bin/env bash
# The benchmark: every named query over HTTP at each scale of the graph (x1 x10 x100 unless given),
# against plain Fuseki serving the same graph and nginx serving the same answer as a static file;
# entity-page throughput; cold start; memory against TDB2; build throughput and peak heap.
#   bench/benchmark.sh [SCALE ...]
# Needs Debian's nginx (installed here when missing and run as root). Prints a report on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
fi
mvn -B -q package -DskipTests
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx8g -XX:-DontCompileHugeMethods -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.w3id.scokg.bench.Benchmark "$@"
