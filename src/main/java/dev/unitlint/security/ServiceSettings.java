package dev.unitlint.security;

import dev.unitlint.catalog.Directive;
import dev.unitlint.catalog.DirectiveCatalog;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.SpecifierExpansion;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitName;
import dev.unitlint.syntax.Entry;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.UnitFile;
import dev.unitlint.values.AddressFamilies;
import dev.unitlint.values.Booleans;
import dev.unitlint.values.CapabilitySet;
import dev.unitlint.values.DeviceAllow;
import dev.unitlint.values.ExtractWord;
import dev.unitlint.values.FileMode;
import dev.unitlint.values.NamespaceFlags;
import dev.unitlint.values.SyscallArchitectures;
import dev.unitlint.values.SyscallFilter;
import dev.unitlint.values.UserGroupNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings {@code systemd-analyze security} assesses, as systemd 252 leaves them after
 * loading a service offline: its {@code SecurityInfo} (src/analyze/analyze-security.c,
 * get_security_info()), filled from the merged unit (unit file, then drop-ins) with each
 * setting's parser's rules (src/core/load-fragment.c), then patched as unit_patch_contexts()
 * (src/core/unit.c) patches the contexts: DynamicUser=, PrivateDevices=, ProtectKernelModules=,
 * ProtectKernelLogs= and ProtectClock= imply other settings.
 *
 * <p>Every setting keeps the {@link Source} that decided it, so a finding can point at the
 * line a person would change. Keys the target release does not know, keys in sections systemd
 * does not read, and values systemd cannot parse change nothing, as in systemd.
 */
public final class ServiceSettings {

    /** A setting's value and what decided it. */
    public record Setting<T>(T value, Source source) {
    }

    /** The service's exec-context defaults in a system manager (exec_context_init(), service_init()). */
    Setting<Boolean> defaultDependencies = new Setting<>(true, Source.DEFAULT);
    Setting<String> user = new Setting<>(null, Source.DEFAULT);
    Setting<Boolean> dynamicUser = new Setting<>(false, Source.DEFAULT);
    Setting<List<String>> supplementaryGroups = new Setting<>(List.of(), Source.DEFAULT);
    final Map<String, Setting<Boolean>> booleans = new LinkedHashMap<>();
    Setting<String> protectHome = new Setting<>("no", Source.DEFAULT);
    Setting<String> protectSystem = new Setting<>("no", Source.DEFAULT);
    Setting<String> rootDirectory = new Setting<>(null, Source.DEFAULT);
    Setting<String> rootImage = new Setting<>(null, Source.DEFAULT);
    boolean mountImages;
    boolean encryptedCredentials;
    Assignment encryptedCredentialsSource;
    /** Bit n: capability n is in the bounding set; sources per bit. */
    long capabilityBoundingSet = ALL_CAPABILITIES;
    final Source[] capabilitySources = filled(64);
    Setting<Long> ambientCapabilities = new Setting<>(0L, Source.DEFAULT);
    Setting<Integer> umask = new Setting<>(0022, Source.DEFAULT);
    Setting<String> keyringMode = new Setting<>("private", Source.DEFAULT);
    Setting<String> protectProc = new Setting<>("default", Source.DEFAULT);
    Setting<String> procSubset = new Setting<>("all", Source.DEFAULT);
    Setting<String> notifyAccess = new Setting<>("none", Source.DEFAULT);
    Setting<Boolean> delegate = new Setting<>(false, Source.DEFAULT);
    /** Allowed namespace types (CLONE_NEW* bits); {@link Namespaces#INITIAL} when never set. */
    long restrictNamespaces = Namespaces.INITIAL;
    final Source[] namespaceSources = filled(64);
    /** RestrictAddressFamilies=: whether the set is an allow list, the families (by number), what put each there. */
    boolean addressFamiliesAllowList;
    final Map<Integer, Source> addressFamilies = new LinkedHashMap<>();
    Source addressFamiliesSource = Source.DEFAULT;
    final Map<Integer, Source> addressFamiliesRemoved = new LinkedHashMap<>();
    Setting<Set<String>> syscallArchitectures = new Setting<>(Set.of(), Source.DEFAULT);
    /** SystemCallFilter=: null when no filter; the names in the list, each with what put it there. */
    Map<String, Source> syscallFilter;
    boolean syscallAllowList;
    Source syscallFilterSource = Source.DEFAULT;
    final Map<String, Source> syscallRemoved = new LinkedHashMap<>();
    /** IPAddressDeny=/IPAddressAllow= prefixes and the last assignment of each. */
    final List<IpPrefixes.Prefix> ipDeny = new ArrayList<>();
    Source ipDenySource = Source.DEFAULT;
    final List<IpPrefixes.Prefix> ipAllow = new ArrayList<>();
    Source ipAllowSource = Source.DEFAULT;
    Setting<Boolean> ipIngressFilters = new Setting<>(false, Source.DEFAULT);
    Setting<Boolean> ipEgressFilters = new Setting<>(false, Source.DEFAULT);
    Setting<String> devicePolicy = new Setting<>("auto", Source.DEFAULT);
    final List<String> deviceAllow = new ArrayList<>();
    Source deviceAllowSource = Source.DEFAULT;
    /** PrivateMounts= when never set: false in 252, true offline from 254 (an unset tristate read as a bool). */
    boolean privateMountsSet;
    /**
     * Why systemd would not load the unit, from a setting whose parser fails the whole unit
     * (-ENOEXEC): DynamicUser= that is not a boolean, a user or group name systemd refuses,
     * RootDirectory=/RootImage= that is not an absolute, normalized path. Null when it loads.
     */
    String loadError;

    /** Every capability bit on: CAP_ALL (UINT64_MAX in capability-util.h), the initial bounding set. */
    static final long ALL_CAPABILITIES = -1L;

    /** The boolean exec settings assessed by assess_bool(), with systemd's defaults (all off). */
    static final List<String> BOOLEAN_KEYS = List.of(
            "PrivateDevices", "PrivateMounts", "PrivateNetwork", "PrivateTmp", "PrivateUsers",
            "ProtectControlGroups", "ProtectKernelModules", "ProtectKernelTunables", "ProtectKernelLogs",
            "ProtectClock", "ProtectHostname", "LockPersonality", "MemoryDenyWriteExecute", "NoNewPrivileges",
            "RemoveIPC", "RestrictRealtime", "RestrictSUIDSGID");

    /** Every key the assessment reads; the others are passed over before the catalog is asked. */
    private static final Set<String> READ = readKeys(
            "DefaultDependencies", "DynamicUser", "User", "SupplementaryGroups", "ProtectHome", "ProtectSystem",
            "RootDirectory", "RootImage", "MountImages", "LoadCredentialEncrypted", "SetCredentialEncrypted",
            "CapabilityBoundingSet", "AmbientCapabilities", "UMask", "KeyringMode", "ProtectProc", "ProcSubset",
            "NotifyAccess", "Delegate", "RestrictNamespaces", "RestrictAddressFamilies", "SystemCallArchitectures",
            "SystemCallFilter", "IPAddressDeny", "IPAddressAllow", "IPIngressFilterPath", "IPEgressFilterPath",
            "DevicePolicy", "DeviceAllow");

    private static Set<String> readKeys(String... keys) {
        Set<String> all = new LinkedHashSet<>(BOOLEAN_KEYS);
        all.addAll(List.of(keys));
        return Set.copyOf(all);
    }

    private final UnitName name;
    private final int release;

    private ServiceSettings(UnitName name, int release) {
        this.name = name;
        this.release = release;
        for (String key : BOOLEAN_KEYS) {
            booleans.put(key, new Setting<>(false, Source.DEFAULT));
        }
    }

    private static Source[] filled(int n) {
        Source[] sources = new Source[n];
        Arrays.fill(sources, Source.DEFAULT);
        return sources;
    }

    public Setting<Boolean> bool(String key) {
        return booleans.get(key);
    }

    /** Reads a service's settings for the target release. */
    public static ServiceSettings read(Unit unit, int release) {
        ServiceSettings settings = new ServiceSettings(unit.name(), release);
        DirectiveCatalog catalog = DirectiveCatalog.get();
        String type = unit.type().suffix();
        for (UnitFile file : unit.files()) {
            for (Section section : file.sections()) {
                String sectionName = section.name();
                if (!section.header().wellFormed() || !(sectionName.equals("Service") || sectionName.equals("Unit"))) {
                    continue;
                }
                for (Entry entry : section.entries()) {
                    if (!entry.isAssignment() || !READ.contains(entry.key())) {
                        continue;
                    }
                    Optional<Directive> directive = catalog.lookup(type, sectionName, entry.key());
                    if (directive.isEmpty() || !directive.get().availableIn(release)) {
                        continue;
                    }
                    settings.apply(new Assignment(file, entry), sectionName);
                }
            }
        }
        settings.patch();
        return settings;
    }

    // ---- parsing (load-fragment.c) --------------------------------------------------------------

    private void apply(Assignment a, String section) {
        String key = a.key();
        String value = a.value();
        if (section.equals("Unit")) {
            if (key.equals("DefaultDependencies")) {
                Booleans.parse(value).ifPresent(b -> defaultDependencies = new Setting<>(b, Source.set(a)));
            }
            return;
        }
        if (booleans.containsKey(key) || key.equals("DynamicUser")) {
            Optional<Boolean> b = Booleans.parse(value);
            if (b.isEmpty() && key.equals("DynamicUser")) {
                // Its gperf entry passes ltype=true: config_parse_bool() then fails the unit.
                fatal(a, "DynamicUser= takes a boolean, so systemd refuses the unit (\"Failed to parse boolean value\")");
            }
            if (b.isPresent()) {
                if (key.equals("DynamicUser")) {
                    dynamicUser = new Setting<>(b.get(), Source.set(a));
                } else {
                    booleans.put(key, new Setting<>(b.get(), Source.set(a)));
                    privateMountsSet |= key.equals("PrivateMounts");
                }
            }
            return;
        }
        switch (key) {
            case "User" -> parseUser(a, value);
            case "SupplementaryGroups" -> parseSupplementaryGroups(a, value);
            case "ProtectHome" -> protectHome = enumWithBoolean(a, value, protectHome, "read-only", "tmpfs");
            case "ProtectSystem" -> protectSystem = enumWithBoolean(a, value, protectSystem, "full", "strict");
            case "RootDirectory" -> rootDirectory = rootPath(a, value, rootDirectory);
            case "RootImage" -> rootImage = rootPath(a, value, rootImage);
            case "MountImages" -> mountImages = !value.isEmpty();
            case "LoadCredentialEncrypted", "SetCredentialEncrypted" -> {
                if (!value.isEmpty()) {
                    encryptedCredentials = true;
                    encryptedCredentialsSource = a;
                }
            }
            case "CapabilityBoundingSet" -> parseBoundingSet(a, value);
            case "AmbientCapabilities" -> parseAmbient(a, value);
            case "UMask" -> FileMode.parse(value).ifPresent(m -> umask = new Setting<>(m, Source.set(a)));
            case "KeyringMode" -> keyringMode = oneOf(a, value, keyringMode, "inherit", "private", "shared");
            case "ProtectProc" -> protectProc = oneOf(a, value, protectProc, "default", "noaccess", "invisible",
                    "ptraceable");
            case "ProcSubset" -> procSubset = oneOf(a, value, procSubset, "all", "pid");
            case "NotifyAccess" -> notifyAccess = oneOf(a, value, notifyAccess, "none", "main", "all", "exec");
            case "Delegate" -> parseDelegate(a, value);
            case "RestrictNamespaces" -> parseNamespaces(a, value);
            case "RestrictAddressFamilies" -> parseAddressFamilies(a, value);
            case "SystemCallArchitectures" -> parseArchitectures(a, value);
            case "SystemCallFilter" -> parseSyscallFilter(a, value);
            case "IPAddressDeny" -> parsePrefixes(a, value, ipDeny, true);
            case "IPAddressAllow" -> parsePrefixes(a, value, ipAllow, false);
            case "IPIngressFilterPath" -> ipIngressFilters = filterPath(a, value, ipIngressFilters);
            case "IPEgressFilterPath" -> ipEgressFilters = filterPath(a, value, ipEgressFilters);
            case "DevicePolicy" -> devicePolicy = oneOf(a, value, devicePolicy, "auto", "closed", "strict");
            case "DeviceAllow" -> parseDeviceAllow(a, value);
            default -> {
                // Not a setting the assessment reads.
            }
        }
    }

    /** config_parse_user_group_compat(): specifiers expanded, a name systemd refuses makes the unit fail to load. */
    private void parseUser(Assignment a, String value) {
        if (value.isEmpty()) {
            user = new Setting<>(null, Source.set(a));
            return;
        }
        String expanded = expand(value);
        if (UserGroupNames.judge(expanded) == UserGroupNames.Verdict.REFUSED) {
            fatal(a, "'" + expanded + "' is not a user name or ID systemd accepts, so it refuses the unit");
            return;
        }
        user = new Setting<>(expanded, Source.set(a));
    }

    /**
     * Specifiers as systemd-analyze resolves them offline for the system manager: the unit's name
     * ones (a template is loaded as instance "i", verify_prepare_filename()), the user ones as
     * root (%u root, %U 0, %h /root), the directories of systemd.unit(5)'s table (%t /run, %S
     * /var/lib, ...); the machine's own (%H, %m, ...) stay as written, which is neither root nor
     * empty, and so judged as systemd would judge the expanded name.
     */
    private String expand(String value) {
        StringBuilder known = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = c == '%' && i + 1 < value.length() ? MANAGER_SPECIFIERS.get(value.charAt(i + 1)) : null;
            if (c == '%' && i + 1 < value.length() && value.charAt(i + 1) == '%') {
                known.append("%%");
                i++;
            } else if (replacement != null) {
                known.append(replacement);
                i++;
            } else {
                known.append(c);
            }
        }
        UnitName forExpansion = name.isTemplate() ? name.withInstance("i") : name;
        return SpecifierExpansion.expand(known.toString(), forExpansion).orElse(known.toString());
    }

    /** The specifiers whose value in the system manager does not depend on the machine (systemd.unit(5)). */
    private static final java.util.Map<Character, String> MANAGER_SPECIFIERS = java.util.Map.ofEntries(
            java.util.Map.entry('u', "root"), java.util.Map.entry('U', "0"), java.util.Map.entry('g', "root"),
            java.util.Map.entry('G', "0"), java.util.Map.entry('h', "/root"), java.util.Map.entry('s', "/bin/sh"),
            java.util.Map.entry('t', "/run"), java.util.Map.entry('S', "/var/lib"),
            java.util.Map.entry('C', "/var/cache"), java.util.Map.entry('L', "/var/log"),
            java.util.Map.entry('E', "/etc"), java.util.Map.entry('T', "/tmp"), java.util.Map.entry('V', "/var/tmp"));

    private void parseSupplementaryGroups(Assignment a, String value) {
        if (value.isEmpty()) {
            supplementaryGroups = new Setting<>(List.of(), Source.set(a));
            return;
        }
        List<String> groups = new ArrayList<>(supplementaryGroups.value());
        ExtractWord.Split split = ExtractWord.split(value, null, 0);
        if (split.failed()) {
            fatal(a, "SupplementaryGroups= has an unbalanced quote, so systemd refuses the unit (\"Invalid syntax\")");
            return;
        }
        for (String word : split.words().stream().map(ExtractWord.Word::text).toList()) {
            String expanded = expand(word);
            if (UserGroupNames.judge(expanded) == UserGroupNames.Verdict.REFUSED) {
                fatal(a, "'" + expanded + "' is not a group name or ID systemd accepts, so it refuses the unit");
                return;
            }
            groups.add(expanded);
        }
        supplementaryGroups = new Setting<>(List.copyOf(groups), Source.set(a));
    }

    private void fatal(Assignment a, String message) {
        if (loadError == null) {
            loadError = a.file().path() + ":" + a.entry().firstLine() + ": " + message;
        }
    }

    /**
     * config_parse_unit_path_printf() with ltype=true: empty resets, otherwise the path must be
     * absolute and normalized (path_simplify_and_warn() with PATH_CHECK_FATAL), else the unit fails.
     */
    private Setting<String> rootPath(Assignment a, String value, Setting<String> current) {
        if (value.isEmpty()) {
            return new Setting<>(null, Source.set(a));
        }
        String path = expand(value);
        if (!isAbsoluteNormalized(path)) {
            fatal(a, a.key() + "= needs an absolute, normalized path, so systemd refuses the unit");
            return current;
        }
        return new Setting<>(path, Source.set(a));
    }

    /** path_is_absolute() and path_is_normalized(): no "." or ".." component; repeated slashes are simplified. */
    static boolean isAbsoluteNormalized(String path) {
        if (!path.startsWith("/")) {
            return false;
        }
        for (String part : path.split("/")) {
            if (part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** DEFINE_STRING_TABLE_LOOKUP_WITH_BOOLEAN: a boolean means yes/no, else one of the named levels. */
    private static Setting<String> enumWithBoolean(Assignment a, String value, Setting<String> current,
                                                   String... levels) {
        Optional<Boolean> b = Booleans.parse(value);
        if (b.isPresent()) {
            return new Setting<>(b.get() ? "yes" : "no", Source.set(a));
        }
        for (String level : levels) {
            if (level.equals(value)) {
                return new Setting<>(level, Source.set(a));
            }
        }
        return current;
    }

    /** DEFINE_CONFIG_PARSE_ENUM: exactly one of the names, else the assignment is ignored. */
    private static Setting<String> oneOf(Assignment a, String value, Setting<String> current, String... names) {
        for (String n : names) {
            if (n.equals(value)) {
                return new Setting<>(n, Source.set(a));
            }
        }
        return current;
    }

    /** config_parse_capability_set() for CapabilityBoundingSet= (initially every capability). */
    private void parseBoundingSet(Assignment a, String value) {
        CapabilitySet.Parsed parsed = CapabilitySet.parse(value);
        boolean invert = parsed.inverted();
        long sum = capabilitySum(parsed);
        Source source = Source.set(a);
        if (sum == 0 || capabilityBoundingSet == ALL_CAPABILITIES) {
            // "", "~", nothing known, or the set still at its initial value: replace.
            capabilityBoundingSet = invert ? ~sum : sum;
            Arrays.fill(capabilitySources, source);
        } else {
            if (invert) {
                capabilityBoundingSet &= ~sum;
            } else {
                capabilityBoundingSet |= sum;
            }
            for (int bit = 0; bit < 64; bit++) {
                if ((sum & (1L << bit)) != 0) {
                    capabilitySources[bit] = source;
                }
            }
        }
    }

    /** The same parser for AmbientCapabilities= (initially no capability). */
    private void parseAmbient(Assignment a, String value) {
        CapabilitySet.Parsed parsed = CapabilitySet.parse(value);
        boolean invert = parsed.inverted();
        long sum = capabilitySum(parsed);
        long current = ambientCapabilities.value();
        long next;
        if (sum == 0 || current == 0) {
            next = invert ? ~sum : sum;
        } else {
            next = invert ? current & ~sum : current | sum;
        }
        ambientCapabilities = new Setting<>(next, Source.set(a));
    }

    /** capability_set_from_string(): the known capabilities up to an unbalanced quote; unknown names are skipped. */
    private static long capabilitySum(CapabilitySet.Parsed parsed) {
        long sum = 0;
        for (CapabilitySet.Capability cap : parsed.capabilities()) {
            if (cap.known()) {
                sum |= 1L << cap.number();
            }
        }
        return sum;
    }

    /** config_parse_delegate(): a boolean, or controller names (which switch delegation on); empty means yes. */
    private void parseDelegate(Assignment a, String value) {
        Optional<Boolean> b = value.isEmpty() ? Optional.of(true) : Booleans.parse(value);
        delegate = new Setting<>(b.orElse(true), Source.set(a));
    }

    /** config_parse_restrict_namespaces(). */
    private void parseNamespaces(Assignment a, String value) {
        Source source = Source.set(a);
        if (value.isEmpty()) {
            restrictNamespaces = Namespaces.INITIAL;
            Arrays.fill(namespaceSources, source);
            return;
        }
        Optional<Boolean> b = Booleans.parse(value);
        if (b.isPresent()) {
            // A boolean ignores what came before: yes allows none, no allows all.
            restrictNamespaces = b.get() ? 0 : Namespaces.ALL;
            Arrays.fill(namespaceSources, source);
            return;
        }
        NamespaceFlags.Parsed parsed = NamespaceFlags.parse(value, release);
        if (!parsed.valid()) {
            return; // "Failed to parse namespace type string, ignoring"
        }
        boolean invert = parsed.inverted();
        long f = 0;
        for (NamespaceFlags.Namespace ns : parsed.namespaces()) {
            f |= Namespaces.flag(ns.name());
        }
        if (restrictNamespaces == Namespaces.INITIAL) {
            restrictNamespaces = invert ? ~f & Namespaces.ALL : f;
            Arrays.fill(namespaceSources, source);
        } else {
            restrictNamespaces = invert ? restrictNamespaces & ~f : restrictNamespaces | f;
            for (int bit = 0; bit < 64; bit++) {
                if ((f & (1L << bit)) != 0) {
                    namespaceSources[bit] = source;
                }
            }
        }
    }

    /** config_parse_address_families(). */
    private void parseAddressFamilies(Assignment a, String value) {
        Source source = Source.set(a);
        addressFamiliesSource = source;
        if (value.isEmpty() || value.equals("none")) {
            // Both free the set; "none" makes the (empty) list an allow list: no family at all.
            addressFamilies.clear();
            addressFamiliesRemoved.clear();
            addressFamilySetExists = false;
            addressFamiliesAllowList = value.equals("none");
            return;
        }
        AddressFamilies.Parsed parsed = AddressFamilies.parse(value);
        boolean invert = parsed.inverted();
        if (!addressFamilySetExists) {
            addressFamilySetExists = true;
            addressFamiliesAllowList = !invert;
        }
        // Up to an unbalanced quote ("Invalid syntax, ignoring" keeps what came before it).
        for (AddressFamilies.Family family : parsed.families()) {
            int af = AddressFamilyNumbers.number(family.name());
            if (af < 0) {
                if (release >= 262) {
                    break; // 262's parse_address_families() drops the rest of the value
                }
                continue; // "Failed to parse address family, ignoring"
            }
            // Allowing a family a deny list holds (or denying one an allow list holds) removes it.
            if (!invert == addressFamiliesAllowList) {
                addressFamilies.put(af, source);
                addressFamiliesRemoved.remove(af);
            } else {
                addressFamilies.remove(af);
                addressFamiliesRemoved.put(af, source);
            }
        }
    }

    /** systemd tells "no set" (NULL: the next list starts a new one) from an empty set. */
    private boolean addressFamilySetExists;

    /** config_parse_syscall_archs(). */
    private void parseArchitectures(Assignment a, String value) {
        if (value.isEmpty()) {
            syscallArchitectures = new Setting<>(Set.of(), Source.set(a));
            return;
        }
        Set<String> archs = new LinkedHashSet<>(syscallArchitectures.value());
        for (SyscallArchitectures.Architecture arch : SyscallArchitectures.parse(value, release)) {
            if (arch.known()) {
                archs.add(arch.name());
            }
        }
        // In the order written: the message names them, and Set.copyOf's order changes from run to run.
        syscallArchitectures = new Setting<>(Collections.unmodifiableSet(archs), Source.set(a));
    }

    /** config_parse_syscall_filter() and seccomp_parse_syscall_filter() (src/shared/seccomp-util.c). */
    private void parseSyscallFilter(Assignment a, String value) {
        Source source = Source.set(a);
        if (value.isEmpty()) {
            syscallFilter = null;
            syscallAllowList = false;
            syscallRemoved.clear();
            syscallFilterSource = source;
            return;
        }
        SyscallFilter.Parsed parsed = SyscallFilter.parse(value, true);
        boolean invert = parsed.inverted();
        SyscallGroups groups = SyscallGroups.forRelease(release);
        if (syscallFilter == null) {
            syscallFilter = new LinkedHashMap<>();
            syscallRemoved.clear();
            syscallAllowList = !invert;
            if (syscallAllowList) {
                // An allow list always permits @default.
                for (String call : groups.expand("@default")) {
                    syscallFilter.put(call, source);
                }
            }
        }
        syscallFilterSource = source;
        // Up to an unbalanced quote ("Invalid syntax, ignoring" keeps what came before it).
        for (SyscallFilter.Entry entry : parsed.entries()) {
            String callName = entry.name();
            boolean hasErrno = entry.hasErrno();
            if (hasErrno && !SyscallFilter.isErrnoOrAction(entry.errno())) {
                continue; // "Failed to parse syscall:errno, ignoring"
            }
            if (callName.isEmpty() || !invert && hasErrno) {
                continue; // "Allow-listed system calls cannot take error number, ignoring"
            }
            Set<String> calls;
            if (callName.startsWith("@")) {
                if (!groups.isGroup(callName)) {
                    continue; // "Unknown system call group, ignoring"
                }
                calls = groups.expand(callName);
            } else if (groups.isNativeSyscall(callName)) {
                calls = Set.of(callName);
            } else {
                continue; // unknown, or not an x86-64 system call: no effect on the assessment
            }
            // Put when the list is of this kind; an inverted name in an allow list with an error
            // number is put too, but denied (the offline assessment then leaves it out).
            boolean put = !invert == syscallAllowList;
            boolean deniedInAllowList = invert && syscallAllowList && hasErrno;
            for (String call : calls) {
                if (put) {
                    syscallFilter.put(call, source);
                    syscallRemoved.remove(call);
                } else {
                    syscallFilter.remove(call);
                    syscallRemoved.put(call, source);
                }
                if (deniedInAllowList) {
                    syscallFilter.remove(call);
                    syscallRemoved.put(call, source);
                }
            }
        }
    }

    private void parsePrefixes(Assignment a, String value, List<IpPrefixes.Prefix> target, boolean deny) {
        if (value.isEmpty()) {
            target.clear();
        } else {
            for (ExtractWord.Word word : ExtractWord.split(value, null, 0).words()) {
                target.addAll(IpPrefixes.parseWord(word.text()));
            }
        }
        if (deny) {
            ipDenySource = Source.set(a);
        } else {
            ipAllowSource = Source.set(a);
        }
    }

    /** config_parse_ip_filter_bpf_progs(): empty resets; a path that is not absolute is ignored. */
    private Setting<Boolean> filterPath(Assignment a, String value, Setting<Boolean> current) {
        if (value.isEmpty()) {
            return new Setting<>(false, Source.set(a));
        }
        return isAbsoluteNormalized(expand(value)) ? new Setting<>(true, Source.set(a)) : current;
    }

    /** config_parse_device_allow(): a device node path or block-/char- class, then rights out of r, w, m. */
    private void parseDeviceAllow(Assignment a, String value) {
        if (value.isEmpty()) {
            deviceAllow.clear();
            deviceAllowSource = Source.set(a);
            return;
        }
        Optional<DeviceAllow.Parsed> parsed = DeviceAllow.parse(value);
        if (parsed.isEmpty()) {
            return; // "Failed to extract device path and rights, ignoring"
        }
        String path = expand(parsed.get().device());
        String rights = parsed.get().rights();
        if (!parsed.get().isClass() && !DeviceAllow.isDeviceNodePath(path)) {
            return; // "Invalid device node path, ignoring"
        }
        if (!DeviceAllow.isRights(rights)) {
            return; // "Invalid device rights, ignoring"
        }
        deviceAllow.add(path + ":" + rights);
        deviceAllowSource = Source.set(a);
    }

    // ---- unit_patch_contexts() (src/core/unit.c) ---------------------------------------------

    private void patch() {
        if (release >= 254 && !privateMountsSet) {
            // From 254 PrivateMounts= is a tristate whose unset value (-1) get_security_info() copies into a
            // bool, so offline an unset PrivateMounts= counts as yes.
            booleans.put("PrivateMounts", new Setting<>(true, Source.DEFAULT));
        }
        Setting<Boolean> privateDevices = booleans.get("PrivateDevices");
        if (privateDevices.value()) {
            dropCapabilities(privateDevices.source(), "CAP_MKNOD", "CAP_SYS_RAWIO");
        }
        Setting<Boolean> modules = booleans.get("ProtectKernelModules");
        if (modules.value()) {
            dropCapabilities(modules.source(), "CAP_SYS_MODULE");
        }
        Setting<Boolean> logs = booleans.get("ProtectKernelLogs");
        if (logs.value()) {
            dropCapabilities(logs.source(), "CAP_SYSLOG");
        }
        Setting<Boolean> clock = booleans.get("ProtectClock");
        if (clock.value()) {
            dropCapabilities(clock.source(), "CAP_SYS_TIME", "CAP_WAKE_ALARM");
        }
        if (dynamicUser.value()) {
            Assignment by = dynamicUser.source().assignment();
            if (user.value() == null) {
                // user_from_unit_name(): the unit's prefix, a name that is never root.
                user = new Setting<>(name.prefix(), Source.impliedBy(by, "User=" + name.prefix()));
            }
            for (String key : List.of("PrivateTmp", "RemoveIPC", "NoNewPrivileges", "RestrictSUIDSGID")) {
                if (!booleans.get(key).value()) {
                    booleans.put(key, new Setting<>(true, Source.impliedBy(by, key + "=yes")));
                }
            }
            if (!protectSystem.value().equals("strict")) {
                protectSystem = new Setting<>("strict", Source.impliedBy(by, "ProtectSystem=strict"));
            }
            if (protectHome.value().equals("no")) {
                protectHome = new Setting<>("read-only", Source.impliedBy(by, "ProtectHome=read-only"));
            }
        }
        if (privateDevices.value() && devicePolicy.value().equals("auto")) {
            devicePolicy = new Setting<>("closed", Source.impliedBy(privateDevices.source().assignment(),
                    "DevicePolicy=closed"));
        }
        if (!devicePolicy.value().equals("auto") || !deviceAllow.isEmpty()) {
            // Devices these settings need are allowed, which only matters under a closed policy.
            if (rootImage.value() != null || mountImages) {
                deviceAllow.addAll(List.of("/dev/loop-control:rw", "/dev/mapper/control:rw", "block-loop:rwm",
                        "block-blkext:rwm", "block-device-mapper:rwm"));
                deviceAllowSource = Source.impliedBy(rootImage.source().assignment(),
                        "access to the loop and device-mapper devices");
            }
            if (clock.value()) {
                deviceAllow.add("char-rtc:r");
                deviceAllowSource = Source.impliedBy(clock.source().assignment(), "DeviceAllow=char-rtc r");
            }
            if (encryptedCredentials) {
                deviceAllow.add("/dev/tpmrm0:rw");
                deviceAllowSource = Source.impliedBy(encryptedCredentialsSource, "DeviceAllow=/dev/tpmrm0 rw");
            }
        }
    }

    private void dropCapabilities(Source by, String... names) {
        for (String cap : names) {
            long bit = 1L << CapabilitySet.NAMES.indexOf(cap);
            if ((capabilityBoundingSet & bit) != 0) {
                capabilityBoundingSet &= ~bit;
                capabilitySources[Long.numberOfTrailingZeros(bit)] = Source.impliedBy(by.assignment(),
                        "CapabilityBoundingSet=~" + cap);
            }
        }
    }

    int release() {
        return release;
    }

    UnitName name() {
        return name;
    }
}
