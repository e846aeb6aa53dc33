package dev.unitlint.values;

import dev.unitlint.values.ValueProblem.Effect;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Checks of the parsers that read one scalar: booleans, integers and their ranges, time spans,
 * sizes and limits, file modes, signals. Each follows the systemd function named in its comment
 * (src/shared/conf-parser.c, src/core/load-fragment.c, src/basic/parse-util.c, time-util.c,
 * percent-util.c, rlimit-util.c of 252; unchanged through 262 unless said otherwise).
 */
final class ScalarChecks {

    static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final String NUMBER_FORMS = " (decimal, or 0x… hexadecimal, 0… octal, 0b… binary)";

    private ScalarChecks() {
    }

    // ---------------------------------------------------------------------------------------
    // Booleans

    /** config_parse_bool(), config_parse_tristate(), config_parse_exec_mount_apivfs(): parse_boolean(). */
    static void bool(String v, ValueContext c, Problems out) {
        if (Booleans.isBoolean(v)) {
            return;
        }
        boolean fatal = "true".equals(c.ltype()) || "1".equals(c.ltype());
        out.invalid(0, v.length(), "Invalid " + c.key() + "=" + v, fatal ? Effect.UNIT_REFUSED : Effect.ASSIGNMENT_IGNORED,
                "Failed to parse boolean value", "Write yes or no (also true/false, on/off, 1/0)");
    }

    // ---------------------------------------------------------------------------------------
    // Integers

    /** config_parse_unsigned(): safe_atou(), 0 to 4294967295. */
    static void unsigned(String v, ValueContext c, Problems out) {
        number(v, c, out, CNumbers.safeAtou(v), "Failed to parse unsigned value", "a whole number from 0 to 4294967295");
    }

    /** config_parse_int(): safe_atoi(). */
    static void signedInt(String v, ValueContext c, Problems out) {
        number(v, c, out, CNumbers.safeAtoi(v), "Failed to parse int value", "a whole number from -2147483648 to 2147483647");
    }

    /** config_parse_long(): safe_atoli() (64-bit). */
    static void signedLong(String v, ValueContext c, Problems out) {
        number(v, c, out, CNumbers.safeAtoi64(v), "Failed to parse long value", "a whole number");
    }

    /** config_parse_exit_status(): safe_atou8(). */
    static void exitStatus(String v, ValueContext c, Problems out) {
        number(v, c, out, CNumbers.safeAtou8(v), "Failed to parse exit status", "an exit status from 0 to 255");
    }

    /** config_parse_tty_size(): config_parse_unsigned() (empty resets). */
    static void ttySize(String v, ValueContext c, Problems out) {
        unsigned(v, c, out);
    }

    private static void number(String v, ValueContext c, Problems out, CNumbers.Parsed n, String says, String expected) {
        if (!n.ok()) {
            out.invalidValue(v, says, (n.error() == CNumbers.Error.OUT_OF_RANGE ? "The number is out of range; write " : "Write ")
                    + expected + NUMBER_FORMS);
        }
    }

    /** A safe_atoi() value that must lie in [min, max]; {@code what} names it as systemd does. */
    static void rangeInt(String v, ValueContext c, Problems out, long min, long max, String parseSays, String rangeSays) {
        CNumbers.Parsed n = CNumbers.safeAtoi(v);
        if (!n.ok()) {
            out.invalidValue(v, parseSays, "Write a whole number from " + min + " to " + max);
        } else if (n.value().longValue() < min || n.value().longValue() > max) {
            out.invalidValue(v, rangeSays, "It must be from " + min + " to " + max);
        }
    }

    /** config_parse_exec_nice(): parse_nice(), -20 to 19. */
    static void nice(String v, ValueContext c, Problems out) {
        rangeInt(v, c, out, -20, 19, "Failed to parse nice priority", "Nice priority out of range");
    }

    /** config_parse_exec_oom_score_adjust(): parse_oom_score_adjust(), -1000 to 1000. */
    static void oomScoreAdjust(String v, ValueContext c, Problems out) {
        rangeInt(v, c, out, -1000, 1000, "Failed to parse the OOM score adjust value", "OOM score adjust value out of range");
    }

    /** config_parse_exec_cpu_sched_prio(): safe_atoi(), 0 to 99. */
    static void schedPriority(String v, ValueContext c, Problems out) {
        rangeInt(v, c, out, 0, 99, "Failed to parse CPU scheduling priority", "CPU scheduling priority is out of range");
    }

    /** config_parse_exec_io_priority(): ioprio_parse_priority(), 0 to 7. */
    static void ioPriority(String v, ValueContext c, Problems out) {
        rangeInt(v, c, out, 0, 7, "Failed to parse IO priority", "Failed to parse IO priority");
    }

    /** config_parse_swap_priority(): safe_atoi(), -1 to 32767. */
    static void swapPriority(String v, ValueContext c, Problems out) {
        CNumbers.Parsed n = CNumbers.safeAtoi(v);
        if (!n.ok()) {
            out.invalidValue(v, "Invalid swap priority", "Write a whole number from -1 to 32767");
        } else if (n.value().longValue() < -1) {
            out.invalidValue(v, "Sorry, swap priorities smaller than -1 may only be assigned by the kernel itself",
                    "Write a whole number from -1 to 32767");
        } else if (n.value().longValue() > 32767) {
            out.invalidValue(v, "Swap priority out of range", "Write a whole number from -1 to 32767");
        }
    }

    /** A safe_atou64() value in [min, max] (cgroup weights and shares); {@code extra} also accepted as a word. */
    private static void weight(String v, ValueContext c, Problems out, long min, long max, String says, String extra) {
        if (extra != null && v.equals(extra)) {
            return;
        }
        CNumbers.Parsed n = CNumbers.safeAtou64(v);
        if (!n.ok() || n.value().compareTo(BigInteger.valueOf(min)) < 0 || n.value().compareTo(BigInteger.valueOf(max)) > 0) {
            out.invalidValue(v, says, "Write a whole number from " + min + " to " + max + (extra == null ? "" : ", or " + extra));
        }
    }

    /** config_parse_cg_weight(): cg_weight_parse(), 1 to 10000. */
    static void cgroupWeight(String v, ValueContext c, Problems out) {
        weight(v, c, out, 1, 10000, "Invalid weight", null);
    }

    /** config_parse_cg_cpu_weight(): cg_cpu_weight_parse(), 1 to 10000 or idle. */
    static void cpuWeight(String v, ValueContext c, Problems out) {
        weight(v, c, out, 1, 10000, "Invalid CPU weight", "idle");
    }

    /** config_parse_blockio_weight(): cg_blkio_weight_parse(), 10 to 1000. */
    static void blockIoWeight(String v, ValueContext c, Problems out) {
        weight(v, c, out, 10, 1000, "Invalid block IO weight", null);
    }

    /** config_parse_cpu_shares(): cg_cpu_shares_parse(), 2 to 262144. */
    static void cpuShares(String v, ValueContext c, Problems out) {
        weight(v, c, out, 2, 262144, "Invalid CPU shares", null);
    }

    /** config_parse_tasks_max(): infinity, a percentage up to 100% or a number from 1 to 2^64 − 2. */
    static void tasksMax(String v, ValueContext c, Problems out) {
        if (v.equals("infinity") || Percent.permyriad(v).ok()) {
            return;
        }
        CNumbers.Parsed n = CNumbers.safeAtou64(v);
        String fix = "Write a number of tasks of at least 1, a percentage up to 100% or infinity";
        if (!n.ok()) {
            out.invalidValue(v, "Invalid maximum tasks value", fix);
        } else if (n.value().signum() == 0 || n.value().equals(UINT64_MAX)) {
            out.invalidValue(v, "Maximum tasks value out of range", fix);
        }
    }

    /** config_parse_cpu_quota(): parse_permyriad_unbounded(), above 0%; more than 100% is fine. */
    static void cpuQuota(String v, ValueContext c, Problems out) {
        Percent.Result r = Percent.permyriadUnbounded(v);
        if (!r.ok() || r.value() <= 0) {
            out.invalidValue(v, "Invalid CPU quota '" + v + "'",
                    "Write a percentage above 0% of one CPU, with at most two decimals, e.g. 20%, 150% or 12.5%");
        }
    }

    /** config_parse_managed_oom_mem_pressure_limit(): parse_permyriad(), 0% to 100%. */
    static void pressureLimit(String v, ValueContext c, Problems out) {
        if (!Percent.permyriad(v).ok()) {
            out.invalidValue(v, "Failed to parse memory pressure limit value",
                    "Write a percentage from 0% to 100% with at most two decimals, e.g. 60% or 80.5%");
        }
    }

    // ---------------------------------------------------------------------------------------
    // Time spans

    /** config_parse_sec() and the parsers built on parse_sec(): a span, seconds by default. */
    static void timeSpan(String v, ValueContext c, Problems out) {
        span(v, c, out, "Failed to parse time value");
    }

    /** config_parse_service_timeout() and friends word their message after the key. */
    static void keyedTimeSpan(String v, ValueContext c, Problems out) {
        span(v, c, out, "Failed to parse " + c.key() + "= parameter");
    }

    /** config_parse_sec_def_infinity(): like parse_sec(), and blanks alone mean infinity. */
    static void timeSpanDefaultInfinity(String v, ValueContext c, Problems out) {
        if (!v.isBlank()) {
            span(v, c, out, "Failed to parse time value");
        }
    }

    /** config_parse_timer() for the monotonic triggers (OnBootSec= …): parse_sec(). */
    static void timerSpan(String v, ValueContext c, Problems out) {
        span(v, c, out, "Failed to parse timer value");
    }

    private static void span(String v, ValueContext c, Problems out, String says) {
        TimeSpan.Result r = TimeSpan.parseExact(v, TimeSpan.USEC_PER_SEC);
        if (!r.ok()) {
            out.invalidValue(v, says, r.error() == TimeSpan.Error.OUT_OF_RANGE
                    ? "The span is negative or too long (at most about 584,542 years); write e.g. 90s, 5min 30s or infinity"
                    : "Write a time span such as 90 (seconds), 90s, 5min 30s, 2h, 1.5d or infinity");
        }
    }

    /** config_parse_nsec(): parse_nsec(), nanoseconds by default. */
    static void nsec(String v, ValueContext c, Problems out) {
        if (!TimeSpan.parseNsec(v).ok()) {
            out.invalidValue(v, "Failed to parse nsec value",
                    "Write a time span such as 50us or 1ms; a bare number means nanoseconds");
        }
    }

    // ---------------------------------------------------------------------------------------
    // Sizes

    /** config_parse_iec_size(): parse_size(…, 1024) that fits size_t (64 bits). */
    static void iecSize(String v, ValueContext c, Problems out) {
        if (!Sizes.parseSize(v, 1024).ok()) {
            out.invalidValue(v, "Failed to parse size value '" + v + "'",
                    "Write a size such as 65536, 64K or 8M (suffixes K, M, G, T, P, E in upper case, base 1024)");
        }
    }

    /** config_parse_iec_size_long() (262): parse_size(…, 1024) that fits a long. */
    static void iecSizeLong(String v, ValueContext c, Problems out) {
        Sizes.Result r = Sizes.parseSize(v, 1024);
        if (!r.ok() || r.value().compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0) {
            out.invalidValue(v, "Failed to parse size value '" + v + "'",
                    "Write a size such as 8192 or 8K (suffixes K, M, G in upper case, base 1024)");
        }
    }

    /**
     * config_parse_memory_limit(): infinity, a percentage of physical memory up to 100%, or a
     * size; 0 is out of range except for MemoryMin=, MemoryLow=, their Default*= forms and
     * MemorySwapMax= (and MemoryZSwapMax= later), where it is the neutral value.
     */
    static void memoryLimit(String v, ValueContext c, Problems out) {
        if (v.equals("infinity")) {
            return;
        }
        String fix = "Write a size such as 512M or 2G (suffixes K, M, G, T in upper case, base 1024), a percentage of"
                + " physical memory up to 100%, or infinity";
        Percent.Result percent = Percent.permyriad(v);
        BigInteger bytes;
        if (percent.ok()) {
            bytes = BigInteger.valueOf(percent.value()); // 0% scales to 0 bytes, any other percentage to more
        } else {
            Sizes.Result size = Sizes.parseSize(v, 1024);
            if (!size.ok()) {
                out.invalidValue(v, "Invalid memory limit '" + v + "'", fix);
                return;
            }
            bytes = size.value();
        }
        boolean zeroAllowed = switch (c.key()) {
            case "MemorySwapMax", "MemoryZSwapMax", "MemoryLow", "MemoryMin", "DefaultMemoryLow", "DefaultMemoryMin",
                    "StartupMemoryLow", "StartupMemorySwapMax", "StartupMemoryZSwapMax" -> true;
            // 254 and 257 spell it "DefaultstartupMemoryLow" in this list, so DefaultStartupMemoryLow=0 is out of range there.
            default -> false;
        };
        if (bytes.compareTo(UINT64_MAX) >= 0 || bytes.signum() == 0 && !zeroAllowed) {
            out.invalidValue(v, "Memory limit '" + v + "' out of range", bytes.signum() == 0
                    ? c.key() + "=0 would leave the unit no memory; write a positive size, or infinity for no limit"
                    : "Write a size below 16E, or infinity");
        }
    }

    /** config_parse_rlimit(): rlimit_parse(): SOFT[:HARD], each per the limit's unit, soft ≤ hard. */
    static void resourceLimit(String v, ValueContext c, Problems out) {
        ResourceLimit.Result r = ResourceLimit.parse(c.key(), v);
        if (r.error() != null) {
            out.invalidValue(v, r.softAboveHard() ? "Soft resource limit chosen higher than hard limit"
                    : "Failed to parse resource value", ResourceLimit.expected(c.key()));
        }
    }

    /**
     * config_parse_socket_timestamping(): socket_timestamping_from_string_harder(): off, us, ns
     * (the table), usec, µs, μs, nsec, or a boolean.
     */
    static void timestamping(String v, ValueContext c, Problems out) {
        boolean ok = switch (v) {
            case "off", "us", "ns", "usec", "µs", "μs", "nsec" -> true;
            default -> Booleans.isBoolean(v);
        };
        if (!ok) {
            out.invalidValue(v, "Failed to parse timestamping precision", "Write off, us (usec) or ns (nsec), or a boolean");
        }
    }

    // ---------------------------------------------------------------------------------------
    // Modes and signals

    /** config_parse_mode(): parse_mode(), octal up to 07777, no sign. */
    static void mode(String v, ValueContext c, Problems out) {
        if (FileMode.parse(v).isEmpty()) {
            out.invalidValue(v, "Failed to parse mode value", "Write an octal file mode from 0000 to 07777, such as 0022 or 0755");
        }
    }

    /** config_parse_signal(): signal_from_string(). */
    static void signal(String v, ValueContext c, Problems out) {
        if (Signals.parse(v).isEmpty()) {
            out.invalidValue(v, "Failed to parse signal name",
                    "Write a signal name such as SIGTERM or TERM (upper case), a number from 1 to 64, or RTMIN+n/RTMAX-n"
                            + Optional.ofNullable(Signals.suggest(v)).map(s -> "; did you mean " + s + "?").orElse(""));
        }
    }
}
