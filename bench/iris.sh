#!/usr/bin/env bash
# jena-iri against jena-iri3986, the IRI provider sco-kg sets for Jena (Rfc3986Iris), in one
# process, alternating: parsing the shapes' ASK and building the graph at SCALE times the data
# (1 unless given), ROUNDS rounds of each (6 unless given). Prints medians and their ratio.
#   bench/iris.sh [SCALE] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
# Full JIT: .mvn/jvm.config keeps Maven's own JVM to its first tier, which suits a build, not a
# benchmark run in that JVM (a later flag wins).
export MAVEN_OPTS="${MAVEN_OPTS:-} -XX:TieredStopAtLevel=4 -XX:+UseParallelGC"
exec mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.w3id.scokg.bench.IriProviderBench -Dexec.args="${1:-1} ${2:-6}"
