package dev.unitlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code check --root}, {@code --user} and {@code --complete} end to end, on an in-memory file system. */
class RootOptionTest {

    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }

        /** The findings of one rule: other rules may have their say about the same units. */
        List<String> lines(String ruleId) {
            return out.lines().filter(l -> l.contains("[" + ruleId + " ")).toList();
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.newCommandLine(new PrintWriter(out), new PrintWriter(err), fs).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private void write(String path, String text) throws IOException {
        Path file = fs.getPath(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static final String ONESHOT = "[Service]\nType=oneshot\nExecStart=/usr/bin/job\n";

    @Test
    void onlyTheFileSystemdLoadsIsCheckedAndMaskedUnitsAreNot() throws IOException {
        write("/r/usr/lib/systemd/system/job.service", ONESHOT + "Restart=always\n");
        write("/r/etc/systemd/system/job.service", ONESHOT + "Restart=on-failure\nRestartSec=5s\n");
        write("/r/usr/lib/systemd/system/old.service", ONESHOT + "Restart=always\n");
        Files.createSymbolicLink(fs.getPath("/r/etc/systemd/system/old.service"), fs.getPath("/dev/null"));
        Run run = run("check", "--color=never", "--root", "/r");
        assertEquals(List.of(), run.lines("SD301"), run.out());
        assertEquals("", run.err());
        // The same files named directly are all checked: both refused units are reported.
        Run direct = run("check", "--color=never", "/r/usr/lib/systemd/system");
        assertEquals(2, direct.lines("SD301").size(), direct.out());
    }

    @Test
    void aDropInInAnotherFolderIsReportedAtItsLine() throws IOException {
        write("/r/usr/lib/systemd/system/backup-daily.service", ONESHOT);
        write("/r/etc/systemd/system/backup-.service.d/restart.conf", "# every backup restarts\n[Service]\nRestart=always\n");
        Run run = run("check", "--color=never", "--root", "/r");
        assertEquals(ExitCodes.FINDINGS, run.code());
        assertEquals(List.of("/r/etc/systemd/system/backup-.service.d/restart.conf:3:9: error: Restart=always is not"
                + " allowed with Type=oneshot: systemd refuses to load this service. A oneshot service is never"
                + " restarted after a clean exit; use Restart=on-failure, or a .timer unit to run it again"
                + " periodically [SD301 restart-always-oneshot]"), run.lines("SD301"));
    }

    @Test
    void aDropInThatFixesTheBaseMakesTheFindingDisappear() throws IOException {
        write("/r/usr/lib/systemd/system/job.service", ONESHOT + "Restart=always\n");
        write("/r/etc/systemd/system/service.d/fix.conf", "[Service]\nRestart=on-failure\nRestartSec=5s\n");
        assertEquals(List.of(), run("check", "--root", "/r").lines("SD301"));
    }

    @Test
    void aMaskedDropInHidesTheTypeWideOneOfItsNameInAFolder() throws IOException {
        write("/u/job.service", ONESHOT);
        write("/u/service.d/50-restart.conf", "[Service]\nRestart=always\n");
        Files.createDirectories(fs.getPath("/u/job.service.d"));
        Files.createSymbolicLink(fs.getPath("/u/job.service.d/50-restart.conf"), fs.getPath("/dev/null"));
        assertEquals(List.of(), run("check", "/u").lines("SD301"));
        write("/u/other.service", ONESHOT);
        assertEquals(1, run("check", "/u").lines("SD301").size(), "other.service still gets the type-wide drop-in");
    }

    @Test
    void aCycleOfThreeUnitsIsReportedOnceNamingAllThree() throws IOException {
        write("/r/etc/systemd/system/alpha.service", "[Unit]\nAfter=beta.service\n[Service]\nExecStart=/bin/a\n");
        write("/r/etc/systemd/system/beta.service", "[Unit]\nAfter=gamma.service\n[Service]\nExecStart=/bin/b\n");
        write("/r/usr/lib/systemd/system/gamma.service", "[Unit]\nAfter=alpha.service\n[Service]\nExecStart=/bin/c\n");
        Run run = run("check", "--color=never", "--root", "/r");
        List<String> cycles = run.lines().stream().filter(l -> l.contains("[SD802 ordering-cycle]")).toList();
        assertEquals(1, cycles.size(), run.out());
        assertTrue(cycles.get(0).startsWith("/r/etc/systemd/system/alpha.service:2:7: warning: 3 units form a cycle:"
                + " alpha.service after beta.service after gamma.service after alpha.service"), cycles.get(0));
    }

    @Test
    void instancesAreCheckedWithTheirSpecifiersExpanded() throws IOException {
        write("/r/usr/lib/systemd/system/notify@.service",
                "[Unit]\nRequires=log-%i.service\n[Service]\nExecStart=/bin/notify %I\n");
        write("/r/usr/lib/systemd/system/log-web.service", "[Service]\nExecStart=/bin/log web\n");
        Files.createDirectories(fs.getPath("/r/etc/systemd/system/multi-user.target.wants"));
        for (String instance : List.of("web", "db")) {
            Files.createSymbolicLink(fs.getPath("/r/etc/systemd/system/multi-user.target.wants/notify@" + instance
                    + ".service"), fs.getPath("/usr/lib/systemd/system/notify@.service"));
        }
        Run run = run("check", "--color=never", "--root", "/r");
        // notify@web.service finds log-web.service; notify@db.service does not; the template itself is not judged.
        assertEquals(List.of("/r/usr/lib/systemd/system/notify@.service:2:10: warning: Requires=log-%i.service"
                + " (log-db.service) names a unit that this system does not have (not in the load path, not masked,"
                + " not a systemd special unit): starting notify@db.service fails with \"Unit log-db.service not"
                + " found\". Fix the name, or install the unit [SD801 unknown-unit-reference]"), run.lines("SD801"));
    }

    @Test
    void requiresFoldersMakeRequirementCycles() throws IOException {
        write("/r/etc/systemd/system/one.service", "[Unit]\nRequires=two.service\n[Service]\nExecStart=/bin/1\n");
        write("/r/etc/systemd/system/two.service", "[Service]\nExecStart=/bin/2\n");
        Files.createDirectories(fs.getPath("/r/etc/systemd/system/two.service.requires"));
        Files.createSymbolicLink(fs.getPath("/r/etc/systemd/system/two.service.requires/one.service"),
                fs.getPath("../one.service"));
        Run run = run("check", "--color=never", "--fail-on=info", "--root", "/r");
        assertEquals(1, run.lines("SD803").size(), run.out());
        assertTrue(run.lines("SD803").get(0).startsWith("/r/etc/systemd/system/one.service:2:10: info: 2 units form a cycle:"
                + " one.service requires two.service requires one.service (one.service: Requires=two.service;"
                + " /r/etc/systemd/system/two.service.requires/one.service)"), run.out());
    }

    @Test
    void referencesAreCheckedOnlyWhenTheSetIsKnown() throws IOException {
        write("/u/app.service", "[Unit]\nRequires=db.service\n[Service]\nExecStart=/bin/app\n");
        assertEquals(List.of(), run("check", "/u").lines("SD801"));
        Run complete = run("check", "--color=never", "--complete", "/u");
        assertEquals(ExitCodes.FINDINGS, complete.code());
        assertEquals(1, complete.lines("SD801").size(), complete.out());
        assertTrue(complete.lines("SD801").get(0).startsWith("/u/app.service:2:10: warning: Requires=db.service names"
                + " a unit that this system does not have"), complete.out());
    }

    @Test
    void userTrees() throws IOException {
        write("/r/usr/lib/systemd/user/music.service", ONESHOT + "Restart=always\n");
        assertEquals(List.of(), run("check", "--root", "/r").lines("SD301"));
        assertEquals(1, run("check", "--root", "/r", "--user").lines("SD301").size());
    }

    @Test
    void misusedOptionsAreUsageErrors() throws IOException {
        write("/u/app.service", "[Service]\nExecStart=/bin/app\n");
        Run both = run("check", "--root", "/r", "/u/app.service");
        assertEquals(ExitCodes.USAGE, both.code());
        assertTrue(both.err().contains("--root checks the whole tree: give no PATH with it"), both.err());
        assertEquals(ExitCodes.USAGE, run("check", "--user", "/u/app.service").code());
        assertEquals(ExitCodes.USAGE, run("check").code());
        Run missing = run("check", "--root", "/nothere");
        assertEquals(ExitCodes.USAGE, missing.code());
        assertEquals("unitlint: /nothere: --root must be a directory\n", missing.err());
    }

    @Test
    void anInstanceEnabledThroughALinkIsNotToldItsTemplatesDefaultInstanceIsMisplaced() throws IOException {
        // Regression (issue 12 item 9): check --root / reported getty@.service:59 "DefaultInstance= only
        // makes sense in a template ... in getty@tty1.service" for the instance enabled by a link.
        write("/r/lib/systemd/system/getty@.service", "[Unit]\nDescription=Getty on %I\n[Service]\n"
                + "ExecStart=-/sbin/agetty %I\n[Install]\nWantedBy=getty.target\nDefaultInstance=tty1\n");
        write("/r/lib/systemd/system/getty.target", "[Unit]\nDescription=Login Prompts\n");
        Files.createDirectories(fs.getPath("/r/etc/systemd/system/getty.target.wants"));
        Files.createSymbolicLink(fs.getPath("/r/etc/systemd/system/getty.target.wants/getty@tty1.service"),
                fs.getPath("/lib/systemd/system/getty@.service"));
        Run run = run("check", "--color=never", "--root", "/r");
        assertEquals(List.of(), run.lines("SD606"), run.out());
        assertEquals("", run.err());
    }
}
