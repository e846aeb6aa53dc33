package dev.unitlint.values;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What systemd's {@code config_parse_*} functions reject, for the parsers whose syntax is
 * fixed (booleans, time spans, numbers and their ranges, file modes, signals, sizes and
 * limits). Enum-valued parsers are checked against the directive catalog's tables instead.
 *
 * <p>Each check returns the reason systemd rejects a non-empty value, worded after systemd's
 * own log message, or empty when systemd accepts the value. Every rejection here was checked
 * against {@code systemd-analyze verify} of systemd 252.
 */
public final class ParserChecks {

    /** parse_nsec(): the time units of parse_sec() plus nanoseconds. */
    private static final Pattern NSEC = Pattern.compile(
            "\\s*(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)\\s*(?:seconds|second|sec|s|minutes|minute|min|months|month|M|msec|ms|m"
                    + "|hours|hour|hr|h|days|day|d|weeks|week|w|years|year|y|usec|us|μs|µs|nsec|ns)?\\s*)+");

    private static final Map<String, Function<String, Optional<String>>> CHECKS = Map.ofEntries(
            Map.entry("config_parse_bool", v -> reject(Booleans.isBoolean(v), "Failed to parse boolean value", "yes or no")),
            Map.entry("config_parse_tristate", v -> reject(Booleans.isBoolean(v), "Failed to parse boolean value", "yes or no")),
            Map.entry("config_parse_sec", ParserChecks::timeSpan),
            Map.entry("config_parse_sec_fix_0", ParserChecks::timeSpan),
            Map.entry("config_parse_sec_def_infinity", ParserChecks::timeSpan),
            Map.entry("config_parse_service_timeout", ParserChecks::timeSpan),
            Map.entry("config_parse_job_timeout_sec", ParserChecks::timeSpan),
            Map.entry("config_parse_job_running_timeout_sec", ParserChecks::timeSpan),
            Map.entry("config_parse_nsec", v -> reject(v.equals("infinity") || NSEC.matcher(v).matches(),
                    "Failed to parse nsec value", "a time span such as 50us or 1ms")),
            Map.entry("config_parse_unsigned", v -> reject(Integers.isUnsigned(v), "Failed to parse unsigned value",
                    "a whole number from 0 to 4294967295")),
            Map.entry("config_parse_int", v -> reject(Integers.parseInt(v).isPresent(), "Failed to parse int value", "a whole number")),
            Map.entry("config_parse_exec_nice", v -> range(v, -20, 19, "Nice priority")),
            Map.entry("config_parse_exec_oom_score_adjust", v -> range(v, -1000, 1000, "OOM score adjust value")),
            Map.entry("config_parse_exec_cpu_sched_prio", v -> range(v, 0, 99, "CPU scheduling priority")),
            Map.entry("config_parse_cg_weight", v -> range(v, 1, 10000, "weight")),
            Map.entry("config_parse_cg_cpu_weight", v -> v.equals("idle") ? Optional.empty() : range(v, 1, 10000, "CPU weight")),
            Map.entry("config_parse_mode", v -> reject(FileMode.isValid(v), "Failed to parse mode value",
                    "an octal file mode from 0000 to 07777, such as 0022")),
            Map.entry("config_parse_signal", v -> reject(Signals.parse(v).isPresent(), "Failed to parse signal name",
                    "a signal name such as SIGTERM or TERM (case-sensitive), a number from 1 to 64, or RTMIN+n")),
            Map.entry("config_parse_memory_limit", v -> reject(Sizes.isMemoryLimit(v), "Invalid memory limit",
                    "a size such as 512M or 2G (upper-case suffixes, base 1024), a percentage up to 100%, or infinity")),
            Map.entry("config_parse_tasks_max", ParserChecks::tasksMax),
            Map.entry("config_parse_iec_size", v -> reject(Sizes.parse(v).isPresent(), "Failed to parse size value",
                    "a size such as 64K or 8M (upper-case suffixes, base 1024)")));

    private ParserChecks() {
    }

    /** Whether this parser's syntax is known here. */
    public static boolean knows(String parser) {
        return CHECKS.containsKey(parser);
    }

    /** Why systemd rejects a non-empty value, or empty when it accepts it or the parser is unknown here. */
    public static Optional<String> check(String parser, String value) {
        Function<String, Optional<String>> check = CHECKS.get(parser);
        return check == null ? Optional.empty() : check.apply(value);
    }

    private static Optional<String> timeSpan(String value) {
        return reject(TimeSpan.parse(value).isPresent(), "Failed to parse time value",
                "a time span such as 90, 90s, 5min 30s or infinity");
    }

    private static Optional<String> tasksMax(String value) {
        String v = value.strip();
        if (v.equals("infinity")) {
            return Optional.empty();
        }
        if (Sizes.isPercentage(v)) {
            return reject(Sizes.parsePermyriad(v).isPresent(), "Invalid maximum tasks value", "a number, a percentage up to 100% or infinity");
        }
        if (!Integers.isUnsigned(v) && Integers.parse(v).filter(n -> n.signum() > 0 && n.bitLength() <= 64).isEmpty()) {
            return Optional.of("Invalid maximum tasks value: expected a number, a percentage up to 100% or infinity");
        }
        return reject(Integers.parse(v).filter(n -> n.signum() > 0).isPresent(), "Maximum tasks value out of range", "at least 1");
    }

    private static Optional<String> range(String value, int min, int max, String what) {
        Optional<Integer> n = Integers.parseInt(value);
        if (n.isEmpty()) {
            return Optional.of("Failed to parse " + what + ": expected a whole number from " + min + " to " + max);
        }
        if (n.get() < min || n.get() > max) {
            return Optional.of(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " out of range: it must be from "
                    + min + " to " + max);
        }
        return Optional.empty();
    }

    private static Optional<String> reject(boolean accepted, String systemdSays, String expected) {
        return accepted ? Optional.empty() : Optional.of(systemdSays + ": expected " + expected);
    }
}
