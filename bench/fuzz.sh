#!/usr/bin/env bash
# The differential fuzzer: QUERIES generated SPARQL queries (200000 unless given) from SEED (1 unless
# given), each answered by plain ARQ on a plain in-memory dataset (the oracle) and by SUBJECT:
#   sco-kg       sco-kg's engine in memory, as /sparql runs it (the default), over the fuzzer's
#                adversarial and synthetic data and the real graph;
#   sco-kg-tdb2  the same on a TDB2 store, as serve --tdb2 runs it;
#   tdb2 | tdb2-raw | rdf4j | memory   plain ARQ on TDB2, RDF4J's memory store, or a general
#                in-memory dataset, over the fuzzer's own data (to study those engines). FIRST skips evaluating the
# queries before it (to regenerate one divergence). Divergences, minimised, go to stdout; progress
# every 10000 queries to stderr. Exits 1 if there was any divergence.
#   bench/fuzz.sh [QUERIES] [SEED] [SUBJECT] [FIRST]
set -euo pipefail
cd "$(dirname "$0")/.."
queries=${1:-200000}
seed=${2:-1}
subject=${3:-sco-kg}
first=${4:-0}
# Keep the messages of exceptions the JIT would otherwise throw without one (a known divergence is
# recognised by its message).
# Full JIT: .mvn/jvm.config keeps Maven's own JVM to its first tier, which suits a build, not a
# long run in that JVM (a later flag wins).
export MAVEN_OPTS="${MAVEN_OPTS:-} -XX:-OmitStackTraceInFastThrow -XX:TieredStopAtLevel=4"
exec mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.w3id.scokg.query.fuzz.DifferentialFuzzer \
  -Dexec.args="$queries $seed $subject $first"
