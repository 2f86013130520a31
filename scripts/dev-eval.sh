#!/usr/bin/env bash
# Dev harness for the extractor: compiles (offline, into $BUILD), runs org.papergraph.extract.DevEval over
# ../shared/eval/papers, writes the extraction-facts CSV and prints score.py's table plus the misses.
#   usage: scripts/dev-eval.sh [--misses N] [--dump PAPER-ID-PREFIX] [--out FILE]
#   BUILD=/tmp/build-me scripts/dev-eval.sh     # pick your own build dir when sharing a worktree
#   SKIP_COMPILE=1 scripts/dev-eval.sh          # rerun without compiling
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-/tmp/build-$(whoami)-dev}
if [[ -z "${SKIP_COMPILE:-}" ]]; then
  mvn -B -o -q -DbuildDir="$BUILD" test-compile
fi
CP_FILE="$BUILD/dev-eval.classpath"
if [[ ! -s "$CP_FILE" || pom.xml -nt "$CP_FILE" ]]; then
  mvn -B -o -q -DbuildDir="$BUILD" dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
fi
exec java -cp "$BUILD/test-classes:$BUILD/classes:$(cat "$CP_FILE")" org.papergraph.extract.DevEval "$@"
