#!/usr/bin/env bash
# Fetch and unpack the systemd source packages that Debian's archive still serves, one tree per
# upstream major release, for tools/catalog/generate.py.
#
# Usage: tools/catalog/fetch-sources.sh [CACHE_DIR]
#   CACHE_DIR  defaults to $UNITLINT_SYSTEMD_SRC, else /tmp/unitlint-systemd-src. Keep it outside
#              the repository: a single tree is several hundred MB.
# Environment:
#   UNITLINT_DEBIAN_MIRROR  archive URI (default: the first .../debian URI in this machine's apt
#                           sources, so the script uses the mirror apt is already set up with)
#   UNITLINT_SUITES         space-separated suites to try (default below)
#
# What it does, and why this way:
# - It uses a private apt state under CACHE_DIR/apt (its own sources list, lists and archive cache),
#   so it never edits /etc/apt or the system's package lists and needs no prior deb-src setup.
# - Verification is apt's own: each suite's InRelease is checked against Debian's archive keyring,
#   and `apt-get source` checks every downloaded file against the hashes of that signed index.
#   `dpkg-source -x` then re-checks the files against the .dsc. (The .dsc's own OpenPGP signature
#   is not checked: that would need the large debian-keyring package and adds nothing to the
#   signed-index chain.)
# - Debian's patches are NOT applied (--skip-patches): the catalog describes upstream systemd,
#   which every distribution builds from, not Debian's packaging changes.
# - Suites that carry the same upstream major release are fetched once (the highest version).
# - Idempotent: a tree that is already unpacked (stamp file present) is left alone; apt does not
#   download files again whose hashes already match.
#
# Output: CACHE_DIR/systemd-<upstream version>/ trees, and CACHE_DIR/sources.tsv, a manifest of
# every suite tried (reachable or not), which tools/catalog/README.md quotes.
set -euo pipefail

CACHE_DIR="${1:-${UNITLINT_SYSTEMD_SRC:-/tmp/unitlint-systemd-src}}"
# Oldest first. buster (241) and bullseye-backports have moved off the main archive; they are tried
# anyway so the manifest records that they are unreachable, and so they are picked up if a mirror
# that still has them is configured.
SUITES="${UNITLINT_SUITES:-buster bullseye bullseye-backports bookworm bookworm-backports trixie trixie-backports forky sid experimental}"
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg

for tool in apt-get apt-cache dpkg-source dpkg sha256sum; do
  command -v "$tool" >/dev/null || { echo "fetch-sources: missing $tool (apt-get install dpkg-dev)" >&2; exit 2; }
done
[ -r "$KEYRING" ] || { echo "fetch-sources: missing $KEYRING (apt-get install debian-archive-keyring)" >&2; exit 2; }

# The mirror this machine's apt already uses: the first URI that ends in /debian (not -security).
default_mirror() {
  cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
    | grep -Eo '(https?|file)://[^ ]*/debian/?( |$)' | head -n1 | tr -d ' ' | sed 's:/$::' || true
}
MIRROR="${UNITLINT_DEBIAN_MIRROR:-$(default_mirror)}"
[ -n "$MIRROR" ] || { echo "fetch-sources: no Debian mirror found in /etc/apt; set UNITLINT_DEBIAN_MIRROR" >&2; exit 2; }

APT_DIR="$CACHE_DIR/apt"
mkdir -p "$APT_DIR/lists/partial" "$APT_DIR/cache/archives/partial" "$CACHE_DIR/downloads"
SOURCES_LIST="$APT_DIR/sources.list"
: > "$SOURCES_LIST"
for suite in $SUITES; do
  echo "deb-src [signed-by=$KEYRING] $MIRROR $suite main" >> "$SOURCES_LIST"
done

APT_OPTS=(
  -o "Dir::Etc::SourceList=$SOURCES_LIST"
  -o "Dir::Etc::SourceParts=/nonexistent"
  -o "Dir::State::Lists=$APT_DIR/lists"
  -o "Dir::Cache=$APT_DIR/cache"
  -o "Acquire::Languages=none"
)
# As root, apt would try to drop to the _apt user, which cannot write to CACHE_DIR; say so up front
# instead of getting a warning on every download.
if [ "$(id -u)" = 0 ]; then APT_OPTS+=(-o "APT::Sandbox::User=root"); fi

echo "fetch-sources: updating source indexes from $MIRROR for: $SUITES" >&2
# A suite that is gone from the mirror makes `update` exit non-zero; that is expected and recorded.
apt-get "${APT_OPTS[@]}" update >"$APT_DIR/update.log" 2>&1 || true

# madison lines look like: " systemd | 252.39-1~deb12u2 | http://host/debian bookworm/main Sources"
MADISON="$(apt-cache "${APT_OPTS[@]}" madison systemd 2>/dev/null || true)"

suite_reachable() {
  # apt stores a suite's Sources index only when its signed Release file verified.
  compgen -G "$APT_DIR/lists/*_dists_${1}_main_source_Sources*" >/dev/null
}
suite_version() {
  awk -F'|' -v s="$1" '{ split($3, f, " "); split(f[2], d, "/"); if (d[1] == s) { gsub(/ /, "", $2); print $2 } }' <<<"$MADISON" \
    | sort -uV | tail -n1
}
upstream_of() { local v="${1#*:}"; echo "${v%-*}"; }   # strip epoch and Debian revision
major_of() { local u; u="$(upstream_of "$1")"; echo "${u%%.*}"; }

# Candidate versions per upstream major release, newest first. A suite's index can list a version
# whose files the mirror does not (yet) carry, so every candidate is tried in turn.
declare -A SUITE_STATUS SUITE_VERSION CANDIDATES FETCHED_TREE
for suite in $SUITES; do
  if ! suite_reachable "$suite"; then SUITE_STATUS[$suite]=unreachable; continue; fi
  version="$(suite_version "$suite")"
  if [ -z "$version" ]; then SUITE_STATUS[$suite]=no-systemd; continue; fi
  SUITE_STATUS[$suite]=listed
  SUITE_VERSION[$suite]="$version"
  major="$(major_of "$version")"
  CANDIDATES[$major]="${CANDIDATES[$major]:-} $version"
done

# Fetch and unpack one version into CACHE_DIR/systemd-<upstream>; returns non-zero if apt cannot get it.
fetch_version() {
  local version="$1" upstream tree stamp dsc orig
  upstream="$(upstream_of "$version")"
  tree="$CACHE_DIR/systemd-$upstream"
  stamp="$tree/.unitlint-source"
  if [ -f "$stamp" ] && grep -qx "debian_version=$version" "$stamp"; then
    echo "fetch-sources: $tree already unpacked ($version)" >&2
    return 0
  fi
  echo "fetch-sources: fetching systemd $version" >&2
  (cd "$CACHE_DIR/downloads" && apt-get "${APT_OPTS[@]}" source --download-only "systemd=$version" >&2) || return 1
  dsc="$CACHE_DIR/downloads/systemd_${version#*:}.dsc"
  rm -rf "$tree" "$tree.partial"
  dpkg-source --skip-patches --no-copy -x "$dsc" "$tree.partial" >&2
  orig="$(awk '/^Files:/ {f=1; next} f && /orig\.tar/ {print $3; exit}' "$dsc")"
  {
    echo "debian_version=$version"
    echo "upstream_version=$upstream"
    echo "orig_tarball=$orig"
    echo "orig_sha256=$(sha256sum "$CACHE_DIR/downloads/$orig" | cut -d' ' -f1)"
    echo "debian_patches=not applied"
  } > "$tree.partial/.unitlint-source"
  mv "$tree.partial" "$tree"
}

TREES=()
for major in $(printf '%s\n' "${!CANDIDATES[@]}" | sort -n); do
  for version in $(printf '%s\n' ${CANDIDATES[$major]} | sort -u | sort -rV); do
    if fetch_version "$version"; then
      FETCHED_TREE[$version]="systemd-$(upstream_of "$version")"
      TREES+=("$CACHE_DIR/${FETCHED_TREE[$version]}")
      break
    fi
    echo "fetch-sources: systemd $version is listed but could not be fetched; trying an older candidate" >&2
    FETCHED_TREE[$version]=-
  done
done

# Manifest, one row per suite tried. status: unreachable (no verified index), no-systemd,
# fetched, fetch-failed (index lists it, pool files missing), superseded (a newer point release
# of the same major was fetched instead).
{
  printf 'suite\tstatus\tdebian_version\ttree\n'
  for suite in $SUITES; do
    status="${SUITE_STATUS[$suite]}" version="${SUITE_VERSION[$suite]:-}" tree=""
    if [ "$status" = listed ]; then
      case "${FETCHED_TREE[$version]:-}" in
        -) status=fetch-failed ;;
        "") status=superseded ;;
        *) status=fetched; tree="${FETCHED_TREE[$version]}" ;;
      esac
    fi
    printf '%s\t%s\t%s\t%s\n' "$suite" "$status" "$version" "$tree"
  done
} > "$CACHE_DIR/sources.tsv"

echo "fetch-sources: manifest $CACHE_DIR/sources.tsv" >&2
column -t -s $'\t' "$CACHE_DIR/sources.tsv" >&2 || cat "$CACHE_DIR/sources.tsv" >&2
# The trees, one per line, for: tools/catalog/generate.py $(tools/catalog/fetch-sources.sh)
printf '%s\n' "${TREES[@]}"
