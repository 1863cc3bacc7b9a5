#!/usr/bin/env bash
# Statistics-based join ordering (Jena's ReorderWeighted over tdbstats-style statistics) against the
# fixed, shape-based order the endpoint uses: every named query and three other joins, in one process,
# at SCALE times the data (1 unless given). Prints medians and ratios.
#   bench/reorder.sh [SCALE]
set -euo pipefail
cd "$(dirname "$0")/.."
# Full JIT: .mvn/jvm.config keeps Maven's own JVM to its first tier, which suits a build, not a
# benchmark run in that JVM (a later flag wins).
export MAVEN_OPTS="${MAVEN_OPTS:-} -XX:TieredStopAtLevel=4"
exec mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.w3id.scokg.bench.ReorderBench -Dexec.args="${1:-1}"
