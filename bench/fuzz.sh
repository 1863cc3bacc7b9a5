#!/usr/bin/env bash
# The differential fuzzer: QUERIES generated SPARQL queries (200000 unless given) from SEED (1 unless
# given), each answered by plain ARQ in memory and by SUBJECT (tdb2 unless given: tdb2 | tdb2-raw |
# rdf4j | memory), over the fuzzer's adversarial and synthetic data. FIRST skips evaluating the
# queries before it (to regenerate one divergence). Divergences, minimised, go to stdout; progress
# every 10000 queries to stderr. Exits 1 if there was any divergence.
#   bench/fuzz.sh [QUERIES] [SEED] [SUBJECT] [FIRST]
set -euo pipefail
cd "$(dirname "$0")/.."
queries=${1:-200000}
seed=${2:-1}
subject=${3:-tdb2}
first=${4:-0}
exec mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.w3id.scokg.query.fuzz.DifferentialFuzzer \
  -Dexec.args="$queries $seed $subject $first"
