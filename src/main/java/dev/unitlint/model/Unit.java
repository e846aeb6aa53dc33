package dev.unitlint.model;

import dev.unitlint.syntax.Entry;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.UnitFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A unit as systemd loads it: its base file and the drop-ins applied over it, in the order
 * systemd applies them. Rules read settings through the merged view ({@link #last},
 * {@link #list}), which reports the file and line that set the value in force.
 *
 * <p>Every rule asks for settings by section and key, so the assignments are indexed that way
 * once, on the first question, rather than found by scanning the files for each; and what
 * several rules derive from the same settings (parsed command lines, the assignments systemd
 * reads) is computed once per unit through {@link #memo}. A unit may be read from several
 * threads (rules about references look at other units), so both are built thread-safely.
 */
public final class Unit {

    private final UnitName name;
    private final UnitFile base;
    private final List<UnitFile> dropIns;
    private final List<String> aliases;
    private final List<UnitFile> files;
    /** True for a {@link #scanView()}: answers by reading the files each time, and keeps no index. */
    private final boolean scanOnly;
    private volatile AssignmentIndex index;
    /** Analyses derived from the unit ({@link #memo}), made on first use: most units need none. */
    private volatile Map<Object, Object> memo;

    /**
     * The assignments of every section by key, and of every section in file order, each in the
     * order systemd applies them.
     */
    private record AssignmentIndex(Map<String, Map<String, List<Assignment>>> byKey,
                                   Map<String, List<Assignment>> bySection) {
    }

    /**
     * @param name    the unit's name
     * @param base    the unit file, or null when only drop-ins were given
     * @param dropIns drop-ins in the order systemd applies them
     */
    public Unit(UnitName name, UnitFile base, List<UnitFile> dropIns) {
        this(name, base, dropIns, List.of());
    }

    /**
     * @param aliases other names the unit is loaded under (symbolic links to it in a load path)
     */
    public Unit(UnitName name, UnitFile base, List<UnitFile> dropIns, List<String> aliases) {
        this.name = name;
        this.base = base;
        this.dropIns = List.copyOf(dropIns);
        this.aliases = List.copyOf(aliases);
        List<UnitFile> all = new ArrayList<>(this.dropIns.size() + 1);
        if (base != null) {
            all.add(base);
        }
        all.addAll(this.dropIns);
        this.files = List.copyOf(all);
        this.scanOnly = false;
    }

    private Unit(Unit unit) {
        this.name = unit.name;
        this.base = unit.base;
        this.dropIns = unit.dropIns;
        this.aliases = unit.aliases;
        this.files = unit.files;
        this.scanOnly = true;
    }

    /**
     * The same unit, answering each question by reading its files again and keeping nothing: for
     * passes over every unit of a set ({@link UnitSet}'s aliases, triggers and dependency edges),
     * which ask each unit a question or two. An index made for them would be kept until the
     * unit's own rules ran, and on a 20,000-file tree every unit's index at once was a third of
     * the heap. Its assignments are equal to the unit's own.
     */
    public Unit scanView() {
        return scanOnly ? this : new Unit(this);
    }

    /** Other names systemd knows this unit by: symbolic links to it in the load path. */
    public List<String> aliases() {
        return aliases;
    }

    public UnitName name() {
        return name;
    }

    public UnitType type() {
        return name.type();
    }

    public Optional<UnitFile> base() {
        return Optional.ofNullable(base);
    }

    /** True when the unit file itself is known; checks that need the whole unit skip units without it. */
    public boolean hasBase() {
        return base != null;
    }

    public List<UnitFile> dropIns() {
        return dropIns;
    }

    /** Base file first, then drop-ins in application order. */
    public List<UnitFile> files() {
        return files;
    }

    /**
     * Whether a section of a file counts: every section does, except {@code [Install]}. PID 1
     * ignores that section; systemctl reads it (install.c, unit_file_search()) from the unit
     * file and from the drop-ins of the unit's own {@code NAME.d/} and, for an instance, its
     * template's folder, but not from dash-prefix or type-wide folders (systemd issue
     * #22230). Drop-ins have counted there since systemd 236 (PR #7158); before, only the
     * unit file did.
     */
    private boolean reads(UnitFile file, String section) {
        return !INSTALL.equals(section) || file == base || readsInstall(file);
    }

    /** Whether systemctl reads {@code [Install]} of this drop-in: it is in {@code NAME.d/} or the template's folder. */
    public boolean readsInstall(UnitFile dropIn) {
        String path = dropIn.path().replace('\\', '/');
        int slash = path.lastIndexOf('/');
        int before = slash <= 0 ? -1 : path.lastIndexOf('/', slash - 1);
        String folder = slash < 0 ? "" : path.substring(before + 1, slash);
        return folder.equals(name.name() + ".d")
                || name.templateName().map(t -> folder.equals(t + ".d")).orElse(false);
    }

    /**
     * Whether this unit alone reads the file: its unit file under its own name, or a drop-in in its
     * own {@code NAME.d/}. A type-wide, prefix or template folder's drop-in, and a template's file
     * that an instance reads, belong to other units too, so what holds for this unit need not
     * hold for the file.
     */
    public boolean readsAlone(UnitFile file) {
        String path = file.path().replace('\\', '/');
        int slash = path.lastIndexOf('/');
        if (file == base) {
            return !name.isInstance() || path.substring(slash + 1).equals(name.name());
        }
        int before = slash <= 0 ? -1 : path.lastIndexOf('/', slash - 1);
        return slash >= 0 && path.substring(before + 1, slash).equals(name.name() + ".d");
    }

    /** The section systemctl reads only from the unit file and its own and its template's drop-in folders. */
    public static final String INSTALL = "Install";

    /** Every assignment of {@code [section] key=} across the files, in application order. */
    public List<Assignment> assignments(String section, String key) {
        if (scanOnly) {
            return scan(section, key);
        }
        Map<String, List<Assignment>> keys = index().byKey().get(section);
        List<Assignment> found = keys == null ? null : keys.get(key);
        return found == null ? List.of() : found;
    }

    /** Every assignment in a section, across the files, in application order. */
    public List<Assignment> assignments(String section) {
        if (scanOnly) {
            return scan(section, null);
        }
        return index().bySection().getOrDefault(section, List.of());
    }

    /** The assignments of a section (and key, unless null) read from the files, in the index's order. */
    private List<Assignment> scan(String section, String key) {
        List<Assignment> found = new ArrayList<>(2);
        for (UnitFile file : files) {
            for (Section s : file.sections()) {
                if (!s.name().equals(section) || !reads(file, section)) {
                    continue;
                }
                for (Entry entry : s.entries()) {
                    if (entry.isAssignment() && (key == null || entry.key().equals(key))) {
                        found.add(new Assignment(file, entry));
                    }
                }
            }
        }
        return found.isEmpty() ? List.of() : Collections.unmodifiableList(found);
    }

    private AssignmentIndex index() {
        AssignmentIndex built = index;
        if (built == null) {
            // Two threads may build it at once; both build the same, and either may win.
            built = buildIndex();
            index = built;
        }
        return built;
    }

    private AssignmentIndex buildIndex() {
        Map<String, Map<String, List<Assignment>>> byKey = new HashMap<>();
        Map<String, List<Assignment>> bySection = new HashMap<>();
        for (UnitFile file : files) {
            for (Section section : file.sections()) {
                String sectionName = section.name();
                if (!reads(file, sectionName)) {
                    continue;
                }
                Map<String, List<Assignment>> keys = byKey.get(sectionName);
                List<Assignment> inSection = bySection.get(sectionName);
                if (keys == null) {
                    keys = new HashMap<>();
                    byKey.put(sectionName, keys);
                    inSection = new ArrayList<>();
                    bySection.put(sectionName, inSection);
                }
                for (Entry entry : section.entries()) {
                    if (entry.isAssignment()) {
                        Assignment assignment = new Assignment(file, entry);
                        inSection.add(assignment);
                        List<Assignment> sameKey = keys.get(entry.key());
                        if (sameKey == null) {
                            sameKey = new ArrayList<>(2);
                            keys.put(entry.key(), sameKey);
                        }
                        sameKey.add(assignment);
                    }
                }
            }
        }
        // Immutable lists of the right size rather than wrappers: an index a rule about another
        // unit made stays until the end of the run. The maps stay hash maps: rules look up many
        // keys a unit does not have, which Map.copyOf's maps answer more slowly.
        for (Map<String, List<Assignment>> keys : byKey.values()) {
            keys.replaceAll((key, list) -> List.copyOf(list));
        }
        bySection.replaceAll((section, list) -> List.copyOf(list));
        return new AssignmentIndex(byKey, bySection);
    }

    /**
     * A value derived from the unit, computed on first use and kept with the unit: several rules
     * read one analysis (parsed command lines, the assignments systemd reads) without redoing it.
     *
     * @param key identifies the analysis and its parameters (such as the target release): a
     *            constant of the class that owns it; the value must not be changed by its users
     */
    public <T> T memo(Object key, Supplier<T> compute) {
        T value = memoized(key);
        return value != null ? value : remember(key, compute.get());
    }

    /**
     * {@link #memo(Object, Supplier)} for an analysis that needs only the unit: called with a
     * method reference ({@code unit.memo(KEY, Owner::analyse)}), which, unlike a lambda that
     * captures the unit, is not allocated on every call (C1 allocates captured lambdas through a
     * slow runtime call, and the common analyses are asked for by dozens of rules per unit).
     */
    public <T> T memo(Object key, Function<Unit, T> compute) {
        T value = memoized(key);
        return value != null ? value : remember(key, compute.apply(this));
    }

    @SuppressWarnings("unchecked")
    private <T> T memoized(Object key) {
        Map<Object, Object> map = memo;
        return map == null ? null : (T) map.get(key);
    }

    /**
     * Keeps a computed analysis, or returns the one another thread kept first. Not computeIfAbsent:
     * an analysis may itself ask for another one of this unit.
     */
    @SuppressWarnings("unchecked")
    private <T> T remember(Object key, T value) {
        Map<Object, Object> map = memo;
        if (map == null) {
            synchronized (this) {
                map = memo;
                if (map == null) {
                    map = new ConcurrentHashMap<>(8);
                    memo = map;
                }
            }
        }
        Object earlier = map.putIfAbsent(key, value);
        return earlier != null ? (T) earlier : value;
    }

    /**
     * Drops the assignment index, the analyses ({@link #memo}) and the value texts of its files
     * ({@link UnitFile#forgetDerived}) made so far; they are made again if asked for. Called once
     * the unit's own rules have run: a run keeps every unit for the rules about references, and
     * on a 20,000-file tree what the rules derived from each was a large part of the heap.
     * Another thread still reading the dropped ones is unaffected: each is complete, and only a
     * new question makes a new one.
     */
    public void forgetDerived() {
        memo = null;
        index = null;
        for (UnitFile file : files) {
            file.forgetDerived();
        }
    }

    /** The value in force of a single-valued setting: the last assignment wins. */
    public Optional<Assignment> last(String section, String key) {
        List<Assignment> all = assignments(section, key);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * The value in force of a single-valued setting, skipping assignments systemd rejects:
     * a value it cannot parse is ignored ("Failed to parse …, ignoring"), so the one before stays.
     */
    public Optional<Assignment> lastValid(String section, String key, Predicate<String> valid) {
        List<Assignment> all = assignments(section, key);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (valid.test(all.get(i).value())) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The latest of assignments that write the same setting under different names or sections
     * (a key and its legacy spelling): the one systemd applies last.
     */
    public Optional<Assignment> latest(List<Assignment> candidates) {
        Assignment latest = null;
        for (Assignment candidate : candidates) {
            if (latest == null || appliedAfter(candidate, latest)) {
                latest = candidate;
            }
        }
        return Optional.ofNullable(latest);
    }

    private boolean appliedAfter(Assignment a, Assignment b) {
        int fileA = files.indexOf(a.file());
        int fileB = files.indexOf(b.file());
        return fileA != fileB ? fileA > fileB : a.entry().firstLine() > b.entry().firstLine();
    }

    /** The items in force of a list setting: an empty assignment drops everything before it. */
    public List<Assignment> list(String section, String key) {
        List<Assignment> all = assignments(section, key);
        int start = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).isEmpty()) {
                start = i + 1;
            }
        }
        return start == 0 ? all : Collections.unmodifiableList(all.subList(start, all.size()));
    }

    @Override
    public String toString() {
        return name.name();
    }
}
