package dev.unitlint.rules.effect;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.values.TimeSpan;
import dev.unitlint.values.UnsignedInteger;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * [Service] settings that systemd.service(5) and systemd.kill(5) say only matter together with
 * another setting or service type: GuessMainPID=, ReloadSignal=, RestartPreventExitStatus=,
 * RootDirectoryStartOnly=, TimeoutAbortSec=, WatchdogSignal=, NotifyAccess=none,
 * RestartSteps=/RestartMaxDelaySec= and RestartForceExitStatus= of a oneshot.
 */
@RuleId("SD317")
public final class ServiceSettingWithoutEffect extends IneffectiveSettings {

    /** PR #31149 removed the refusal of RestartForceExitStatus= on oneshot services (SD308) for 256. */
    static final int ONESHOT_FORCE_STATUS_ALLOWED_SINCE = 256;

    private static List<Row> table() {
        return List.of(
                new Row("Service", "GuessMainPID", IneffectiveSettings::any, f -> {
                    if (!f.serviceType().equals("forking")) {
                        return Optional.of("systemd only guesses the main process of a Type=forking service; the main"
                                + " process of this Type=" + f.serviceType() + " service is the one ExecStart= starts."
                                + " Remove the line");
                    }
                    return because(Settings.inForce(f.unit(), "Service", "PIDFile").isPresent(),
                            "PIDFile= is set, so systemd reads the main PID from that file and never guesses."
                                    + " Remove the line");
                }),
                new Row("Service", "ReloadSignal", IneffectiveSettings::any, f -> because(
                        !f.serviceType().equals("notify-reload"),
                        "systemd sends it only to Type=notify-reload services, and this one is Type=" + f.serviceType()
                                + ". Use Type=notify-reload, or ExecReload=kill -s <signal> $MAINPID")),
                new Row("Service", "RestartPreventExitStatus", v -> !v.isBlank(), f -> because(
                        f.restartPolicy().restart().equals("no")
                                && !Settings.hasItems(f.unit(), "Service", "RestartForceExitStatus"),
                        "Restart=" + (f.restartPolicy().restartAssignment().isPresent() ? "no" : "no (the default)")
                                + " never restarts this service, so there is no restart to prevent. Set Restart=on-failure"
                                + " (or another policy), or remove the line")),
                new Row("Service", "RootDirectoryStartOnly", IneffectiveSettings::yes, f -> because(
                        !f.isSet("RootDirectory") && !f.isSet("RootImage") && !f.isSet("RootMStack"),
                        "it confines RootDirectory=/RootImage= to ExecStart=, and neither is set. Remove the line, or set"
                                + " RootDirectory=")),
                new Row("Service", "TimeoutAbortSec", v -> !v.isBlank(), ServiceSettingWithoutEffect::noAbortPath),
                new Row("Service", "WatchdogSignal", IneffectiveSettings::any, ServiceSettingWithoutEffect::noAbortPath),
                new Row("Service", "NotifyAccess", v -> v.equals("none"), f -> {
                    boolean notify = f.serviceType().equals("notify") || f.serviceType().equals("notify-reload");
                    boolean watchdog = positive(Settings.timeSpan(f.unit(), "Service", "WatchdogSec"));
                    boolean fdStore = Settings.value(f.unit(), "Service", "FileDescriptorStoreMax")
                            .map(UnsignedInteger::parse).map(n -> n.isPresent() && n.getAsLong() > 0).orElse(false);
                    String needs = notify ? "Type=" + f.serviceType() : watchdog ? "WatchdogSec="
                            : "FileDescriptorStoreMax=";
                    return because(notify || watchdog || fdStore, needs + " needs the notification socket, so systemd"
                            + " replaces NotifyAccess=none with main. Write NotifyAccess=main (or exec, all) to say what"
                            + " happens");
                }),
                new Row("Service", "RestartSteps", v -> UnsignedInteger.parse(v).orElse(0) > 0,
                        ServiceSettingWithoutEffect::zeroRestartSec),
                new Row("Service", "RestartMaxDelaySec", v -> TimeSpan.parse(v).orElse(0) != TimeSpan.INFINITY,
                        ServiceSettingWithoutEffect::zeroRestartSec),
                new Row("Service", "RestartForceExitStatus", ServiceSettingWithoutEffect::listsSuccess, f -> because(
                        f.release() >= ONESHOT_FORCE_STATUS_ALLOWED_SINCE && f.serviceType().equals("oneshot"),
                        "a Type=oneshot service is never restarted after a successful exit, whatever this list says."
                                + " Remove 0/SUCCESS from it")));
    }

    public ServiceSettingWithoutEffect() {
        super(ServiceSettingWithoutEffect::table);
    }

    @Override
    boolean appliesTo(Unit unit) {
        return unit.type() == UnitType.SERVICE;
    }

    /** TimeoutAbortSec= and WatchdogSignal= act only when the watchdog fires or a timeout mode is abort. */
    private static Optional<String> noAbortPath(Facts f) {
        boolean watchdog = positive(Settings.timeSpan(f.unit(), "Service", "WatchdogSec"));
        boolean abortMode = f.value("Service", "TimeoutStartFailureMode").filter("abort"::equals).isPresent()
                || f.value("Service", "TimeoutStopFailureMode").filter("abort"::equals).isPresent();
        return because(!watchdog && !abortMode, "systemd uses it only when the watchdog fires (WatchdogSec=) or a"
                + " timeout is handled with TimeoutStartFailureMode=abort or TimeoutStopFailureMode=abort, and"
                + " neither is set. Remove the line, or set WatchdogSec=");
    }

    private static Optional<String> zeroRestartSec(Facts f) {
        return because(f.restartPolicy().restartUsec() == 0 && f.restartPolicy().restartSecAssignment().isPresent(),
                "the restart delay grows from RestartSec=, which is 0 here, so it stays 0 (systemd.service(5):"
                        + " \"effective only if … RestartSec= is not zero\"). Set RestartSec= to the first delay");
    }

    private static boolean positive(OptionalLong usec) {
        return usec.isPresent() && usec.getAsLong() > 0;
    }

    private static boolean listsSuccess(String value) {
        for (String word : value.trim().split("\\s+")) {
            if (word.equals("0") || word.equals("SUCCESS")) {
                return true;
            }
        }
        return false;
    }
}
