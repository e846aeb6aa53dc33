package dev.unitlint.discovery;

import dev.unitlint.model.UnitLink.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Follows symbolic links without ever leaving the tree being checked. Each component of a
 * path is looked at in turn and a link's target is spliced in, as the kernel does, but
 * lexically and inside a boundary folder:
 *
 * <ul>
 *   <li>for {@code --root DIR} ({@link #forRoot}) an absolute target means that path under
 *       DIR, and {@code ..} stops at DIR, as in a chroot: the image is read as the system
 *       that will boot it;</li>
 *   <li>for the paths named on the command line ({@link #forTree}) an absolute target names
 *       a file of the machine the unit will be installed on, not of the machine running the
 *       check: it is {@link Status#OUTSIDE} and not followed, and so is a relative target
 *       that climbs above the boundary.</li>
 * </ul>
 *
 * A target of {@code /dev/null} is a mask, whichever the mode. Only link targets and file
 * types are read here, never a file's content.
 */
public final class LinkResolver {

    /** The most links followed for one path: the kernel's limit (MAXSYMLINKS, 40). */
    static final int MAX_LINKS = 40;

    private final Path boundary;
    private final boolean absoluteInside;

    private LinkResolver(Path boundary, boolean absoluteInside) {
        this.boundary = boundary;
        this.absoluteInside = absoluteInside;
    }

    /** Links under a system root: absolute targets resolve inside it. */
    public static LinkResolver forRoot(Path root) {
        return new LinkResolver(root, true);
    }

    /** Links under a folder named on the command line: nothing outside it is followed. */
    public static LinkResolver forTree(Path folder) {
        return new LinkResolver(folder, false);
    }

    /**
     * Where a path leads.
     *
     * @param status {@link Status#FILE} when it leads to something that exists (look at its
     *               type), {@link Status#DANGLING}, {@link Status#LOOP} or {@link Status#OUTSIDE};
     *               {@code mask} is set instead when the last link points at /dev/null
     * @param path   the path reached, free of links below the boundary; null for OUTSIDE and LOOP
     */
    public record Resolution(Status status, Path path, boolean mask) {
    }

    /** Follows every link on the way from the boundary to {@code path}, which must lie under it. */
    public Resolution resolve(Path path) {
        Deque<String> pending = new ArrayDeque<>();
        Path relative = boundary.toString().isEmpty() ? path : boundary.relativize(path);
        relative.forEach(p -> pending.addLast(p.toString()));
        // Components below the boundary, so that ".." at the boundary is seen without touching the disk.
        List<Path> stack = new ArrayList<>();
        int links = 0;
        while (!pending.isEmpty()) {
            String part = pending.removeFirst();
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (stack.isEmpty()) {
                    if (!absoluteInside) {
                        return new Resolution(Status.OUTSIDE, null, false);
                    }
                } else {
                    stack.remove(stack.size() - 1);
                }
                continue;
            }
            Path next = (stack.isEmpty() ? boundary : stack.get(stack.size() - 1)).resolve(part);
            if (!Files.isSymbolicLink(next)) {
                stack.add(next);
                continue;
            }
            if (++links > MAX_LINKS) {
                return new Resolution(Status.LOOP, null, false);
            }
            Path target;
            try {
                target = Files.readSymbolicLink(next);
            } catch (IOException | UnsupportedOperationException e) {
                return new Resolution(Status.DANGLING, next, false);
            }
            if (target.toString().equals("/dev/null") && pending.isEmpty()) {
                return new Resolution(Status.FILE, next, true);
            }
            List<String> parts = new ArrayList<>();
            target.forEach(p -> parts.add(p.toString()));
            for (int i = parts.size() - 1; i >= 0; i--) {
                pending.addFirst(parts.get(i));
            }
            if (target.isAbsolute()) {
                if (!absoluteInside) {
                    return new Resolution(Status.OUTSIDE, null, false);
                }
                stack.clear();
            }
        }
        Path reached = stack.isEmpty() ? boundary : stack.get(stack.size() - 1);
        if (!Files.exists(reached, LinkOption.NOFOLLOW_LINKS)) {
            return new Resolution(Status.DANGLING, reached, false);
        }
        return new Resolution(Status.FILE, reached, false);
    }

    /** The target of a link as written, or "" when it cannot be read. */
    public static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }
}
