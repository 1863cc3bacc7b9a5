#!/usr/bin/env bash
# What a parse of a small query costs in Jena, and how much of it is making the parser
# (ParserCostBench), in one process, ROUNDS rounds of each step (6 unless given). Prints medians.
#   bench/parser.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
# Full JIT: .mvn/jvm.config keeps Maven's own JVM to its first tier, which suits a build, not a
# benchmark run in that JVM (a later flag wins).
export MAVEN_OPTS="${MAVEN_OPTS:-} -XX:TieredStopAtLevel=4 -XX:+UseParallelGC -XX:-DontCompileHugeMethods"
exec mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.w3id.scokg.bench.ParserCostBench -Dexec.args="${1:-6}"
