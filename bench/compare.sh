#!/usr/bin/env bash
# Times the corpus run of two builds of unitlint in one run, alternating them, so that a machine
# whose load changes during the run slows both alike (a shared machine does):
#   bench/compare.sh BEFORE-REV [ROUNDS] [-- CHECK-ARGS...]   # e.g. bench/compare.sh 335ee1e 10
#   bench/compare.sh 2c9e5bf 30 -- ../shared/corpus/debian-bookworm/openssh-server/lib/systemd/system/ssh.service
#   bench/compare.sh 2c9e5bf 6 -- --select SD,SEC ../shared/corpus/debian-bookworm
# BEFORE-REV is built from `git archive` into a temporary folder (offline Maven); "after" is this
# checkout. Each round runs `./unitlint check --color=never --fail-on never` of each build on
# CHECK-ARGS, by default the Debian and upstream corpora (the launcher as users run it:
# class-data archive, C1, serial GC, the flags for short runs), and records wall and CPU time
# (user + system of the child). Prints the median and the range of each, and after/before.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
rev="${1:?usage: bench/compare.sh BEFORE-REV [ROUNDS]}"
rounds="${2:-10}"
corpora=("$root/../shared/corpus/debian-bookworm" "$root/../shared/corpus/upstream/files")
shift $(($# < 2 ? $# : 2))
if [ "${1:-}" = "--" ]; then
  shift
  corpora=("$@")
fi
before="$(mktemp -d /tmp/unitlint-compare-XXXXXX)"
trap 'rm -rf "$before"' EXIT
git archive "$rev" | tar -x -C "$before"
(cd "$before" && mvn -q -B -ntp -o -DskipTests package >&2)
# Build this checkout's jar and both class-data archives before timing anything.
./unitlint --version >/dev/null
"$before/unitlint" --version >/dev/null
python3 - "$rounds" "$before/unitlint" "$root/unitlint" "${corpora[@]}" <<'EOF'
import os, resource, statistics, subprocess, sys, time
rounds, before, after, corpora = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
runs = {'before': [], 'after': []}
def once(launcher):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    subprocess.run([launcher, 'check', '--color=never', '--fail-on', 'never'] + corpora,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.monotonic() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
once(before), once(after)  # warm-up: page cache, JIT-independent file reads
for n in range(rounds):
    order = [('before', before), ('after', after)] if n % 2 == 0 else [('after', after), ('before', before)]
    for name, launcher in order:
        runs[name].append(once(launcher))
print('%d rounds, alternating; load average at the end: %s' % (rounds, ' '.join('%.1f' % x for x in os.getloadavg())))
med = {}
for name in ('before', 'after'):
    walls, cpus = [w for w, _ in runs[name]], [c for _, c in runs[name]]
    med[name] = (statistics.median(walls), statistics.median(cpus))
    print('%-6s wall median %.3f s (%.3f-%.3f), CPU median %.3f s (%.3f-%.3f)' % (
        name, med[name][0], min(walls), max(walls), med[name][1], min(cpus), max(cpus)))
print('after/before: wall %.2f, CPU %.2f' % (med['after'][0] / med['before'][0], med['after'][1] / med['before'][1]))
EOF
