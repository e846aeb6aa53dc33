#!/usr/bin/env bash
# Benchmarks unitlint against systemd-analyze verify on the same files, in the same run, and
# prints a Markdown table of the results (also written to target/bench/results.md):
#   (a) one unit file end to end, as a pre-commit hook runs it (JVM start included);
#   (b) every unit file of the Debian corpus in one call;
#   (c) a generated tree of 20,000 unit files (bench/gen-tree.sh), to show how cost grows;
#   (d) JMH: in-process parse+check throughput over the corpus text, in MB/s.
# Wall times are hyperfine means; peak memory is the maximum resident set size from
# /usr/bin/time -v. systemd-analyze is given only unit files (it does not take drop-ins).
#
#   bench/run.sh                      # everything; about 15 minutes on 2 cores
#   BENCH_SKIP_SYSTEMD=1 bench/run.sh # unitlint only (minutes); BENCH_SKIP_JMH=1 skips (d)
#   BENCH_SYSTEMD_TREE_FILES=20000    # systemd-analyze on the whole tree (default: the first
#                                     # 2,000 of its files; the whole tree takes ~10 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
out="$root/target/bench"
mkdir -p "$out"

need() { command -v "$1" >/dev/null 2>&1; }
if ! need hyperfine || [ ! -x /usr/bin/time ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null && apt-get install -y -q hyperfine time >/dev/null
fi
have_sa=1
if [ -n "${BENCH_SKIP_SYSTEMD:-}" ] || ! need systemd-analyze; then have_sa=0; fi

corpus="$(cd "${UNITLINT_CORPUS:-$root/../shared/corpus/debian-bookworm}" && pwd)"
tree="${BENCH_TREE:-/tmp/unitlint-bench-tree}"
one="$corpus/openssh-server/lib/systemd/system/ssh.service"

# Build the jar and the class-data archive before timing anything.
./unitlint --version >/dev/null

unit_files() {  # the unit files under $1, not drop-ins, sorted
  find "$1" -type f \( -name '*.service' -o -name '*.socket' -o -name '*.timer' -o -name '*.path' \
    -o -name '*.mount' -o -name '*.automount' -o -name '*.swap' -o -name '*.slice' -o -name '*.target' \) \
    -not -path '*.d/*' | sort
}
unit_files "$corpus" > "$out/corpus-units.txt"
[ -f "$tree/.complete" ] || { bench/gen-tree.sh 20000 "$tree" && touch "$tree/.complete"; }
unit_files "$tree" > "$out/tree-units.txt"
head -n "${BENCH_SYSTEMD_TREE_FILES:-2000}" "$out/tree-units.txt" > "$out/tree-units-sa.txt"

ul="$root/unitlint check --color=never"
sa="systemd-analyze verify --man=no"

# timeit NAME RUNS WARMUP COMMAND: hyperfine's mean and standard deviation of the wall time and
# the mean CPU time (user + system), in seconds: "mean sd cpu". On a machine shared with other
# work the CPU time is the steadier figure.
timeit() {
  hyperfine -i -w "$3" -r "$2" --export-csv "$out/$1.csv" --command-name "$1" "$4" >/dev/null 2>&1
  awk -F, 'NR == 2 { printf "%.3f %.3f %.3f", $2, $3, $5 + $6 }' "$out/$1.csv"
}
# peak NAME COMMAND: maximum resident set size in MB.
peak() {
  /usr/bin/time -v bash -c "$2 >/dev/null 2>&1" 2> "$out/$1.time" || true
  awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$out/$1.time"
}

row() {  # row LABEL FILES NAME RUNS_UL RUNS_SA UL_ARGS SA_ARGS (RUNS_SA 0: unitlint only)
  local ul_t sa_t ul_m sa_m ratio
  ul_t=$(timeit "$3-unitlint" "$4" 2 "$ul $6")
  ul_m=$(peak "$3-unitlint" "$ul $6")
  if [ "$have_sa" = 1 ] && [ "$5" -gt 0 ]; then
    sa_t=$(timeit "$3-systemd-analyze" "$5" 0 "$sa $7")
    sa_m=$(peak "$3-systemd-analyze" "$sa $7")
    ratio=$(awk -v a="${sa_t%% *}" -v b="${ul_t%% *}" 'BEGIN { printf "%.1f×", a / b }')
  else
    sa_t="- - -"; sa_m="-"; ratio="-"
  fi
  local ul_a=($ul_t) sa_a=($sa_t)
  printf '| %s | %s | %s ± %s s | %s s | %s MB | %s ± %s s | %s s | %s MB | %s |\n' "$1" "$2" \
    "${ul_a[0]}" "${ul_a[1]}" "${ul_a[2]}" "$ul_m" "${sa_a[0]}" "${sa_a[1]}" "${sa_a[2]}" "$sa_m" "$ratio"
}

corpus_n=$(wc -l < "$out/corpus-units.txt")
tree_n=$(wc -l < "$out/tree-units.txt")
tree_sa_n=$(wc -l < "$out/tree-units-sa.txt")
{
  echo "| Case | Files | unitlint wall | its CPU | its peak RSS | systemd-analyze verify wall | its CPU | its peak RSS | wall: systemd-analyze / unitlint |"
  echo "|---|---|---|---|---|---|---|---|---|"
  row "(a) one file (\`ssh.service\`), end to end" 1 one 20 10 "'$one'" "'$one'"
  row "(b) the Debian corpus in one call" "$corpus_n unit files (+ drop-ins for unitlint)" corpus 5 2 \
    "'$corpus'" "\$(cat '$out/corpus-units.txt')"
  if [ "$tree_sa_n" -eq "$tree_n" ]; then
    row "(c) generated tree" "$tree_n unit files (+ drop-ins for unitlint)" tree 5 1 \
      "'$tree'" "\$(cat '$out/tree-units-sa.txt')"
  else
    row "(c) generated tree" "$tree_n unit files (+ drop-ins for unitlint)" tree 5 0 "'$tree'" ""
    row "(c') its first $tree_sa_n unit files, for systemd-analyze" "$tree_sa_n unit files" tree-part 3 1 \
      "\$(cat '$out/tree-units-sa.txt')" "\$(cat '$out/tree-units-sa.txt')"
  fi
} | tee "$out/results.md"

# (d) JMH, in process: one thread, parse + check of every corpus unit file from memory.
if [ -z "${BENCH_SKIP_JMH:-}" ]; then
mvn -q -B -Pbench -DskipTests test-compile
cp="$root/target/test-classes:$root/target/classes:$(cat "$root/target/bench-classpath.txt")"
java -Dunitlint.corpus="$corpus" -cp "$cp" org.openjdk.jmh.Main ParseCheckBenchmark \
  -rf csv -rff "$out/jmh.csv" > "$out/jmh.txt" 2>&1
bytes=$(grep -m1 -o 'corpus-bytes: [0-9]*' "$out/jmh.txt" | awk '{ print $2 }')
awk -F, -v bytes="$bytes" 'NR > 1 { gsub(/"/, ""); name = $1; sub(/.*\./, "", name);
    printf "| (d) JMH %s, in process, 1 thread | %.1f ms per pass over %.2f MB | %.1f MB/s |\n",
    name, $5, bytes / 1e6, bytes / 1e6 / ($5 / 1000) }' "$out/jmh.csv" | tee -a "$out/results.md"
fi

echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
  "$(free -h | awk '/^Mem:/ { print $2 }') memory, load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/results.md"
