#!/usr/bin/env bash
# What switching the security rules on costs on the corpus: `unitlint check` with the default
# rules against `unitlint check --select SD,SEC` (every rule, the 81 security checks included),
# on both corpora, output to /dev/null. Rounds alternate the two commands so that a busy machine
# slows both alike; the CPU time (user + system) is the steadier figure on a shared machine.
# Prints the medians and the overhead in percent; writes target/bench/security-overhead.txt.
#   bench/security-overhead.sh [ROUNDS]   (default 7)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-7}"
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
med = lambda label, i: statistics.median(float(r[i]) for r in rows if r[0] == label)
wd, ws, cd, cs = med('default', 1), med('security', 1), med('default', 2), med('security', 2)
print('%s rounds; median of each (both corpora, %s and %s findings)' % (sys.argv[2], sys.argv[3], sys.argv[4]))
print('| run | wall s | CPU s |')
print('|---|---|---|')
print('| check (default rules) | %.2f | %.2f |' % (wd, cd))
print('| check --select SD,SEC | %.2f | %.2f |' % (ws, cs))
print('| overhead | %+.0f %% | %+.0f %% |' % (100 * (ws - wd) / wd, 100 * (cs - cd) / cd))
PY
