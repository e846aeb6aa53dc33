package dev.unitlint.discovery;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Searches a folder named on the command line for files, in a stable order (sorted by name,
 * depth first), the way linters search a repository:
 *
 * <ul>
 *   <li>symbolic links are reported as entries, never followed: a link to a folder would
 *       leave the tree or visit a folder twice, and a link to a file is an alias or a
 *       dependency that the caller resolves ({@link LinkResolver});</li>
 *   <li>{@link #SKIPPED_FOLDERS} are not entered;</li>
 *   <li>what {@code .gitignore} ignores is skipped ({@link GitIgnores}), unless the walker is
 *       made with {@code respectGitignore} false ({@code --no-respect-gitignore}).</li>
 * </ul>
 *
 * The folder the walk starts at is always searched, even when its name is skipped or ignored:
 * a path named on the command line is always checked.
 */
public final class DirectoryWalker {

    /**
     * Folders a walk never enters. Version-control metadata (git, Mercurial, Subversion,
     * Bazaar, darcs, Jujutsu) holds copies of old files under other names, and
     * {@code node_modules}, {@code .venv} and {@code .tox} hold installed third-party
     * packages, whose unit files are not the user's to fix; {@code __pycache__} holds only
     * bytecode. ESLint skips {@code node_modules} and {@code .git}, ruff all of these. Build
     * output folders ({@code target/}, {@code build/}, {@code dist/}) are left to
     * {@code .gitignore}: in some projects a folder of that name holds the unit files.
     * Hidden folders are searched: {@code .config/systemd/user/} holds user units.
     */
    public static final Set<String> SKIPPED_FOLDERS = Set.of(
            ".git", ".hg", ".svn", ".bzr", "_darcs", ".jj", "node_modules", ".venv", ".tox", "__pycache__");

    /** What a walk reports. */
    public interface Visitor {
        /** A file, or a symbolic link (to anything), with its own attributes (links not followed). */
        void entry(Path path, BasicFileAttributes attributes);

        /** A folder that could not be listed, or an entry whose attributes could not be read. */
        void failed(Path path, IOException error);
    }

    private final boolean respectGitignore;
    private final int threads;

    /** A walker on one thread. */
    public DirectoryWalker(boolean respectGitignore) {
        this(respectGitignore, 1);
    }

    /**
     * @param threads how many threads may list and stat the folders below the start (the visitor
     *                is still called on the caller's thread, in the same order as with one)
     */
    public DirectoryWalker(boolean respectGitignore, int threads) {
        this.respectGitignore = respectGitignore;
        this.threads = Math.max(1, threads);
    }

    /**
     * Walks {@code start}, calling {@code visitor} on this thread for every entry, depth first
     * in name order.
     *
     * <p>A walk is one stat per entry and a listing per folder, all system calls, and it comes
     * before anything else can start: ~200 ms of one thread on the 20,000-file benchmark tree.
     * So, with more than one thread, the folders below the start are searched in parallel (a
     * fork/join pool, whose threads split the list of folders and take over each other's
     * halves), each into a record of what it holds, and the records are replayed in order: what
     * the visitor sees does not depend on the threads.
     */
    public void walk(Path start, Visitor visitor) {
        GitIgnores ignores = respectGitignore ? GitIgnores.at(start) : GitIgnores.none();
        Path absolute = start.toAbsolutePath().normalize();
        Folder top = new Folder(start, absolute, ignores, true);
        top.search();
        List<Folder> below = top.folders();
        if (threads > 1 && below.size() > 1) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.invoke(new SearchAll(below));
            } finally {
                pool.shutdown();
            }
        } else {
            new SearchAll(below).compute();
        }
        top.replay(visitor);
    }

    /**
     * What one folder holds, in name order: files and links with their attributes, entries that
     * failed, and the folders to enter, each searched when {@link #search} runs.
     */
    private final class Folder {
        private final Path path;
        private final Path absolute;
        private final GitIgnores parentIgnores;
        private final boolean start;
        /** {@link Found} entries and {@link Folder}s, in name order; null until searched. */
        private List<Object> contents;
        private IOException listingFailed;

        Folder(Path path, Path absolute, GitIgnores parentIgnores, boolean start) {
            this.path = path;
            this.absolute = absolute;
            this.parentIgnores = parentIgnores;
            this.start = start;
        }

        /** Lists and stats this folder's entries (not those of the folders in it). */
        void search() {
            List<Named> named = new ArrayList<>();
            // Of the names listed, only those GitIgnores.enter looks for: a set of every name of
            // every folder would be built to answer two questions.
            Set<String> markers = new HashSet<>(4);
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(path)) {
                for (Path entry : stream) {
                    String name = entry.getFileName().toString();
                    named.add(new Named(name, entry));
                    if (GitIgnores.LOOKED_FOR.contains(name)) {
                        markers.add(name);
                    }
                }
            } catch (IOException | DirectoryIteratorException e) {
                listingFailed = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
                contents = List.of();
                return;
            }
            // The walk's own start keeps the rules it was given; a folder below gets its own, from
            // the names just listed (no stat for a .git or .gitignore that is not there).
            GitIgnores ignores = start || !respectGitignore ? parentIgnores : parentIgnores.enter(absolute, markers);
            // Sorted by name, each name made once rather than twice per comparison.
            named.sort(Named.BY_NAME);
            List<Object> found = new ArrayList<>(named.size());
            for (Named n : named) {
                Path entry = n.path();
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    found.add(new Found(entry, null, e));
                    continue;
                }
                String name = n.name();
                Path entryAbsolute = absolute.resolve(name);
                if (attributes.isDirectory()) {
                    if (SKIPPED_FOLDERS.contains(name) || ignores.ignored(entryAbsolute, true)) {
                        continue;
                    }
                    found.add(new Folder(entry, entryAbsolute, ignores, false));
                } else if (!ignores.ignored(entryAbsolute, false)) {
                    found.add(new Found(entry, attributes, null));
                }
            }
            contents = found;
        }

        /** The folders this one holds (once searched). */
        List<Folder> folders() {
            List<Folder> folders = new ArrayList<>();
            for (Object item : contents) {
                if (item instanceof Folder folder) {
                    folders.add(folder);
                }
            }
            return folders;
        }

        void replay(Visitor visitor) {
            if (listingFailed != null) {
                visitor.failed(path, listingFailed);
                return;
            }
            for (Object item : contents) {
                if (item instanceof Folder folder) {
                    folder.replay(visitor);
                } else {
                    Found entry = (Found) item;
                    if (entry.error() != null) {
                        visitor.failed(entry.path(), entry.error());
                    } else {
                        visitor.entry(entry.path(), entry.attributes());
                    }
                }
            }
        }
    }

    /**
     * Searches folders and everything below them; in a pool, halves of the list go to its
     * threads, and outside one (a walk on one thread) {@link #compute} runs them in turn.
     */
    private static final class SearchAll extends RecursiveAction {
        private final List<Folder> folders;

        SearchAll(List<Folder> folders) {
            this.folders = folders;
        }

        @Override
        protected void compute() {
            if (folders.size() > 1 && inForkJoinPool()) {
                int half = folders.size() / 2;
                invokeAll(new SearchAll(folders.subList(0, half)), new SearchAll(folders.subList(half, folders.size())));
                return;
            }
            for (Folder folder : folders) {
                folder.search();
                List<Folder> below = folder.folders();
                if (!below.isEmpty()) {
                    new SearchAll(below).compute();
                }
            }
        }
    }

    /** A file, link or failed entry of a folder. */
    private record Found(Path path, BasicFileAttributes attributes, IOException error) {
    }

    /** A folder entry with its file name. */
    private record Named(String name, Path path) {
        static final Comparator<Named> BY_NAME = Comparator.comparing(Named::name);
    }
}
