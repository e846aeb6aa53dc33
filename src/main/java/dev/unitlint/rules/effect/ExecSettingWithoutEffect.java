package dev.unitlint.rules.effect;

import dev.unitlint.findings.Severity;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.values.Booleans;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Execution settings of systemd.exec(5) (in [Service], [Socket], [Mount] and [Swap]) that the
 * man page says have no effect without another setting, or are overridden by one:
 * MountAPIVFS= without a root directory, RemoveIPC=/ProtectProc=/LimitNPROC= for root,
 * PAMName= without User=, SystemCallErrorNumber= without SystemCallFilter=, and more (see the
 * rule's document for the whole table). Rows are warnings, except those whose line loses nothing
 * the unit relies on or may take effect in a way the unit file cannot show: they are information.
 */
@RuleId("SD713")
public final class ExecSettingWithoutEffect extends IneffectiveSettings {

    private static final Set<String> JOURNAL_OUTPUTS = Set.of("journal", "journal+console", "kmsg", "kmsg+console",
            "syslog", "syslog+console");
    private static final Set<String> TTY_INPUTS = Set.of("tty", "tty-force", "tty-fail");

    /** LimitNPROC= from which a value raises the limit rather than restricts it. */
    private static final int RAISED_NPROC = 4096;
    /**
     * What ProtectProc= and LimitNPROC= in a root service get in their message: they do nothing
     * while the program runs as root, and apply after it switches user itself, so a plain "has no
     * effect" would contradict the message's own reason.
     */
    private static final String WHILE_ROOT = " while the program runs as root";

    private static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(null, "MountAPIVFS", IneffectiveSettings::yes, f -> because(!hasRoot(f),
                "without RootDirectory= or RootImage= the unit sees the host's /proc, /sys, /dev and /run anyway"
                        + " (systemd.exec(5): \"this option has no effect unless used in conjunction with"
                        + " RootDirectory=/RootImage=\"). Remove the line")));
        // Information: root's IPC objects are never removed, so the line changes nothing the unit relies
        // on and nothing is lost (netbird's three upstream units).
        rows.add(new Row(null, "RemoveIPC", IneffectiveSettings::yes, f -> because(runsAsRoot(f) && !f.isSet("Group"),
                "it removes the IPC objects of the unit's user and group, and this unit runs as root, whose IPC"
                        + " objects are never removed (systemd.exec(5): \"only has an effect if at least one of User=,"
                        + " Group= and DynamicUser= are used\"). Set User=, or remove the line"), Severity.INFO));
        // ProtectProc= and LimitNPROC= act on the credentials of each process, so a root service whose
        // program switches to another user itself (lighttpd, openvpn --user) gets them after the switch,
        // which the unit file cannot show: a warning would be a false alarm there. Information, and the
        // message says when the line matters and what to do when the program does not switch.
        rows.add(new Row(null, "ProtectProc", v -> !v.equals("default"), f -> because(runsAsRoot(f)
                        && f.unit().assignments(f.execSection(), "CapabilityBoundingSet").isEmpty(),
                "root with all capabilities is unaffected by it, and this unit runs as root without a"
                        + " CapabilityBoundingSet= (systemd.exec(5): \"to be effective it has to be used together with"
                        + " User= or DynamicUser=yes, and also without the CAP_SYS_PTRACE capability\"); it takes"
                        + " effect only once the program switches to another user itself. If it does not, set User="
                        + " or DynamicUser=yes, or drop CAP_SYS_PTRACE with CapabilityBoundingSet="), Severity.INFO,
                WHILE_ROOT));
        rows.add(new Row(null, "LimitNPROC", ExecSettingWithoutEffect::restrictsProcesses, f -> because(runsAsRoot(f),
                "the kernel does not enforce it for processes running as root, and this unit runs as root"
                        + " (systemd.exec(5)); it takes effect only once the program switches to another user itself."
                        + " If it does not, use TasksMax= to limit the number of processes of the unit"),
                Severity.INFO, WHILE_ROOT));
        rows.add(new Row(null, "LimitRSS", IneffectiveSettings::any, f -> Optional.of(
                "Linux does not implement RLIMIT_RSS (systemd.exec(5): \"LimitRSS= is not implemented on Linux, and"
                        + " setting it has no effect\"). Use MemoryMax= or MemoryHigh=")));
        rows.add(new Row(null, "PAMName", v -> !v.isBlank(), f -> because(!f.isSet("User") && !f.isTrue("DynamicUser"),
                "a PAM session is only opened together with User= (systemd.exec(5): \"only useful in conjunction"
                        + " with the User= setting, and is otherwise ignored\"). Set User=, or remove the line")));
        rows.add(new Row(null, "SystemCallErrorNumber", v -> !v.isBlank() && !v.equals("kill"), f -> because(
                !f.hasItems("SystemCallFilter"), "it is the error returned when SystemCallFilter= denies a call, and"
                        + " there is no SystemCallFilter=. Add SystemCallFilter= (e.g. @system-service), or"
                        + " remove the line")));
        rows.add(new Row(null, "UtmpMode", IneffectiveSettings::any, f -> because(!f.isSet("UtmpIdentifier"),
                "utmp entries are written only when UtmpIdentifier= is set (systemd.exec(5)). Set UtmpIdentifier=,"
                        + " or remove the line")));
        for (String key : List.of("StandardInputText", "StandardInputData")) {
            rows.add(new Row(null, key, v -> !v.isBlank(), f -> {
                Optional<String> input = f.value("StandardInput");
                return because(input.isPresent() && !input.get().equals("data"), "it is passed on standard input only"
                        + " with StandardInput=data, and StandardInput=" + input.orElse("") + " is set. Remove"
                        + " StandardInput=, or this line");
            }));
        }
        // Information: they only label log lines that are not sent where the labels are read.
        for (String key : List.of("SyslogIdentifier", "SyslogFacility", "SyslogLevel", "SyslogLevelPrefix")) {
            rows.add(new Row(null, key, IneffectiveSettings::any, f -> {
                String out = output(f, "StandardOutput");
                String err = f.value("StandardError").orElse("inherit");
                err = err.equals("inherit") ? out : err;
                return because(!JOURNAL_OUTPUTS.contains(out) && !JOURNAL_OUTPUTS.contains(err), "it applies to"
                        + " standard output and error sent to the journal or kmsg, and this unit sends them to "
                        + out + " and " + err + ". Remove the line, or log to the journal");
            }, Severity.INFO));
        }
        rows.add(namespacePath("PrivateUsers", "UserNamespacePath"));
        rows.add(namespacePath("PrivateNetwork", "NetworkNamespacePath"));
        rows.add(namespacePath("PrivateIPC", "IPCNamespacePath"));
        for (String key : List.of("BPFDelegateCommands", "BPFDelegateMaps", "BPFDelegatePrograms",
                "BPFDelegateAttachments")) {
            rows.add(new Row(null, key, v -> !v.isBlank(), f -> because(!f.isTrue("PrivateBPF"),
                    "it is a mount option of the private BPF file system and needs PrivateBPF=yes (systemd.exec(5))."
                            + " Set PrivateBPF=yes")));
        }
        for (String key : List.of("User", "Group")) {
            rows.add(new Row("Mount", key, v -> !v.isBlank(), f -> Optional.of("systemd runs mount(8) with What= and"
                    + " Where= only, and then it must run as root (systemd.mount(5): \"the options User= and Group= are"
                    + " not useful for mount units\"). Remove the line; use uid=/gid= in Options= for file"
                    + " ownership")));
        }
        for (String key : List.of("TTYPath", "TTYRows", "TTYColumns")) {
            rows.add(new Row(null, key, v -> !v.isBlank(), f -> because(!touchesTty(f), "no standard stream is"
                    + " connected to a terminal (StandardInput=tty, StandardOutput=tty, …) and TTYReset=,"
                    + " TTYVHangup=, TTYVTDisallocate= are off, so systemd never opens the terminal")));
        }
        rows.add(new Row(null, "IOSchedulingPriority", IneffectiveSettings::any, f -> because(
                f.value("IOSchedulingClass").filter("idle"::equals).isPresent(), "the idle I/O scheduling class has no"
                        + " priority levels (ioprio_set(2)). Remove the line, or use the best-effort class"),
                Severity.INFO));
        rows.add(new Row(null, "NUMAMask", v -> !v.isBlank(), f -> {
            String policy = f.value("NUMAPolicy").orElse("default");
            return because(policy.equals("default") || policy.equals("local"), "NUMAPolicy=" + policy + " uses no"
                    + " node list (systemd.exec(5)). Set NUMAPolicy=bind, interleave or preferred, or remove the line");
        }));
        rows.add(new Row(null, "RuntimeDirectoryPreserve", v -> !Booleans.parse(v).map(b -> !b).orElse(false),
                f -> because(!f.hasItems("RuntimeDirectory"), "it keeps the directories of RuntimeDirectory=, and"
                        + " there are none. Remove the line, or set RuntimeDirectory=")));
        for (String kind : List.of("Runtime", "State", "Cache", "Logs", "Configuration")) {
            rows.add(new Row(null, kind + "DirectoryMode", IneffectiveSettings::any, f -> because(
                    !f.hasItems(kind + "Directory"), "it is the mode of the directories of " + kind + "Directory=,"
                            + " and there are none. Remove the line, or set " + kind + "Directory=")));
        }
        for (String key : List.of("RootImageOptions", "RootHash", "RootHashSignature", "RootVerity",
                "RootImagePolicy")) {
            rows.add(new Row(null, key, v -> !v.isBlank(), f -> because(!f.isSet("RootImage"),
                    "it applies to the disk image of RootImage=, and there is none. Remove the line, or set"
                            + " RootImage=")));
        }
        rows.add(new Row(null, "MountImagePolicy", v -> !v.isBlank(), f -> because(!f.hasItems("MountImages"),
                "it applies to the images of MountImages=, and there are none. Remove the line")));
        rows.add(new Row(null, "ExtensionImagePolicy", v -> !v.isBlank(), f -> because(!f.hasItems("ExtensionImages"),
                "it applies to the images of ExtensionImages=, and there are none. Remove the line")));
        return List.copyOf(rows);
    }

    public ExecSettingWithoutEffect() {
        super(ExecSettingWithoutEffect::table);
    }

    @Override
    boolean appliesTo(Unit unit) {
        return Settings.execSection(unit.type()).isPresent();
    }

    private static Row namespacePath(String privateKey, String pathKey) {
        return new Row(null, privateKey, v -> !Booleans.parse(v).map(b -> !b).orElse(false),
                f -> because(f.isSet(pathKey),
                pathKey + "= is set, and then systemd joins that namespace instead of creating a private one"
                        + " (systemd.exec(5): \"If this option is used " + privateKey + "= has no effect\")."
                        + " Remove one of the two"));
    }

    /**
     * A limit meant to restrict: below 4096 processes. The restrictions seen in real units are tiny
     * (bluetoothd's LimitNPROC=1, openvpn's 10); thousands are a raise above a small machine's default
     * (the kernel's is a share of memory: about 16,000 at 4 GB), such as Elasticsearch's documented
     * minimum 4096 or VictoriaMetrics' 32000, and services that raise the limit lose nothing when root
     * is not limited anyway.
     */
    private static boolean restrictsProcesses(String value) {
        String soft = value.split(":", 2)[0].strip();
        return soft.chars().allMatch(Character::isDigit) && !soft.isEmpty() && soft.length() < 6
                && Integer.parseInt(soft) < RAISED_NPROC;
    }

    private static boolean hasRoot(Facts f) {
        return f.isSet("RootDirectory") || f.isSet("RootImage") || f.isSet("RootMStack");
    }

    /** No User= (or User=root/0) and no DynamicUser=yes: the processes run as root. */
    static boolean runsAsRoot(Facts f) {
        if (f.isTrue("DynamicUser")) {
            return false;
        }
        Optional<String> user = f.value("User");
        return user.isEmpty() || user.get().equals("root") || user.get().equals("0");
    }

    /**
     * StandardOutput= in force: the default is journal, or inherit (from a terminal or socket) when
     * standard input is one.
     */
    private static String output(Facts f, String key) {
        Optional<String> explicit = f.value(key);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        String input = f.value("StandardInput").orElse("null");
        if (TTY_INPUTS.contains(input)) {
            return "tty";
        }
        if (input.equals("socket") || input.startsWith("fd")) {
            return input;
        }
        return "journal";
    }

    private static boolean touchesTty(Facts f) {
        String input = f.value("StandardInput").orElse("null");
        return TTY_INPUTS.contains(input) || output(f, "StandardOutput").equals("tty")
                || f.value("StandardError").filter("tty"::equals).isPresent()
                || f.isTrue("TTYReset") || f.isTrue("TTYVHangup") || f.isTrue("TTYVTDisallocate");
    }
}
