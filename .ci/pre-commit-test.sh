#!/usr/bin/env bash
# Shows the pre-commit hooks of this repository working in a user's repository, with Debian's
# pre-commit (3.0.4 on bookworm):
#  - the 'files' pattern takes unit files and unit drop-ins and nothing else (a table of paths);
#  - the 'unitlint' hook from a release tag of this repository (a local tag in a throw-away clone,
#    its release served from target/release by UNITLINT_RELEASE_URL) installs the release archive
#    once, without Java or Maven, blocks a commit with a bad unit and lets a good one through;
#  - 'pre-commit run --all-files' in a repository with conf.d/*.conf and sysctl.d/*.conf files
#    that are not unit drop-ins passes them by, and still checks the unit drop-ins;
#  - from a revision that is not a release, the hook builds unitlint in its clone;
#  - the 'unitlint-system' hook runs the unitlint on PATH.
# Needs target/release (tools/release/build.sh) and Debian's archive (for pre-commit itself).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
release="$here/target/release"

if ! command -v pre-commit >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q pre-commit
fi
echo "pre-commit-test: $(pre-commit --version)"
say() { echo "pre-commit-test: $*"; }
fail() { echo "pre-commit-test: FAILED: $*" >&2; exit 1; }
[ -f "$release/SHA256SUMS" ] || fail "no $release/SHA256SUMS: run tools/release/build.sh first"
version="$(sed -n 's/^version=//p' "$here/target/classes/dev/unitlint/build-info.properties")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
export GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.invalid GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.invalid

pre-commit validate-manifest "$here/.pre-commit-hooks.yaml"

# --- The files pattern, as pre-commit applies it (Python's re.search) ---------------------------
# pre-commit is a Python program: its interpreter has PyYAML.
python="$(head -1 "$(command -v pre-commit)" | sed 's/^#! *//; s/ .*//')"
"$python" - "$here/.pre-commit-hooks.yaml" <<'PY' || fail "the files pattern"
import re, sys, yaml
units = ["web.service", "units/web.service", "units/foo@.service", "units/foo@bar.timer", "a.socket",
         "x/y.mount", "srv-data.automount", "swapfile.swap", "user.slice", "z.scope", "multi-user.target",
         "units/web.service.d/10-limits.conf", "etc/systemd/system/foo-.service.d/override.conf",
         "etc/systemd/system/service.d/10-all.conf", "usr/lib/systemd/system/getty@.service.d/a.conf",
         "systemd-fsck@dev-disk-by\\x2dlabel-root.service"]
others = ["nginx/conf.d/default.conf", "sysctl.d/99-swap.conf", "etc/modules-load.d/x.conf",
          "etc/tmpfiles.d/a.conf", "etc/ld.so.conf.d/libc.conf", "conf.d/app.conf", "foo.d/bar.conf",
          "units/web.service.in", "README.service.md", "units/web.service.d/sub/a.conf",
          "units/web.service.d/notes.txt", "usr/share/dbus-1/services/org.example.Foo.service",
          "usr/share/dbus-1/system-services/org.example.Bar.service", "my unit.service"]
for hook in yaml.safe_load(open(sys.argv[1])):
    files, exclude = re.compile(hook["files"]), re.compile(hook.get("exclude", "^$"))
    taken = lambda path: bool(files.search(path)) and not exclude.search(path)
    wrong = [p for p in units if not taken(p)] + [p for p in others if taken(p)]
    if wrong:
        sys.exit(f"{hook['id']}: wrongly matched or missed: {wrong}")
print(f"pre-commit-test: the files pattern takes {len(units)} unit paths and leaves {len(others)} others")
PY

# --- A throw-away copy of this repository with a release tag -------------------------------------
# pre-commit clones the hook repository at a revision, so it sees committed files only.
if [ -n "$(git -C "$here" status --porcelain -- .pre-commit-hooks.yaml tools pom.xml src grammar rules unitlint)" ]; then
  echo "pre-commit-test: warning: uncommitted changes in $here are not part of the hooks under test" >&2
fi
upstream="$work/upstream"
git clone -q "$here" "$upstream"
# -f: a clone of a released revision already has the tag (it may name another commit than HEAD)
git -C "$upstream" tag -f "v$version" >/dev/null
export UNITLINT_RELEASE_URL="file://$release"

repo="$work/repo"
git init -q "$repo"
cd "$repo"
write_config() { # HOOK_ID REV
  cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $upstream
    rev: $2
    hooks:
      - id: $1
YAML
}
write_config unitlint "v$version"
mkdir -p units/web.service.d nginx/conf.d sysctl.d
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
# Not units: unitlint given these would stop with a usage error (exit 2).
printf 'server {\n    listen 80;\n}\n' > nginx/conf.d/default.conf
printf 'vm.swappiness = 10\n' > sysctl.d/99-swap.conf
git add .pre-commit-config.yaml units nginx sysctl.d
pre-commit install >/dev/null
git commit -q -m "good units" > "$work/good.log" 2>&1 || { cat "$work/good.log"; fail "a commit of good units was blocked"; }
grep -q 'Lint systemd unit files\.*Passed' "$work/good.log" || { cat "$work/good.log"; fail "the hook did not run on the good commit"; }
hook_clone="$(dirname "$(dirname "$(dirname "$(find "$PRE_COMMIT_HOME" -path '*/tools/pre-commit/unitlint-hook' | head -1)")")")"
[ -x "$hook_clone/target/pre-commit/unitlint-$version/bin/unitlint" ] || fail "the hook did not install the release archive in its clone"
[ ! -e "$hook_clone/target/unitlint.jar" ] || fail "the hook built unitlint although the release was there"
say "hook from tag v$version: installed the release archive in its clone (no build), a commit of good units went through"

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
grep -q 'unitlint-install: downloading' "$work/bad.log" && fail "the release was downloaded again"
say "a commit of a bad unit was blocked: $(grep -o 'units/backup.service:4:9: error' "$work/bad.log")"
git reset -q HEAD units/backup.service
rm units/backup.service

# --- conf.d files that are not drop-ins ----------------------------------------------------------
pre-commit run --all-files --verbose > "$work/all.log" 2>&1 || { cat "$work/all.log"; fail "pre-commit run --all-files failed next to conf.d/ and sysctl.d/ files"; }
printf '[Unit]\nAfter=network.target\nAfterr=x.service\n' > units/web.service.d/20-typo.conf
git add units/web.service.d/20-typo.conf
if pre-commit run --all-files > "$work/all-bad.log" 2>&1; then cat "$work/all-bad.log"; fail "a bad drop-in passed"; fi
grep -q 'units/web.service.d/20-typo.conf:3:1: .*Afterr' "$work/all-bad.log" || { cat "$work/all-bad.log"; fail "the bad drop-in was not reported"; }
git rm -q --cached units/web.service.d/20-typo.conf
rm units/web.service.d/20-typo.conf
set +e
"$hook_clone/target/pre-commit/unitlint-$version/bin/unitlint" check nginx/conf.d/default.conf sysctl.d/99-swap.conf > /dev/null 2>&1
direct=$?
set -e
[ "$direct" = 2 ] || fail "control: unitlint given the conf.d files should exit 2 (got $direct)"
say "pre-commit run --all-files passes nginx/conf.d/default.conf and sysctl.d/99-swap.conf by (given them, unitlint exits 2) and still reports a bad unit drop-in"

# --- The system hook: which files it is given ---------------------------------------------------
mkdir -p "$work/bin"
cat > "$work/bin/unitlint" <<SH
#!/usr/bin/env bash
printf '%s\n' "\$@" >> "$work/system-args.txt"
exec "$hook_clone/target/pre-commit/unitlint-$version/bin/unitlint" "\$@"
SH
chmod +x "$work/bin/unitlint"
write_config unitlint-system "v$version"
PATH="$work/bin:$PATH" pre-commit run --all-files > "$work/system.log" 2>&1 || { cat "$work/system.log"; fail "unitlint-system failed on good units"; }
[ "$(grep -v '^check$' "$work/system-args.txt" | sort | tr '\n' ' ')" = "units/web.service units/web.service.d/10-limits.conf " ] \
  || { cat "$work/system-args.txt"; fail "unitlint-system was given other files than the unit and its drop-in"; }
printf '[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=always\n' > units/oops.service
git add units/oops.service
if PATH="$work/bin:$PATH" pre-commit run --files units/oops.service > "$work/system-bad.log" 2>&1; then
  cat "$work/system-bad.log"; fail "unitlint-system passed a bad unit"
fi
grep -q 'SD301' "$work/system-bad.log" || { cat "$work/system-bad.log"; fail "unitlint-system did not report SD301"; }
git rm -q --cached units/oops.service && rm units/oops.service
say "the unitlint-system hook runs the unitlint on PATH with exactly the unit and its drop-in, and fails a bad unit"

# --- A revision that is not a release: built in the hook's clone --------------------------------
sed -i '0,/^  <version>.*<\/version>/s||  <version>0.0.0-SNAPSHOT</version>|' "$upstream/pom.xml"
git -C "$upstream" commit -q -am "a development revision"
unset UNITLINT_RELEASE_URL
write_config unitlint "$(git -C "$upstream" rev-parse HEAD)"
pre-commit run --all-files > "$work/build.log" 2>&1 || { cat "$work/build.log"; fail "the hook from a development revision failed"; }
built="$(find "$PRE_COMMIT_HOME" -path '*/target/unitlint.jar' | head -1)"
[ -n "$built" ] || { cat "$work/build.log"; fail "the hook from a development revision built nothing"; }
say "hook from a development revision: built unitlint in its clone ($(basename "$built")) and passed the good units"
say "OK"
