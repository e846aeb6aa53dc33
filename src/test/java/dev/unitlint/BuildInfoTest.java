package dev.unitlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.catalog.DirectiveCatalog;
import dev.unitlint.report.ProjectInfo;
import dev.unitlint.testing.CliRun;
import org.junit.jupiter.api.Test;

/** The facts the build records (build-info.properties) agree with their one source each. */
class BuildInfoTest {

    @Test
    void versionIsThePoms() {
        assertEquals(System.getProperty("unitlint.version"), BuildInfo.version());
    }

    @Test
    void homeIsThePomsUrlAndSarifLinksThere() {
        assertEquals(System.getProperty("unitlint.home"), BuildInfo.home());
        assertEquals(BuildInfo.home(), ProjectInfo.HOME);
        assertTrue(ProjectInfo.ruleDocument("SD301").startsWith(BuildInfo.home() + "/"));
    }

    @Test
    void newestSystemdReleaseIsTheCatalogs() {
        assertEquals(DirectiveCatalog.get().newestRelease(), BuildInfo.newestSystemdRelease());
    }

    @Test
    void versionOptionPrintsTheVersionAndTheReleasesCovered() {
        CliRun run = CliRun.run("--version");
        assertEquals(0, run.code(), run.err());
        assertEquals("unitlint " + BuildInfo.version() + "\nsystemd releases covered: 219 to "
                + DirectiveCatalog.get().newestRelease() + " (default --systemd-version "
                + DirectiveCatalog.get().newestRelease() + ")\n", run.out());
    }
}
