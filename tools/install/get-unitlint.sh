#!/usr/bin/env bash
# Puts a runnable unitlint for this checkout in DEST and prints its path: used by the GitHub
# Action (action.yml) and the pre-commit hook (tools/pre-commit/unitlint-hook), which both run
# from a checkout of this repository at some revision.
#
#   tools/install/get-unitlint.sh DEST
#
# A checkout of a release (the pom's version has no -SNAPSHOT, as on a tag vX.Y.Z) uses that
# release's artifacts: unitlint-X.Y.Z-linux-x64.tar.gz (its own Java runtime), or on other
# systems unitlint-X.Y.Z.jar (needs Java 17), downloaded from the release and checked against
# its SHA256SUMS. Any other checkout, or a release that cannot be downloaded, is built from the
# checkout by ./unitlint (needs Java 17 and Maven). A checksum that does not match stops it.
#
# Environment:
#   UNITLINT_INSTALL      auto (default), release (download or fail) or build
#   UNITLINT_RELEASE_URL  where the release's files are (default: HOME/releases/download/vX.Y.Z,
#                         HOME being UNITLINT_HOME, or the pom's <url>); file:// works. Setting
#                         it asks for the release even for a -SNAPSHOT checkout.
#   GITHUB_OUTPUT         when set (in an action), also writes unitlint=, mode= and needs-java=.
set -euo pipefail
checkout="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
dest="${1:?usage: get-unitlint.sh DEST}"
say() { echo "unitlint-install: $*" >&2; }

pom="$checkout/pom.xml"
version="$(sed -n 's|^  <version>\(.*\)</version>.*|\1|p' "$pom" | head -1)"
home="${UNITLINT_HOME:-$(sed -n 's|^  <url>\(.*\)</url>.*|\1|p' "$pom" | head -1)}"
[ -n "$version" ] && [ -n "$home" ] || { say "cannot read the version and <url> of $pom"; exit 3; }
base="${UNITLINT_RELEASE_URL:-$home/releases/download/v$version}"

mode="${UNITLINT_INSTALL:-auto}"
if [ "$mode" = auto ]; then
  if [[ "$version" == *-SNAPSHOT ]] && [ -z "${UNITLINT_RELEASE_URL:-}" ]; then mode=build; else mode=release; fi
  fallback=build
else
  fallback=
fi

java_ok() {
  command -v java >/dev/null 2>&1 || return 1
  local major
  major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  [ "${major:-0}" -ge 17 ] 2>/dev/null
}

finish() { # PATH MODE NEEDS_JAVA
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    { echo "unitlint=$1"; echo "mode=$2"; echo "needs-java=$3"; echo "version=$version"; } >> "$GITHUB_OUTPUT"
  fi
  echo "$1"
  exit 0
}

fetch() { # URL FILE
  curl -fsSL --retry 3 --connect-timeout 20 -o "$2" "$1"
}

release() {
  local artifact platform
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) platform=linux-x64 ;;
    *) platform= ;;
  esac
  if [ -n "$platform" ]; then
    artifact="unitlint-$version-$platform.tar.gz"
    local installed="$dest/unitlint-$version"
    if [ -x "$installed/bin/unitlint" ] && [ -f "$installed/.complete" ]; then
      finish "$installed/bin/unitlint" release false
    fi
  else
    artifact="unitlint-$version.jar"
    if [ -f "$dest/$artifact" ] && [ -x "$dest/bin/unitlint" ]; then
      finish "$dest/bin/unitlint" release "$(java_ok && echo false || echo true)"
    fi
  fi
  local download="$dest/download.$$"
  rm -rf "$download"
  mkdir -p "$download"
  say "downloading $artifact from $base"
  if ! fetch "$base/SHA256SUMS" "$download/SHA256SUMS" || ! fetch "$base/$artifact" "$download/$artifact"; then
    rm -rf "$download"
    say "could not download release $version ($base/$artifact)"
    return 1
  fi
  local want got
  want="$(awk -v f="$artifact" '$2 == f || $2 == "*" f {print $1}' "$download/SHA256SUMS")"
  got="$(sha256sum "$download/$artifact" | cut -d' ' -f1)"
  if [ -z "$want" ] || [ "$want" != "$got" ]; then
    rm -rf "$download"
    say "checksum mismatch for $artifact (SHA256SUMS: ${want:-none}, downloaded: $got): not using it"
    exit 3
  fi
  if [ -n "$platform" ]; then
    tar -C "$download" -xzf "$download/$artifact"
    touch "$download/unitlint-$version/.complete"
    rm -rf "$dest/unitlint-$version"
    mv "$download/unitlint-$version" "$dest/unitlint-$version"
    rm -rf "$download"
    say "installed release $version in $dest/unitlint-$version"
    finish "$dest/unitlint-$version/bin/unitlint" release false
  fi
  mkdir -p "$dest/bin"
  mv "$download/$artifact" "$dest/$artifact"
  rm -rf "$download"
  printf '#!/bin/sh\nexec java -jar "%s" "$@"\n' "$dest/$artifact" > "$dest/bin/unitlint"
  chmod +x "$dest/bin/unitlint"
  say "installed release $version's jar in $dest (runs on the java on PATH)"
  finish "$dest/bin/unitlint" release "$(java_ok && echo false || echo true)"
}

mkdir -p "$dest"
if [ "$mode" = release ]; then
  release || true
  [ -n "$fallback" ] || { say "UNITLINT_INSTALL=release and no release to use"; exit 3; }
  say "building unitlint $version from $checkout instead"
elif [ "$mode" != build ]; then
  say "UNITLINT_INSTALL must be auto, release or build (got '$mode')"
  exit 2
fi
# From the checkout: ./unitlint builds target/unitlint.jar on its first run (Java 17 and Maven).
finish "$checkout/unitlint" build "$(java_ok && echo false || echo true)"
