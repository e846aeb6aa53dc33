package dev.unitlint.rules.effect;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.List;

/**
 * [Path] settings of systemd.path(5) that act only in part of the unit's configuration:
 * MakeDirectory= is ignored for PathExists= and PathExistsGlob=, and DirectoryMode= is the mode
 * MakeDirectory= creates directories with.
 */
@RuleId("SD716")
public final class PathSettingWithoutEffect extends IneffectiveSettings {

    /** The keys that fill a path unit's one list of watches; an empty one resets them all. */
    static final List<String> WATCHES = List.of("PathExists", "PathExistsGlob", "PathChanged", "PathModified",
            "DirectoryNotEmpty");

    private static List<Row> table() {
        return List.of(
                new Row("Path", "MakeDirectory", IneffectiveSettings::yes, f -> {
                    List<Assignment> watches = Settings.sharedList(f.unit(), "Path", WATCHES);
                    boolean creates = watches.stream()
                            .anyMatch(a -> !a.key().equals("PathExists") && !a.key().equals("PathExistsGlob"));
                    return because(!watches.isEmpty() && !creates, "systemd creates the watched directories of"
                            + " PathChanged=, PathModified= and DirectoryNotEmpty= only; it ignores it for PathExists= and"
                            + " PathExistsGlob= (systemd.path(5)). Remove the line");
                }),
                new Row("Path", "DirectoryMode", v -> !v.isBlank(), f -> because(
                        !Settings.bool(f.unit(), "Path", "MakeDirectory", false), "it is the mode MakeDirectory=yes"
                                + " creates directories with, and MakeDirectory= is off. Remove the line, or set"
                                + " MakeDirectory=yes")));
    }

    public PathSettingWithoutEffect() {
        super(PathSettingWithoutEffect::table);
    }

    @Override
    boolean appliesTo(Unit unit) {
        return unit.type() == UnitType.PATH;
    }
}
