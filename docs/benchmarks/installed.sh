#!/usr/bin/env bash
# Start-up of the installed app against its baselines, alternating A B A B … in one run (docs/benchmarks.md,
# "Installed app"). Prints every pair, both medians and the ratio.
#   first frame: the image's launcher (--smoke) vs a bare JavaFX window with default flags
#                (nl.profielwijzer.benchmark.MinimalWindow from the test classes), both print first-frame-ms=N;
#   validate, run: whole process (start to exit) of the image's command-line launcher vs java -jar.
# Usage, after mvn -Pinstaller package:  docs/benchmarks/installed.sh [N] [IMAGE]
#   IMAGE defaults to target/installer/Profielwijzer; for the installed .deb give /opt/profielwijzer.
# Needs: xvfb libgtk-3-0 libxtst6 (SCREEN=:N picks the Xvfb display, default :95).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-15}
IMAGE=${2:-target/installer/Profielwijzer}
SCREEN=${SCREEN:-:95}
if ! xdpyinfo -display "$SCREEN" >/dev/null 2>&1; then
  Xvfb "$SCREEN" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB=$!
  trap 'kill $XVFB 2>/dev/null || true' EXIT
  sleep 1
fi
CP="target/test-classes:target/profielwijzer.jar:$(ls target/lib/*.jar | tr '\n' ':')"
GUI="$IMAGE/bin/Profielwijzer"
CLI="$IMAGE/bin/profielwijzer"
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
frame() { DISPLAY=$SCREEN "$@" 2>/dev/null | sed -n 's/^first-frame-ms=//p'; }
wall() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
report() {  # name, then A values, "--", B values
  local name=$1; shift; local a=() b=(); while [ "$1" != -- ]; do a+=("$1"); shift; done; shift; b=("$@")
  local A B; A=$(median "${a[@]}"); B=$(median "${b[@]}")
  awk -v n="$name" -v a="$A" -v b="$B" 'BEGIN {printf "%-12s installed %6.0f ms   baseline %6.0f ms   ratio %.2f\n", n, a, b, a / b}'
}

frame "$GUI" --smoke >/dev/null; frame java -cp "$CP" nl.profielwijzer.benchmark.MinimalWindow >/dev/null   # warm-up
app=(); base=()
for i in $(seq 1 "$RUNS"); do
  app+=("$(frame "$GUI" --smoke)"); base+=("$(frame java -cp "$CP" nl.profielwijzer.benchmark.MinimalWindow)")
  echo "first frame $i: installed=${app[-1]} ms, bare window=${base[-1]} ms"
done
RESULT=("$(report "first frame" "${app[@]}" -- "${base[@]}")")

for cmd in "validate" "run photo --answer recognisable=no"; do
  read -ra args <<<"$cmd"
  wall "$CLI" "${args[@]}" >/dev/null; wall java -jar target/profielwijzer.jar "${args[@]}" >/dev/null
  app=(); base=()
  for i in $(seq 1 "$RUNS"); do
    app+=("$(wall "$CLI" "${args[@]}")"); base+=("$(wall java -jar target/profielwijzer.jar "${args[@]}")")
  done
  RESULT+=("$(report "${args[0]}" "${app[@]}" -- "${base[@]}")")
done
printf '%s\n' "${RESULT[@]}"
