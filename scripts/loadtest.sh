#!/usr/bin/env bash
# Load test of `papergraph serve` on loopback only, bounded in requests and time.
#
#   scripts/loadtest.sh                 # 100k synthetic papers, 16 clients, 30 s warm-up + 60 s (at most 200k requests each)
#   PAPERS=20000 DURATION=20 scripts/loadtest.sh
#
# 1. builds the jar and test classes (offline), 2. generates a synthetic corpus (invented papers mapped by the
# real RdfMapper into a TDB2 store with its text index) unless STORE already holds it, 3. starts the server in
# its own JVM, 4. runs the load generator (a mix of named queries: paper-by-arxiv-id 70%, papers-using-dataset
# 15%, entity-search 15%), 5. prints queries/s, p50/p99 latency and errors per kind, the CPU time per request of
# the server and of the generator (steadier than queries/s when other jobs share the machine), and the server's memory.
# MIX=100,0,0 sets the percentages (lookup, dataset, search), e.g. lookups only.
# WARMUP=SECONDS of uncounted load first (default 30). SERVER_OPTS adds JVM options to the server (e.g. JFR).
# QUERIES=DIR sends DIR/NAME.rq instead of a bundled named query (to measure a candidate rewrite).
# Exit code: 0 when no request failed.
set -euo pipefail
cd "$(dirname "$0")/.."

PAPERS=${PAPERS:-100000}
STORE=${STORE:-target/loadtest-store}
PORT=${PORT:-3031}
CLIENTS=${CLIENTS:-16}
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-30}
MAX_REQUESTS=${MAX_REQUESTS:-200000}
HEAP=${HEAP:-2g}
BUILD=${BUILD_DIR:-target}
LOG=${LOG:-$BUILD/loadtest-server.log}

if [[ ! -f "$BUILD/papergraph.jar" || -n "${REBUILD:-}" ]]; then
  echo "== building $BUILD/papergraph.jar"
  mvn -B -o -q package -DskipTests -DbuildDir="$BUILD"
fi
CP="$BUILD/papergraph.jar:$BUILD/test-classes"

echo "== corpus: $PAPERS papers in $STORE"
start=$(date +%s)
java -Xmx3g -cp "$CP" org.papergraph.server.bench.SyntheticCorpus "$STORE" "$PAPERS"
echo "corpus ready after $(( $(date +%s) - start )) s (0 s when it was already there)"

echo "== server: 127.0.0.1:$PORT, heap $HEAP, log $LOG"
# -XX:-DontCompileHugeMethods: ARQ's generated SPARQL tokenizer is one method too big for the JIT's default limit,
# so without it every query is tokenized by the interpreter (parsing then costs about 3x the CPU).
java -Xmx"$HEAP" -XX:-DontCompileHugeMethods ${SERVER_OPTS:-} -jar "$BUILD/papergraph.jar" serve --store "$STORE" --host 127.0.0.1 --port "$PORT" >"$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$PORT/\$/ping" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { echo "server exited:"; cat "$LOG"; exit 1; }
  sleep 0.5
done

echo "== load: $CLIENTS clients, at most $DURATION s and $MAX_REQUESTS requests (after a $WARMUP s warm-up)"
status=0
# The generator shares the cores with the server: a small serial-GC heap keeps its own CPU use down.
java -XX:+UseSerialGC -Xmx512m -Dpapergraph.loadtest.serverPid="$SERVER" -Dpapergraph.loadtest.warmup="$WARMUP" \
  ${QUERIES:+-Dpapergraph.loadtest.queries="$QUERIES"} ${MIX:+-Dpapergraph.loadtest.mix="$MIX"} \
  -cp "$CP" org.papergraph.server.bench.LoadGenerator "http://127.0.0.1:$PORT/" "$PAPERS" "$CLIENTS" "$DURATION" "$MAX_REQUESTS" || status=$?

echo "== server memory"
grep -E 'VmRSS|VmHWM' "/proc/$SERVER/status"
curl -fs "http://127.0.0.1:$PORT/\$/metrics" | awk '
  /^jvm_memory_used_bytes\{.*area="heap"/ { heap += $NF }
  /^jvm_memory_max_bytes\{.*area="heap"/ && $NF > 0 { max += $NF }
  END { if (heap > 0) printf "JVM heap used: %.0f MiB (max %.0f MiB)\n", heap / 1048576, max / 1048576; else print "JVM heap: not exported" }'
exit $status
