#!/usr/bin/env bash
# Shows the release artifacts of tools/release/build.sh working as a user gets them:
#  - SHA256SUMS verifies them;
#  - the Debian package installs with dpkg -i, unitlint --version runs from /usr/bin with its
#    class-data archive (made by the postinst) in use, man unitlint shows the page, bash, zsh
#    and fish complete 'unitlint check --fo' to --format, and unitlint check on the corpus
#    prints what the jar prints; dpkg -r removes it all;
#  - the archive runs with no java on PATH, for root and for a user who cannot write to it,
#    and again after it is moved;
#  - every report format, a configuration file and a baseline give the same bytes on the
#    jlink runtime (which lacks modules the jar could use on a full JDK) as on the jar.
# Runs as root (dpkg). Needs target/release (tools/release/build.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
release="$here/target/release"
corpus_debian="$here/../shared/corpus/debian-bookworm"
corpus_upstream="$here/../shared/corpus/upstream/files"

say() { echo "install-test: $*"; }
fail() { echo "install-test: FAILED: $*" >&2; exit 1; }

need_packages=()
command -v man >/dev/null 2>&1 || need_packages+=(man-db)
[ -f /usr/share/bash-completion/bash_completion ] || need_packages+=(bash-completion)
command -v zsh >/dev/null 2>&1 || need_packages+=(zsh)
command -v fish >/dev/null 2>&1 || need_packages+=(fish)
if [ "${#need_packages[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q "${need_packages[@]}"
fi

[ -f "$release/SHA256SUMS" ] || fail "no $release/SHA256SUMS: run tools/release/build.sh first"
(cd "$release" && sha256sum --quiet -c SHA256SUMS) || fail "checksums do not match"
say "SHA256SUMS verifies $(wc -l < "$release/SHA256SUMS") artifacts"
version="$(sed -n 's/^version=//p' "$here/target/classes/dev/unitlint/build-info.properties")"
jar="$release/unitlint-$version.jar"
deb="$(ls "$release"/unitlint_*.deb)"
archive="$(ls "$release"/unitlint-"$version"-linux-*.tar.gz)"

work="$(mktemp -d)"
cleanup() {
  if dpkg -s unitlint >/dev/null 2>&1 && [ -n "${installed_here:-}" ]; then dpkg -r unitlint >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
chmod 755 "$work"

# A PATH with the tools a launcher may use but no java: the archive must bring its own.
nojava="$work/nojava-bin"
mkdir -p "$nojava"
for tool in bash sh env sed stat cksum cut mkdir mv rm cat dirname readlink printf grep diff ls; do
  ln -s "$(command -v "$tool")" "$nojava/$tool"
done
PATH="$nojava" command -v java >/dev/null 2>&1 && fail "java is still on the stripped PATH"

# --- The Debian package ----------------------------------------------------------------------
if dpkg -s unitlint >/dev/null 2>&1; then
  say "removing a unitlint package installed before this test"
  dpkg -r unitlint >/dev/null
fi
installed_here=1
dpkg -i "$deb" > "$work/dpkg-i.log" 2>&1 || { cat "$work/dpkg-i.log"; fail "dpkg -i $deb"; }
say "dpkg -i $(basename "$deb"): installed"
[ "$(readlink -f "$(command -v unitlint)")" = /usr/lib/unitlint/bin/unitlint ] || fail "unitlint on PATH is not the package's"
/usr/bin/unitlint --version | head -1 | grep -qx "unitlint $version" || fail "/usr/bin/unitlint --version"
say "/usr/bin/unitlint --version: $(/usr/bin/unitlint --version | tr '\n' ' ')"
[ -f /usr/lib/unitlint/lib/unitlint.jsa ] || fail "the postinst made no class-data archive"
# -Xshare:on makes the JVM fail instead of silently running without the archive.
UNITLINT_JAVA_OPTS=-Xshare:on /usr/bin/unitlint --version >/dev/null 2>"$work/xshare.log" \
  || { cat "$work/xshare.log"; fail "the installed class-data archive is not usable"; }
say "the class-data archive made by the postinst is in use (-Xshare:on runs)"

MANPAGER=cat MANWIDTH=100 man unitlint > "$work/man.txt" 2>&1 || { cat "$work/man.txt"; fail "man unitlint"; }
grep -q 'unitlint - Static analyzer for systemd unit files' "$work/man.txt" || { cat "$work/man.txt"; fail "man unitlint: no NAME"; }
grep -q 'EXIT STATUS' "$work/man.txt" && grep -q 'SEE ALSO' "$work/man.txt" || fail "man unitlint: sections missing"
MANPAGER=cat MANWIDTH=100 man unitlint-check > "$work/man-check.txt" 2>&1 || fail "man unitlint-check"
grep -q -- '-f, --format=FORMAT' "$work/man-check.txt" || { cat "$work/man-check.txt"; fail "man unitlint-check: no --format"; }
grep -q '(\*.service, \*.socket' "$work/man-check.txt" || fail "man unitlint-check: globs lost their asterisks"
say "man unitlint and man unitlint-check show the pages ($(wc -l < "$work/man.txt") and $(wc -l < "$work/man-check.txt") lines)"

# bash: an interactive shell with bash-completion loads the package's completion on demand,
# as on a user's machine; then the completion function is called as readline would call it.
bash_complete() {
  local line="$1"
  bash --norc --noprofile -i -c '
    source /usr/share/bash-completion/bash_completion
    _completion_loader unitlint
    spec="$(complete -p unitlint)" || exit 1
    func="$(sed -E "s/.* -F ([^ ]+) .*/\1/" <<<"$spec")"
    COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}
    read -r -a COMP_WORDS <<<"$COMP_LINE"
    [ "${COMP_LINE: -1}" = " " ] && COMP_WORDS+=("")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    "$func" unitlint "${COMP_WORDS[$COMP_CWORD]}" "${COMP_WORDS[$COMP_CWORD-1]}"
    printf "%s\n" "${COMPREPLY[@]}"' bash "$line" 2>/dev/null
}
[ "$(bash_complete 'unitlint check --fo')" = "--format" ] || { bash_complete 'unitlint check --fo'; fail "bash: 'unitlint check --fo' does not complete to --format"; }
bash_complete 'unitlint check --format s' | grep -qx sarif || fail "bash: --format values"
bash_complete 'unitlint ch' | grep -qx check || fail "bash: subcommands"
say "bash completes 'unitlint check --fo' to --format, '--format s' to sarif, 'unitlint ch' to check"

# fish loads vendor completions by itself.
fish_out="$(HOME="$work" XDG_CONFIG_HOME="$work/fish-config" fish -c 'complete -C "unitlint check --fo"')"
[ "$(cut -f1 <<<"$fish_out")" = "--format" ] || { echo "$fish_out"; fail "fish: 'unitlint check --fo' does not complete to --format"; }
HOME="$work" XDG_CONFIG_HOME="$work/fish-config" fish -c 'complete -C "unitlint check --fail-on "' | cut -f1 | grep -qx warning || fail "fish: --fail-on values"
say "fish completes 'unitlint check --fo' to --format ($(cut -f2 <<<"$fish_out"))"

# zsh: the function is found on zsh's own fpath and completes in a pseudo-terminal (zpty).
zsh_out="$(zsh -f "$here/.ci/zsh-complete.zsh" 'unitlint check --fo' '--format' 2>&1 | tr -d '\r')" \
  || { echo "$zsh_out"; fail "zsh: 'unitlint check --fo' does not complete to --format"; }
grep -q 'COMPDEF=_unitlint' <<<"$zsh_out" || { echo "$zsh_out"; fail "zsh: _unitlint is not the completion of unitlint"; }
say "zsh uses _unitlint from its fpath and completes 'unitlint check --fo' to --format"

# The same findings as the jar, on the corpus (when it is beside the clone) and the fixtures.
inputs=("$here/testdata/rules")
[ -d "$corpus_debian" ] && inputs+=("$corpus_debian")
[ -d "$corpus_upstream" ] && inputs+=("$corpus_upstream")
set +e
(cd "$work" && /usr/bin/unitlint check --color=never "${inputs[@]}" > "$work/deb-report.txt" 2> "$work/deb-stderr.txt")
deb_code=$?
(cd "$work" && java -jar "$jar" check --color=never "${inputs[@]}" > "$work/jar-report.txt" 2> "$work/jar-stderr.txt")
jar_code=$?
set -e
[ "$deb_code" = "$jar_code" ] || fail "exit codes differ: package $deb_code, jar $jar_code"
diff -q "$work/jar-report.txt" "$work/deb-report.txt" >/dev/null || { diff "$work/jar-report.txt" "$work/deb-report.txt" | head; fail "the package reports other findings than the jar"; }
diff -q "$work/jar-stderr.txt" "$work/deb-stderr.txt" >/dev/null || fail "the package prints other errors than the jar"
say "unitlint check on ${inputs[*]#"$here/"}: $(wc -l < "$work/deb-report.txt") findings, exit $deb_code, the same bytes as the jar"

dpkg -r unitlint > "$work/dpkg-r.log" 2>&1 || { cat "$work/dpkg-r.log"; fail "dpkg -r unitlint"; }
installed_here=
[ ! -e /usr/bin/unitlint ] && [ ! -e /usr/lib/unitlint ] || fail "dpkg -r left files behind: $(ls -R /usr/lib/unitlint 2>/dev/null | head)"
[ ! -e /usr/share/man/man1/unitlint.1.gz ] || fail "dpkg -r left the man page"
say "dpkg -r unitlint removed it all (the class-data archive too)"

# --- The archive, without java on PATH --------------------------------------------------------
tar -C "$work" -xzf "$archive"
unpacked="$work/unitlint-$version"
PATH="$nojava" JAVA_HOME= "$unpacked/bin/unitlint" --version | head -1 | grep -qx "unitlint $version" \
  || fail "the archive's bin/unitlint --version without java on PATH"
[ -f "$unpacked/lib/unitlint.jsa" ] || fail "the first run made no class-data archive in lib/"
PATH="$nojava" UNITLINT_JAVA_OPTS=-Xshare:on "$unpacked/bin/unitlint" --version >/dev/null 2>&1 || fail "the archive's class-data archive is not usable"
# The package already showed the runtime agrees with the jar on the corpus; the fixtures suffice here.
set +e
(cd "$work" && java -jar "$jar" check --color=never "$here/testdata/rules" > "$work/jar-fixtures.txt" 2>/dev/null)
jar_code=$?
(cd "$work" && PATH="$nojava" "$unpacked/bin/unitlint" check --color=never "$here/testdata/rules" > "$work/tar-report.txt" 2>/dev/null)
tar_code=$?
set -e
[ "$tar_code" = "$jar_code" ] && cmp -s "$work/jar-fixtures.txt" "$work/tar-report.txt" || fail "the archive reports other findings than the jar"
say "the archive runs with no java on PATH (its own runtime, its class-data archive made on first run in lib/) and reports what the jar reports"

# Moved: the archive made for the old place is replaced by one for the new place.
mv "$unpacked" "$work/moved"
PATH="$nojava" UNITLINT_JAVA_OPTS=-Xshare:on "$work/moved/bin/unitlint" --version >/dev/null 2>&1 || fail "no usable class-data archive after moving the folder"
grep -q "$work/moved/lib/unitlint.jar" "$work/moved/lib/unitlint.jsa.stamp" || fail "the class-data archive was not remade after the move"
# A user who cannot write to the folder gets the archive in ~/.cache/unitlint.
chmod -R a+rX,go-w "$work/moved"
mkdir -p "$work/home" && chown nobody "$work/home"
rm -f "$work/moved/lib/unitlint.jsa" "$work/moved/lib/unitlint.jsa.stamp"
setpriv --reuid=nobody --regid=nogroup --clear-groups env PATH="$nojava" HOME="$work/home" UNITLINT_JAVA_OPTS=-Xshare:on \
  "$work/moved/bin/unitlint" --version >/dev/null 2>&1 || fail "a user who cannot write to the folder has no usable class-data archive"
ls "$work/home/.cache/unitlint/"unitlint-*.jsa >/dev/null 2>&1 || fail "no class-data archive in ~/.cache/unitlint"
say "moved, it makes a new class-data archive; a user who cannot write to it gets one in ~/.cache/unitlint"

# --- Every format, a configuration and a baseline: the jlink runtime lacks nothing ------------
unit_dir="$work/formats"
mkdir -p "$unit_dir/units"
cp -r "$here/testdata/rules/SD301" "$unit_dir/units/"
printf 'ignore:\n  - SD305\n' > "$unit_dir/.unitlint.yaml"
(cd "$unit_dir" && java -jar "$jar" check --write-baseline baseline.json units >/dev/null 2>&1) || true
for format in text json sarif checkstyle github gitlab; do
  for extra in "" "--baseline baseline.json"; do
    # shellcheck disable=SC2086
    (cd "$unit_dir" && java -jar "$jar" check --color=never --format "$format" $extra units > "$work/f-jar.txt" 2>&1) || true
    # shellcheck disable=SC2086
    (cd "$unit_dir" && PATH="$nojava" "$work/moved/bin/unitlint" check --color=never --format "$format" $extra units > "$work/f-tar.txt" 2>&1) || true
    cmp -s "$work/f-jar.txt" "$work/f-tar.txt" || { diff "$work/f-jar.txt" "$work/f-tar.txt" | head; fail "--format $format $extra differs on the jlink runtime"; }
    [ -s "$work/f-tar.txt" ] || [ -n "$extra" ] || fail "--format $format printed nothing"
  done
done
say "every format, with a configuration file and a baseline, prints the same bytes on the jlink runtime as on the jar"
say "OK"
