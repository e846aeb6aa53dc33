package dev.unitlint.lint;

import dev.unitlint.model.DropInDirs;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitName;
import dev.unitlint.model.UnitType;
import dev.unitlint.syntax.UnitFile;
import dev.unitlint.syntax.UnitFileParser;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
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
 */
public final class UnitCollector {

    /** One parsed file and what it is; a masked drop-in (linked to /dev/null) has no file. */
    private record ParsedFile(Path path, UnitFile file, UnitName unit, boolean dropIn) {
    }

    /**
     * Files larger than this are reported, not read. Real unit files are kilobytes (the largest
     * in Debian bookworm is 10 kB); parsing costs several times the file's size in memory, so
     * without a bound one huge file could exhaust the heap the launcher fixes (-Xmx384m) and
     * take the whole run down with it. 4 MiB still holds a line of systemd's 1 MiB maximum,
     * continued or not, several times over.
     */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private final Set<Path> readPaths = new HashSet<>();
    /** Unit files and drop-ins found so far, read or already read; tells an empty folder apart. */
    private int filesFound;
    /** Files parsed and not handed out in a batch yet: standard input, and what {@link #units()} read. */
    private final List<ParsedFile> parsed = new ArrayList<>();
    /** Problems with the paths as named (found while walking them), in the order met. */
    private final List<InputError> errors = new ArrayList<>();
    /** Problems reading files, by the order in which the files were found. */
    private final Map<Integer, InputError> readErrors = new TreeMap<>();
    /**
     * Files found but not read yet. Reading and parsing is the bulk of a run, so it is
     * deferred until the {@link #batches()} are read (or {@link #units()}, {@link #errors()} or
     * {@link #masked()} are asked for), and then done on a bounded pool ({@link ParallelMap}).
     */
    private final List<PendingRead> pending = new ArrayList<>();

    /** @param order when the file was found, so that read errors keep that order */
    private record PendingRead(Path path, Classified kind, int order) {
    }

    /** What reading one file gave: a parsed file (or masked drop-in), an error, or a masked unit's name. */
    private record ReadResult(ParsedFile file, InputError error, String maskedUnit) {
    }
    private final Set<String> masked = new TreeSet<>();

    /**
     * How many files a batch holds at least (whole folders at a time): enough to keep every
     * core busy, few enough that the syntax trees of one batch are a few megabytes.
     */
    static final int BATCH_FILES = 512;

    /**
     * Files of whole folders, read and checked together and then let go: a folder's units are
     * made only of files in it and in its {@code NAME.TYPE.d/} folders, so a batch needs no other.
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
            List<ReadResult> results = ParallelMap.map(reads, p -> readOne(p.path(), p.kind()));
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

    /** Adds a file or a directory (searched recursively) as named by the user. */
    public void addPath(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            errors.add(new InputError(path.toString(), "no such file or directory", false));
            return;
        }
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            errors.add(new InputError(path.toString(), "broken symbolic link or symbolic link loop", false));
            return;
        }
        if (Files.isDirectory(path)) {
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
            errors.add(new InputError(path.toString(), "not a unit file: the name must end in a unit type such as"
                    + " .service or .timer, or be a drop-in NAME.TYPE.d/*.conf (use --stdin-filename for standard input)",
                    true));
            return;
        }
        read(path, kind.get());
        if (!kind.get().dropIn()) {
            addDropInsBeside(path, kind.get().unit());
        }
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
        for (String folder : folders) {
            Path dropInDir = dir.resolve(folder);
            if (!Files.isDirectory(dropInDir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dropInDir)) {
                for (Path file : files.sorted().toList()) {
                    Optional<Classified> kind = classify(file);
                    if (kind.isPresent() && kind.get().dropIn()) {
                        read(file, kind.get());
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
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            Optional<Classified> kind = classify(file);
                            if (kind.isPresent()) {
                                read(file, kind.get());
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // A symlink loop or a dangling link inside a tree is reported, not fatal.
                            if (classify(file).isPresent() || e instanceof FileSystemLoopException
                                    || e instanceof AccessDeniedException) {
                                errors.add(new InputError(file.toString(), describe(e), false));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            errors.add(new InputError(root.toString(), describe(e), false));
        }
    }

    private void read(Path path, Classified kind) {
        filesFound++;
        if (!readPaths.add(path.toAbsolutePath().normalize())) {
            // Named twice (a folder and a file in it, or a unit file and its drop-in folder): read once.
            return;
        }
        pending.add(new PendingRead(path, kind, filesFound));
    }

    /**
     * The files found so far, in batches of whole folders (see {@link Batch}), folders in
     * order of their paths; the files are read when a batch is. {@link #errors()} and {@link
     * #masked()} are complete once every batch has been read.
     */
    public List<Batch> batches() {
        Map<String, List<PendingRead>> byFolder = new TreeMap<>();
        for (PendingRead read : pending) {
            byFolder.computeIfAbsent(folderOf(read.path(), read.kind().dropIn()), k -> new ArrayList<>()).add(read);
        }
        pending.clear();
        List<Batch> batches = new ArrayList<>();
        List<ParsedFile> alreadyParsed = new ArrayList<>(parsed);
        parsed.clear();
        List<PendingRead> batch = new ArrayList<>();
        for (List<PendingRead> folder : byFolder.values()) {
            batch.addAll(folder);
            if (batch.size() >= BATCH_FILES) {
                batches.add(new Batch(batch, alreadyParsed));
                batch = new ArrayList<>();
                alreadyParsed = List.of();
            }
        }
        if (!batch.isEmpty() || !alreadyParsed.isEmpty()) {
            batches.add(new Batch(batch, alreadyParsed));
        }
        return batches;
    }

    /** The folder whose units a file belongs to: its own for a unit file, the one above for a drop-in. */
    private static String folderOf(Path path, boolean dropIn) {
        Path folder = path.getParent();
        return String.valueOf(dropIn && folder != null ? folder.getParent() : folder);
    }

    /** Reads every file not read yet. */
    private void readPending() {
        for (Batch batch : batches()) {
            parsed.addAll(batch.read());
        }
    }

    /** Runs on a worker thread: touches nothing shared. */
    private static ReadResult readOne(Path path, Classified kind) {
        if (isMasked(path)) {
            // A unit linked to /dev/null is masked: systemd does not load it, so there is nothing to check.
            if (kind.dropIn()) {
                // A masked drop-in still hides drop-ins of its file name in less specific folders.
                return new ReadResult(new ParsedFile(path, null, kind.unit(), true), null, null);
            }
            return new ReadResult(null, null, kind.unit().name());
        }
        if (!Files.isRegularFile(path)) {
            // Never open FIFOs or devices: reading them could block forever.
            return new ReadResult(null, new InputError(path.toString(), "not a regular file", false), null);
        }
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                return new ReadResult(null, new InputError(path.toString(), String.format(
                        "file is too large to be a unit file (%.1f MiB; unitlint reads at most %d MiB)",
                        size / (1024.0 * 1024), MAX_FILE_BYTES / (1024 * 1024)), false), null);
            }
            byte[] bytes = Files.readAllBytes(path);
            return new ReadResult(new ParsedFile(path, UnitFileParser.parse(path.toString(), bytes), kind.unit(),
                    kind.dropIn()), null, null);
        } catch (IOException | OutOfMemoryError e) {
            return new ReadResult(null, new InputError(path.toString(), e instanceof OutOfMemoryError
                    ? "file too large to read" : describe((Exception) e), false), null);
        }
    }

    private static boolean isMasked(Path path) {
        try {
            return Files.isSymbolicLink(path) && Files.readSymbolicLink(path).toString().equals("/dev/null");
        } catch (IOException e) {
            return false;
        }
    }

    static String describe(Exception e) {
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemLoopException) return "symbolic link loop";
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private record Classified(UnitName unit, boolean dropIn) {
    }

    /** A unit file by its suffix, or a {@code .conf} file in a {@code NAME.TYPE.d} folder. */
    private static Optional<Classified> classify(Path path) {
        Path fileName = path.getFileName();
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.toString();
        if (name.endsWith(".conf")) {
            Path parent = path.getParent();
            if (parent == null || parent.getFileName() == null) {
                return Optional.empty();
            }
            String dir = parent.getFileName().toString();
            if (!dir.endsWith(".d")) {
                return Optional.empty();
            }
            String unitName = dir.substring(0, dir.length() - 2);
            Optional<UnitName> unit = UnitName.parse(unitName);
            if (unit.isEmpty()) {
                // Type-wide drop-ins, "service.d/*.conf", apply to every unit of the type.
                unit = UnitType.fromSuffix(unitName).map(t -> new UnitName(unitName, "", null, t));
            }
            return unit.map(u -> new Classified(u, true));
        }
        return UnitName.parse(name).map(u -> new Classified(u, false));
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
     * type-wide {@code TYPE.d/}, see {@link DropInDirs}); of two drop-ins with the same file
     * name the more specific folder's wins, and the rest apply sorted by file name. Drop-in
     * folders that no unit file given here uses form units of their own, so that their
     * files are still checked.
     */
    public List<Unit> units() {
        readPending();
        return assemble(parsed);
    }

    /** Groups parsed files into units: see {@link #units()}. */
    private static List<Unit> assemble(List<ParsedFile> parsed) {
        // Per folder: unit files by name, drop-ins by the name of their NAME.TYPE.d folder.
        Map<String, Map<String, ParsedFile>> basesByDir = new TreeMap<>();
        Map<String, Map<String, List<ParsedFile>>> dropInsByDir = new TreeMap<>();
        for (ParsedFile file : parsed) {
            if (file.dropIn()) {
                Path folder = file.path().getParent();
                String dir = String.valueOf(folder.getParent());
                dropInsByDir.computeIfAbsent(dir, k -> new TreeMap<>())
                        .computeIfAbsent(folder.getFileName().toString(), k -> new ArrayList<>()).add(file);
            } else {
                basesByDir.computeIfAbsent(String.valueOf(file.path().getParent()), k -> new TreeMap<>())
                        .put(file.unit().name(), file);
            }
        }
        List<Unit> units = new ArrayList<>();
        Set<String> usedDropInDirs = new HashSet<>();
        for (Map.Entry<String, Map<String, ParsedFile>> dir : basesByDir.entrySet()) {
            Map<String, List<ParsedFile>> dropIns = dropInsByDir.getOrDefault(dir.getKey(), Map.of());
            for (ParsedFile base : dir.getValue().values()) {
                List<String> folders = new ArrayList<>(DropInDirs.forName(base.unit()));
                folders.add(DropInDirs.typeWide(base.unit().type()));
                Map<String, ParsedFile> chosen = new TreeMap<>();
                for (String folder : folders) {
                    for (ParsedFile dropIn : dropIns.getOrDefault(folder, List.of())) {
                        chosen.putIfAbsent(dropIn.path().getFileName().toString(), dropIn);
                    }
                    if (dropIns.containsKey(folder)) {
                        usedDropInDirs.add(dir.getKey() + "\u0000" + folder);
                    }
                }
                units.add(new Unit(base.unit(), base.file(), chosen.values().stream()
                        .map(ParsedFile::file).filter(Objects::nonNull).toList()));
            }
        }
        for (Map.Entry<String, Map<String, List<ParsedFile>>> dir : dropInsByDir.entrySet()) {
            for (Map.Entry<String, List<ParsedFile>> folder : dir.getValue().entrySet()) {
                if (usedDropInDirs.contains(dir.getKey() + "\u0000" + folder.getKey())) {
                    continue;
                }
                List<ParsedFile> dropIns = new ArrayList<>(folder.getValue());
                dropIns.removeIf(f -> f.file() == null);
                if (dropIns.isEmpty()) {
                    continue;
                }
                dropIns.sort((a, b) -> a.path().getFileName().toString().compareTo(b.path().getFileName().toString()));
                units.add(new Unit(dropIns.get(0).unit(), null, dropIns.stream().map(ParsedFile::file).toList()));
            }
        }
        units.sort((a, b) -> a.files().get(0).path().compareTo(b.files().get(0).path()));
        return units;
    }
}
