package dev.unitlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Severity;
import dev.unitlint.testing.ProjectPaths;
import dev.unitlint.testing.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The severity policy (README, "Severity"), case by case for the rules whose severity depends on
 * the case, as decided in the audit of issue 12 item 8 with systemd-analyze verify 252 as the
 * judge of "systemd warns" (tools/severity-audit.py). Fixture markers do not say severities;
 * these tests do, on inline units or on the rule's own fixtures.
 */
class SeverityPolicyTest {

    private static List<Severity> severities(String ruleId, String... pathsAndTexts) {
        RuleTester tester = RuleTester.forRule(BuiltInRules.byId(ruleId).orElseThrow());
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            tester.addFile(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return tester.findings().stream().map(Finding::severity).toList();
    }

    /**
     * Each finding of the rule on its fixture {@code testdata/rules/ID/NAME}, as the line it is on
     * and its severity ("RemoveIPC=yes: info"), so that the fixture's markers and these severities
     * are about the same lines.
     */
    private static List<String> fixtureSeverities(String ruleId, String fixture) throws IOException {
        Path file = ProjectPaths.testdata().resolve("rules").resolve(ruleId).resolve(fixture);
        List<String> lines = Files.readAllLines(file);
        RuleTester tester = RuleTester.forRule(BuiltInRules.byId(ruleId).orElseThrow());
        tester.addFile(fixture, Files.readAllBytes(file));
        return tester.findings().stream()
                .map(f -> lines.get(f.line() - 1).strip() + ": " + f.severity().label())
                .toList();
    }

    private static Severity defaultSeverity(String ruleId) {
        return BuiltInRules.metadata(ruleId).severity();
    }

    @Test
    void startLimitIntervalSecInServiceIsDroppedSoAnErrorAndTheLegacyNamesThereAreWarnings() {
        assertEquals(List.of(Severity.ERROR), severities("SD303", "a.service",
                "[Service]\nExecStart=/usr/bin/a\nStartLimitIntervalSec=0\n"));
        // Legacy aliases still work (systemd 252 says nothing), but they compete with [Unit].
        assertEquals(List.of(Severity.WARNING), severities("SD303", "a.service",
                "[Service]\nExecStart=/usr/bin/a\nStartLimitInterval=10\nStartLimitBurst=3\n"));
        // Both spellings with the same values (for systemd before 229): redundant, nothing competes.
        assertEquals(List.of(Severity.INFO), severities("SD303", "a.service",
                "[Unit]\nStartLimitIntervalSec=10\nStartLimitBurst=3\n"
                        + "[Service]\nExecStart=/usr/bin/a\nStartLimitInterval=10\nStartLimitBurst=3\n"));
        assertEquals(List.of(Severity.WARNING), severities("SD303", "a.service",
                "[Unit]\nStartLimitIntervalSec=10\nStartLimitBurst=3\n"
                        + "[Service]\nExecStart=/usr/bin/a\nStartLimitInterval=10\nStartLimitBurst=5\n"));
    }

    @Test
    void whatSystemdWarnsAboutWhenLoadingIsAtLeastAWarning() {
        // "Standard output type syslog is obsolete, automatically updating to journal."
        assertEquals(List.of(Severity.WARNING), severities("SD701", "a.service",
                "[Service]\nExecStart=/usr/bin/a\nStandardOutput=syslog\n"));
        // "Unit uses MemoryLimit=; please use MemoryMax= instead." — but PermissionsStartOnly= loads silently.
        assertEquals(List.of(Severity.WARNING), severities("SD107", "a.service",
                "# fixture: systemd-version=252\n[Service]\nExecStart=/usr/bin/a\nMemoryLimit=1G\n"));
        assertEquals(List.of(Severity.INFO), severities("SD107", "a.service",
                "[Service]\nExecStart=/usr/bin/a\nPermissionsStartOnly=yes\n"));
        assertEquals(List.of(Severity.INFO), severities("SD107", "a.service",
                "# fixture: systemd-version=252\n[Service]\nExecStart=/usr/bin/a\nBlockIOWeight=100\n"));
    }

    @Test
    void whatSystemctlRefusesOrIgnoresIsAnError() {
        assertEquals(Severity.ERROR, defaultSeverity("SD605"), "systemctl enable: cannot alias");
        assertEquals(Severity.ERROR, defaultSeverity("SD606"), "DefaultInstance= ... ignoring");
        assertEquals(Severity.ERROR, defaultSeverity("SD608"), "not a valid unit name");
        assertEquals(Severity.ERROR, defaultSeverity("SD109"), "[Install] of a type-wide drop-in is skipped");
        // capability_set_from_string() skips an unknown name without a word: ignored, so an error.
        assertEquals(Severity.ERROR, defaultSeverity("SD206"));
        assertEquals(List.of(Severity.ERROR), severities("SD206", "a.service",
                "[Service]\nExecStart=/usr/bin/a\nCapabilityBoundingSet=CAP_RAWIO\n"));
    }

    @Test
    void aDuplicateWithTheSameValueIsRedundantAndADifferentOneIsAWarning() {
        assertEquals(List.of(Severity.INFO), severities("SD108", "a.service",
                "[Service]\nExecStart=/usr/bin/a\nNoNewPrivileges=yes\nNoNewPrivileges=yes\n"));
        assertEquals(List.of(Severity.WARNING), severities("SD108", "a.service",
                "[Service]\nExecStart=/usr/bin/a\nNoNewPrivileges=yes\nNoNewPrivileges=no\n"));
    }

    @Test
    void networkOnlineWithoutWantsIsAWarningOnlyWhenTheWholeSystemShowsNothingPullsItIn() {
        String service = "[Unit]\nAfter=network-online.target\n[Service]\nExecStart=/usr/bin/a\n";
        assertEquals(List.of(Severity.INFO), severities("SD601", "a.service", service));
        assertEquals(List.of(Severity.WARNING), severities("SD601", "a.service", "# fixture: complete-set\n" + service));
        assertEquals(List.of(Severity.INFO), severities("SD601", "a.service", "# fixture: complete-set\n" + service,
                "b.service", "[Unit]\nWants=network-online.target\n[Service]\nExecStart=/usr/bin/b\n"));
    }

    @Test
    void theDefaultStartLimitIsReportedOnlyWhereTheAuthorChoseARestartDelay() {
        assertEquals(List.of(), severities("SD305", "a.service", "[Service]\nExecStart=/usr/bin/a\nRestart=always\n"));
        assertEquals(List.of(Severity.INFO), severities("SD305", "a.service",
                "[Service]\nExecStart=/usr/bin/a\nRestart=always\nRestartSec=1\n"));
    }

    @Test
    void persistentOnAMonotonicTimerIsOnlyRedundantWhenTheTimerAlsoElapsesAfterBoot() {
        assertEquals(List.of(Severity.WARNING), severities("SD324", "a.timer",
                "[Timer]\nOnUnitActiveSec=1d\nPersistent=true\n"));
        assertEquals(List.of(Severity.INFO), severities("SD324", "a.timer",
                "[Timer]\nOnBootSec=5min\nOnUnitActiveSec=1d\nPersistent=true\n"));
    }

    @Test
    void aSettingWithoutEffectIsInformationWhenNothingIsLostOrTheProgramMaySwitchUser() throws IOException {
        // RemoveIPC= for root loses nothing; ProtectProc=/LimitNPROC= act once the program switches to
        // another user itself, which the unit cannot show. MountAPIVFS=, PAMName=, LimitRSS= stay warnings.
        assertEquals(List.of("MountAPIVFS=yes: warning", "RemoveIPC=yes: info", "PAMName=login: warning",
                "ProtectProc=invisible: info", "LimitNPROC=64: info", "LimitRSS=1G: warning"),
                fixtureSeverities("SD713", "root.service"));
        assertEquals(List.of("LimitNPROC=1: info"), fixtureSeverities("SD713", "restrict-nproc.service"));
        assertEquals(List.of("ProtectProc=invisible: info"), fixtureSeverities("SD713", "switches-user.service"));
        // The Syslog*= keys only label lines that go neither to the journal nor to kmsg: cosmetic.
        assertEquals(List.of("SyslogIdentifier=app: info", "SyslogLevel=debug: info"),
                fixtureSeverities("SD713", "syslog.service"));
        assertEquals(List.of("SyslogIdentifier=%N: info"), fixtureSeverities("SD713", "syslog-tty.service"));
        assertEquals(List.of("IOSchedulingPriority=7: info"), fixtureSeverities("SD713", "idle.service"));
        // Every other row keeps the rule's severity.
        assertEquals(List.of("PrivateNetwork=yes: warning"), fixtureSeverities("SD713", "namespace.service"));
        assertEquals(Severity.WARNING, defaultSeverity("SD713"));
    }

    @Test
    void aPlusOnTheMainProcessIsDeliberateButADashThatDefeatsRestartIsNot() throws IOException {
        assertEquals(List.of("ExecStart=-+/usr/bin/daemon: info"),
                fixtureSeverities("SD505", "plus-with-user.service"));
        assertEquals(List.of("ExecStart=+/usr/libexec/example-manager: info"),
                fixtureSeverities("SD505", "plus-with-dynamic-user.service"));
        assertEquals(List.of("ExecStart=-/usr/bin/daemon: warning"),
                fixtureSeverities("SD505", "dash-with-restart.service"));
        assertEquals(List.of("ExecStart=!!/usr/bin/daemon: info"),
                fixtureSeverities("SD505", "bang-without-user.service"));
    }
}
