package dev.unitlint.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitLink;
import dev.unitlint.model.UnitLink.Role;
import dev.unitlint.model.UnitLink.Status;
import dev.unitlint.model.UnitSet;
import dev.unitlint.syntax.UnitFile;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A whole system read from a root in an in-memory file system, as systemd reads it. */
class SystemTreeTest {

    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
    private final Path root = fs.getPath("/sysroot");

    private Path write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Path link(String path, String target) throws IOException {
        Path link = root.resolve(path);
        Files.createDirectories(link.getParent());
        return Files.createSymbolicLink(link, fs.getPath(target));
    }

    private static Optional<Unit> unit(SystemTree tree, String name) {
        return tree.units().stream().filter(u -> u.name().name().equals(name)).findFirst();
    }

    private static List<String> paths(Unit unit) {
        return unit.files().stream().map(UnitFile::path).toList();
    }

    @Test
    void aFileInEtcHidesTheSameNameInUsrLib() throws IOException {
        write("usr/lib/systemd/system/app.service", "[Service]\nExecStart=/usr/bin/app\n");
        write("etc/systemd/system/app.service", "[Service]\nExecStart=/usr/bin/app --local\n");
        write("usr/lib/systemd/system/other.service", "[Service]\nExecStart=/usr/bin/other\n");
        SystemTree tree = SystemTree.load(root, LoadPath.SYSTEM);
        assertEquals(List.of(), tree.errors());
        assertEquals(List.of("/sysroot/etc/systemd/system/app.service"), paths(unit(tree, "app.service").orElseThrow()));
        assertEquals(2, tree.units().size());
    }

    @Test
    void maskedUnitsAreNotLoaded() throws IOException {
        write("usr/lib/systemd/system/old.service", "[Service]\nExecStart=/usr/bin/old\n");
        link("etc/systemd/system/old.service", "/dev/null");
        write("usr/lib/systemd/system/empty.service", "");
        SystemTree tree = SystemTree.load(root, LoadPath.SYSTEM);
        assertEquals(List.of(), tree.units());
        assertEquals(java.util.Set.of("old.service", "empty.service"), tree.masked());
        assertTrue(tree.unitSet().isMasked("old.service"));
    }

    @Test
    void symbolicLinksBetweenNamesAreAliasesAndTheirDropInsApply() throws IOException {
        write("usr/lib/systemd/system/real.service", "[Service]\nExecStart=/usr/bin/real\n");
        link("etc/systemd/system/nick.service", "/usr/lib/systemd/system/real.service");
        write("etc/systemd/system/nick.service.d/10-env.conf", "[Service]\nEnvironment=A=1\n");
        SystemTree tree = SystemTree.load(root, LoadPath.SYSTEM);
        Unit real = unit(tree, "real.service").orElseThrow();
        assertEquals(List.of("nick.service"), real.aliases());
        assertEquals(List.of("/sysroot/usr/lib/systemd/system/real.service",
                "/sysroot/etc/systemd/system/nick.service.d/10-env.conf"), paths(real));
        assertTrue(tree.unitSet().find("nick.service").isPresent());
        assertEquals(1, tree.units().size());
    }

    @Test
    void aliasInInstallNamesTheUnitForReferences() throws IOException {
        write("usr/lib/systemd/system/sshd-real.service",
                "[Service]\nExecStart=/usr/sbin/sshd\n[Install]\nAlias=sshd.service\n");
        SystemTree tree = SystemTree.load(root, LoadPath.SYSTEM);
        assertEquals("sshd-real.service", tree.unitSet().find("sshd.service").orElseThrow().name().name());
        assertTrue(tree.unitSet().resolves("sshd.service"));
        assertTrue(tree.unitSet().resolves("multi-user.target"), "special units always resolve");
        assertTrue(!tree.unitSet().resolves("nothere.service"));
    }

    @Test
    void absoluteLinksStayInsideTheRootAndLibMayBeALinkToUsrLib() throws IOException {
        write("usr/lib/systemd/system/app.service", "[Service]\nExecStart=/usr/bin/app\n");
        link("lib", "/usr/lib");
        SystemTree tree = SystemTree.load(root, LoadPath.SYSTEM);
        assertEquals(1, tree.units().size(), "/lib/systemd/system is /usr/lib/systemd/system, read once");
    }

    @Test
    void dropInsFromEveryFolderSortedByNameAndHiddenByHigherFolders() throws IOException {
        write("usr/lib/systemd/system/foo-bar-baz.service", "[Service]\nExecStart=/usr/bin/baz\n");
        write("usr/lib/systemd/system/service.d/10-all.conf", "[Service]\nNice=1\n");
        write("usr/lib/systemd/system/foo-.service.d/20-foo.conf", "[Service]\nNice=2\n");
        write("usr/lib/systemd/system/foo-bar-.service.d/30-foobar.conf", "[Service]\nNice=3\n");
        write("usr/lib/systemd/system/foo-bar-baz.service.d/40-own.conf", "[Service]\nNice=4\n");
        // Same file name in /etc hides the one in /usr/lib, wherever each is.
        write("etc/systemd/system/foo-bar-baz.service.d/20-foo.conf", "[Service]\nNice=5\n");
        // A drop-in linked to /dev/null hides its name and adds nothing.
        link("etc/systemd/system/service.d/10-all.conf", "/dev/null");
        SystemTree tree = SystemTree.load(root, LoadPath.SYSTEM);
        Unit unit = unit(tree, "foo-bar-baz.service").orElseThrow();
        assertEquals(List.of("/sysroot/usr/lib/systemd/system/foo-bar-baz.service",
                "/sysroot/etc/systemd/system/foo-bar-baz.service.d/20-foo.conf",
                "/sysroot/usr/lib/systemd/system/foo-bar-.service.d/30-foobar.conf",
                "/sysroot/usr/lib/systemd/system/foo-bar-baz.service.d/40-own.conf"), paths(unit));
        assertEquals("4", unit.last("Service", "Nice").orElseThrow().value());
    }

    @Test
    void instancesTakeTheTemplateFileAndTheTemplatesDropIns() throws IOException {
        write("usr/lib/systemd/system/getty@.service", "[Service]\nExecStart=/sbin/agetty %I\n");
        write("usr/lib/systemd/system/getty@.service.d/10-all.conf", "[Service]\nNice=1\n");
        write("etc/systemd/system/getty@tty1.service.d/20-tty1.conf", "[Service]\nNice=2\n");
        link("etc/systemd/system/getty.target.wants/getty@tty1.service", "/usr/lib/systemd/system/getty@.service");
        SystemTree tree = SystemTree.load(root, LoadPath.SYSTEM);
        Unit instance = unit(tree, "getty@tty1.service").orElseThrow();
        assertEquals(List.of("/sysroot/usr/lib/systemd/system/getty@.service",
                "/sysroot/usr/lib/systemd/system/getty@.service.d/10-all.conf",
                "/sysroot/etc/systemd/system/getty@tty1.service.d/20-tty1.conf"), paths(instance));
        assertTrue(unit(tree, "getty@.service").isPresent(), "the template is checked as a template too");
        assertEquals(List.of(new UnitSet.FolderDependency("getty.target", "Wants", "getty@tty1.service",
                "/sysroot/etc/systemd/system/getty.target.wants")), tree.unitSet().folderDependencies());
    }

    @Test
    void defaultInstanceIsCheckedAsAnInstance() throws IOException {
        write("usr/lib/systemd/system/worker@.service",
                "[Service]\nExecStart=/usr/bin/worker %i\n[Install]\nDefaultInstance=main\n");
        SystemTree tree = SystemTree.load(root, LoadPath.SYSTEM);
        assertTrue(unit(tree, "worker@main.service").isPresent());
    }

    @Test
    void userTreesReadTheUserLoadPath() throws IOException {
        write("usr/lib/systemd/user/music.service", "[Service]\nExecStart=/usr/bin/music\n");
        write("usr/lib/systemd/system/app.service", "[Service]\nExecStart=/usr/bin/app\n");
        SystemTree tree = SystemTree.load(root, LoadPath.USER);
        assertEquals(List.of("music.service"), tree.units().stream().map(u -> u.name().name()).toList());
    }

    @Test
    void aBrokenLinkIsALinkFindingNotAnError() throws IOException {
        link("etc/systemd/system/gone.service", "/usr/lib/systemd/system/nothere.service");
        SystemTree tree = SystemTree.load(root, LoadPath.SYSTEM);
        assertEquals(List.of(), tree.errors());
        assertEquals(List.of(new UnitLink(root.resolve("etc/systemd/system/gone.service").toString(), Role.UNIT,
                "/usr/lib/systemd/system/nothere.service", Status.DANGLING)), tree.links());
    }

    /** A link to a file outside the load path is a "linked unit file": loaded under the link's name. */
    @Test
    void aLinkOutOfTheLoadPathIsALinkedUnitFile() throws IOException {
        write("usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service", "[Service]\nExecStart=/bin/x\n");
        link("lib/systemd/system/dracut-cmdline.service",
                "/usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service");
        link("lib/systemd/system/other-name.service", "/usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service");
        SystemTree tree = SystemTree.load(root, LoadPath.SYSTEM);
        assertEquals(List.of(), tree.errors());
        assertEquals(List.of("/sysroot/usr/lib/dracut/modules.d/98dracut-systemd/dracut-cmdline.service"),
                paths(unit(tree, "dracut-cmdline.service").orElseThrow()));
        // Out of the load path the target's name does not matter: no alias, a unit of the link's name.
        assertTrue(unit(tree, "other-name.service").isPresent());
        assertTrue(tree.links().stream().noneMatch(l -> l.role() == Role.ALIAS), tree.links().toString());
    }

    /** systemd reads only links in a .wants/ folder: "… is not a symlink, ignoring." */
    @Test
    void aPlainFileInAWantsFolderAddsNoDependency() throws IOException {
        write("etc/systemd/system/app.service", "[Service]\nExecStart=/usr/bin/app\n");
        write("etc/systemd/system/multi-user.target.wants/app.service", "../app.service");
        link("etc/systemd/system/timers.target.wants/app.service", "../app.service");
        SystemTree tree = SystemTree.load(root, LoadPath.SYSTEM);
        assertEquals(List.of("timers.target"), tree.unitSet().folderDependencies().stream()
                .map(UnitSet.FolderDependency::from).toList());
        assertEquals(List.of(Status.NOT_A_LINK, Status.FILE), tree.links().stream().map(UnitLink::status).toList());
    }
}
