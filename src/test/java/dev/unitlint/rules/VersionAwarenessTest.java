package dev.unitlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unitlint.catalog.DirectiveCatalog;
import dev.unitlint.findings.Finding;
import dev.unitlint.lint.LintOptions;
import dev.unitlint.lint.Linter;
import dev.unitlint.lint.UnitCollector;
import dev.unitlint.model.SystemdVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** One unit, four target releases: each release gets the findings it deserves. */
class VersionAwarenessTest {

    private static final String UNIT = String.join("\n",
            "[Unit]",
            "Description=Settings from several systemd releases",
            "StartLimitIntervalSec=30",   // line 3: key added in 229
            "[Service]",
            "Type=notify-reload",          // line 5: value added after 252 (catalog: 254)
            "ExecStart=/usr/bin/daemon",
            "ProtectHostname=yes",         // line 7: key added in 242
            "ExitType=cgroup",             // line 8: key added in 250
            "RestartMode=direct",          // line 9: key added in 254
            "MemoryLimit=1G",              // line 10: deprecated from 252, effective until 257
            "");

    private static List<String> findings(int release) {
        UnitCollector collector = new UnitCollector();
        collector.addStdin("versions.service", UNIT.getBytes(StandardCharsets.UTF_8));
        TreeSet<String> result = new TreeSet<>();
        for (Finding f : new Linter(LintOptions.defaults().withSystemdVersion(release)).lint(collector.units())) {
            result.add(f.span().startLine() + " " + f.ruleId());
        }
        return List.copyOf(result);
    }

    @Test
    void rhel7Release219LacksEverythingNewerThanIt() {
        assertEquals(List.of("3 SD105", "5 SD203", "7 SD105", "8 SD105", "9 SD105"), findings(219));
    }

    @Test
    void release230KnowsStartLimitIntervalSec() {
        assertEquals(List.of("5 SD203", "7 SD105", "8 SD105", "9 SD105"), findings(230));
    }

    @Test
    void release252LacksRestartModeAndNotifyReloadAndDeprecatesMemoryLimit() {
        assertEquals(List.of("10 SD107", "5 SD203", "9 SD105"), findings(252));
    }

    @Test
    void release257OnlyDeprecatesMemoryLimit() {
        assertEquals(List.of("10 SD107"), findings(257));
    }

    @Test
    void theDefaultTargetIsTheNewestReleaseOfTheCatalog() {
        assertEquals(DirectiveCatalog.get().newestRelease(), SystemdVersion.NEWEST);
        assertEquals(SystemdVersion.NEWEST, LintOptions.defaults().systemdVersion());
    }
}
