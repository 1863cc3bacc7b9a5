#!/usr/bin/env bash
# Memory of the dataset SPARQL queries, held each way Jena offers, at each scale (x1 x10 x100 unless
# given), with the time of the named queries and of 300 fuzzer queries on each (MemoryBench), each
# way in a JVM of its own; and, for comparison, RDF4J's memory store holding the same quads.
#   bench/memory.sh [SCALE ...]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
scales=("$@")
[ $# -gt 0 ] || scales=(1 10 100)
for scale in "${scales[@]}"; do
  for way in 0 1 2 3 4 rdf4j; do
    java -Xmx8g -XX:-DontCompileHugeMethods -XX:+UseParallelGC -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
      org.w3id.scokg.bench.MemoryBench "$scale" "$way" 2>/dev/null | grep -E '^(\||#|$)'
  done
done
