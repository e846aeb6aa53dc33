#!/usr/bin/env bash
# Benchmarks unitlint against systemd-analyze verify on the same files, in the same run, and
# prints a Markdown table of the results (also written to target/bench/results.md):
#   (v) --version, the JVM and launcher alone;
#   (a) one unit file end to end, as a pre-commit hook runs it (JVM start included);
#   (b) every unit file of the Debian corpus in one call (with the rules that are off by
#       default, such as the security rules, switched on);
#   (c) a generated tree of 20,000 unit files (bench/gen-tree.sh), to show how cost grows;
#   (v', a', b') the same with a JDK 24+ and its AOT cache, when such a JDK is found;
#   (d) JMH: in-process parse+check throughput over the corpus text, in MB/s;
#   (f) the warm floor: each case run again and again in one JVM, what a run would take if
#       starting cost nothing (bench/WarmFloor.java).
# Wall times are hyperfine medians, CPU times (user + system) hyperfine means; peak memory is
# the maximum resident set size from /usr/bin/time -v. systemd-analyze is given only unit files
# (it does not take drop-ins). Other work on the machine distorts everything: the load average
# is printed with the table, and BENCH_MAX_LOAD makes the script wait for a quiet moment.
#
#   bench/run.sh                      # everything; about 15 minutes on 2 cores
#   BENCH_SKIP_SYSTEMD=1 bench/run.sh # unitlint only (minutes); BENCH_SKIP_JMH=1 skips (d),
#                                     # BENCH_SKIP_FLOOR=1 skips (f)
#   BENCH_SYSTEMD_TREE_FILES=20000    # systemd-analyze on the whole tree (default: the first
#                                     # 2,000 of its files; the whole tree takes ~10 minutes)
#   BENCH_AOT_JAVA=/path/to/java      # the JDK 24+ for the AOT rows (default: the newest
#                                     # /usr/lib/jvm/*/bin/java of release 24 or later; none: skip)
#   BENCH_MAX_LOAD=1.0                # wait (up to 30 minutes) until the 1-minute load average
#                                     # is below this before each row
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

# A JDK of release 24 or later for the AOT-cache rows.
# shellcheck source=../tools/jvm/archive.sh
. "$root/tools/jvm/archive.sh"
aot_java="${BENCH_AOT_JAVA:-}"
if [ -z "$aot_java" ]; then
  for candidate in /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] || continue
    java_major "$candidate"
    if [ "${REPLY:-0}" -ge 24 ]; then aot_java="$candidate"; fi
  done
fi
[ "$aot_java" = none ] && aot_java=""

# Build the jar and the class-data archives before timing anything.
./unitlint --version >/dev/null
[ -n "$aot_java" ] && UNITLINT_JAVA="$aot_java" ./unitlint --version >/dev/null

unit_files() {  # the unit files under $1, not drop-ins, sorted
  find "$1" -type f \( -name '*.service' -o -name '*.socket' -o -name '*.timer' -o -name '*.path' \
    -o -name '*.mount' -o -name '*.automount' -o -name '*.swap' -o -name '*.slice' -o -name '*.target' \) \
    -not -path '*.d/*' | sort
}
unit_files "$corpus" > "$out/corpus-units.txt"
[ -f "$tree/.complete" ] || { bench/gen-tree.sh 20000 "$tree" && touch "$tree/.complete"; }
unit_files "$tree" > "$out/tree-units.txt"
head -n "${BENCH_SYSTEMD_TREE_FILES:-2000}" "$out/tree-units.txt" > "$out/tree-units-sa.txt"

# Rules that are off by default (the security rules, SECnnn) are switched on for the corpus row.
all_rules=""
if ./unitlint rules | grep -q '^SEC'; then all_rules="--select SD,SEC"; fi

ul="$root/unitlint check --color=never"
sa="systemd-analyze verify --man=no"

quiet() {  # wait for the load average to drop below BENCH_MAX_LOAD (if set), at most 30 minutes
  [ -n "${BENCH_MAX_LOAD:-}" ] || return 0
  local waited=0
  while awk -v max="$BENCH_MAX_LOAD" '{ exit !($1 >= max) }' /proc/loadavg && [ "$waited" -lt 1800 ]; do
    sleep 10
    waited=$((waited + 10))
  done
}

# timeit NAME RUNS WARMUP COMMAND: "median sd cpu" in seconds: hyperfine's median and standard
# deviation of the wall time, and its mean CPU time (user + system). On a machine shared with
# other work the CPU time is the steadier figure.
timeit() {
  quiet
  hyperfine -i -w "$3" -r "$2" --export-csv "$out/$1.csv" --command-name "$1" "$4" >/dev/null 2>&1
  awk -F, 'NR == 2 { printf "%.3f %.3f %.3f", $4, $3, $5 + $6 }' "$out/$1.csv"
}
# peak NAME COMMAND: maximum resident set size in MB.
peak() {
  /usr/bin/time -v bash -c "$2 >/dev/null 2>&1" 2> "$out/$1.time" || true
  awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$out/$1.time"
}

row() {  # row LABEL FILES NAME RUNS_UL RUNS_SA UL_COMMAND SA_ARGS (RUNS_SA 0: unitlint only)
  local ul_t sa_t ul_m sa_m ratio
  ul_t=$(timeit "$3-unitlint" "$4" 2 "$6")
  ul_m=$(peak "$3-unitlint" "$6")
  if [ "$have_sa" = 1 ] && [ "$5" -gt 0 ]; then
    sa_t=$(timeit "$3-systemd-analyze" "$5" 0 "$sa $7")
    sa_m=$(peak "$3-systemd-analyze" "$sa $7")
    ratio=$(awk -v a="${sa_t%% *}" -v b="${ul_t%% *}" 'BEGIN { printf "%.1f×", a / b }')
  else
    sa_t="- - -"; sa_m="-"; ratio="-"
  fi
  local ul_a=($ul_t) sa_a=($sa_t)
  printf '| %s | %s | %s ± %s s | %s s | %s MB | %s ± %s s | %s s | %s MB | %s | %s |\n' "$1" "$2" \
    "${ul_a[0]}" "${ul_a[1]}" "${ul_a[2]}" "$ul_m" "${sa_a[0]}" "${sa_a[1]}" "${sa_a[2]}" "$sa_m" "$ratio" \
    "$(cut -d' ' -f1 /proc/loadavg)"
}

corpus_n=$(wc -l < "$out/corpus-units.txt")
tree_n=$(wc -l < "$out/tree-units.txt")
tree_sa_n=$(wc -l < "$out/tree-units-sa.txt")
aot_ul="UNITLINT_JAVA=$aot_java $root/unitlint"
{
  echo "Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| Case | Files | unitlint wall (median) | its CPU | its peak RSS | systemd-analyze verify wall (median) | its CPU | its peak RSS | wall: systemd-analyze / unitlint | load |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  row "(v) \`--version\`" 0 version 20 0 "$root/unitlint --version" ""
  row "(a) one file (\`ssh.service\`), end to end" 1 one 20 10 "$ul '$one'" "'$one'"
  row "(b) the Debian corpus in one call${all_rules:+, $all_rules}" "$corpus_n unit files (+ drop-ins for unitlint)" \
    corpus 5 2 "$ul $all_rules '$corpus'" "\$(cat '$out/corpus-units.txt')"
  if [ "$tree_sa_n" -eq "$tree_n" ]; then
    row "(c) generated tree" "$tree_n unit files (+ drop-ins for unitlint)" tree 5 1 \
      "$ul '$tree'" "\$(cat '$out/tree-units-sa.txt')"
  else
    row "(c) generated tree" "$tree_n unit files (+ drop-ins for unitlint)" tree 5 0 "$ul '$tree'" ""
    row "(c') its first $tree_sa_n unit files, for systemd-analyze" "$tree_sa_n unit files" tree-part 3 1 \
      "$ul \$(cat '$out/tree-units-sa.txt')" "\$(cat '$out/tree-units-sa.txt')"
  fi
  if [ -n "$aot_java" ]; then
    java_major "$aot_java"
    row "(v') \`--version\`, JDK $REPLY with AOT cache" 0 version-aot 20 0 "env $aot_ul --version" ""
    row "(a') one file, JDK $REPLY with AOT cache" 1 one-aot 20 0 "env $aot_ul check --color=never '$one'" ""
    row "(b') the Debian corpus, JDK $REPLY with AOT cache" "$corpus_n unit files" corpus-aot 5 0 \
      "env $aot_ul check --color=never $all_rules '$corpus'" ""
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

# (f) The floor under each case: the same check run again and again in one JVM
# (bench/WarmFloor.java) until nothing is cold. A warm pass is what a run would take if starting
# (JVM, class loading, interpreter, compiler) cost nothing; a target below it cannot be reached by
# cutting start-up work. With the launcher's compiler (C1) and with C2, the optimising one, whose
# code a single run does not live long enough to get (it cost the corpus +80 % CPU).
if [ -z "${BENCH_SKIP_FLOOR:-}" ]; then
floor() {  # floor LABEL COMPILER PASSES JVM-FLAGS -- CHECK-ARGS...
  local label="$1" compiler="$2" passes="$3" flags="$4"
  shift 5
  quiet
  # shellcheck disable=SC2086 # $flags is a list of JVM flags
  java @"$root/tools/jvm/jvm.options" $flags -cp "$root/target/unitlint.jar:$out/warm-floor" WarmFloor \
    "$passes" check --color=never "$@" > "$out/floor.txt" 2>&1 || true
  awk -v label="$label" -v compiler="$compiler" -v passes="$passes" -v load="$(cut -d' ' -f1 /proc/loadavg)" '
    /^first pass:/ { first = $4 " s / " $7 " s" }
    /^warm/ { warm = $(NF - 4) " s / " $(NF - 1) " s"; match($0, /passes [0-9]+-[0-9]+/)
               range = substr($0, RSTART + 7, RLENGTH - 7) " of " passes }
    END { printf "| %s | %s | %s | %s | %s | %s |\n", label, compiler, first, warm, range, load }' "$out/floor.txt"
}
# Compiled first: run from source, javac would warm the JDK's own code in the same JVM before
# the first pass, which then looks faster than a launcher run.
javac -d "$out/warm-floor" -cp "$root/target/unitlint.jar" "$root/bench/WarmFloor.java"
{
  echo
  echo "| Warm floor (bench/WarmFloor.java) | compiler | first pass: wall / CPU | warm pass: wall / CPU | warm passes | load |"
  echo "|---|---|---|---|---|---|"
  floor "(a) one file" "C1 (launcher)" 200 "" -- "$one"
  floor "(b) the Debian corpus${all_rules:+, $all_rules}" "C1 (launcher)" 16 "" -- $all_rules "$corpus"
  floor "(b) the Debian corpus${all_rules:+, $all_rules}" "C2" 30 "-XX:TieredStopAtLevel=4" -- $all_rules "$corpus"
  floor "(c) generated tree" "C1 (launcher)" 10 "" -- "$tree"
  floor "(c) generated tree" "C2" 14 "-XX:TieredStopAtLevel=4" -- "$tree"
} | tee -a "$out/results.md"
fi

# What a one-file run still loads from outside the class-data archive: classes generated at run
# time (annotation proxies, method handles, lambdas the archive could not hold) cost start-up.
echo
UNITLINT_JAVA_OPTS="-Xlog:class+load" ./unitlint check --color=never "$one" 2>/dev/null |
  awk '/source: / && !/shared objects file/ { n++; if ($0 ~ /source: __/) g++ }
       END { printf "One-file run: %d classes not from the archive, %d of them generated at run time.\n", n, g }' |
  tee -a "$out/results.md"

echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
  "$(free -h | awk '/^Mem:/ { print $2 }') memory, $(java -version 2>&1 | head -1),"\
  "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/results.md"
