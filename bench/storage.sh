#!/usr/bin/env bash
# The query shapes of bench/shapes/ over sco-kg's engine with the union (the default graph every
# query reads) held in GraphMem2Roaring, as the endpoint holds it, and in Jena's default
# GraphMem2Fast, in one process, alternating, at SCALE times the data (1 unless given). Prints
# medians and ratios (Roaring over Fast) and flags answers of other sizes.
#   bench/storage.sh [SCALE]
set -euo pipefail
cd "$(dirname "$0")/.."
# Full JIT: .mvn/jvm.config keeps Maven's own JVM to its first tier, which suits a build, not a
# benchmark run in that JVM (a later flag wins).
export MAVEN_OPTS="${MAVEN_OPTS:-} -XX:TieredStopAtLevel=4"
exec mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.w3id.scokg.bench.StorageBench -Dexec.args="${1:-1}"
