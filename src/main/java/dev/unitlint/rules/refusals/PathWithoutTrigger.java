package dev.unitlint.rules.refusals;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.List;

/**
 * A path unit with no PathExists=, PathExistsGlob=, PathChanged=, PathModified= or
 * DirectoryNotEmpty=: path_verify() refuses it. An empty assignment clears the paths before
 * it; a relative path is ignored ("path is not absolute, ignoring").
 */
@RuleId("SD412")
public final class PathWithoutTrigger implements Rule {

    static final List<String> PATH_KEYS =
            List.of("PathExists", "PathExistsGlob", "PathChanged", "PathModified", "DirectoryNotEmpty");

    @Override
    public void check(Unit unit, RuleContext context) {
        if (unit.type() != UnitType.PATH || !WholeUnit.applies(unit)) {
            return;
        }
        if (!WholeUnit.validSharedList(unit, "Path", PATH_KEYS, context.systemdVersion()).isEmpty()) {
            return;
        }
        if (WholeUnit.reportIgnoredItems(unit, context, "Path", PATH_KEYS, "path to watch", "systemd refuses to load the"
                + " path unit (\"Path unit lacks path setting. Refusing.\"). Fix the path (see the finding on it)")) {
            return;
        }
        String message = "this path unit watches no absolute path: systemd refuses to load it (\"Path unit lacks path"
                + " setting. Refusing.\"). Add PathExists=, PathChanged=, PathModified= or DirectoryNotEmpty= with an"
                + " absolute path";
        WholeUnit.reportAtLatest(unit, context, "Path", message, PATH_KEYS);
    }
}
