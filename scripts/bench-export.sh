#!/usr/bin/env bash
# Export benchmark: builds a synthetic store of PAPERS papers (default 200000) with the real RDF mapper, then
# exports it as N-Quads.gz, Turtle.gz and the full dump set under a fixed small heap (HEAP, default 512m),
# reporting triples/s and peak heap. Usage: scripts/bench-export.sh [PAPERS] [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
PAPERS="${1:-200000}"
WORK="${2:-/tmp/papergraph-bench}"
HEAP="${HEAP:-512m}"
BUILD="${BUILD_DIR:-target}"

mvn -B -o -q package -DskipTests -DbuildDir="$BUILD"
mvn -B -o -q test-compile -DbuildDir="$BUILD"
CP="$BUILD/papergraph.jar:$BUILD/test-classes"

rm -rf "$WORK" && mkdir -p "$WORK"
echo "== building synthetic store ($PAPERS papers)"
java -Xmx2g -cp "$CP" org.papergraph.export.SyntheticStore "$WORK/store" "$PAPERS"
du -sh "$WORK/store"

for out in graph.nq.gz graph.ttl.gz; do
  echo "== export $out with -Xmx$HEAP"
  java -Xmx"$HEAP" -cp "$CP" org.papergraph.export.ExportBenchMain --store "$WORK/store" --out "$WORK/$out" -q
  ls -l "$WORK/$out"
done
echo "== dump set with -Xmx$HEAP"
/usr/bin/env time -f "dump wall %e s, max RSS %M KB" \
  java -Xmx"$HEAP" -cp "$CP" org.papergraph.export.ExportBenchMain --store "$WORK/store" --dump "$WORK/dump" -q
du -sh "$WORK/dump"
