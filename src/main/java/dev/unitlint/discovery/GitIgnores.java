package dev.unitlint.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The {@code .gitignore} rules that apply at one folder of a walk, as git applies them: the
 * files of the repository root and of every folder down to this one (a deeper file wins;
 * within a file the last matching line wins, {@code !} re-includes), then the repository's
 * {@code .git/info/exclude}. As in ripgrep and ruff, ignore files count only inside a git
 * repository (a folder with a {@code .git} entry at or above); a nested repository starts
 * afresh, as git does. The user's global excludes file ({@code core.excludesFile}) is not
 * read: that would need git's configuration, and a CI runner has none. Immutable: entering
 * a folder gives a new instance.
 */
final class GitIgnores {

    /** The entries of a folder that {@link #enter(Path, Set)} looks for. */
    static final Set<String> LOOKED_FOR = Set.of(".git", ".gitignore");

    /** One ignore file and the folder its patterns are relative to. */
    private record Node(Path folder, IgnoreNode rules) {
    }

    /** Innermost last; empty outside a repository. */
    private final List<Node> nodes;
    /** {@code .git/info/exclude} of the repository, applied after every .gitignore; null if none. */
    private final Node exclude;
    private final boolean inRepository;

    private GitIgnores(List<Node> nodes, Node exclude, boolean inRepository) {
        this.nodes = nodes;
        this.exclude = exclude;
        this.inRepository = inRepository;
    }

    static GitIgnores none() {
        return new GitIgnores(List.of(), null, false);
    }

    /**
     * The rules in force at {@code folder}, the start of a walk: from the repository root
     * above it (if any) down to it. Paths are compared absolute, so a walk may start at a
     * relative path.
     */
    static GitIgnores at(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        List<Path> chain = new ArrayList<>();
        for (Path dir = absolute; dir != null; dir = dir.getParent()) {
            chain.add(0, dir);
            if (Files.exists(dir.resolve(".git"))) {
                GitIgnores ignores = none();
                for (Path step : chain) {
                    ignores = ignores.enter(step);
                }
                return ignores;
            }
        }
        return none();
    }

    /** The rules in force inside {@code folder} (absolute), a child of the current one. */
    GitIgnores enter(Path folder) {
        return enter(folder, null);
    }

    /**
     * {@link #enter(Path)} for a folder whose entries' names the caller has listed: a name not
     * among them needs no look on disk (a walk would otherwise stat two absent names per folder).
     *
     * @param names the folder's entries (at least those of {@link #LOOKED_FOR} it has), or null
     *              to look on disk
     */
    GitIgnores enter(Path folder, Set<String> names) {
        if ((names == null || names.contains(".git")) && Files.exists(folder.resolve(".git"))) {
            // A repository of its own (or a submodule): the outer repository's files stop here.
            Node exclude = read(folder, folder.resolve(".git").resolve("info").resolve("exclude"));
            Node own = read(folder, folder.resolve(".gitignore"));
            return new GitIgnores(own == null ? List.of() : List.of(own), exclude, true);
        }
        if (!inRepository || (names != null && !names.contains(".gitignore"))) {
            return this;
        }
        Node own = read(folder, folder.resolve(".gitignore"));
        if (own == null) {
            return this;
        }
        List<Node> deeper = new ArrayList<>(nodes);
        deeper.add(own);
        return new GitIgnores(List.copyOf(deeper), exclude, true);
    }

    /** Whether git ignores {@code path} (absolute, under the current folder). */
    boolean ignored(Path path, boolean directory) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Boolean verdict = check(nodes.get(i), path, directory);
            if (verdict != null) {
                return verdict;
            }
        }
        Boolean verdict = exclude == null ? null : check(exclude, path, directory);
        return verdict != null && verdict;
    }

    private static Boolean check(Node node, Path path, boolean directory) {
        if (!path.startsWith(node.folder())) {
            return null;
        }
        StringBuilder relative = new StringBuilder();
        for (Path part : node.folder().relativize(path)) {
            if (relative.length() > 0) {
                relative.append('/');
            }
            relative.append(part);
        }
        return node.rules().checkIgnored(relative.toString(), directory);
    }

    /** The rules of one file, or null when there is no such (readable, regular) file. */
    private static Node read(Path folder, Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        IgnoreNode rules = new IgnoreNode();
        try (InputStream in = Files.newInputStream(file)) {
            rules.parse(file.toString(), in);
        } catch (IOException e) {
            // An unreadable ignore file ignores nothing: the walk then checks more, never less.
            return null;
        }
        return rules.getRules().isEmpty() ? null : new Node(folder, rules);
    }
}
