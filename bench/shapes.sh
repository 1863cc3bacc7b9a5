#!/usr/bin/env bash
# The benchmark of query shapes the named queries do not cover (bench/shapes/*.rq, each a template
# filled with values drawn from the graph), every request unique, over HTTP at each scale of the
# graph (x1 x10 x100 unless given), against sco-kg, plain Fuseki serving the same dataset, an RDF4J
# memory store and Virtuoso 7.2; every engine's answers are first checked against the differential
# fuzzer's oracle (plain ARQ in memory). Throughput with 8 and 64 clients over the mix.
#   bench/shapes.sh [SCALE ...]
# Sends its requests with wrk. Needs Debian's wrk and Virtuoso (installed here when missing and run as root). Prints a report on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
bash bench/ensure-peers.sh wrk virtuoso-t
mvn -B -q package -DskipTests
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx8g -XX:-DontCompileHugeMethods -XX:+UseParallelGC -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.w3id.scokg.bench.ShapeBenchmark "$@"
