#!/usr/bin/env bash
# unitlint, as installed from a release: the Debian package (/usr/lib/unitlint, linked from
# /usr/bin/unitlint) or the archive (unitlint-VERSION/). Runs lib/unitlint.jar on the Java
# runtime beside it (made by jlink for unitlint alone), so no Java needs to be installed.
#
# Start-up: the JVM maps a class-data sharing archive, lib/unitlint.jsa, holding the classes
# a check loads, already parsed and verified (about 0.25 s per run instead of 1 s). Java 17
# records the absolute path of the jar in such an archive, so it cannot be made where the
# release is built; the release ships the list of classes to put in it (lib/unitlint.classlist,
# recorded by the release build on the rule fixtures) and the archive is made once where
# unitlint lives: by the package's postinst, or by the first run of an unpacked archive, in
# lib/ when that is writable, else in ~/.cache/unitlint/. lib/unitlint.jsa.stamp says which
# jar it was made for; a moved or replaced jar gets a new archive. When anything goes wrong the
# archive is simply not used.
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
java="$home/runtime/bin/java"
jar="$home/lib/unitlint.jar"
classlist="$home/lib/unitlint.classlist"

# The JVM flags, shared with ./unitlint in a clone (tools/jvm/jvm.options, java's @argument-file
# format, which says why each); the same flags make and map the archive.
jvm=(@"$home/lib/jvm.options")

stamp_of_jar() { stat -c '%n %s %Y' "$jar"; }

# Prints the archive to use, making it first when there is none for this jar.
class_data_archive() {
  local dir archive want
  want="$(stamp_of_jar)"
  for dir in "$home/lib" "${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/unitlint"; do
    archive="$dir/unitlint-$(printf '%s' "$want" | cksum | cut -d' ' -f1).jsa"
    [ "$dir" = "$home/lib" ] && archive="$dir/unitlint.jsa"
    if [ -f "$archive" ] && [ "$(cat "$archive.stamp" 2>/dev/null)" = "$want" ]; then
      echo "$archive"
      return 0
    fi
    if [ -f "$classlist" ] && mkdir -p "$dir" 2>/dev/null && [ -w "$dir" ]; then
      local tmp="$archive.$$.tmp"
      if "$java" "${jvm[@]}" -Xshare:dump -XX:SharedClassListFile="$classlist" -XX:SharedArchiveFile="$tmp" \
          -cp "$jar" >/dev/null 2>&1 && [ -s "$tmp" ]; then
        printf '%s\n' "$want" > "$tmp.stamp" && mv -f "$tmp.stamp" "$archive.stamp" && mv -f "$tmp" "$archive"
        echo "$archive"
        return 0
      fi
      rm -f "$tmp" "$tmp.stamp"
    fi
  done
  return 1
}

if archive="$(class_data_archive)"; then
  # -Xshare:auto: an archive the JVM cannot use after all is ignored, silently.
  jvm+=(-XX:SharedArchiveFile="$archive" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
fi

# Fewer compilations for a run over a few files (lib/run-size.sh says why).
# shellcheck source=../jvm/run-size.sh
. "$home/lib/run-size.sh"
run_size_flags "$@"

# shellcheck disable=SC2086 # UNITLINT_JAVA_OPTS is a list of flags
exec "$java" "${jvm[@]}" "${RUN_SIZE_FLAGS[@]}" ${UNITLINT_JAVA_OPTS:-} -cp "$jar" dev.unitlint.cli.Main "$@"
