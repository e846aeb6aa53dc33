package dev.unitlint.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.lint.UnitCollector;
import dev.unitlint.model.Unit;
import dev.unitlint.security.Decider;
import dev.unitlint.security.SecurityAssessment;
import dev.unitlint.security.SecurityAssessment.Result;
import dev.unitlint.security.SecurityPolicy;
import dev.unitlint.syntax.Entry;
import dev.unitlint.syntax.Line;
import dev.unitlint.syntax.SectionHeader;
import dev.unitlint.testing.ProjectPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Over every service of both corpora, each failing security check points at a line a person
 * would change: a section header (for a setting nobody wrote) or an assignment of one of the keys
 * that decide that check. Never an unrelated line, and never line 1 unless it is a header.
 */
class SecurityLinesTest {

    /** The keys that may decide each family of checks (the json_field up to its first '_'). */
    private static final Map<String, Set<String>> DECIDING = Map.ofEntries(
            Map.entry("UserOrDynamicUser", Set.of("User", "DynamicUser")),
            Map.entry("CapabilityBoundingSet", Set.of("CapabilityBoundingSet")),
            Map.entry("RootDirectoryOrRootImage", Set.of("RootDirectory", "RootImage")),
            Map.entry("ProtectHome", Set.of("ProtectHome", "DynamicUser")),
            Map.entry("ProtectSystem", Set.of("ProtectSystem", "DynamicUser")),
            Map.entry("PrivateTmp", Set.of("PrivateTmp", "DynamicUser")),
            Map.entry("NoNewPrivileges", Set.of("NoNewPrivileges", "DynamicUser")),
            Map.entry("RestrictSUIDSGID", Set.of("RestrictSUIDSGID", "DynamicUser")),
            Map.entry("RemoveIPC", Set.of("RemoveIPC", "DynamicUser")),
            Map.entry("IPAddressDeny", Set.of("IPAddressDeny", "IPAddressAllow", "IPIngressFilterPath",
                    "IPEgressFilterPath")),
            Map.entry("DeviceAllow", Set.of("DeviceAllow", "DevicePolicy", "PrivateDevices", "ProtectClock",
                    "RootImage", "MountImages", "LoadCredentialEncrypted", "SetCredentialEncrypted")));

    @Test
    void everyFailingCheckPointsAtAHeaderOrADecidingAssignment() {
        Path corpus = ProjectPaths.corpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is not beside this checkout");
        UnitCollector collector = new UnitCollector();
        collector.addPath(corpus);
        collector.addPath(corpus.resolveSibling("upstream").resolve("files"));
        List<String> wrong = new ArrayList<>();
        int failing = 0;
        for (Unit unit : collector.units()) {
            if (!SecurityAssessment.scored(unit) || !unit.hasBase() || unit.base().get().sections().isEmpty()) {
                continue; // a file without any section (a copied symbolic link) is refused; nothing to point at
            }
            SecurityAssessment a = SecurityAssessment.assess(unit, 252, SecurityPolicy.NONE, List.of());
            for (Result r : a.checks()) {
                if (!r.fails()) {
                    continue;
                }
                failing++;
                Decider at = Decider.at(unit, r.verdict().source());
                String family = r.check().jsonField().split("_")[0];
                Line line = at == null ? null : at.file().lines().stream()
                        .filter(l -> l.firstLine() <= at.span().startLine() && at.span().startLine() <= l.lastLine())
                        .findFirst().orElse(null);
                boolean ok = line instanceof SectionHeader
                        || line instanceof Entry e && DECIDING.getOrDefault(family, Set.of(family)).contains(e.key());
                if (!ok) {
                    wrong.add(unit + " " + r.check().id() + " at " + (at == null ? "nowhere" : at.file().path() + ":"
                            + at.span().startLine()));
                }
            }
        }
        assertTrue(failing > 100_000, "expected the corpus' failing checks, found " + failing);
        assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())), wrong.size() + " misplaced");
    }
}
