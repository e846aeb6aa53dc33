#!/usr/bin/env bash
# The class-data archive of unitlint: the classes a run loads, parsed, verified and laid out
# by a training run, which every later run maps instead of loading them from the jar again. It
# is what makes a one-file run take a tenth of a second rather than a third (see README,
# "Performance"). ./unitlint uses this script; a release build can call it the same way.
#
#   tools/jvm/archive.sh create JAVA JAR ARCHIVE [TRAINING ARGUMENTS...]
#       Runs unitlint once with the training arguments (default: check --color=never on the rule
#       fixtures in testdata/) and writes the archive for this JAVA to ARCHIVE (replaced
#       atomically; on failure no archive is written and the exit code is 1).
#   tools/jvm/archive.sh flags JAVA ARCHIVE
#       Prints the JVM flags that map ARCHIVE with this JAVA, one per line.
#   tools/jvm/archive.sh kind JAVA
#       Prints "aot" (JDK 24 and later: an AOT cache, JEP 483) or "cds" (JDK 17 to 23: a
#       static AppCDS archive).
#
# Sourced (". tools/jvm/archive.sh"), it only defines the functions create, archive_kind JAVA
# (sets ARCHIVE_KIND and ARCHIVE_NAME) and archive_flags ARCHIVE (sets the array ARCHIVE_FLAGS), so that a
# launcher pays for no extra process.
#
# Why these kinds: JDK 17's dynamic archive (-XX:ArchiveClassesAtExit) leaves out picocli,
# whose classes are Java 5 class files; a static archive (-XX:DumpLoadedClassList, then
# -Xshare:dump) keeps them, 40-60 ms less per run. From JDK 24 on, an AOT cache also keeps
# classes linked. Both are tied to the JDK build and to the jar's path, size and time: move the
# jar or change the JDK and the JVM ignores the archive (silently, with -Xshare:auto) until it
# is made again. The flags in jvm.options must be used when making and when using one.
archive_sh_dir="$(readlink -f "${BASH_SOURCE[0]}")"
archive_sh_dir="${archive_sh_dir%/*}"

# The major version of a java command, from its JDK's release file (no JVM started), in REPLY;
# JAVA_ID names the JDK build for archive file names (its path and full version).
java_major() {
  local home line version="" full=""
  home="$(readlink -f "$(command -v "$1" || echo "$1")")"
  JAVA_ID="$home"
  home="${home%/bin/*}"
  if [ -f "$home/release" ]; then
    while IFS= read -r line; do
      case "$line" in
        JAVA_VERSION=*) version="${line#JAVA_VERSION=}"; version="${version//\"/}";;
        JAVA_RUNTIME_VERSION=*) full="${line#JAVA_RUNTIME_VERSION=}"; full="${full//\"/}";;
      esac
    done < "$home/release"
  fi
  JAVA_ID="${home#/}-${full:-$version}"
  JAVA_ID="${JAVA_ID//[^A-Za-z0-9.]/_}"
  if [ -z "$version" ]; then
    version="$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -1)"
  fi
  version="${version#1.}"
  REPLY="${version%%[.+-]*}"
}

# The kind of archive for a java command, in ARCHIVE_KIND: aot (JDK 24 and later) or cds; a file
# name for it in ARCHIVE_NAME (unitlint-JDK.aot or unitlint-JDK.jsa).
archive_kind() {
  java_major "$1"
  if [ "${REPLY:-0}" -ge 24 ]; then ARCHIVE_KIND=aot; else ARCHIVE_KIND=cds; fi
  ARCHIVE_NAME="unitlint-$JAVA_ID.$([ "$ARCHIVE_KIND" = aot ] && echo aot || echo jsa)"
}

# The JVM flags that map an archive of ARCHIVE_KIND (see archive_kind), in the array
# ARCHIVE_FLAGS. An archive the JVM cannot use (another JDK build, a moved jar) is ignored,
# silently.
archive_flags() {  # archive_flags ARCHIVE
  if [ "$ARCHIVE_KIND" = aot ]; then
    ARCHIVE_FLAGS=("-XX:AOTCache=$1" -Xlog:aot=off -Xlog:cds=off)
  else
    ARCHIVE_FLAGS=("-XX:SharedArchiveFile=$1" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
}

create() {  # create JAVA JAR ARCHIVE [ARGS...]
  local java="$1" jar="$2" archive="$3"
  shift 3
  local testdata="$archive_sh_dir/../../testdata"
  local args=("$@") extra=()
  if [ ${#args[@]} -eq 0 ]; then
    # Every rule, on the rule fixtures, with the text report; and (for the static archive) the
    # JSON library of the machine formats.
    args=(check --color=never "$testdata")
    extra=(check --color=never --format sarif "$testdata/rules/SD301")
  fi
  local tmp="$archive.$$.tmp" status=0
  rm -f "$tmp" "$tmp".classlist*
  archive_kind "$java"
  if [ "$ARCHIVE_KIND" = aot ]; then
    # JDK 25: training run and cache creation in one step (JEP 514).
    "$java" @"$archive_sh_dir/jvm.options" -XX:AOTCacheOutput="$tmp" -jar "$jar" "${args[@]}" \
        >/dev/null 2>&1 || status=$?
  else
    "$java" @"$archive_sh_dir/jvm.options" -Xshare:off -XX:DumpLoadedClassList="$tmp.classlist1" \
        -jar "$jar" "${args[@]}" >/dev/null 2>&1 || status=$?
    if [ ${#extra[@]} -gt 0 ]; then
      "$java" @"$archive_sh_dir/jvm.options" -Xshare:off -XX:DumpLoadedClassList="$tmp.classlist2" \
          -jar "$jar" "${extra[@]}" >/dev/null 2>&1 || true
    fi
    # The union of the runs' class lists (JDK 17's name classes and lambda call sites, one a line).
    # A line may repeat, once per call site of the same lambda: keep as many as either run has.
    awk 'FNR == 1 { file++ } { n = ++count[file, $0]; if (n > most[$0]) { most[$0] = n; print } }' \
        "$tmp".classlist1 "$tmp".classlist2 2>/dev/null > "$tmp.classlist"
    # The archive is laid out with the default collector, which also archives interned strings;
    # a run with -XX:+UseSerialGC maps it all the same.
    [ -s "$tmp.classlist" ] && "$java" -Xshare:dump -XX:SharedClassListFile="$tmp.classlist" \
        -XX:SharedArchiveFile="$tmp" -cp "$jar" >/dev/null 2>&1 || status=$?
    rm -f "$tmp".classlist*
  fi
  # The training run's own exit code is 1 when it has findings; only a missing archive is a failure.
  if [ -s "$tmp" ]; then
    mv -f "$tmp" "$archive"
  else
    rm -f "$tmp"
    echo "archive.sh: could not create $archive (status $status)" >&2
    return 1
  fi
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  return 0
fi
set -euo pipefail
case "${1:-}" in
  create) shift; [ $# -ge 3 ] || { echo "usage: archive.sh create JAVA JAR ARCHIVE [ARGS...]" >&2; exit 2; }; create "$@" ;;
  flags) shift; [ $# -eq 2 ] || { echo "usage: archive.sh flags JAVA ARCHIVE" >&2; exit 2; }
    archive_kind "$1"; archive_flags "$2"; printf '%s\n' "${ARCHIVE_FLAGS[@]}" ;;
  kind) shift; [ $# -eq 1 ] || { echo "usage: archive.sh kind JAVA" >&2; exit 2; }; archive_kind "$1"; echo "$ARCHIVE_KIND" ;;
  *) echo "usage: archive.sh create|flags|kind ..." >&2; exit 2 ;;
esac
