package dev.unitlint.lint;

import dev.unitlint.discovery.DirectoryWalker;
import dev.unitlint.discovery.LinkResolver;
import dev.unitlint.model.DropInDirs;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitLink;
import dev.unitlint.model.UnitLink.Role;
import dev.unitlint.model.UnitLink.Status;
import dev.unitlint.model.UnitName;
import dev.unitlint.model.UnitSet.FolderDependency;
import dev.unitlint.model.UnitType;
import dev.unitlint.syntax.UnitFile;
import dev.unitlint.syntax.UnitFileParser;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Finds the unit files and drop-ins under the paths the user named, parses them, and groups
 * each drop-in ({@code NAME.TYPE.d/*.conf}) with the unit it belongs to. Files are only ever
 * read.
 *
 * <p>Symbolic links are read as systemd reads them ({@link UnitLink}), and never lead out of
 * the folder that was named (or, for a file named on its own, its folder): a link under a
 * unit name is an alias of the unit file it leads to, which is checked once, at its own
 * path; a link to /dev/null masks the unit; an entry of a {@code NAME.wants/} folder is a
 * dependency, not a unit file. A link that dangles or leads out of the tree is a finding
 * about the link (SD006, SD007), not an error of the run.
 *
 * <p>Files are read when a {@link #batches() batch} of them is (all at once for {@link
 * #units()}), so that a run can check one batch and drop its syntax trees before the next.
 */
public final class UnitCollector {

    /**
     * One parsed file and what it is; a masked drop-in (linked to /dev/null) has no file.
     *
     * @param place where the file sits for systemd (a link's own path), which decides the
     *              drop-ins it gets or the unit it belongs to; its text may come from elsewhere
     */
    private record ParsedFile(Path place, UnitFile file, UnitName unit, boolean dropIn) {
    }

    /**
     * Files larger than this are reported, not read. Real unit files are kilobytes (the largest
     * in Debian bookworm is 10 kB); parsing costs several times the file's size in memory, so
     * without a bound one huge file could exhaust the heap the launcher fixes (-Xmx256m) and
     * take the whole run down with it. 4 MiB still holds a line of systemd's 1 MiB maximum,
     * continued or not, several times over.
     */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private static final List<String> DEPENDENCY_SUFFIXES = List.of(".wants", ".requires", ".upholds");

    private final boolean respectGitignore;
    private final Set<Path> readPaths = new HashSet<>();
    /** Unit files, drop-ins and links found so far; tells an empty folder apart. */
    private int filesFound;
    /** Files parsed and not handed out in a batch yet: standard input, masked drop-ins, and what {@link #units()} read. */
    private final List<ParsedFile> parsed = new ArrayList<>();
    /** Problems with the paths as named (found while walking them), in the order met. */
    private final List<InputError> errors = new ArrayList<>();
    /** Problems reading files, by the order in which the files were queued. */
    private final Map<Integer, InputError> readErrors = new TreeMap<>();
    private int readOrder;
    private final List<UnitLink> links = new ArrayList<>();
    private final List<FolderDependency> folderDependencies = new ArrayList<>();
    /** Alias names by the unit file they lead to (absolute, normalized), with the folder of each link. */
    private final Map<Path, Set<AliasLink>> aliases = new HashMap<>();

    private record AliasLink(Path folder, String name) {
    }
    /**
     * Files found but not read yet. Reading and parsing is the bulk of a run, so it is
     * deferred until {@link #units()}, {@link #errors()} or {@link #masked()} and then done on
     * a bounded pool ({@link ParallelMap}); results are added in the order the files were found.
     */
    private final List<PendingRead> pending = new ArrayList<>();

    /**
     * @param source the file whose text is read: {@code place} itself, or the file a link leads to
     * @param order  when it was queued, so that read errors keep that order
     */
    private record PendingRead(Path place, Path source, Classified kind, int order) {
    }

    /** What reading one file gave: a parsed file (or masked drop-in), an error, or a masked unit's name. */
    private record ReadResult(ParsedFile file, InputError error, String maskedUnit) {
    }
    private final Set<String> masked = new TreeSet<>();

    /** A collector whose directory walks skip what {@code .gitignore} ignores. */
    public UnitCollector() {
        this(true);
    }

    /** @param respectGitignore false to search ignored files too ({@code --no-respect-gitignore}) */
    public UnitCollector(boolean respectGitignore) {
        this.respectGitignore = respectGitignore;
    }

    /** Adds a file or a directory (searched recursively) as named by the user. */
    public void addPath(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            errors.add(new InputError(path.toString(), "no such file or directory", false));
            return;
        }
        if (Files.isDirectory(path)) {
            // A folder named on the command line is searched even when it is itself a link.
            int found = filesFound;
            int failed = errors.size();
            walk(path);
            if (filesFound == found && errors.size() == failed) {
                // Otherwise a typo'd or wrong folder would pass silently, as if all were well.
                errors.add(new InputError(path.toString(), "is a directory with no unit files or drop-ins in it", true));
            }
            return;
        }
        Optional<Classified> kind = classify(path);
        if (kind.isEmpty()) {
            if (Files.isSymbolicLink(path) && !Files.exists(path)) {
                errors.add(new InputError(path.toString(), "broken symbolic link or symbolic link loop", false));
                return;
            }
            errors.add(new InputError(path.toString(), "not a unit file: the name must end in a unit type such as"
                    + " .service or .timer, or be a drop-in NAME.TYPE.d/*.conf (use --stdin-filename for standard input)",
                    true));
            return;
        }
        Path folder = path.getParent() == null ? path.getFileSystem().getPath("") : path.getParent();
        Optional<ParsedPlace> added = add(path, kind.get(), LinkResolver.forTree(folder));
        if (added.isPresent() && !added.get().kind().dropIn()) {
            addDropInsBeside(added.get().place(), added.get().kind().unit());
            if (!added.get().place().equals(path)) {
                addDropInsBeside(path, kind.get().unit()); // an alias named: its own NAME.d/ applies too
            }
        }
    }

    /** Where a unit file or drop-in sits and what it is, after links are followed. */
    private record ParsedPlace(Path place, Classified kind) {
    }

    /**
     * Adds one file or link found in a folder (by a walk or named): a unit file or drop-in is
     * read, a link is followed inside the tree {@code links} guards, a dependency-folder entry
     * is recorded. Returns where the unit file or drop-in to read sits, if there is one.
     */
    private Optional<ParsedPlace> add(Path path, Classified kind, LinkResolver links) {
        return add(path, kind, links, Files.isSymbolicLink(path));
    }

    /** {@link #add(Path, Classified, LinkResolver)} when the caller already read whether it is a link. */
    private Optional<ParsedPlace> add(Path path, Classified kind, LinkResolver links, boolean isLink) {
        filesFound++;
        if (kind.dependency()) {
            addDependencyEntry(path, kind, isLink);
            return Optional.empty();
        }
        if (!isLink) {
            read(path, path, kind);
            return Optional.of(new ParsedPlace(path, kind));
        }
        Role role = kind.dropIn() ? Role.DROP_IN : Role.UNIT;
        String target = LinkResolver.target(path);
        LinkResolver.Resolution resolution = links.resolve(path);
        if (resolution.mask()) {
            if (kind.dropIn()) {
                // A masked drop-in still hides drop-ins of its file name in less specific folders.
                parsed.add(new ParsedFile(path, null, kind.unit(), true));
            } else {
                masked.add(kind.unit().name());
            }
            return Optional.empty();
        }
        if (resolution.status() != Status.FILE) {
            this.links.add(new UnitLink(path.toString(), role, target, resolution.status()));
            return Optional.empty();
        }
        Path real = resolution.path();
        Optional<Classified> realKind = classify(real).filter(k -> !k.dropIn() && !k.dependency());
        if (!kind.dropIn() && realKind.isPresent() && !realKind.get().unit().name().equals(kind.unit().name())) {
            // An alias: the unit file it leads to is the unit, checked once at its own path.
            this.links.add(new UnitLink(path.toString(), Role.ALIAS, target, Status.FILE));
            aliases.computeIfAbsent(real.toAbsolutePath().normalize(), k -> new TreeSet<>(UnitCollector::byNameAndFolder))
                    .add(new AliasLink(folderOf(path), kind.unit().name()));
            read(real, real, realKind.get());
            return Optional.of(new ParsedPlace(real, realKind.get()));
        }
        // A drop-in, or a unit file of the same name linked from elsewhere ("linked unit file"):
        // it takes effect where the link is, with the text of the file it leads to.
        this.links.add(new UnitLink(path.toString(), role, target, Status.FILE));
        read(path, real, kind);
        return Optional.of(new ParsedPlace(path, kind));
    }

    /**
     * An entry of {@code NAME.wants/}, {@code .requires/} or {@code .upholds/}: systemd takes
     * the dependency from the entry's name and reads the link's target only to warn about a
     * different name; a plain file there is ignored (process_deps() in src/core/load-dropin.c).
     */
    private void addDependencyEntry(Path path, Classified kind, boolean isLink) {
        links.add(new UnitLink(path.toString(), Role.DEPENDENCY, isLink ? LinkResolver.target(path) : "",
                isLink ? Status.FILE : Status.NOT_A_LINK));
        if (isLink) {
            String folder = path.getParent().getFileName().toString();
            int dot = folder.lastIndexOf('.');
            String dependency = switch (folder.substring(dot)) {
                case ".wants" -> "Wants";
                case ".requires" -> "Requires";
                default -> "Upholds";
            };
            folderDependencies.add(new FolderDependency(folder.substring(0, dot), dependency, kind.unit().name(),
                    path.getParent().toString()));
        }
    }

    private static int byNameAndFolder(AliasLink a, AliasLink b) {
        int c = a.name().compareTo(b.name());
        return c != 0 ? c : a.folder().toString().compareTo(b.folder().toString());
    }

    private static Path folderOf(Path path) {
        Path parent = path.toAbsolutePath().normalize().getParent();
        return parent == null ? path.toAbsolutePath() : parent;
    }

    /**
     * A unit file named on its own still gets the drop-ins systemd would apply from the folders
     * beside it, as {@code systemd-analyze verify FILE} does: a pre-commit hook passes only the
     * changed file, and without its drop-ins a unit that relies on one would look broken.
     */
    private void addDropInsBeside(Path unitFile, UnitName unit) {
        Path dir = unitFile.getParent();
        if (dir == null) {
            return;
        }
        List<String> folders = new ArrayList<>(DropInDirs.forName(unit));
        folders.add(DropInDirs.typeWide(unit.type()));
        LinkResolver links = LinkResolver.forTree(dir);
        for (String folder : folders) {
            Path dropInDir = dir.resolve(folder);
            if (!Files.isDirectory(dropInDir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dropInDir)) {
                for (Path file : files.sorted().toList()) {
                    Optional<Classified> kind = classify(file);
                    if (kind.isPresent() && kind.get().dropIn()) {
                        add(file, kind.get(), links);
                    }
                }
            } catch (IOException e) {
                errors.add(new InputError(dropInDir.toString(), describe(e), false));
            }
        }
    }

    /** Adds text read from standard input, named as {@code --stdin-filename} says. */
    public void addStdin(String name, byte[] bytes) {
        Path path = Path.of(name);
        Optional<Classified> kind = classify(path);
        if (kind.isEmpty()) {
            errors.add(new InputError(name, "--stdin-filename must name a unit file (such as foo.service) or a drop-in"
                    + " (foo.service.d/override.conf) so that unitlint knows the unit type", true));
            return;
        }
        parsed.add(new ParsedFile(path, UnitFileParser.parse(name, bytes), kind.get().unit(), kind.get().dropIn()));
    }

    private void walk(Path root) {
        LinkResolver links = LinkResolver.forTree(root);
        new DirectoryWalker(respectGitignore, ParallelMap.defaultThreads()).walk(root, new DirectoryWalker.Visitor() {
            @Override
            public void entry(Path file, BasicFileAttributes attributes) {
                Optional<Classified> kind = classify(file);
                if (kind.isPresent()) {
                    // The walk read the entry's attributes without following links: no second stat.
                    add(file, kind.get(), links, attributes.isSymbolicLink());
                }
            }

            @Override
            public void failed(Path file, IOException e) {
                errors.add(new InputError(file.toString(), describe(e), false));
            }
        });
    }

    /** Queues a file to read once; {@code place} is where it takes effect, {@code source} where its text is. */
    private void read(Path place, Path source, Classified kind) {
        if (!readPaths.add(place.toAbsolutePath().normalize())) {
            // Named twice (a folder and a file in it, a unit file and its alias, or its drop-in folder): read once.
            return;
        }
        pending.add(new PendingRead(place, source, kind, readOrder++));
    }

    /**
     * How many files a batch holds at least (whole folders at a time): enough to keep every
     * core busy, few enough that the syntax trees of one batch are a few megabytes.
     */
    static final int BATCH_FILES = 512;

    /**
     * Files of whole folders, read and checked together and then let go. A unit is made only of
     * files in its folder, its {@code NAME.TYPE.d/} folders and those beside its aliases' links,
     * so a batch holds every folder linked that way to one of its own, and needs no other.
     */
    public final class Batch implements Supplier<List<Unit>> {
        private final List<PendingRead> reads;
        private final List<ParsedFile> alreadyParsed;

        private Batch(List<PendingRead> reads, List<ParsedFile> alreadyParsed) {
            this.reads = reads;
            this.alreadyParsed = alreadyParsed;
        }

        /** Reads and parses the batch's files (in parallel) and groups them into units. */
        @Override
        public List<Unit> get() {
            return assemble(read());
        }

        /** Call on one thread at a time: read errors and masked units are recorded in the collector. */
        private List<ParsedFile> read() {
            List<ReadResult> results = ParallelMap.map(reads, p -> readOne(p.place(), p.source(), p.kind()));
            List<ParsedFile> files = new ArrayList<>(alreadyParsed);
            for (int i = 0; i < results.size(); i++) {
                ReadResult result = results.get(i);
                if (result.file() != null) {
                    files.add(result.file());
                }
                if (result.error() != null) {
                    readErrors.put(reads.get(i).order(), result.error());
                }
                if (result.maskedUnit() != null) {
                    masked.add(result.maskedUnit());
                }
            }
            return files;
        }
    }

    /**
     * The files found so far, in batches of whole groups of folders (see {@link Batch}), in
     * order of their paths; the files are read when a batch is. {@link #errors()} and {@link
     * #masked()} are complete once every batch has been read.
     */
    public List<Batch> batches() {
        // Folders that share units (a unit file and the folder of a link that is its alias) are one group.
        Map<Path, Path> groupOf = new HashMap<>();
        for (Map.Entry<Path, Set<AliasLink>> alias : aliases.entrySet()) {
            for (AliasLink link : alias.getValue()) {
                union(groupOf, folderOf(alias.getKey()), link.folder());
            }
        }
        Map<Path, List<PendingRead>> readsByGroup = new TreeMap<>();
        for (PendingRead read : pending) {
            readsByGroup.computeIfAbsent(find(groupOf, unitFolderOf(read.place(), read.kind().dropIn())),
                    k -> new ArrayList<>()).add(read);
        }
        Map<Path, List<ParsedFile>> parsedByGroup = new HashMap<>();
        for (ParsedFile file : parsed) {
            Path group = find(groupOf, unitFolderOf(file.place(), file.dropIn()));
            parsedByGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(file);
            readsByGroup.computeIfAbsent(group, k -> new ArrayList<>());
        }
        pending.clear();
        parsed.clear();
        List<Batch> batches = new ArrayList<>();
        List<PendingRead> reads = new ArrayList<>();
        List<ParsedFile> alreadyParsed = new ArrayList<>();
        for (Map.Entry<Path, List<PendingRead>> group : readsByGroup.entrySet()) {
            reads.addAll(group.getValue());
            alreadyParsed.addAll(parsedByGroup.getOrDefault(group.getKey(), List.of()));
            if (reads.size() + alreadyParsed.size() >= BATCH_FILES) {
                batches.add(new Batch(reads, alreadyParsed));
                reads = new ArrayList<>();
                alreadyParsed = new ArrayList<>();
            }
        }
        if (!reads.isEmpty() || !alreadyParsed.isEmpty()) {
            batches.add(new Batch(reads, alreadyParsed));
        }
        return batches;
    }

    /** The folder whose units a file belongs to: its own for a unit file, the one above for a drop-in. */
    private static Path unitFolderOf(Path place, boolean dropIn) {
        Path folder = folderOf(place);
        return dropIn ? folderOf(folder) : folder;
    }

    private static Path find(Map<Path, Path> groupOf, Path folder) {
        Path group = folder;
        for (Path up = groupOf.get(group); up != null && !up.equals(group); up = groupOf.get(group)) {
            group = up;
        }
        return group;
    }

    /** Joins two folders' groups; the group is named by its least folder, so batches come in path order. */
    private static void union(Map<Path, Path> groupOf, Path a, Path b) {
        Path groupA = find(groupOf, a);
        Path groupB = find(groupOf, b);
        if (!groupA.equals(groupB)) {
            Path least = groupA.compareTo(groupB) < 0 ? groupA : groupB;
            groupOf.put(groupA, least);
            groupOf.put(groupB, least);
        }
    }

    /** Reads every file not read yet. */
    private void readPending() {
        for (Batch batch : batches()) {
            parsed.addAll(batch.read());
        }
    }

    /** Runs on a worker thread: touches nothing shared. Links were followed already: {@code source} is none. */
    private static ReadResult readOne(Path place, Path source, Classified kind) {
        try {
            // One stat for both questions.
            BasicFileAttributes attributes =
                    Files.readAttributes(source, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                // Never open FIFOs or devices: reading them could block forever.
                return new ReadResult(null, new InputError(source.toString(), "not a regular file", false), null);
            }
            long size = attributes.size();
            if (size > MAX_FILE_BYTES) {
                return new ReadResult(null, new InputError(source.toString(), String.format(
                        "file is too large to be a unit file (%.1f MiB; unitlint reads at most %d MiB)",
                        size / (1024.0 * 1024), MAX_FILE_BYTES / (1024 * 1024)), false), null);
            }
            byte[] bytes = Files.readAllBytes(source);
            return new ReadResult(new ParsedFile(place, UnitFileParser.parse(source.toString(), bytes), kind.unit(),
                    kind.dropIn()), null, null);
        } catch (IOException | OutOfMemoryError e) {
            return new ReadResult(null, new InputError(source.toString(), e instanceof OutOfMemoryError
                    ? "file too large to read" : describe((Exception) e), false), null);
        }
    }

    static String describe(Exception e) {
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemLoopException) return "symbolic link loop";
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** @param dependency an entry of a {@code NAME.wants/}, {@code .requires/} or {@code .upholds/} folder */
    private record Classified(UnitName unit, boolean dropIn, boolean dependency) {
    }

    /**
     * A unit file by its suffix, a {@code .conf} file in a {@code NAME.TYPE.d} folder, or a
     * unit name in a {@code NAME.wants} (.requires, .upholds) folder of a unit.
     */
    private static Optional<Classified> classify(Path path) {
        Path fileName = path.getFileName();
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.toString();
        Path parent = path.getParent();
        String dir = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        if (name.endsWith(".conf")) {
            if (!dir.endsWith(".d")) {
                return Optional.empty();
            }
            String unitName = dir.substring(0, dir.length() - 2);
            Optional<UnitName> unit = UnitName.parse(unitName);
            if (unit.isEmpty()) {
                // Type-wide drop-ins, "service.d/*.conf", apply to every unit of the type.
                unit = UnitType.fromSuffix(unitName).map(t -> new UnitName(unitName, "", null, t));
            }
            return unit.map(u -> new Classified(u, true, false));
        }
        boolean dependency = DEPENDENCY_SUFFIXES.stream().anyMatch(suffix -> dir.endsWith(suffix)
                && UnitName.parse(dir.substring(0, dir.length() - suffix.length())).isPresent());
        return UnitName.parse(name).map(u -> new Classified(u, false, dependency));
    }

    /** Symbolic links met (and plain files where systemd reads only links), for the rules about links. */
    public List<UnitLink> links() {
        return List.copyOf(links);
    }

    /** Dependencies made by links in {@code NAME.wants/}, {@code .requires/} and {@code .upholds/} folders. */
    public List<FolderDependency> folderDependencies() {
        return List.copyOf(folderDependencies);
    }

    /** Names of the unit files that are linked to /dev/null: masked, so not checked. */
    public Set<String> masked() {
        readPending();
        return Set.copyOf(masked);
    }

    /** Paths that could not be checked: problems with the paths as named, then with reading files. */
    public List<InputError> errors() {
        readPending();
        List<InputError> all = new ArrayList<>(errors);
        all.addAll(readErrors.values());
        return List.copyOf(all);
    }

    /**
     * The units found: each base file with the drop-ins systemd would apply from the folder
     * it is in (its own {@code NAME.TYPE.d/}, its template's, its dash prefixes' and the
     * type-wide {@code TYPE.d/}, see {@link DropInDirs}), and those of its aliases' names
     * beside each alias link; of two drop-ins with the same file name the more specific
     * folder's wins, and the rest apply sorted by file name. Drop-in folders that no unit file
     * given here uses form units of their own, so that their files are still checked.
     */
    public List<Unit> units() {
        readPending();
        return assemble(parsed);
    }

    /** Groups parsed files into units: see {@link #units()}. */
    private List<Unit> assemble(List<ParsedFile> parsed) {
        // Per folder (absolute): unit files by name, drop-ins by the name of their NAME.TYPE.d folder.
        Map<Path, Map<String, ParsedFile>> basesByDir = new TreeMap<>();
        Map<Path, Map<String, List<ParsedFile>>> dropInsByDir = new TreeMap<>();
        for (ParsedFile file : parsed) {
            Path folder = folderOf(file.place());
            if (file.dropIn()) {
                dropInsByDir.computeIfAbsent(folderOf(folder), k -> new TreeMap<>())
                        .computeIfAbsent(folder.getFileName().toString(), k -> new ArrayList<>()).add(file);
            } else {
                basesByDir.computeIfAbsent(folder, k -> new TreeMap<>()).put(file.unit().name(), file);
            }
        }
        List<Unit> units = new ArrayList<>();
        Set<String> usedDropInDirs = new HashSet<>();
        for (Map.Entry<Path, Map<String, ParsedFile>> dir : basesByDir.entrySet()) {
            for (ParsedFile base : dir.getValue().values()) {
                // Where to look: the unit's own folders, then each alias's beside its link, then the type-wide one.
                List<Map.Entry<Path, String>> folders = new ArrayList<>();
                DropInDirs.forName(base.unit()).forEach(f -> folders.add(Map.entry(dir.getKey(), f)));
                Set<AliasLink> aliasLinks = aliases.getOrDefault(base.place().toAbsolutePath().normalize(), Set.of());
                for (AliasLink alias : aliasLinks) {
                    UnitName.parse(alias.name()).ifPresent(
                            n -> DropInDirs.forName(n).forEach(f -> folders.add(Map.entry(alias.folder(), f))));
                }
                folders.add(Map.entry(dir.getKey(), DropInDirs.typeWide(base.unit().type())));
                Map<String, ParsedFile> chosen = new TreeMap<>();
                for (Map.Entry<Path, String> folder : folders) {
                    List<ParsedFile> dropIns = dropInsByDir.getOrDefault(folder.getKey(), Map.of())
                            .get(folder.getValue());
                    if (dropIns == null) {
                        continue;
                    }
                    for (ParsedFile dropIn : dropIns) {
                        chosen.putIfAbsent(dropIn.place().getFileName().toString(), dropIn);
                    }
                    usedDropInDirs.add(folder.getKey() + "\u0000" + folder.getValue());
                }
                List<String> aliasNames = aliasLinks.stream().map(AliasLink::name).distinct().toList();
                units.add(new Unit(base.unit(), base.file(), chosen.values().stream()
                        .map(ParsedFile::file).filter(Objects::nonNull).toList(), aliasNames));
            }
        }
        for (Map.Entry<Path, Map<String, List<ParsedFile>>> dir : dropInsByDir.entrySet()) {
            for (Map.Entry<String, List<ParsedFile>> folder : dir.getValue().entrySet()) {
                if (usedDropInDirs.contains(dir.getKey() + "\u0000" + folder.getKey())) {
                    continue;
                }
                List<ParsedFile> dropIns = new ArrayList<>(folder.getValue());
                dropIns.removeIf(f -> f.file() == null);
                if (dropIns.isEmpty()) {
                    continue;
                }
                dropIns.sort((a, b) -> a.place().getFileName().toString().compareTo(b.place().getFileName().toString()));
                units.add(new Unit(dropIns.get(0).unit(), null, dropIns.stream().map(ParsedFile::file).toList()));
            }
        }
        units.sort((a, b) -> a.files().get(0).path().compareTo(b.files().get(0).path()));
        return units;
    }
}
