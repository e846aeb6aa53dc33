#!/usr/bin/env bash
# Does systemd load the fixtures of the caveat rules (issue 15) silently? A caveat rule is about a
# unit systemd accepts without a word; if systemd-analyze verify prints something about a fixture
# that fires, the rule belongs to another category (refusals, values).
#
# Usage: conformance/caveats-verify.sh [RULE-ID...]   (default: every rule tagged "caveat")
# Prints, per fixture, what systemd-analyze verify says, leaving out what depends on this host
# ("is not executable", "not found"), services a socket fixture leaves out ("not loaded, socket cannot
# be started") and keys the installed systemd does not know yet ("Unknown key", expected for keys newer
# than it). Needs systemd-analyze; run from the repository root.
set -u
cd "$(dirname "$0")/.."
ids=("$@")
if [ ${#ids[@]} -eq 0 ]; then
  mapfile -t ids < <(grep -l '^tags: .*caveat' rules/SD*.md | xargs -n1 basename | sed 's/\.md$//')
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "systemd-analyze $(systemd-analyze --version | head -1)"
for id in "${ids[@]}"; do
  for case in testdata/rules/"$id"/*; do
    rm -rf "$tmp"/*
    if [ -d "$case" ]; then cp -r "$case"/. "$tmp"/; else cp "$case" "$tmp"/; fi
    units=$(cd "$tmp" && find . -maxdepth 1 -type f ! -name '*.conf' | sed 's|^\./||' | grep -v '@\.' | sort)
    [ -n "$units" ] || continue
    out=$(cd "$tmp" && systemd-analyze verify --man=no $units 2>&1 \
          | grep -v -e 'is not executable' -e 'not found' -e 'Failed to create' -e 'Unknown key' \
                    -e 'Unit .* has a bad unit file setting' -e 'not loaded, socket cannot be started' -e 'failed to load properly' || true)
    marker=$(grep -rl "BUG: $id" "$case" >/dev/null 2>&1 && echo fires || echo silent)
    if [ -n "$out" ]; then
      echo "== $id $case ($marker)"
      echo "$out" | sed "s|$tmp/||" | head -5
    fi
  done
done
