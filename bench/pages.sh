#!/usr/bin/env bash
# Entity pages against nginx serving the same bytes, each server a process of its own: the jar
# started with the README's command line, nginx with one worker (PageBenchmark). Prints a table.
#   bench/pages.sh [PATH ...]     (default: /doc/state/CN.ttl /doc/state/CN.html /doc/state/IN.jsonld)
# Needs Debian's wrk and nginx (installed here when missing and run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
bash bench/ensure-peers.sh wrk nginx
mvn -B -q package -DskipTests
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# The measured server runs from a copy, so a build while it runs cannot change the jar under it.
cp target/sco-kg.jar target/bench-pages.jar
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.w3id.scokg.bench.PageBenchmark target/bench-pages.jar "$@"
