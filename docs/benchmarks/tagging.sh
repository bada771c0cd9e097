#!/usr/bin/env bash
# What PDF/UA tagging costs: whole-process time and file size of `export` (an advice) and `review --pdf` (a
# 40-page bilingual review) with this build against a baseline jar built from an untagged commit, run
# alternately in the same session. Usage:  docs/benchmarks/tagging.sh BASELINE_JAR [RUNS]
#   e.g. git archive <commit> | tar -x -C /tmp/base && (cd /tmp/base && mvn -q -o package -DskipTests)
#        docs/benchmarks/tagging.sh /tmp/base/target/profielwijzer.jar 9
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${1:?usage: tagging.sh BASELINE_JAR [RUNS]}
runs=${2:-9}
new=target/profielwijzer.jar
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $runs runs each, alternating"
echo "| command | baseline median ms | tagged median ms | ratio | baseline size | tagged size |"
echo "|---|---:|---:|---:|---:|---:|"
for cmd in "export photo --answer recognisable=no --lang en --pdf" "review photo --lang both --pdf"; do
  : > "$out/b"; : > "$out/n"
  java -jar "$base" $cmd "$out/base.pdf" >/dev/null 2>&1; java -jar "$new" $cmd "$out/new.pdf" >/dev/null 2>&1
  for i in $(seq 1 "$runs"); do                # warm-up above; then alternate which runs first
    if (( i % 2 )); then
      ms java -jar "$base" $cmd "$out/base.pdf" >> "$out/b"; ms java -jar "$new" $cmd "$out/new.pdf" >> "$out/n"
    else
      ms java -jar "$new" $cmd "$out/new.pdf" >> "$out/n"; ms java -jar "$base" $cmd "$out/base.pdf" >> "$out/b"
    fi
  done
  b=$(median < "$out/b"); n=$(median < "$out/n")
  printf '| `%s` | %s | %s | %.2f | %s B | %s B |\n' "${cmd% --pdf}" "$b" "$n" "$(echo "$n / $b" | bc -l)" \
    "$(stat -c %s "$out/base.pdf")" "$(stat -c %s "$out/new.pdf")"
done
