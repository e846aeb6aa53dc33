package dev.unitlint.model;

import dev.unitlint.syntax.Entry;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.UnitFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A unit as systemd loads it: its base file and the drop-ins applied over it, in the order
 * systemd applies them. Rules read settings through the merged view ({@link #last},
 * {@link #list}), which reports the file and line that set the value in force.
 */
public final class Unit {

    private final UnitName name;
    private final UnitFile base;
    private final List<UnitFile> dropIns;
    private final List<String> aliases;

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
        List<UnitFile> files = new ArrayList<>(dropIns.size() + 1);
        if (base != null) {
            files.add(base);
        }
        files.addAll(dropIns);
        return files;
    }

    /**
     * The files a section is read from: every file, except for {@code [Install]}. PID 1
     * ignores that section; systemctl reads it (install.c, unit_file_search()) from the unit
     * file and from the drop-ins of the unit's own {@code NAME.d/} and, for an instance, its
     * template's folder, but not from dash-prefix or type-wide folders (systemd issue
     * #22230). Drop-ins have counted there since systemd 236 (PR #7158); before, only the
     * unit file did.
     */
    private List<UnitFile> filesFor(String section) {
        if (!INSTALL.equals(section)) {
            return files();
        }
        List<UnitFile> files = new ArrayList<>();
        if (base != null) {
            files.add(base);
        }
        for (UnitFile dropIn : dropIns) {
            if (readsInstall(dropIn)) {
                files.add(dropIn);
            }
        }
        return files;
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
        List<Assignment> result = new ArrayList<>(2);
        for (UnitFile file : filesFor(section)) {
            for (Section s : file.sections()) {
                if (!s.name().equals(section)) {
                    continue;
                }
                for (Entry entry : s.entries()) {
                    if (entry.isAssignment() && entry.key().equals(key)) {
                        result.add(new Assignment(file, entry));
                    }
                }
            }
        }
        return result;
    }

    /** Every assignment in a section, across the files, in application order. */
    public List<Assignment> assignments(String section) {
        List<Assignment> result = new ArrayList<>();
        for (UnitFile file : filesFor(section)) {
            for (Section s : file.sections()) {
                if (s.name().equals(section)) {
                    for (Entry entry : s.entries()) {
                        if (entry.isAssignment()) {
                            result.add(new Assignment(file, entry));
                        }
                    }
                }
            }
        }
        return result;
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
        List<UnitFile> files = files();
        return candidates.stream().max(Comparator
                .comparingInt((Assignment a) -> files.indexOf(a.file()))
                .thenComparingInt(a -> a.entry().firstLine()));
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
        return Collections.unmodifiableList(all.subList(start, all.size()));
    }

    @Override
    public String toString() {
        return name.name();
    }
}
