package dev.unitlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run reads in a real repository (issue 12, items 1–3), end to end on real temporary
 * folders with real symbolic links: links are aliases, masks or enablements and never lead out
 * of the tree; a walk skips version-control and dependency folders and what {@code .gitignore}
 * ignores; {@code .unitlint.yaml} is found from each file's folder.
 */
class FileDiscoveryTest {

    /** A oneshot service with Restart=always: SD301, an error, on line 4. */
    private static final String REFUSED = "[Service]\nType=oneshot\nExecStart=/bin/true\nRestart=always\n";
    private static final String GOOD = "[Service]\nExecStart=/bin/true\n";

    @TempDir
    Path dir;

    private Path write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Path link(String path, String target) throws IOException {
        Path link = dir.resolve(path);
        Files.createDirectories(link.getParent());
        return Files.createSymbolicLink(link, Path.of(target));
    }

    private static CliRun check(Object... args) {
        List<String> all = new ArrayList<>(List.of("check", "--color=never"));
        for (Object arg : args) {
            all.add(arg.toString());
        }
        return CliRun.run(all.toArray(String[]::new));
    }

    private static List<String> lines(CliRun run, String ruleId) {
        return run.out().lines().filter(l -> l.contains("[" + ruleId + " ")).toList();
    }

    // --- 1. Symbolic links --------------------------------------------------------------------

    @Test
    void aUnitFileWithAnAliasAndAnEnablementLinkIsCheckedOnce() throws IOException {
        Path unit = write("units/a.service", REFUSED);
        link("units/multi-user.target.wants/a.service", "../a.service");
        link("units/b.service", "a.service");
        CliRun run = check(dir.resolve("units"));
        assertEquals(List.of(unit + ":4:9"), lines(run, "SD301").stream().map(l -> l.substring(0, l.indexOf(": "))).toList(),
                run.out());
        assertEquals("", run.err());
        // Named on its own, the alias leads to the same unit file, reported at its own path.
        CliRun alias = check(dir.resolve("units/b.service"));
        assertEquals(1, lines(alias, "SD301").size(), alias.out());
        assertTrue(alias.out().startsWith(unit + ":4:9:"), alias.out());
    }

    @Test
    void anAbsoluteLinkIsNeverFollowedOntoTheMachineRunningTheCheck() throws IOException {
        // "The host's" unit: refused, so reading it would show.
        Path host = Files.createDirectories(dir.resolve("host"));
        Path hostUnit = Files.writeString(host.resolve("systemd-journald.service"), REFUSED);
        write("repo/units/app.service", GOOD);
        Path journald = link("repo/units/j.service", hostUnit.toString());
        CliRun run = check(dir.resolve("repo"));
        assertEquals(List.of(), lines(run, "SD301"), run.out());
        assertEquals(List.of(journald + ":1:1: info: symbolic link to '" + hostUnit + "', outside the tree being"
                + " checked: the file it leads to is not checked. Check that file where it is kept, or a whole image"
                + " with --root DIR (absolute links then resolve inside DIR) [SD007 symlink-outside-tree]"),
                lines(run, "SD007"));
        assertEquals(ExitCodes.OK, run.code());
        // Named explicitly, and as the only path: the same.
        CliRun named = check(journald);
        assertEquals(lines(run, "SD007"), lines(named, "SD007"));
        assertEquals(ExitCodes.OK, named.code());
        // A relative link that climbs out of the tree is not followed either.
        Path climbing = link("repo/units/up.service", "../../host/systemd-journald.service");
        CliRun up = check(dir.resolve("repo/units"));
        assertEquals(List.of(), lines(up, "SD301"), up.out());
        assertTrue(up.out().contains(climbing + ":1:1: info: symbolic link to '../../host/systemd-journald.service',"
                + " outside the tree being checked"), up.out());
    }

    @Test
    void linksNeverMakeTheExitCode() throws IOException {
        write("units/app.service", GOOD);
        link("units/alias.service", "/usr/lib/systemd/system/foo.service");
        link("units/gone.service", "nothere.service");
        CliRun run = check("--fail-on", "never", dir.resolve("units"));
        assertEquals(ExitCodes.OK, run.code());
        assertEquals("", run.err());
        assertEquals(1, lines(run, "SD006").size(), run.out());
        assertEquals(1, lines(run, "SD007").size(), run.out());
    }

    /** A dangling link gives one message, whether named, found by a walk, or read under --root. */
    @Test
    void theSameLinkProblemHasOneMessageHoweverTheLinkIsReached() throws IOException {
        write("root/etc/systemd/system/app.service", GOOD);
        Path gone = link("root/etc/systemd/system/gone.service", "nothere.service");
        String message = gone + ":1:1: warning: symbolic link to 'nothere.service', which does not exist in the tree"
                + " being checked: systemd cannot load gone.service through it. Point the link at the file, or remove it"
                + " [SD006 dangling-symlink]";
        assertEquals(List.of(message), lines(check(gone), "SD006"));
        assertEquals(List.of(message), lines(check(dir.resolve("root/etc/systemd/system")), "SD006"));
        assertEquals(List.of(message), lines(check("--root", dir.resolve("root")), "SD006"));
    }

    /** Under --root an absolute link resolves inside the root, never on the host. */
    @Test
    void underRootAnAbsoluteLinkResolvesInsideTheRoot() throws IOException {
        Path inRoot = write("root/usr/lib/systemd/system/real.service", REFUSED);
        link("root/etc/systemd/system/multi-user.target.wants/real.service", "/usr/lib/systemd/system/real.service");
        link("root/etc/systemd/system/other.service", "/usr/lib/systemd/system/real.service");
        CliRun run = check("--root", dir.resolve("root"));
        assertEquals(1, lines(run, "SD301").size(), run.out());
        assertTrue(lines(run, "SD301").get(0).startsWith(inRoot + ":4:9:"), run.out());
        assertEquals(List.of(), lines(run, "SD006"));
        assertEquals("", run.err());
    }

    // --- 2. What a walk visits ----------------------------------------------------------------

    @Test
    void aWalkSkipsVersionControlAndDependencyFoldersButNotWhatIsNamed() throws IOException {
        write("repo/units/app.service", GOOD);
        Path inGit = write("repo/.git/stash/old.service", REFUSED);
        Path inModules = write("repo/node_modules/pkg/systemd/pkg.service", REFUSED);
        write("repo/.config/systemd/user/music.service", REFUSED);
        CliRun run = check(dir.resolve("repo"));
        // Hidden folders are searched (user units live in .config/systemd/user/); .git and node_modules are not.
        assertEquals(1, lines(run, "SD301").size(), run.out());
        assertTrue(run.out().contains("/.config/systemd/user/music.service:4:9:"), run.out());
        assertEquals(1, lines(check(inGit), "SD301").size());
        assertEquals(1, lines(check(inModules.getParent()), "SD301").size());
    }

    @Test
    void aWalkHonoursGitignoreInsideARepository() throws IOException {
        Files.createDirectories(dir.resolve("repo/.git"));
        write("repo/.gitignore", "generated/\n*.local.service\n!keep.local.service\n");
        write("repo/units/.gitignore", "scratch.service\n");
        write("repo/units/app.service", GOOD);
        Path generated = write("repo/generated/app.service", REFUSED);
        write("repo/units/mine.local.service", REFUSED);
        Path kept = write("repo/units/keep.local.service", REFUSED);
        Path scratch = write("repo/units/scratch.service", REFUSED);
        CliRun run = check(dir.resolve("repo"));
        assertEquals(List.of(kept + ":4:9"), lines(run, "SD301").stream().map(l -> l.substring(0, l.indexOf(": ")))
                .toList(), run.out());
        // From a folder below the repository root, the root's .gitignore still applies.
        assertEquals(1, lines(check(dir.resolve("repo/units")), "SD301").size());
        // An ignored file named on the command line is checked; so is everything with --no-respect-gitignore.
        assertEquals(1, lines(check(scratch), "SD301").size());
        assertEquals(1, lines(check(generated.getParent()), "SD301").size());
        assertEquals(4, lines(check("--no-respect-gitignore", dir.resolve("repo")), "SD301").size());
    }

    @Test
    void gitignoreCountsOnlyInsideARepository() throws IOException {
        write("plain/.gitignore", "*.service\n");
        write("plain/app.service", REFUSED);
        assertEquals(1, lines(check(dir.resolve("plain")), "SD301").size());
    }

    // --- 3. Configuration discovery -----------------------------------------------------------

    @Test
    void theConfigurationIsFoundFromEachFilesFolderNotTheWorkingDirectory() throws IOException {
        Files.createDirectories(dir.resolve("repo/.git"));
        write("repo/.unitlint.yaml", "ignore: [SD301]\n");
        Path unit = write("repo/units/app.service", REFUSED);
        // The working directory is the build's, outside this repository.
        assertFalse(Path.of("").toAbsolutePath().startsWith(dir));
        CliRun run = check(dir.resolve("repo/units"));
        assertEquals(List.of(), lines(run, "SD301"), run.out());
        assertEquals(ExitCodes.OK, run.code());
        assertEquals(List.of(), lines(check(unit), "SD301"));
        assertEquals(1, lines(check("--no-config", unit), "SD301").size());
    }

    /** Closest wins, per file: two repositories in one run each keep their own settings. */
    @Test
    void filesUnderDifferentConfigurationsEachGetTheirOwn() throws IOException {
        Files.createDirectories(dir.resolve("quiet/.git"));
        write("quiet/.unitlint.yaml", "ignore: [SD301]\nfail-on: never\n");
        write("quiet/units/app.service", REFUSED);
        Files.createDirectories(dir.resolve("strict/.git"));
        write("strict/.unitlint.yaml", "severity: {SD301: warning}\n");
        Path strict = write("strict/units/app.service", REFUSED);
        Path bare = write("bare/app.service", REFUSED);
        CliRun run = check(dir.resolve("quiet/units"), dir.resolve("strict/units"), dir.resolve("bare"));
        assertEquals(List.of(bare + ":4:9: error", strict + ":4:9: warning"), lines(run, "SD301").stream()
                .map(l -> l.substring(0, l.indexOf(": ", l.indexOf(": ") + 2))).toList(), run.out());
        assertEquals(ExitCodes.FINDINGS, run.code());
        // fail-on follows each finding's file: the quiet repository alone never fails.
        write("quiet/units/other.service", "[Service]\nExecStart=/bin/true\nRestart=sometimes\n");
        CliRun quiet = check(dir.resolve("quiet/units"));
        assertFalse(quiet.out().isEmpty(), "expected a finding in other.service");
        assertEquals(ExitCodes.OK, quiet.code(), quiet.out());
    }

    @Test
    void aBrokenConfigurationNextToAFileIsAUsageError() throws IOException {
        Files.createDirectories(dir.resolve("repo/.git"));
        write("repo/.unitlint.yaml", "fail-on: loud\n");
        write("repo/units/app.service", GOOD);
        CliRun run = check(dir.resolve("repo/units"));
        assertEquals(ExitCodes.USAGE, run.code());
        assertTrue(run.err().startsWith("unitlint: " + dir.resolve("repo/.unitlint.yaml")), run.err());
    }
}
