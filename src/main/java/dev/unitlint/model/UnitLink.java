package dev.unitlint.model;

/**
 * A symbolic link found in a unit folder, or a plain file where systemd expects one, as
 * systemd reads it. A link is never a second unit file: under a unit name it is an alias of
 * the unit file it leads to (or, when that file lies outside the load path, the unit file
 * itself, a "linked unit file"); in a {@code NAME.wants/}, {@code NAME.requires/} or
 * {@code NAME.upholds/} folder it is a dependency whose target systemd reads only by name
 * (src/core/load-dropin.c, process_deps()); under a drop-in's name it is that drop-in. The
 * file a link leads to is checked once, at its own path; the rules about links (SD006–SD010)
 * read these.
 *
 * @param path   the link as the user reached it (named, found by a walk, or under {@code --root})
 * @param role   where it lies, which says what systemd makes of it
 * @param target the link's target as written ({@code readlink}), or "" for a plain file
 * @param status where the target leads
 */
public record UnitLink(String path, Role role, String target, Status status) {

    /** What the link's folder and name make of it. */
    public enum Role {
        /**
         * Named as a unit in a unit folder, and not an alias: a linked unit file (loaded under
         * the link's name with the text of the file it leads to), or a link that leads nowhere.
         */
        UNIT,
        /** Named as a unit, leading to a unit file of another name in the tree (the load path): an alias. */
        ALIAS,
        /** An entry of a {@code NAME.wants/}, {@code NAME.requires/} or {@code NAME.upholds/} folder. */
        DEPENDENCY,
        /** A {@code .conf} file of a {@code NAME.TYPE.d/} folder. */
        DROP_IN
    }

    /** Where the target leads. */
    public enum Status {
        /** A regular file in the tree being checked. */
        FILE,
        /** Nothing: the target does not exist in the tree being checked. */
        DANGLING,
        /** More links in a chain than the kernel follows (40), or a chain that comes back to itself. */
        LOOP,
        /**
         * Out of the tree being checked: an absolute target when paths are checked without
         * {@code --root} (it names a file of the machine the unit is installed on, not of the
         * one running the check), or a relative one that climbs above the folder named.
         */
        OUTSIDE,
        /** Not a link at all: a plain file where systemd reads only symbolic links (a dependency folder). */
        NOT_A_LINK
    }

    /** The link's own file name: the name systemd knows it by. */
    public String name() {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /** The file name of the target ({@code basename()} of what the link holds). */
    public String targetName() {
        String trimmed = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** The name of the folder the link is in, such as {@code multi-user.target.wants}. */
    public String folderName() {
        String normalized = path.replace('\\', '/');
        int slash = normalized.lastIndexOf('/');
        if (slash <= 0) {
            return "";
        }
        int before = normalized.lastIndexOf('/', slash - 1);
        return normalized.substring(before + 1, slash);
    }
}
