#!/usr/bin/env bash
# The release build: one command, run from a clone (and by .github/workflows/release.yml on a tag).
#
#   tools/release/build.sh [--skip-tests]
#
# Writes target/release/:
#   unitlint-VERSION.jar                  the executable jar (java -jar, Java 17 or newer)
#   unitlint-VERSION-linux-ARCH.tar.gz    a self-contained folder: bin/unitlint, a Java runtime
#                                         made by jlink for unitlint alone, the class list for its
#                                         class-data archive, man pages and shell completion
#   unitlint_DEBVERSION_DEBARCH.deb       the same, installed as /usr/bin/unitlint, with the man
#                                         pages and bash, zsh and fish completion
#   SHA256SUMS                            checksums of the three (sha256sum -c SHA256SUMS)
# Needs: a JDK 17 (javac, jlink, jdeps), Maven, asciidoctor (man pages), dpkg-deb, sha256sum.
# The version is the pom's (the one place it is kept).
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"

skip_tests=()
for arg in "$@"; do
  case "$arg" in
    --skip-tests) skip_tests=(-DskipTests) ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done
for tool in java javac jlink jdeps mvn asciidoctor dpkg-deb sha256sum gzip tar; do
  command -v "$tool" >/dev/null 2>&1 || { echo "build.sh: '$tool' is needed and not on PATH" >&2; exit 3; }
done
java_major="$(javac -version 2>&1 | sed -E 's/^javac ([0-9]+).*/\1/')"
[ "$java_major" -ge 17 ] || { echo "build.sh: JDK 17 or newer needed (javac $java_major)" >&2; exit 3; }

out="$here/target/release"
work="$here/target/release-work"
rm -rf "$out" "$work"
mkdir -p "$out" "$work"

log() { echo "build.sh: $*" >&2; }

# 1. The jar, and the class path of the release tooling (man pages, completion).
log "building the jar with Maven${skip_tests:+ (tests skipped)}"
mvn -B -ntp -q "${skip_tests[@]}" package dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/tooling-classpath.txt"
version="$(sed -n 's/^version=//p' target/classes/dev/unitlint/build-info.properties)"
[ -n "$version" ] || { log "no version in build-info.properties"; exit 3; }
log "version $version"

# 2. Man pages and completion, generated from the command definitions.
docs="$work/docs"
java -Dunitlint.root="$here" -cp "target/test-classes:target/classes:$(cat "$work/tooling-classpath.txt")" \
  dev.unitlint.release.ReleaseDocs "$docs"
mkdir -p "$docs/man1"
asciidoctor --failure-level WARN -b manpage -a "unitlint-home=$(sed -n 's/^home=//p' target/classes/dev/unitlint/build-info.properties)" \
  -D "$docs/man1" "$docs"/man/*.adoc
gzip -9n "$docs"/man1/*.1

# 3. The Java runtime: only the modules unitlint needs (jdeps), without debug data.
#    java.desktop is left out: jdeps lists it for Jackson's optional java.beans support
#    (@ConstructorProperties, @Transient), which Jackson skips when the module is absent; the
#    install test runs every report format and a configuration file on this runtime.
modules="$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 target/unitlint.jar | tr ',' '\n' \
  | grep -vx 'java.desktop' | paste -sd, -)"
log "jlink runtime with $modules"
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64) arch=aarch64 ;;
  *) arch="$(uname -m)" ;;
esac
name="unitlint-$version"
image="$work/$name"
mkdir -p "$image/bin" "$image/lib"
jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 \
  --output "$image/runtime"
cp target/unitlint.jar "$image/lib/unitlint.jar"
cp tools/jvm/jvm.options "$image/lib/jvm.options"
cp tools/jvm/run-size.sh "$image/lib/run-size.sh"
install -m 0755 tools/release/unitlint.sh "$image/bin/unitlint"

# 4. The class list for the class-data archive: the classes loaded by runs that touch every
#    rule (the rule fixtures), the machine formats, --version and the rule list.
log "recording the classes unitlint loads (class-data archive list)"
lists=()
record() {
  local list="$work/classes-${#lists[@]}.lst"
  "$image/runtime/bin/java" -Xshare:off -XX:DumpLoadedClassList="$list" -cp "$image/lib/unitlint.jar" \
    dev.unitlint.cli.Main "$@" >/dev/null 2>&1 || true
  [ -s "$list" ] || { log "no classes recorded for: $*"; exit 3; }
  lists+=("$list")
}
record check --color=always testdata/rules
record check --format sarif testdata/rules
record check --format json testdata/rules
record check --format github testdata/rules
record --version
record rules
awk '!seen[$0]++' "${lists[@]}" > "$image/lib/unitlint.classlist"
log "$(wc -l < "$image/lib/unitlint.classlist") classes listed"

# 5. Man pages, completion and notices inside the folder, as /usr/share would hold them.
share="$image/share"
mkdir -p "$share/man/man1" "$share/bash-completion/completions" "$share/zsh/site-functions" \
  "$share/fish/vendor_completions.d" "$share/doc/unitlint"
cp "$docs"/man1/*.1.gz "$share/man/man1/"
cp "$docs/completion/unitlint.bash" "$share/bash-completion/completions/unitlint"
cp "$docs/completion/_unitlint" "$share/zsh/site-functions/_unitlint"
cp "$docs/completion/unitlint.fish" "$share/fish/vendor_completions.d/unitlint.fish"
sed "s/@VERSION@/$version/g" tools/release/debian/copyright > "$share/doc/unitlint/copyright"
cp README.md "$share/doc/unitlint/README.md"

# A quick look that the folder runs before it is packed.
"$image/bin/unitlint" --version | grep -qx "unitlint $version" || { log "bin/unitlint --version failed"; exit 3; }
rm -f "$image"/lib/unitlint.jsa*

# 6. The archive.
tar -C "$work" --owner=0 --group=0 --numeric-owner -czf "$out/$name-linux-$arch.tar.gz" "$name"
cp target/unitlint.jar "$out/$name.jar"

# 7. The Debian package: the folder under /usr/lib/unitlint, /usr/bin/unitlint, man pages and
#    completion where man, bash-completion, zsh and fish look for them.
deb_version="${version//-/\~}"
deb_arch="$(dpkg --print-architecture)"
pkg="$work/deb"
mkdir -p "$pkg/DEBIAN" "$pkg/usr/lib/unitlint" "$pkg/usr/bin" "$pkg/usr/share/zsh/vendor-completions"
cp -a "$image/bin" "$image/lib" "$image/runtime" "$pkg/usr/lib/unitlint/"
ln -s ../lib/unitlint/bin/unitlint "$pkg/usr/bin/unitlint"
cp -a "$share/man" "$share/bash-completion" "$share/fish" "$pkg/usr/share/"
cp "$share/zsh/site-functions/_unitlint" "$pkg/usr/share/zsh/vendor-completions/_unitlint"
mkdir -p "$pkg/usr/share/doc/unitlint"
cp "$share/doc/unitlint/copyright" "$pkg/usr/share/doc/unitlint/copyright"
sed -e "s/@VERSION@/$deb_version/g" -e "s/@DATE@/$(date -R)/" tools/release/debian/changelog | gzip -9n > "$pkg/usr/share/doc/unitlint/changelog.gz"
# Depends: the packages of the shared libraries the runtime's native code needs (Debian's
# OpenJDK links the C++ runtime dynamically, Temurin's statically). A library not in this table
# stops the build: add its package.
depends="$(find "$pkg/usr/lib/unitlint/runtime" -name '*.so' -exec ldd {} + 2>/dev/null | awk '/=>/ {print $1}' | sort -u \
  | while read -r soname; do
      case "$soname" in
        libc.so.*|libm.so.*|libdl.so.*|libpthread.so.*|librt.so.*|ld-linux*|linux-vdso*) echo libc6 ;;
        libgcc_s.so.*) echo libgcc-s1 ;;
        libstdc++.so.*) echo libstdc++6 ;;
        libz.so.*) echo zlib1g ;;
        libjli.so|libjava.so|libjvm.so|libnet.so|libnio.so|libverify.so|libzip.so|libjimage.so|libextnet.so) ;;
        *) echo "UNKNOWN:$soname" ;;
      esac
    done | sort -u | paste -sd, - | sed 's/,/, /g')"
case "$depends" in *UNKNOWN:*) log "map these libraries to Debian packages in build.sh: $depends"; exit 3 ;; esac
installed_size="$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)"
sed -e "s/@VERSION@/$deb_version/g" -e "s/@ARCH@/$deb_arch/g" -e "s/@SIZE@/$installed_size/g" \
  -e "s/@DEPENDS@/$depends/" -e "s|@HOME@|$(sed -n 's/^home=//p' target/classes/dev/unitlint/build-info.properties)|g" \
  tools/release/debian/control > "$pkg/DEBIAN/control"
install -m 0755 tools/release/debian/postinst "$pkg/DEBIAN/postinst"
install -m 0755 tools/release/debian/prerm "$pkg/DEBIAN/prerm"
deb="unitlint_${deb_version}_${deb_arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$out/$deb" >/dev/null

# 8. Checksums.
(cd "$out" && sha256sum "$name.jar" "$name-linux-$arch.tar.gz" "$deb" > SHA256SUMS)
log "done: $out"
ls -l "$out" >&2
