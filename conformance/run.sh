#!/usr/bin/env bash
# Compares unitlint with systemd-analyze verify on mutated real unit files. On demand only:
# it needs systemd-analyze (252) and is not part of `mvn verify`. See conformance/conformance.py.
#   conformance/run.sh                      # the corpus, one mutated copy per unit
#   conformance/run.sh DIR --mutants 3      # another folder, three copies each
#   conformance/run.sh --clean-list testdata/conformance/clean-252.txt
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
exec python3 "$here/conformance.py" "$@"
