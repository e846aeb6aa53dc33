package dev.unitlint.rules.meaning;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A path of ReadWritePaths=, ReadOnlyPaths=, BindPaths= or BindReadOnlyPaths= below one that
 * InaccessiblePaths= or ProtectHome=yes hides. systemd.exec(5): InaccessiblePaths= "may be more
 * restrictive than desired, because it is not possible to nest ReadWritePaths=, ReadOnlyPaths=,
 * BindPaths=, or BindReadOnlyPaths= inside it"; for bind mounts "it is not possible to use those
 * options for mount points nested underneath paths specified in InaccessiblePaths=, or under /home/
 * and other protected directories if ProtectHome=yes is specified. TemporaryFileSystem= with :ro or
 * ProtectHome=tmpfs should be used instead." The service then fails to set up its namespace.
 */
@RuleId("SD727")
public final class NestedUnderInaccessible implements Rule {

    private static final List<String> NESTED = List.of("ReadWritePaths", "ReadOnlyPaths", "BindPaths",
            "BindReadOnlyPaths");
    private static final List<String> HOME = List.of("/home", "/root", "/run/user");

    @Override
    public void check(Unit unit, RuleContext context) {
        Optional<String> section = Settings.execSection(unit.type());
        if (section.isEmpty() || !unit.hasBase()) {
            return;
        }
        String s = section.get();
        List<String[]> hidden = new ArrayList<>();
        for (Assignment a : unit.list(s, "InaccessiblePaths")) {
            for (String p : a.value().strip().split("\\s+")) {
                String path = p.replaceFirst("^[-+]+", "");
                if (path.startsWith("/")) {
                    hidden.add(new String[] {trim(path), "InaccessiblePaths=" + path});
                }
            }
        }
        Optional<String> protectHome = Settings.value(unit, s, "ProtectHome");
        if (protectHome.filter(v -> v.equals("yes") || v.equals("true") || v.equals("on")
                || v.equals("1")).isPresent()) {
            for (String home : HOME) {
                hidden.add(new String[] {home, "ProtectHome=" + protectHome.get()});
            }
        }
        if (hidden.isEmpty()) {
            return;
        }
        for (String key : NESTED) {
            for (Assignment a : unit.list(s, key)) {
                String text = a.value();
                int from = 0;
                for (String item : text.strip().split("\\s+")) {
                    if (item.isEmpty()) {
                        continue;
                    }
                    int at = text.indexOf(item, from);
                    from = at + item.length();
                    String body = item.replaceFirst("^[-+]+", "");
                    String target = key.startsWith("Bind") ? destination(body) : body;
                    for (String[] h : hidden) {
                        String dir = h[0];
                        if (!target.equals(dir) && target.startsWith(dir.endsWith("/") ? dir : dir + "/")) {
                            context.report(a.file(), a.entry().value().span(at, at + item.length()), key + "=" + target
                                    + " lies below " + dir + ", which " + h[1] + " makes inaccessible: nothing can be"
                                    + " mounted or opened up inside it (systemd.exec(5)), so the service fails"
                                    + " to set up"
                                    + " its namespace. Use TemporaryFileSystem=" + dir + ":ro with BindPaths=, or"
                                    + (h[1].startsWith("ProtectHome") ? " ProtectHome=tmpfs" : " hide less"));
                            break;
                        }
                    }
                }
            }
        }
    }

    /** The destination of a bind mount "source[:destination[:options]]": the source when there is none. */
    private static String destination(String spec) {
        String[] parts = spec.split(":");
        return trim(parts.length > 1 && parts[1].startsWith("/") ? parts[1] : parts[0]);
    }

    private static String trim(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
