package dev.unitlint.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * systemd's path escaping for unit names ({@code unit_name_path_escape()} in
 * src/basic/unit-name.c, what {@code systemd-escape --path} prints): the path is simplified,
 * "/" becomes "-", and every byte that is not an ASCII letter, digit, ":", "_" or "." (and a
 * leading ".") becomes {@code \xNN}. The root directory is "-".
 */
public final class PathEscaping {

    private static final String VALID_CHARS =
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ:_.";

    private PathEscaping() {
    }

    /** The escaped name of an absolute path, without suffix; empty for a path with ".." (systemd: EINVAL). */
    public static Optional<String> escapePath(String path) {
        List<String> components = new ArrayList<>();
        for (String component : path.split("/")) {
            if (component.isEmpty() || component.equals(".")) {
                continue;  // path_simplify(): duplicate slashes and "." components go
            }
            if (component.equals("..")) {
                return Optional.empty();  // path_is_normalized() fails
            }
            components.add(component);
        }
        if (components.isEmpty()) {
            return Optional.of("-");
        }
        byte[] bytes = String.join("/", components).getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '/') {
                out.append('-');
            } else if ((i == 0 && b == '.') || b >= 0x80 || VALID_CHARS.indexOf(b) < 0) {
                out.append(String.format("\\x%02x", b));
            } else {
                out.append((char) b);
            }
        }
        return Optional.of(out.toString());
    }

    /** The unit name systemd requires for a path, e.g. {@code mnt-data.mount} for /mnt/data. */
    public static Optional<String> unitNameFor(String path, UnitType type) {
        return escapePath(path).map(escaped -> escaped + "." + type.suffix());
    }
}
