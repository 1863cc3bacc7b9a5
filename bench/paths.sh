#!/usr/bin/env bash
# Queries that join a property path to patterns, sco-kg's engine against plain ARQ over the same
# quads, in one process, at SCALE times the data (1 unless given): what moving a pattern that binds
# a path's end before the path (BoundPathsFirst) changes. Prints medians and ratios.
#   bench/paths.sh [SCALE]
set -euo pipefail
cd "$(dirname "$0")/.."
# Full JIT: .mvn/jvm.config keeps Maven's own JVM to its first tier, which suits a build, not a
# benchmark run in that JVM (a later flag wins).
export MAVEN_OPTS="${MAVEN_OPTS:-} -XX:TieredStopAtLevel=4"
exec mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.w3id.scokg.bench.PathOrderBench -Dexec.args="${1:-1}"
