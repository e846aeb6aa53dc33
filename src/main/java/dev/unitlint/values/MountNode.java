package dev.unitlint.values;

/**
 * config_parse_mount_node() (What= of mounts and swaps from 257): any source, but after the
 * fstab-style LABEL=/UUID=/… translation it must stay below PATH_MAX.
 */
final class MountNode {

    private MountNode() {
    }

    static void check(String v, ValueContext c, Problems out) {
        if (SystemdPaths.bytes(v) + 40 >= SystemdPaths.PATH_MAX) {
            out.invalidValue(v, "Resolved mount path '" + v + "' too long", "Keep the source below 4096 bytes");
        }
    }
}
