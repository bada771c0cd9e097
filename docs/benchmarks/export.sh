#!/usr/bin/env bash
# Whole-process time of `export` (JVM start to exit), with `--version` and `run` as baselines measured in the
# same session. Needs target/profielwijzer.jar (mvn -B package) and, for best figures, hyperfine
# (apt-get install hyperfine); without it a plain loop reports medians.
#   docs/benchmarks/export.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-20}"
jar=target/profielwijzer.jar
trees=src/test/resources/fixtures/valid
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
[ -f "$jar" ] || { echo "build first: mvn -B package" >&2; exit 1; }

answers="--trees $trees --answer client=yes --answer needed=unsure --lang nl --role employee"
declare -a names=(
  "version"
  "run"
  "export"
  "review-pdf"
)
declare -a commands=(
  "java -jar $jar --version"
  "java -jar $jar run demo $answers"
  "java -jar $jar export demo $answers --pdf $out/advies.pdf"
  "java -jar $jar review demo --trees $trees --pdf $out/review.pdf"
)

echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(java -version 2>&1 | head -1)"
if command -v hyperfine >/dev/null; then
  args=()
  for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$out/result.json" "${args[@]}" >&2
  python3 - "$out/result.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
print("| command | median ms | mean ± σ ms | min ms | max ms | CPU (user+sys) ms |")
print("|---|---:|---:|---:|---:|---:|")
for r in results:
    print(f"| {r['command']} | {r['median']*1000:.0f} | {r['mean']*1000:.0f} ± {r['stddev']*1000:.0f} "
          f"| {r['min']*1000:.0f} | {r['max']*1000:.0f} | {(r['user'] + r['system'])*1000:.0f} |")
PY
else
  echo "| command | median ms | min ms | max ms |"
  echo "|---|---|---|---|"
  for i in "${!names[@]}"; do
    for _ in 1 2 3; do ${commands[$i]} >/dev/null 2>&1; done
    times=()
    for _ in $(seq "$runs"); do
      start=$(date +%s%N); ${commands[$i]} >/dev/null 2>&1; end=$(date +%s%N)
      times+=($(( (end - start) / 1000000 )))
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    echo "| ${names[$i]} | ${sorted[$(( runs / 2 ))]} | ${sorted[0]} | ${sorted[$(( runs - 1 ))]} |"
  done
fi
