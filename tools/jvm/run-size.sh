# Sourced by the launchers (./unitlint and the release's bin/unitlint, which has it as
# lib/run-size.sh): JVM flags that depend on how much a run checks; jvm.options holds the rest.
#
# run_size_flags ARGS... sets RUN_SIZE_FLAGS to the flags for a run with these arguments.
#
# A run over a few named files is over before most methods repay compiling them: with C1's usual
# thresholds a one-file check spends ~0.13 s of its ~0.4 s CPU in the compiler, on two cores
# beside the two threads doing the work. A third of the compilations (thresholds ×3) makes such
# a run ~9 % faster (0.303 -> 0.275 s, 21 runs alternating), and a corpus run ~19 % slower
# (2.01 -> 2.40 s), so the higher thresholds are for runs that name at most RUN_SIZE_FEW regular
# files and no folder; a folder, --root, or a longer list keeps the usual ones.
RUN_SIZE_FEW=10

run_size_flags() {
  RUN_SIZE_FLAGS=()
  local arg files=0
  for arg in "$@"; do
    case "$arg" in
      -*) continue ;;
    esac
    if [ -d "$arg" ]; then
      return 0
    fi
    if [ -f "$arg" ]; then
      files=$((files + 1))
      [ "$files" -le "$RUN_SIZE_FEW" ] || return 0
    fi
  done
  RUN_SIZE_FLAGS=(-XX:CompileThresholdScaling=3)
}
