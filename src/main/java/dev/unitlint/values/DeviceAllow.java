package dev.unitlint.values;

import dev.unitlint.values.ValueProblem.Effect;
import java.util.Optional;

/**
 * DeviceAllow= as systemd reads it ({@code config_parse_device_allow()}, 252–262): a device node
 * path below {@code /dev/} (or {@code /run/systemd/inaccessible/}), or a whole class
 * {@code char-NAME}/{@code block-NAME} from /proc/devices, then optionally the access rights, a
 * combination of {@code r}, {@code w} and {@code m}. systemd ignores an assignment with an
 * invalid path or rights.
 */
public final class DeviceAllow {

    /** The parsed value: the device (path or class) and the rights ("" meaning rwm), with offsets. */
    public record Parsed(String device, int deviceStart, int deviceEnd, String rights, int rightsStart) {
        public boolean isClass() {
            return device.startsWith("block-") || device.startsWith("char-");
        }
    }

    private DeviceAllow() {
    }

    /** Empty when the first word has an unbalanced quote. */
    public static Optional<Parsed> parse(String value) {
        ExtractWord.Result r = ExtractWord.extract(value, 0, null, ExtractWord.UNQUOTE);
        if (r.status() <= 0) {
            return Optional.empty();
        }
        int restStart = r.next() < 0 ? value.length() : r.next();
        return Optional.of(new Parsed(r.word().text(), r.word().start(), r.word().end(), value.substring(restStart), restStart));
    }

    /** valid_device_node_path() after path_simplify(): below /dev/ or /run/systemd/inaccessible/, normalized. */
    public static boolean isDeviceNodePath(String path) {
        String simple = SystemdPaths.simplify(path);
        boolean below = simple.equals("/dev") || simple.startsWith("/dev/") || simple.equals("/run/systemd/inaccessible")
                || simple.startsWith("/run/systemd/inaccessible/");
        return below && !simple.endsWith("/") && SystemdPaths.isNormalized(simple);
    }

    /** in_charset(rights, "rwm"). */
    public static boolean isRights(String rights) {
        return rights.chars().allMatch(ch -> ch == 'r' || ch == 'w' || ch == 'm');
    }

    static void check(String value, ValueContext c, Problems out) {
        Optional<Parsed> parsed = parse(value);
        if (parsed.isEmpty()) {
            out.invalidValue(value, "Failed to extract device path and rights from '" + value + "'",
                    "Close the quote around the device path");
            return;
        }
        Parsed p = parsed.get();
        if (!p.isClass() && !Specifiers.contains(p.device())) {
            Optional<SystemdPaths.Problem> problem = SystemdPaths.check(p.device(), SystemdPaths.Check.ANY);
            if (problem.isPresent()) {
                out.invalid(p.deviceStart(), p.deviceEnd(), "Invalid " + c.key() + "=" + value + ": the path "
                        + problem.get().words(), Effect.ASSIGNMENT_IGNORED, c.key() + "= path " + problem.get().words(),
                        "Write a device node path such as /dev/sda, or char-NAME/block-NAME");
                return;
            }
            if (!isDeviceNodePath(p.device())) {
                out.invalid(p.deviceStart(), p.deviceEnd(), "Invalid " + c.key() + "=" + value + ": '" + p.device()
                        + "' is not a device node path", Effect.ASSIGNMENT_IGNORED,
                        "Invalid device node path '" + p.device() + "'",
                        "Write a path below /dev/ (e.g. /dev/sda or /dev/null), or a device class such as char-pts or block-loop");
                return;
            }
        }
        if (!p.rights().isEmpty() && !isRights(p.rights())) {
            out.invalid(p.rightsStart(), value.length(), "Invalid " + c.key() + "=" + value + ": '" + p.rights()
                    + "' are not access rights", Effect.ASSIGNMENT_IGNORED, "Invalid device rights '" + p.rights() + "'",
                    "Write the rights as a combination of r (read), w (write) and m (mknod), e.g. rw, or leave them out for rwm");
        }
    }
}
