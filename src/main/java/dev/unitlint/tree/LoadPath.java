package dev.unitlint.tree;

import java.util.List;

/**
 * The folders systemd loads units from, highest priority first: systemd.unit(5) "Unit File
 * Load Path" (systemd 252; lookup_paths_init() in src/basic/path-lookup.c). A unit file in
 * an earlier folder hides one of the same name in a later folder. Inside a root, the folders
 * under a user's home directory and {@code $XDG_RUNTIME_DIR} have no fixed place and are left out.
 */
public enum LoadPath {
    SYSTEM(List.of(
            "etc/systemd/system.control",
            "run/systemd/system.control",
            "run/systemd/transient",
            "run/systemd/generator.early",
            "etc/systemd/system",
            "etc/systemd/system.attached",
            "run/systemd/system",
            "run/systemd/system.attached",
            "run/systemd/generator",
            "usr/local/lib/systemd/system",
            "usr/lib/systemd/system",
            // Debian's split /usr: packages built for bookworm still ship units here.
            "lib/systemd/system",
            "run/systemd/generator.late")),
    USER(List.of(
            "etc/systemd/user",
            "run/systemd/user",
            "usr/local/share/systemd/user",
            "usr/share/systemd/user",
            "usr/local/lib/systemd/user",
            "usr/lib/systemd/user"));

    private final List<String> folders;

    LoadPath(List<String> folders) {
        this.folders = folders;
    }

    /** The folders relative to the root, highest priority first. */
    public List<String> folders() {
        return folders;
    }
}
