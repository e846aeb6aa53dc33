package dev.unitlint.lint;

import dev.unitlint.findings.Finding;
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
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the unit files and drop-ins under the paths the user named, parses them, and groups
 * each drop-in ({@code NAME.TYPE.d/*.conf}) with the unit it belongs to. Files are only ever
 * read.
 */
public final class UnitCollector {

    /** One parsed file and what it is. */
    private record ParsedFile(Path path, UnitFile file, UnitName unit, boolean dropIn) {
    }

    /**
     * Files larger than this are reported, not read. Real unit files are kilobytes (the largest
     * in Debian bookworm is 10 kB); parsing costs several times the file's size in memory, so
     * without a bound one huge file could exhaust the heap the launcher fixes (-Xmx256m) and
     * take the whole run down with it. 4 MiB still holds a line of systemd's 1 MiB maximum,
     * continued or not, several times over.
     */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private final List<ParsedFile> parsed = new ArrayList<>();
    private final List<InputError> errors = new ArrayList<>();
    /**
     * Files found but not read yet. Reading and parsing is the bulk of a run, so it is
     * deferred until {@link #units()} or {@link #errors()} and then done on a bounded pool
     * ({@link ParallelMap}), in the order the files were found.
     */
    private final List<PendingRead> pending = new ArrayList<>();

    private record PendingRead(Path path, Classified kind) {
    }

    /** What reading one file gave: the parsed file, an error, or neither (a masked unit). */
    private record ReadResult(ParsedFile file, InputError error) {
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
            int found = pending.size();
            int failed = errors.size();
            walk(path);
            if (pending.size() == found && errors.size() == failed) {
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
        pending.add(new PendingRead(path, kind));
    }

    /** Reads and parses the pending files in parallel; results are added in the order the files were found. */
    private void readPending() {
        if (pending.isEmpty()) {
            return;
        }
        List<ReadResult> results = ParallelMap.map(List.copyOf(pending), p -> readOne(p.path(), p.kind()));
        pending.clear();
        for (ReadResult result : results) {
            if (result.file() != null) {
                parsed.add(result.file());
            } else if (result.error() != null) {
                errors.add(result.error());
            }
        }
    }

    /** Runs on a worker thread: touches nothing shared. */
    private static ReadResult readOne(Path path, Classified kind) {
        if (isMasked(path)) {
            // A unit linked to /dev/null is masked: systemd does not load it, so there is nothing to check.
            return new ReadResult(null, null);
        }
        if (!Files.isRegularFile(path)) {
            // Never open FIFOs or devices: reading them could block forever.
            return new ReadResult(null, new InputError(path.toString(), "not a regular file", false));
        }
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                return new ReadResult(null, new InputError(path.toString(), String.format(
                        "file is too large to be a unit file (%.1f MiB; unitlint reads at most %d MiB)",
                        size / (1024.0 * 1024), MAX_FILE_BYTES / (1024 * 1024)), false));
            }
            byte[] bytes = Files.readAllBytes(path);
            return new ReadResult(new ParsedFile(path, UnitFileParser.parse(path.toString(), bytes), kind.unit(),
                    kind.dropIn()), null);
        } catch (IOException | OutOfMemoryError e) {
            return new ReadResult(null, new InputError(path.toString(), e instanceof OutOfMemoryError
                    ? "file too large to read" : describe((Exception) e), false));
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

    public List<InputError> errors() {
        readPending();
        return List.copyOf(errors);
    }

    /**
     * The units found: each base file with the drop-ins from its own {@code NAME.TYPE.d/}
     * folder beside it, sorted by file name as systemd applies them; drop-ins whose unit file
     * was not among the paths form units of their own.
     */
    public List<Unit> units() {
        readPending();
        Map<String, List<ParsedFile>> groups = new LinkedHashMap<>();
        Map<String, ParsedFile> bases = new LinkedHashMap<>();
        for (ParsedFile file : parsed) {
            String key = groupKey(file.path(), file.unit(), file.dropIn());
            if (file.dropIn()) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(file);
            } else {
                bases.put(key, file);
                groups.computeIfAbsent(key, k -> new ArrayList<>());
            }
        }
        List<Unit> units = new ArrayList<>();
        for (Map.Entry<String, List<ParsedFile>> group : groups.entrySet()) {
            ParsedFile base = bases.get(group.getKey());
            List<ParsedFile> dropIns = new ArrayList<>(group.getValue());
            dropIns.sort(Comparator.comparing((ParsedFile f) -> f.path().getFileName().toString())
                    .thenComparing(f -> f.path().toString()));
            UnitName name = base != null ? base.unit() : dropIns.get(0).unit();
            units.add(new Unit(name, base == null ? null : base.file(),
                    dropIns.stream().map(ParsedFile::file).toList()));
        }
        units.sort(Comparator.comparing(u -> u.files().get(0).path()));
        return units;
    }

    /** Files of one unit share this key: the folder of the unit file (for a drop-in, the folder above NAME.TYPE.d/) and the unit's name. */
    private static String groupKey(Path path, UnitName unit, boolean dropIn) {
        Path dir = dropIn ? path.getParent().getParent() : path.getParent();
        return (dir == null ? "" : dir.toString()) + "\u0000" + unit.name();
    }

    /** One file of a unit in {@link #lintEach}: still to be read, or already parsed (standard input). */
    private record Member(Path path, Classified kind, ParsedFile parsed) {
    }

    private record GroupResult(List<Finding> findings, List<InputError> errors) {
    }

    /**
     * Reads, parses and lints unit by unit and keeps only the findings, sorted: the same
     * findings as {@code lint.apply} over {@link #units()}, in bounded memory.
     *
     * <p>Which files make up a unit is known from their paths alone, so the files are grouped
     * first and each group is read, parsed and linted on a worker thread ({@link ParallelMap});
     * its syntax trees are garbage as soon as its findings are out. Keeping every tree until
     * all files are parsed, as {@link #units()} must, held about 18 bytes of heap per byte of
     * input (150 MB for 20,000 unit files). Read errors join {@link #errors()}.
     */
    public List<Finding> lintEach(Function<Unit, List<Finding>> lint) {
        Map<String, List<Member>> groups = new LinkedHashMap<>();
        for (ParsedFile file : parsed) {
            groups.computeIfAbsent(groupKey(file.path(), file.unit(), file.dropIn()), k -> new ArrayList<>())
                    .add(new Member(file.path(), null, file));
        }
        for (PendingRead read : pending) {
            groups.computeIfAbsent(groupKey(read.path(), read.kind().unit(), read.kind().dropIn()),
                    k -> new ArrayList<>()).add(new Member(read.path(), read.kind(), null));
        }
        parsed.clear();
        pending.clear();
        List<GroupResult> results = ParallelMap.map(List.copyOf(groups.values()), members -> lintGroup(members, lint));
        List<Finding> findings = new ArrayList<>();
        for (GroupResult result : results) {
            findings.addAll(result.findings());
            errors.addAll(result.errors());
        }
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** Runs on a worker thread: reads the files of one unit, then lints it. */
    private static GroupResult lintGroup(List<Member> members, Function<Unit, List<Finding>> lint) {
        List<InputError> groupErrors = new ArrayList<>();
        ParsedFile base = null;
        List<ParsedFile> dropIns = new ArrayList<>();
        for (Member member : members) {
            ParsedFile file = member.parsed();
            if (file == null) {
                ReadResult result = readOne(member.path(), member.kind());
                if (result.error() != null) {
                    groupErrors.add(result.error());
                }
                file = result.file();
            }
            if (file == null) {
                continue;
            }
            if (file.dropIn()) {
                dropIns.add(file);
            } else {
                base = file;
            }
        }
        if (base == null && dropIns.isEmpty()) {
            return new GroupResult(List.of(), groupErrors);
        }
        dropIns.sort(Comparator.comparing((ParsedFile f) -> f.path().getFileName().toString())
                .thenComparing(f -> f.path().toString()));
        UnitName name = base != null ? base.unit() : dropIns.get(0).unit();
        Unit unit = new Unit(name, base == null ? null : base.file(), dropIns.stream().map(ParsedFile::file).toList());
        return new GroupResult(lint.apply(unit), groupErrors);
    }
}
