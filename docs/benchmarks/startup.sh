#!/usr/bin/env bash
# Start-up benchmark: JVM start to first frame of Profielwijzer (java -jar target/profielwijzer.jar --smoke)
# against a minimal JavaFX window of the same size (nl.profielwijzer.benchmark.MinimalWindow, test classes),
# run alternately N times on one Xvfb display. Prints every run, both medians and their ratio.
# Usage (after mvn package, which also compiles the test classes):  docs/benchmarks/startup.sh [N]
# Needs: apt-get install xvfb libgtk-3-0 libxtst6
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-15}
SCREEN=${SCREEN:-:96}   # the Xvfb display to use; set SCREEN=:9N to avoid a display in use
Xvfb "$SCREEN" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1
CP="target/test-classes:target/profielwijzer.jar:$(ls target/lib/*.jar | tr '\n' ':')"
measure() { DISPLAY=$SCREEN "$@" 2>/dev/null | sed -n 's/^first-frame-ms=//p'; }
# one warm-up of each (native libraries unpacked, file cache filled)
measure java -jar target/profielwijzer.jar --smoke >/dev/null
measure java -cp "$CP" nl.profielwijzer.benchmark.MinimalWindow >/dev/null
app=(); base=()
for i in $(seq 1 "$RUNS"); do
  app+=("$(measure java -jar target/profielwijzer.jar --smoke)")
  base+=("$(measure java -cp "$CP" nl.profielwijzer.benchmark.MinimalWindow)")
  echo "run $i: profielwijzer=${app[-1]} ms, minimal=${base[-1]} ms"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
A=$(median "${app[@]}"); B=$(median "${base[@]}")
echo "median profielwijzer first-frame-ms=$A"
echo "median minimal-window first-frame-ms=$B"
awk -v a="$A" -v b="$B" 'BEGIN {printf "ratio=%.2f (limit 1.30)\n", a / b}'
