package dev.unitlint.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Spot checks of the generated catalog against facts documented by systemd (man pages and NEWS),
 * and consistency checks between the catalog's files.
 */
class DirectiveCatalogTest {

    private final DirectiveCatalog catalog = DirectiveCatalog.get();

    private Directive directive(String unitType, String section, String key) {
        return catalog.lookup(unitType, section, key)
                .orElseThrow(() -> new AssertionError(section + "." + key + " missing for " + unitType));
    }

    @Test
    void loadsAndCoversTheReleasesDistributionsShip() {
        assertTrue(catalog.directives().size() > 1000, "a few hundred keys times their sections");
        assertTrue(catalog.coveredReleases().contains(252), "bookworm's systemd");
        assertTrue(catalog.coveredReleases().contains(257), "trixie's systemd");
        assertEquals(catalog.coveredReleases().get(catalog.coveredReleases().size() - 1), catalog.newestRelease());
        assertEquals(Set.of("service", "socket", "target", "device", "mount", "automount", "swap", "timer",
                "path", "slice", "scope"), catalog.unitTypes());
    }

    @Test
    void execStartIsAListThatAnEmptyAssignmentResets() {
        Directive execStart = directive("service", "Service", "ExecStart");
        assertEquals(ValueKind.LIST, execStart.valueKind());
        assertTrue(execStart.emptyResets());
        assertEquals("config_parse_exec", execStart.parser());
        assertEquals(DirectiveStatus.CURRENT, execStart.status());
    }

    @Test
    void dependenciesAccumulateButCannotBeReset() {
        // man systemd.unit: dependencies cannot be reset to an empty list in drop-ins.
        for (String key : List.of("After", "Wants", "Requires")) {
            Directive d = directive("service", "Unit", key);
            assertTrue(d.isList(), key);
            assertFalse(d.emptyResets(), key);
        }
        assertTrue(directive("service", "Service", "Environment").isList());
    }

    @Test
    void typeIsSingleValuedWithAClosedSetOfValues() {
        Directive type = directive("service", "Service", "Type");
        assertEquals(ValueKind.SINGLE, type.valueKind());
        List<String> in257 = catalog.enumValues("Service.Type", 257);
        assertTrue(in257.containsAll(List.of("simple", "exec", "forking", "oneshot", "dbus", "notify", "notify-reload", "idle")), in257::toString);
        // notify-reload arrived in v253 (NEWS); bookworm's 252 does not accept it.
        assertFalse(catalog.enumValues("Service.Type", 252).contains("notify-reload"));
        assertEquals(in257, catalog.enumValues("config_parse_service_type", 257));
    }

    @Test
    void startLimitIntervalSecBelongsToUnitAndNotToService() {
        Directive unit = directive("service", "Unit", "StartLimitIntervalSec");
        // man says v229, third-party notes say v230 (systemd-semantics.md 2.1); either is fine.
        assertTrue(unit.addedIn() == 229 || unit.addedIn() == 230, () -> "added " + unit.addedIn());
        // The classic pitfall: [Service] accepts only the old name, kept for compatibility.
        assertTrue(catalog.lookup("service", "Service", "StartLimitIntervalSec").isEmpty());
        Directive old = directive("service", "Service", "StartLimitInterval");
        assertEquals(DirectiveStatus.COMPAT_MOVED, old.status());
        assertEquals("Unit.StartLimitIntervalSec", old.replacement());
        assertEquals(DirectiveStatus.ALIAS, directive("service", "Unit", "StartLimitInterval").status());
    }

    @Test
    void restartStepsIsNewerThanBookworm() {
        Directive steps = directive("service", "Service", "RestartSteps");
        assertEquals(254, steps.addedIn());
        assertFalse(steps.availableIn(252));
        assertTrue(steps.availableIn(254));
        assertTrue(steps.newerThan(253));
    }

    @Test
    void timerSectionOnlyForTimerUnits() {
        assertTrue(catalog.sections("timer").contains("Timer"));
        for (String type : catalog.unitTypes()) {
            if (!type.equals("timer")) {
                assertFalse(catalog.sections(type).contains("Timer"), type);
            }
        }
        assertTrue(catalog.lookup("timer", "Timer", "OnCalendar").isPresent());
        assertTrue(catalog.lookup("service", "Timer", "OnCalendar").isEmpty());
        assertEquals(Set.of("timer"), catalog.lookup("Timer", "OnCalendar").orElseThrow().unitTypes());
    }

    @Test
    void keylessSectionsAreStillSections() {
        assertTrue(catalog.sections("target").contains("Target"));
        assertTrue(catalog.sections("device").contains("Device"));
        assertTrue(catalog.isKnownSection("Install"));
    }

    @Test
    void xPrefixedNamesAreNotTheCatalogsBusiness() {
        // systemd ignores X- sections and keys; the linter decides that, the catalog just does not know them.
        assertFalse(catalog.isKnownSection("X-Fedora"));
        assertTrue(catalog.lookup("service", "Service", "X-Custom").isEmpty());
        assertTrue(catalog.named("X-Custom").isEmpty());
    }

    @Test
    void statusFollowsTheTargetRelease() {
        Directive cpuShares = directive("service", "Service", "CPUShares");
        assertEquals("CPUWeight", cpuShares.replacement());
        assertEquals(DirectiveStatus.DEPRECATED, cpuShares.statusIn(252));
        assertEquals(DirectiveStatus.DEPRECATED, cpuShares.statusIn(257));
        if (catalog.newestRelease() >= 258) {
            // cgroup v1 support was removed in 258 (NEWS); the option is now ignored.
            assertEquals(DirectiveStatus.OBSOLETE_IGNORED, cpuShares.statusIn(catalog.newestRelease()));
        }
        assertEquals(DirectiveStatus.ALIAS, directive("service", "Unit", "BindTo").status());
        assertEquals("BindsTo", directive("service", "Unit", "BindTo").replacement());
        assertEquals(DirectiveStatus.SHORTHAND, directive("service", "Service", "TimeoutSec").status());
        assertEquals(DirectiveStatus.OBSOLETE_REMAPPED, directive("service", "Unit", "RequiresOverridable").status());
        assertEquals(DirectiveStatus.OBSOLETE_IGNORED, directive("service", "Service", "SysVStartPriority").status());
    }

    @Test
    void removedKeysWereCurrentWhileTheyExisted() {
        for (Directive d : catalog.directives()) {
            if (d.status() == DirectiveStatus.REMOVED) {
                int last = d.releasesPresent().get(d.releasesPresent().size() - 1);
                assertTrue(d.availableIn(last), d.qualifiedName());
                assertFalse(d.statusIn(last) == DirectiveStatus.REMOVED, d.qualifiedName());
                assertEquals(DirectiveStatus.REMOVED, d.statusIn(d.removedIn()), d.qualifiedName());
            }
        }
    }

    @Test
    void parserFollowsTheTargetRelease() {
        Directive privateTmp = directive("service", "Service", "PrivateTmp");
        assertEquals("config_parse_bool", privateTmp.parserIn(252));
        assertTrue(catalog.enumValues("Service.PrivateTmp", 252).isEmpty(), "a plain boolean before 257");
        assertTrue(catalog.enumValues("Service.PrivateTmp", 257).contains("disconnected"));
    }

    @Test
    void namedFindsEverySection() {
        Set<String> sections = catalog.named("TimeoutSec").stream().map(Directive::section).collect(Collectors.toSet());
        assertEquals(Set.of("Service", "Socket", "Mount", "Swap"), sections);
    }

    @Test
    void enumFlagsComeFromTheLookupMacros() {
        assertTrue(catalog.enumEntries("Service.ProtectSystem").stream().allMatch(EnumValue::acceptsBooleans));
        assertTrue(catalog.enumEntries("Service.IOSchedulingClass").stream().allMatch(EnumValue::acceptsNumbers));
        assertTrue(catalog.enumEntries("KillMode").stream().anyMatch(e -> e.value().equals("none") && e.isDeprecated()));
        assertTrue(catalog.enumEntries("Service.StandardOutput").stream().anyMatch(e -> e.value().equals("file:") && e.isPrefix()));
        assertFalse(catalog.enumValues("Service.StandardOutput", 257).contains("file:"));
    }

    // --- release dates (issue 10 item 7): each release's sources, NEWS where there are none ----

    private EnumValue value(String key, String value) {
        return catalog.enumEntries(key).stream().filter(e -> e.value().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError(key + "=" + value + " missing"));
    }

    private void assertAddedExactly(int release, String section, String... keys) {
        for (String key : keys) {
            for (Directive d : catalog.named(key)) {
                if (d.section().equals(section)) {
                    assertEquals(release, d.addedIn(), d.qualifiedName());
                    assertTrue(d.addedExactly(), d.qualifiedName() + " " + d.addedSource());
                }
            }
        }
    }

    @Test
    void datesTheManPagesGroupedEntriesGotWrongComeFromTheSources() {
        // The man pages' shared entries say 211 and 234 for the whole family; v235 added them.
        assertAddedExactly(235, "Service", "StateDirectory", "CacheDirectory", "LogsDirectory", "ConfigurationDirectory",
                "StateDirectoryMode", "CacheDirectoryMode", "LogsDirectoryMode", "ConfigurationDirectoryMode");
        assertAddedExactly(211, "Service", "RuntimeDirectory");
        assertAddedExactly(250, "Service", "StartupAllowedCPUs", "StartupAllowedMemoryNodes");
        assertAddedExactly(250, "Unit", "AssertMemoryPressure", "AssertCPUPressure", "AssertIOPressure");
        assertAddedExactly(234, "Unit", "ConditionUser", "ConditionGroup");
        assertAddedExactly(247, "Service", "ManagedOOMMemoryPressureLimitPercent");
        assertAddedExactly(254, "Install", "UpheldBy");
        // Announced in NEWS 244 and 246, but the unit-file parser only got them in 247.
        assertAddedExactly(247, "Unit", "ConditionMemory", "ConditionCPUs", "ConditionEnvironment");
        assertEquals(0, directive("service", "Unit", "ConditionPathExists").addedIn(), "older than v183");
    }

    @Test
    void valuesAreDatedFromTheReleaseThatAddedThem() {
        EnumValue notifyReload = value("Service.Type", "notify-reload");
        assertEquals(253, notifyReload.addedIn());
        assertTrue(notifyReload.addedExactly());
        assertEquals(248, value("Service.StandardOutput", "truncate:").addedIn());
        // The signal table was renamed between 247 and 252; the values are not new for that.
        assertEquals(0, value("Service.KillSignal", "TERM").addedIn());
    }

    @Test
    void releasesWithoutSourcesAreDatedByNewsOrLeftAsBounds() {
        // No sources of 258-261 are read: NEWS 258 announces RandomizedOffsetSec=, nothing names OOMRules=.
        Directive offset = directive("timer", "Timer", "RandomizedOffsetSec");
        assertEquals(258, offset.addedIn());
        assertEquals("news", offset.addedSource());
        Directive oomRules = directive("service", "Service", "OOMRules");
        assertFalse(oomRules.addedExactly());
        assertEquals(262, oomRules.addedIn());
        assertFalse(catalog.certainlyBefore(259, oomRules.addedIn(), false), "259 may have it");
        assertTrue(catalog.certainlyBefore(257, oomRules.addedIn(), false), "257's sources lack it");
        assertTrue(catalog.certainlyBefore(257, offset.addedIn(), true));
        assertFalse(catalog.certainlyBefore(258, offset.addedIn(), true));
    }

    @Test
    void everyDateIsExactOrABoundBetweenReleasesWithoutSources() {
        Set<String> sources = Set.of("", "sources", "news", Directive.BOUND);
        for (Directive d : catalog.directives()) {
            assertTrue(sources.contains(d.addedSource()), d.qualifiedName() + " " + d.addedSource());
            if (!d.addedExactly()) {
                assertFalse(catalog.coveredReleases().contains(d.addedIn() - 1), d.qualifiedName() + ": the release before was read");
            }
        }
        for (EnumValue e : catalog.enumEntries()) {
            assertTrue(sources.contains(e.addedSource()), e.table() + " " + e.value());
        }
    }

    // --- consistency between the files -------------------------------------------------------

    @Test
    void unitTypesOfEveryDirectiveAreThoseWhoseFilesHaveItsSection() {
        for (Directive d : catalog.directives()) {
            Set<String> expected = catalog.unitTypes().stream()
                    .filter(t -> catalog.sections(t).contains(d.section())).collect(Collectors.toSet());
            assertEquals(expected, d.unitTypes(), d.qualifiedName());
        }
    }

    @Test
    void replacementsNameExistingDirectives() {
        for (Directive d : catalog.directives()) {
            switch (d.status()) {
                case ALIAS, OBSOLETE_REMAPPED -> assertTrue(catalog.lookup(d.section(), d.replacement()).isPresent(),
                        d.qualifiedName() + " -> " + d.replacement());
                case COMPAT_MOVED -> {
                    String[] target = d.replacement().split("\\.", 2);
                    assertTrue(catalog.lookup(target[0], target[1]).isPresent(), d.qualifiedName() + " -> " + d.replacement());
                }
                default -> { }
            }
        }
    }

    @Test
    void everyDirectiveIsAvailableInTheReleasesWhoseSourcesHaveIt() {
        for (Directive d : catalog.directives()) {
            for (int release : d.releasesPresent()) {
                assertTrue(d.availableIn(release), d.qualifiedName() + " in " + release);
            }
            for (int release : catalog.coveredReleases()) {
                if (!d.releasesPresent().contains(release)) {
                    assertFalse(d.availableIn(release), d.qualifiedName() + " in " + release);
                }
            }
        }
    }

    @Test
    void enumKeysAreKnownDirectives() {
        Set<String> known = new HashSet<>();
        catalog.directives().forEach(d -> known.add(d.qualifiedName()));
        for (EnumValue e : catalog.enumEntries()) {
            assertTrue(known.containsAll(e.keys()), e.table() + " " + e.keys());
        }
    }
}
