#!/usr/bin/env bash
# ORDER BY with and without LIMIT and OFFSET, and counts of whole graphs, sco-kg's engine against plain
# ARQ over the same quads held the same way, in one process, at SCALE times the data (1 unless given):
# what sco-kg's rewrites of sorting and counting change.
# Prints medians and ratios.
#   bench/rewrites.sh [SCALE [QUERY...]]   (QUERYs given, without single quotes in them: those are timed instead)
set -euo pipefail
cd "$(dirname "$0")/.."
# Full JIT: .mvn/jvm.config keeps Maven's own JVM to its first tier, which suits a build, not a
# benchmark run in that JVM (a later flag wins).
export MAVEN_OPTS="${MAVEN_OPTS:-} -XX:TieredStopAtLevel=4"
exec mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.w3id.scokg.bench.RewriteBench -Dexec.args="$(printf "'%s' " "${1:-1}" "${@:2}")"
