package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.values.TimeSpan;
import dev.unitlint.values.UnsignedInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The restart and start-limit settings of a service as systemd resolves them: explicit
 * values where the unit sets them (in any section systemd reads them from), systemd's
 * defaults otherwise (RestartSec=100ms, StartLimitIntervalSec=10s, StartLimitBurst=5;
 * src/basic/def.h in 252, constants.h in 257), and the restart delays that
 * RestartSteps=/RestartMaxDelaySec= (v254) produce.
 */
public final class RestartPolicy {

    public static final long DEFAULT_RESTART_USEC = 100 * TimeSpan.USEC_PER_MSEC;
    public static final long DEFAULT_START_LIMIT_INTERVAL_USEC = 10 * TimeSpan.USEC_PER_SEC;
    public static final long DEFAULT_START_LIMIT_BURST = 5;

    static final Set<String> RESTART_VALUES =
            Set.of("no", "on-success", "on-failure", "on-abnormal", "on-watchdog", "on-abort", "always");

    /** Type= values of systemd 257 (exec since 240, notify-reload since 253). */
    static final Set<String> TYPE_VALUES =
            Set.of("simple", "exec", "forking", "oneshot", "dbus", "notify", "notify-reload", "idle");

    private final Optional<Assignment> type;
    private final Optional<Assignment> busName;
    private final boolean hasExecStart;
    private final Optional<Assignment> restart;
    private final Optional<Assignment> restartSec;
    private final Optional<Assignment> interval;
    private final Optional<Assignment> burst;
    private final Optional<Assignment> action;
    private final Optional<Assignment> restartSteps;
    private final Optional<Assignment> restartMaxDelay;

    private RestartPolicy(Unit unit, boolean readsRestartSteps) {
        type = unit.lastValid("Service", "Type", TYPE_VALUES::contains);
        busName = unit.lastValid("Service", "BusName", v -> !v.isEmpty());
        hasExecStart = unit.list("Service", "ExecStart").stream().anyMatch(a -> !a.isEmpty());
        restart = unit.lastValid("Service", "Restart", RESTART_VALUES::contains);
        restartSec = unit.lastValid("Service", "RestartSec", v -> TimeSpan.parse(v).isPresent());
        // StartLimit*= moved from [Service] to [Unit] in v229; systemd still reads the old names
        // in [Service] and both write the same setting, so the one applied last wins.
        interval = latestValid(unit, v -> TimeSpan.parse(v).isPresent(),
                "Unit", "StartLimitIntervalSec", "Unit", "StartLimitInterval", "Service", "StartLimitInterval");
        burst = latestValid(unit, v -> UnsignedInteger.parse(v).isPresent(),
                "Unit", "StartLimitBurst", "Service", "StartLimitBurst");
        action = latestValid(unit, v -> !v.isEmpty(), "Unit", "StartLimitAction", "Service", "StartLimitAction");
        if (readsRestartSteps) {
            restartSteps = unit.lastValid("Service", "RestartSteps", v -> UnsignedInteger.parse(v).isPresent());
            restartMaxDelay = unit.lastValid("Service", "RestartMaxDelaySec", v -> TimeSpan.parse(v).isPresent());
        } else {
            // Before v254 systemd does not know these keys and ignores them.
            restartSteps = Optional.empty();
            restartMaxDelay = Optional.empty();
        }
    }

    /**
     * True when Restart= is one systemd refuses for Type=oneshot (SD301 reports it); other
     * restart rules stay silent then, the unit does not load at all.
     */
    public static boolean refusedForOneshot(RestartPolicy policy) {
        return policy.type().equals("oneshot")
                && (policy.restart().equals("always") || policy.restart().equals("on-success"));
    }

    /**
     * The unit's policy for a target release, worked out once per unit: some twenty rules ask
     * for it, and each building its own was a tenth of a whole run's rule time (time spans
     * parsed again, every key looked up again). Only v254's new keys make releases differ.
     */
    public static RestartPolicy of(Unit unit, int systemdVersion) {
        return systemdVersion >= 254 ? unit.memo(WITH_STEPS, u -> new RestartPolicy(u, true))
                : unit.memo(WITHOUT_STEPS, u -> new RestartPolicy(u, false));
    }

    /** {@link Unit#memo} keys: the policy as read by releases with and without RestartSteps= (v254). */
    private static final Object WITH_STEPS = new Object();
    private static final Object WITHOUT_STEPS = new Object();

    private static Optional<Assignment> latestValid(Unit unit, java.util.function.Predicate<String> valid,
                                                    String... sectionKeyPairs) {
        List<Assignment> candidates = new ArrayList<>();
        for (int i = 0; i < sectionKeyPairs.length; i += 2) {
            Optional<Assignment> found = unit.lastValid(sectionKeyPairs[i], sectionKeyPairs[i + 1], valid);
            if (found.isPresent()) {
                candidates.add(found.get());
            }
        }
        return unit.latest(candidates);
    }

    public Optional<Assignment> typeAssignment() {
        return type;
    }

    /**
     * The service type in force. Without a valid Type= systemd picks one in service_add_extras():
     * {@code dbus} when BusName= is set, {@code simple} when there is an ExecStart=, else {@code oneshot}.
     */
    public String type() {
        if (type.isPresent()) {
            return type.get().value();
        }
        if (busName.isPresent()) {
            return "dbus";
        }
        return hasExecStart ? "simple" : "oneshot";
    }

    public Optional<Assignment> restartAssignment() {
        return restart;
    }

    /** The Restart= value in force; {@code no} by default. */
    public String restart() {
        return restart.map(Assignment::value).orElse("no");
    }

    public Optional<Assignment> restartSecAssignment() {
        return restartSec;
    }

    public long restartUsec() {
        return restartSec.map(a -> TimeSpan.parse(a.value()).getAsLong()).orElse(DEFAULT_RESTART_USEC);
    }

    public Optional<Assignment> intervalAssignment() {
        return interval;
    }

    public long intervalUsec() {
        return interval.map(a -> TimeSpan.parse(a.value()).getAsLong()).orElse(DEFAULT_START_LIMIT_INTERVAL_USEC);
    }

    public Optional<Assignment> burstAssignment() {
        return burst;
    }

    public long burst() {
        return burst.map(a -> UnsignedInteger.parse(a.value()).getAsLong()).orElse(DEFAULT_START_LIMIT_BURST);
    }

    public Optional<Assignment> restartStepsAssignment() {
        return restartSteps;
    }

    /** RestartSteps= in force (0, "disabled", when unset or before v254). */
    public long restartSteps() {
        return restartSteps.map(a -> UnsignedInteger.parse(a.value()).getAsLong()).orElse(0L);
    }

    public Optional<Assignment> restartMaxDelayAssignment() {
        return restartMaxDelay;
    }

    /** RestartMaxDelaySec= in force; infinity ("not set") by default. */
    public long restartMaxDelayUsec() {
        return restartMaxDelay.isPresent() ? maxDelayUsec() : TimeSpan.INFINITY;
    }

    public Optional<Assignment> actionAssignment() {
        return action;
    }

    /** True when the unit sets any start-limit setting itself, showing the author meant restarts to stop. */
    public boolean setsStartLimit() {
        return interval.isPresent() || burst.isPresent() || action.isPresent();
    }

    /** systemd's ratelimit is off when either the interval or the burst is 0. */
    public boolean startLimitDisabled() {
        return intervalUsec() == 0 || burst() == 0;
    }

    /** True when RestartSteps= and RestartMaxDelaySec= together make restart delays grow. */
    public boolean hasBackoff() {
        OptionalLong steps = restartSteps.map(a -> UnsignedInteger.parse(a.value())).orElse(OptionalLong.empty());
        return steps.isPresent() && steps.getAsLong() > 0 && restartMaxDelay.isPresent()
                && maxDelayUsec() != TimeSpan.INFINITY && restartUsec() > 0 && restartUsec() < maxDelayUsec();
    }

    private long maxDelayUsec() {
        return TimeSpan.parse(restartMaxDelay.get().value()).getAsLong();
    }

    /**
     * The delay before the n-th automatic restart (1-based), as service_restart_usec_next()
     * computes it: RestartSec= for the first, then growing geometrically to RestartMaxDelaySec=
     * over RestartSteps= steps.
     */
    public long delayBeforeRestart(int n) {
        if (!hasBackoff() || n <= 1) {
            return restartUsec();
        }
        long steps = UnsignedInteger.parse(restartSteps.get().value()).getAsLong();
        long max = maxDelayUsec();
        if (n > steps) {
            return max;
        }
        double ratio = (double) max / restartUsec();
        return (long) (restartUsec() * Math.pow(ratio, (double) (n - 1) / steps));
    }

    /** Time from the first start to the (count+1)-th start when every run fails at once. */
    public long timeForRestarts(long count) {
        long total = 0;
        for (int n = 1; n <= count; n++) {
            long delay = delayBeforeRestart(n);
            if (delay == TimeSpan.INFINITY || total > Long.MAX_VALUE - delay) {
                return TimeSpan.INFINITY;
            }
            total += delay;
        }
        return total;
    }
}
