#!/usr/bin/env bash
# ORDER BY with and without LIMIT and OFFSET, sco-kg's engine against plain ARQ over the same quads held
# the same way, in one process, at SCALE times the data (1 unless given): what sco-kg's sorting changes.
# Prints medians and ratios.
#   bench/sorts.sh [SCALE]
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.w3id.scokg.bench.SortBench -Dexec.args="${1:-1}"
