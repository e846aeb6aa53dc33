#!/usr/bin/env bash
# Export one systemd source tree per major release from a git clone of systemd (systemd/systemd or
# systemd/systemd-stable, which carries every tag from v1 to v256), for tools/catalog/generate.py.
#
# Usage: tools/catalog/export-git-releases.sh GIT_DIR [FIRST [LAST [CACHE_DIR]]]
#   GIT_DIR    a clone, bare or not, that has the tags vFIRST..vLAST
#   FIRST/LAST the range of major releases (default 183 and 256: v183 is the first release after
#              the udev merge, where systemd's man pages start their version annotations)
#   CACHE_DIR  defaults to $UNITLINT_SYSTEMD_SRC, else /tmp/unitlint-systemd-src (the cache of
#              fetch-sources.sh; keep it outside the repository)
#
# Why: Debian's archive only carries a few majors (247, 252, 254, 257, 262). The catalog dates a
# directive or value exactly when it has the sources of the release that added it and of the one
# before, so every major release in between is read from the release tag vN (the .0 release, the
# one that introduced what it has). generate.py reads releases from 247 on in full, and older ones
# only to date additions.
#
# Only what the generator reads is exported: the build files that name the version, src/core,
# src/shared, src/basic, src/fundamental, man/ and NEWS. Each tree gets a stamp,
# .unitlint-source, with the tag and its commit, so the provenance of every tree is on record.
# Idempotent: a tree whose stamp names the same commit is left alone.
#
# Output: the trees, one per line, for: tools/catalog/generate.py $(...)
set -euo pipefail

GIT_DIR_ARG="${1:?usage: export-git-releases.sh GIT_DIR [FIRST [LAST [CACHE_DIR]]]}"
FIRST="${2:-183}"
LAST="${3:-256}"
CACHE_DIR="${4:-${UNITLINT_SYSTEMD_SRC:-/tmp/unitlint-systemd-src}}"
PATHS=(meson.build meson.version configure.ac src/core src/shared src/basic src/fundamental man NEWS)

git_() { git --git-dir="$GIT_DIR_ARG" "$@"; }
if [ -d "$GIT_DIR_ARG/.git" ]; then GIT_DIR_ARG="$GIT_DIR_ARG/.git"; fi
git_ rev-parse --git-dir >/dev/null 2>&1 || { echo "export-git-releases: $GIT_DIR_ARG is not a git directory" >&2; exit 2; }
mkdir -p "$CACHE_DIR"

for ((release = FIRST; release <= LAST; release++)); do
  tag="v$release"
  commit="$(git_ rev-parse -q --verify "refs/tags/$tag^{commit}" 2>/dev/null || true)"
  if [ -z "$commit" ]; then
    echo "export-git-releases: no tag $tag; skipped" >&2
    continue
  fi
  tree="$CACHE_DIR/systemd-git-$tag"
  stamp="$tree/.unitlint-source"
  if [ -f "$stamp" ] && grep -qx "git_commit=$commit" "$stamp"; then
    printf '%s\n' "$tree"
    continue
  fi
  rm -rf "$tree" "$tree.partial"
  mkdir -p "$tree.partial"
  existing=()
  for path in "${PATHS[@]}"; do
    if git_ cat-file -e "$commit:$path" 2>/dev/null; then existing+=("$path"); fi
  done
  git_ archive --format=tar "$commit" -- "${existing[@]}" | tar -x -C "$tree.partial"
  {
    echo "git_tag=$tag"
    echo "git_commit=$commit"
    echo "upstream_version=$release"
  } > "$tree.partial/.unitlint-source"
  mv "$tree.partial" "$tree"
  echo "export-git-releases: exported $tag ($commit)" >&2
  printf '%s\n' "$tree"
done
