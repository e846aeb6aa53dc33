package dev.unitlint.tree;

import dev.unitlint.discovery.LinkResolver;
import dev.unitlint.lint.InputError;
import dev.unitlint.model.DropInDirs;
import dev.unitlint.model.SpecifierExpansion;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitLink;
import dev.unitlint.model.UnitLink.Role;
import dev.unitlint.model.UnitLink.Status;
import dev.unitlint.model.UnitName;
import dev.unitlint.model.UnitSet;
import dev.unitlint.model.UnitSet.FolderDependency;
import dev.unitlint.syntax.UnitFile;
import dev.unitlint.syntax.UnitFileParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A whole system read the way systemd reads it, from a root folder on any file system: the
 * load path in priority order (a file higher up hides one of the same name lower down),
 * masked units (linked to /dev/null, or empty) left out, symbolic links between unit names
 * made aliases, {@code .wants/}, {@code .requires/} and {@code .upholds/} folders made
 * dependencies, and each unit's drop-ins gathered from every folder systemd searches
 * ({@link DropInDirs}). Symbolic links are followed inside the root: an absolute target
 * such as {@code /usr/lib/...} means that path under the root ({@link LinkResolver#forRoot}).
 * A link that dangles, loops, or is a plain file where systemd wants a link is recorded as a
 * {@link UnitLink} for the rules about links, not as an error of the run. Files are only read.
 */
public final class SystemTree {

    /** Alias chains longer than this are a loop, as for the kernel (ELOOP). */
    private static final int MAX_LINKS = 40;
    private static final List<String> DEPENDENCY_FOLDERS = List.of("wants", "requires", "upholds");

    private final Path root;
    private final LinkResolver linkResolver;
    /** A set: a type-wide drop-in link is met once for each unit it applies to. */
    private final Set<UnitLink> links = new LinkedHashSet<>();
    private final List<Path> folders = new ArrayList<>();
    private final List<InputError> errors = new ArrayList<>();
    private final Map<String, Path> entries = new LinkedHashMap<>();
    private final Set<String> masked = new LinkedHashSet<>();
    private final Map<String, String> aliasTargets = new TreeMap<>();
    private final List<FolderDependency> folderDependencies = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();

    private SystemTree(Path root) {
        this.root = root;
        this.linkResolver = LinkResolver.forRoot(root);
    }

    /** Reads the tree under {@code root} for the system manager or, with {@code scope} USER, the user manager. */
    public static SystemTree load(Path root, LoadPath scope) {
        SystemTree tree = new SystemTree(root);
        if (!Files.isDirectory(root)) {
            tree.errors.add(new InputError(root.toString(), "--root must be a directory", true));
            return tree;
        }
        tree.findFolders(scope);
        tree.readFolders();
        tree.buildUnits();
        return tree;
    }

    public List<Unit> units() {
        return List.copyOf(units);
    }

    /** The complete set of units, for references between them. */
    public UnitSet unitSet() {
        return new UnitSet(units, masked, folderDependencies);
    }

    public Set<String> masked() {
        return Set.copyOf(masked);
    }

    public List<InputError> errors() {
        return List.copyOf(errors);
    }

    /** The symbolic links of unit folders (and plain files where systemd wants links), for the rules about links. */
    public List<UnitLink> links() {
        return List.copyOf(links);
    }

    private void findFolders(LoadPath scope) {
        Set<Path> seen = new LinkedHashSet<>();
        for (String folder : scope.folders()) {
            Optional<Path> real = resolve(root.resolve(folder));
            // /lib is often a link to /usr/lib: read each real folder once, at its first place.
            if (real.isPresent() && Files.isDirectory(real.get(), LinkOption.NOFOLLOW_LINKS) && seen.add(real.get())) {
                folders.add(real.get());
            }
        }
    }

    private void readFolders() {
        for (Path folder : folders) {
            for (Path entry : list(folder)) {
                String name = entry.getFileName().toString();
                Optional<Path> real = resolve(entry);
                if (real.isPresent() && Files.isDirectory(real.get())) {
                    readDependencyFolder(name, real.get(), entry);
                    continue;
                }
                if (UnitName.parse(name).isPresent()) {
                    // The first folder that has the name wins; the same name lower down is hidden.
                    entries.putIfAbsent(name, entry);
                }
            }
        }
    }

    private void readDependencyFolder(String name, Path real, Path shown) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !DEPENDENCY_FOLDERS.contains(name.substring(dot + 1))
                || UnitName.parse(name.substring(0, dot)).isEmpty()) {
            return;
        }
        String kind = switch (name.substring(dot + 1)) {
            case "wants" -> "Wants";
            case "requires" -> "Requires";
            default -> "Upholds";
        };
        for (Path entry : list(real)) {
            String target = entry.getFileName().toString();
            if (UnitName.parse(target).isEmpty()) {
                continue;
            }
            String shownEntry = shown.resolve(target).toString();
            if (!Files.isSymbolicLink(entry)) {
                // systemd: "Wants dependency dropin … is not a symlink, ignoring."
                links.add(new UnitLink(shownEntry, Role.DEPENDENCY, "", Status.NOT_A_LINK));
                continue;
            }
            links.add(new UnitLink(shownEntry, Role.DEPENDENCY, LinkResolver.target(entry), Status.FILE));
            folderDependencies.add(new FolderDependency(name.substring(0, dot), kind, target, shown.toString()));
        }
    }

    private void buildUnits() {
        Map<String, Path> files = new TreeMap<>();
        for (Map.Entry<String, Path> entry : entries.entrySet()) {
            String name = entry.getKey();
            Path path = entry.getValue();
            try {
                if (Files.isSymbolicLink(path)) {
                    String target = Files.readSymbolicLink(path).toString();
                    LinkResolver.Resolution resolution = linkResolver.resolve(path);
                    if (resolution.mask()) {
                        masked.add(name);
                        continue;
                    }
                    if (resolution.status() != Status.FILE) {
                        links.add(new UnitLink(path.toString(), Role.UNIT, target, resolution.status()));
                        continue;
                    }
                    Path real = resolution.path();
                    String targetName = real.getFileName().toString();
                    boolean inLoadPath = folders.stream().anyMatch(f -> real.getParent() != null
                            && real.getParent().equals(f));
                    if (!targetName.equals(name) && UnitName.parse(targetName).isPresent() && inLoadPath) {
                        // In the load path under another name: an alias (unit_file_resolve_symlink()).
                        links.add(new UnitLink(path.toString(), Role.ALIAS, target, Status.FILE));
                        aliasTargets.put(name, targetName);
                        continue;
                    }
                    // Elsewhere: a linked unit file, loaded under the link's name with the target's text.
                    links.add(new UnitLink(path.toString(), Role.UNIT, target, Status.FILE));
                    path = real;
                }
                if (!Files.isRegularFile(path)) {
                    errors.add(new InputError(path.toString(), "not a regular file", false));
                } else if (Files.size(path) == 0) {
                    masked.add(name); // systemd treats an empty unit file as masked (null_or_empty_path()).
                } else {
                    files.put(name, path);
                }
            } catch (IOException e) {
                errors.add(new InputError(path.toString(), describe(e), false));
            }
        }
        Map<String, List<String>> aliasesOf = new HashMap<>();
        Map<String, String> instanceOfTemplate = new TreeMap<>();
        for (String alias : aliasTargets.keySet()) {
            String target = finalTarget(alias);
            if (target == null) {
                continue;
            }
            UnitName aliasName = UnitName.parse(alias).orElseThrow();
            UnitName targetName = UnitName.parse(target).orElseThrow();
            if (aliasName.isInstance() && targetName.isTemplate()) {
                // foo@bar.service -> foo@.service: the instance loaded from the template's file.
                instanceOfTemplate.put(alias, target);
            } else if (masked.contains(target)) {
                masked.add(alias);
            } else {
                aliasesOf.computeIfAbsent(target, k -> new ArrayList<>()).add(alias);
            }
        }
        Map<String, UnitFile> parsed = new TreeMap<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            read(file.getValue()).ifPresent(f -> parsed.put(file.getKey(), f));
        }
        for (Map.Entry<String, UnitFile> file : parsed.entrySet()) {
            UnitName name = UnitName.parse(file.getKey()).orElseThrow();
            List<String> aliases = aliasesOf.getOrDefault(file.getKey(), List.of());
            units.add(newUnit(name, file.getValue(), aliases));
        }
        // Instances: named by a link in the load path, or in a .wants/.requires folder, or a template's DefaultInstance=.
        for (FolderDependency dep : folderDependencies) {
            UnitName.parse(dep.to()).filter(UnitName::isInstance)
                    .ifPresent(n -> instanceOfTemplate.putIfAbsent(n.name(), n.templateName().orElseThrow()));
        }
        for (Unit template : List.copyOf(units)) {
            if (template.name().isTemplate()) {
                template.last(Unit.INSTALL, "DefaultInstance")
                        .flatMap(a -> SpecifierExpansion.expand(a.value(), template.name()))
                        .filter(instance -> !instance.isEmpty())
                        .ifPresent(instance -> instanceOfTemplate.putIfAbsent(
                                template.name().withInstance(instance).name(), template.name().name()));
            }
        }
        for (Map.Entry<String, String> instance : instanceOfTemplate.entrySet()) {
            UnitName name = UnitName.parse(instance.getKey()).orElseThrow();
            UnitFile template = parsed.get(instance.getValue());
            if (template != null && !parsed.containsKey(instance.getKey()) && name.valid()) {
                units.add(newUnit(name, template, List.of()));
            }
        }
        units.sort(Comparator.comparing((Unit u) -> u.files().get(0).path()).thenComparing(u -> u.name().name()));
    }

    /** Follows alias links to the unit file they end at; null for a dangling or looping chain. */
    private String finalTarget(String alias) {
        String name = alias;
        for (int hops = 0; hops < MAX_LINKS && name != null; hops++) {
            if (!aliasTargets.containsKey(name)) {
                if (entries.containsKey(name) || masked.contains(name)) {
                    return name;
                }
                // The file the chain ends at is not a unit file of the load path: nothing to load.
                linkProblem(alias, Status.DANGLING);
                return null;
            }
            name = aliasTargets.get(name);
        }
        linkProblem(alias, Status.LOOP);
        return null;
    }

    /** Turns a link already recorded as an alias into one that leads nowhere. */
    private void linkProblem(String alias, Status status) {
        String path = entries.get(alias).toString();
        links.removeIf(l -> l.path().equals(path));
        links.add(new UnitLink(path, Role.UNIT, LinkResolver.target(entries.get(alias)), status));
    }

    private Unit newUnit(UnitName name, UnitFile base, List<String> aliases) {
        List<String> names = new ArrayList<>();
        names.add(name.name());
        names.addAll(aliases);
        return new Unit(name, base, dropIns(names, name), aliases);
    }

    /**
     * The drop-ins of a unit known under {@code names}: every folder of every name in every
     * load-path folder, the type-wide folders last; the first {@code .conf} of a file name wins,
     * and the winners apply sorted by file name (unit_file_find_dropin_paths()).
     */
    private List<UnitFile> dropIns(List<String> names, UnitName name) {
        List<Path> dirs = new ArrayList<>();
        for (Path folder : folders) {
            for (String n : names) {
                UnitName.parse(n).ifPresent(u -> DropInDirs.forName(u).forEach(d -> dirs.add(folder.resolve(d))));
            }
        }
        for (Path folder : folders) {
            dirs.add(folder.resolve(DropInDirs.typeWide(name.type())));
        }
        Map<String, Path> chosen = new TreeMap<>();
        for (Path dir : dirs) {
            Optional<Path> real = resolve(dir);
            if (real.isEmpty() || !Files.isDirectory(real.get())) {
                continue;
            }
            for (Path file : list(real.get())) {
                String fileName = file.getFileName().toString();
                if (fileName.endsWith(".conf")) {
                    chosen.putIfAbsent(fileName, file);
                }
            }
        }
        List<UnitFile> result = new ArrayList<>();
        for (Path file : chosen.values()) {
            try {
                if (Files.isSymbolicLink(file) && Files.readSymbolicLink(file).toString().equals("/dev/null")) {
                    continue; // a masked drop-in hides the ones of its name and adds nothing
                }
            } catch (IOException e) {
                errors.add(new InputError(file.toString(), describe(e), false));
                continue;
            }
            if (Files.isSymbolicLink(file)) {
                LinkResolver.Resolution resolution = linkResolver.resolve(file);
                links.add(new UnitLink(file.toString(), Role.DROP_IN, LinkResolver.target(file), resolution.status()));
                if (resolution.status() != Status.FILE) {
                    continue;
                }
            }
            Optional<Path> real = resolve(file);
            if (real.isEmpty() || !Files.isRegularFile(real.get())) {
                errors.add(new InputError(file.toString(), "not a regular file", false));
                continue;
            }
            read(real.get()).ifPresent(result::add);
        }
        return result;
    }

    private final Map<Path, Optional<UnitFile>> readCache = new HashMap<>();

    private Optional<UnitFile> read(Path path) {
        return readCache.computeIfAbsent(path, p -> {
            try {
                return Optional.of(UnitFileParser.parse(p.toString(), Files.readAllBytes(p)));
            } catch (IOException | OutOfMemoryError e) {
                errors.add(new InputError(p.toString(), e instanceof IOException io ? describe(io)
                        : "file too large to read", false));
                return Optional.empty();
            }
        });
    }

    private List<Path> list(Path folder) {
        try (Stream<Path> stream = Files.list(folder)) {
            return stream.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            errors.add(new InputError(folder.toString(), describe(e), false));
            return List.of();
        }
    }

    /** The path {@code path} leads to inside the root, links followed; empty for a loop or a link out of it. */
    Optional<Path> resolve(Path path) {
        LinkResolver.Resolution resolution = linkResolver.resolve(path);
        return Optional.ofNullable(resolution.path());
    }

    static String describe(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or directory";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
