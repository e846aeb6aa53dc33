package dev.unitlint.rules.structure;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.syntax.Section;
import dev.unitlint.syntax.UnitFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A section no unit type has, such as {@code [Servcie]} or {@code [service]}: systemd logs
 * "Unknown section" and ignores the section with every line in it. Names are case-sensitive;
 * {@code X-} sections are for extensions and ignored silently.
 */
@RuleId("SD101")
public final class UnknownSection implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        List<String> known = new ArrayList<>(KnownKeys.catalog().sections(unit.type().suffix()));
        for (UnitFile file : unit.files()) {
            for (Section section : file.sections()) {
                String name = section.name();
                // A malformed header or one with characters systemd refuses is SD003's to report.
                if (!section.header().wellFormed() || !section.header().hasSafeName() || KnownKeys.isExtension(name)
                        || KnownKeys.catalog().isKnownSection(name)) {
                    continue;
                }
                Optional<String> guess = KnownKeys.closest(name, known);
                context.report(file, section.header().nameSpan(),
                        "Unknown section [" + name + "]: systemd ignores it and every setting in it (\"Unknown section '"
                                + name + "'. Ignoring.\")"
                                + guess.map(g -> "; section names are case-sensitive, did you mean [" + g + "]?")
                                        .orElse("; extension sections must start with X-"),
                        guess.flatMap(g -> KeyFixes.sectionName(file, section, known, g)));
            }
        }
    }
}
