#!/usr/bin/env bash
# What switching the security rules on costs on the corpus: `unitlint check` with the default
# rules against `unitlint check --select SD,SEC` (every rule, the 81 security checks included),
# on both corpora, output to /dev/null. Rounds alternate the two commands so that a busy machine
# slows both alike; the CPU time (user + system) is the steadier figure on a shared machine.
# Prints the medians and the minima (the run least disturbed by other work) and the overhead
# in percent; writes target/bench/security-overhead.txt.
#   bench/security-overhead.sh [ROUNDS]   (default 11)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-11}"
out="target/bench"
mkdir -p "$out"
corpora=(../shared/corpus/debian-bookworm ../shared/corpus/upstream/files)
./unitlint --version >/dev/null   # build the jar and the class-data archive first

measure() {  # measure LABEL ARGS...: one run, "wall cpu" in seconds
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S" -o "$out/time.tmp" ./unitlint check --color=never --fail-on never "$@" \
      "${corpora[@]}" >/dev/null 2>&1 || true
  awk -v l="$label" '{ printf "%s %.2f %.2f\n", l, $1, $2 + $3 }' "$out/time.tmp"
}

: > "$out/security-overhead.raw"
for _ in $(seq "$rounds"); do
  measure default >> "$out/security-overhead.raw"
  measure security --select SD,SEC >> "$out/security-overhead.raw"
done
findings_default=$(./unitlint check --color=never --fail-on never "${corpora[@]}" 2>/dev/null | wc -l)
findings_security=$(./unitlint check --color=never --fail-on never --select SD,SEC "${corpora[@]}" 2>/dev/null | wc -l)
python3 - "$out/security-overhead.raw" "$rounds" "$findings_default" "$findings_security" <<'PY' | tee "$out/security-overhead.txt"
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
def pick(f, label, i):
    return f(float(r[i]) for r in rows if r[0] == label)
print('%s rounds, alternating (both corpora; %s findings by default, %s with SD,SEC)'
      % (sys.argv[2], sys.argv[3], sys.argv[4]))
print('| run | wall s (median) | CPU s (median) | wall s (min) | CPU s (min) |')
print('|---|---|---|---|---|')
for label, name in (('default', 'check (default rules)'), ('security', 'check --select SD,SEC')):
    print('| %s | %.2f | %.2f | %.2f | %.2f |' % (name, pick(statistics.median, label, 1),
          pick(statistics.median, label, 2), pick(min, label, 1), pick(min, label, 2)))
def over(f, i):
    d, s = pick(f, 'default', i), pick(f, 'security', i)
    return 100 * (s - d) / d
print('| overhead | %+.0f %% | %+.0f %% | %+.0f %% | %+.0f %% |' % (over(statistics.median, 1),
      over(statistics.median, 2), over(min, 1), over(min, 2)))
PY
