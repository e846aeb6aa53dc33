#!/usr/bin/env bash
# The directive sweep: every directive × invalid and borderline values, judged by systemd
# (systemd-analyze verify, systemctl --root enable) and by unitlint. See conformance/sweep.py.
#   conformance/sweep.sh                    # the tuning split, systemd 252
#   conformance/sweep.sh --split heldout    # the held-out split
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
exec python3 "$here/sweep.py" "$@"
