#!/usr/bin/env bash
# Shows the pre-commit hooks of this clone working with Debian's pre-commit: a throw-away
# git repository that uses the hook from this clone (repo: <this clone>, rev: its HEAD)
# blocks a commit with a bad unit and lets a good one through. Needs no network beyond
# Debian's archive (for pre-commit itself) and Maven Central (the hook's first-run build).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"

if ! command -v pre-commit >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q pre-commit
fi
echo "pre-commit-test: $(pre-commit --version)"

fail() { echo "pre-commit-test: FAILED: $*" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
export GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.invalid GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.invalid

pre-commit validate-manifest "$here/.pre-commit-hooks.yaml"

# pre-commit clones the hook repository at a revision, so it sees committed files only.
rev="$(git -C "$here" rev-parse HEAD)"
if [ -n "$(git -C "$here" status --porcelain -- .pre-commit-hooks.yaml unitlint pom.xml src grammar rules)" ]; then
  echo "pre-commit-test: warning: uncommitted changes in $here are not part of the hook under test (rev $rev)" >&2
fi

repo="$work/repo"
git init -q "$repo"
cd "$repo"
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $here
    rev: $rev
    hooks:
      - id: unitlint
YAML
mkdir -p units/web.service.d
cat > units/web.service <<'UNIT'
[Unit]
Description=Web server

[Service]
ExecStart=/usr/sbin/httpd -DFOREGROUND
Restart=on-failure
UNIT
cat > units/web.service.d/10-limits.conf <<'UNIT'
[Unit]
StartLimitIntervalSec=60s
UNIT
git add .pre-commit-config.yaml units
pre-commit install
git commit -q -m "good units" > "$work/good.log" 2>&1 || { cat "$work/good.log"; fail "a commit of good units was blocked"; }
grep -q 'Lint systemd unit files\.*Passed' "$work/good.log" || { cat "$work/good.log"; fail "the hook did not run on the good commit"; }
echo "pre-commit-test: a commit of good units went through (hook passed)"

cat > units/backup.service <<'UNIT'
[Service]
Type=oneshot
ExecStart=/usr/bin/backup
Restart=always
UNIT
git add units/backup.service
if git commit -q -m "bad unit" > "$work/bad.log" 2>&1; then
  cat "$work/bad.log"
  fail "a commit of a bad unit went through"
fi
grep -q 'units/backup.service:4:9: error: .*\[SD301 restart-always-oneshot\]' "$work/bad.log" \
  || { cat "$work/bad.log"; fail "the blocked commit did not show the SD301 finding"; }
echo "pre-commit-test: a commit of a bad unit was blocked:"
grep 'SD301' "$work/bad.log" | sed 's/^/  /'

# The language: system variant runs whatever 'unitlint' is on PATH: here the clone's launcher.
mkdir -p "$work/bin"
ln -s "$here/unitlint" "$work/bin/unitlint"
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $here
    rev: $rev
    hooks:
      - id: unitlint-system
YAML
PATH="$work/bin:$PATH" pre-commit run --files units/web.service units/web.service.d/10-limits.conf > "$work/system-good.log" 2>&1 \
  || { cat "$work/system-good.log"; fail "unitlint-system failed on good units"; }
if PATH="$work/bin:$PATH" pre-commit run --files units/backup.service > "$work/system-bad.log" 2>&1; then
  cat "$work/system-bad.log"
  fail "unitlint-system passed a bad unit"
fi
grep -q 'SD301' "$work/system-bad.log" || { cat "$work/system-bad.log"; fail "unitlint-system did not report SD301"; }
echo "pre-commit-test: the unitlint-system hook passes good units and fails the bad one"
echo "pre-commit-test: OK"
