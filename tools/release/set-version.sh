#!/usr/bin/env bash
# Sets the version in its one place, the pom, and for a release (no -SNAPSHOT) the copies that
# name the newest release for users to download: the GitLab template's UNITLINT_VERSION and the
# README's installation recipes. .ci/action-test.sh fails when the template and a release pom
# disagree.
#
#   tools/release/set-version.sh 0.2.0            # then commit, tag v0.2.0, push the tag
#   tools/release/set-version.sh 0.2.1-SNAPSHOT   # after the release: development goes on
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
new="${1:?usage: set-version.sh VERSION (such as 0.2.0 or 0.2.1-SNAPSHOT)}"
[[ "$new" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-SNAPSHOT)?$ ]] || { echo "set-version.sh: not a version: $new" >&2; exit 2; }
cd "$here"
sed -i "0,/^  <version>.*<\/version>/s||  <version>$new</version>|" pom.xml
if [[ "$new" != *-SNAPSHOT ]]; then
  old="$(sed -n 's/^    UNITLINT_VERSION: "\(.*\)"$/\1/p' gitlab/unitlint.gitlab-ci.yml)"
  if [ -n "$old" ] && [ "$old" != "$new" ]; then
    old_re="${old//./\\.}"
    sed -i "s/$old_re/$new/g" gitlab/unitlint.gitlab-ci.yml
    # Only the lines of the README that name a release to download or a tag to use.
    sed -i -E "/(unitlint[-_]$old_re|v$old_re|rev: |UNITLINT_VERSION)/s/$old_re/$new/g" README.md
  fi
fi
echo "set-version.sh: pom.xml is at $new; check 'git diff' and commit"
