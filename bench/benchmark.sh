#!/usr/bin/env bash
# The benchmark: every named query over HTTP at each scale of the graph (x1 x10 x100 unless given),
# each engine a process of its own (sco-kg as the jar's serve),
# against plain Fuseki serving the same graph, an RDF4J memory store and Virtuoso 7.2, and nginx
# serving the same answer as a static file; entity-page throughput; cold start; memory against
# TDB2; build throughput and peak heap.
#   bench/benchmark.sh [SCALE ...]
# Sends its requests with wrk. Needs Debian's wrk, nginx and Virtuoso (installed here when missing and run as root). Prints a report on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
bash bench/ensure-peers.sh wrk virtuoso-t nginx
mvn -B -q package -DskipTests
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx8g -XX:-DontCompileHugeMethods -XX:+UseParallelGC -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.w3id.scokg.bench.Benchmark "$@"
