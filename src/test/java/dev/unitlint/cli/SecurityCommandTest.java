package dev.unitlint.cli;

import static dev.unitlint.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unitlint.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unitlint security}, and the security rules through {@code check}. */
class SecurityCommandTest {

    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BARE = "[Unit]\nDescription=bare\n\n[Service]\nExecStart=/usr/bin/daemon\n";

    private String write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file.toString();
    }

    private static JsonNode json(CliRun run) throws Exception {
        return JSON.readTree(run.out());
    }

    private static JsonNode check(JsonNode unit, String field) {
        for (JsonNode c : unit.get("checks")) {
            if (c.get("name").asText().equals(field)) {
                return c;
            }
        }
        throw new AssertionError("no check " + field);
    }

    @Test
    void textShowsExposureLabelAndChecksByWeightWithTheirLines() throws Exception {
        String file = write("bare.service", BARE);
        CliRun r = run("security", "--systemd-version", "252", "--no-config", file);
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(file + ": exposure 9.6 UNSAFE", lines.get(0));
        assertTrue(lines.get(1).matches(" +CHECK +WEIGHT +BADNESS +EXPOSURE +DECIDED AT"), lines.get(1));
        assertTrue(lines.get(2).matches("  ✗ PrivateNetwork= +2500 +1/1 +0\\.5 +bare\\.service:4 +the service has access"
                + " to the host's network; set PrivateNetwork=yes"), lines.get(2));
        assertTrue(lines.get(3).contains("User=/DynamicUser=") && lines.get(3).contains("10/10"), lines.get(3));
        assertEquals(2 + 81, lines.size(), "a header line, the column names and 81 checks");
        assertTrue(r.out().contains("  - SupplementaryGroups=") && r.out().contains("n/a"), r.out());
        assertTrue(r.out().contains("  ✓ KeyringMode="), r.out());
    }

    @Test
    void jsonCarriesEveryCheckWithBadnessWeightRangeAndLine() throws Exception {
        String file = write("web.service", BARE + "User=www\nProtectSystem=full\n");
        write("web.service.d/10-net.conf", "[Service]\nPrivateNetwork=no\n");
        CliRun r = run("security", "--systemd-version", "252", "--no-config", "--format", "json", file);
        assertEquals(0, r.code(), r.err());
        JsonNode root = json(r);
        assertEquals(1, root.get("version").asInt());
        assertEquals(252, root.get("systemdVersion").asInt());
        JsonNode unit = root.get("units").get(0);
        assertEquals(file, unit.get("path").asText());
        assertEquals("web.service", unit.get("unit").asText());
        assertTrue(unit.get("exposure").isNumber());
        assertEquals(81, unit.get("checks").size());
        JsonNode system = check(unit, "ProtectSystem");
        assertEquals("SEC015", system.get("id").asText());
        assertTrue(system.get("applies").asBoolean());
        assertEquals(3, system.get("badness").asInt());
        assertEquals(10, system.get("range").asInt());
        assertEquals(1000, system.get("weight").asInt());
        assertEquals("setting", system.get("decidedBy").asText());
        assertEquals(file, system.get("path").asText());
        assertEquals(7, system.get("line").asInt());
        JsonNode network = check(unit, "PrivateNetwork");
        assertEquals(dir.resolve("web.service.d/10-net.conf").toString(), network.get("path").asText());
        assertEquals(2, network.get("line").asInt());
        JsonNode groups = check(unit, "SupplementaryGroups");
        assertTrue(groups.get("applies").asBoolean(), "a non-root service: the check applies");
        JsonNode user = check(unit, "UserOrDynamicUser");
        assertEquals(0, user.get("badness").asInt());
        assertFalse(user.has("fix"));
        assertTrue(check(unit, "CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW)").get("applies").asBoolean(),
                "name is systemd's json_field, spelt as systemd spells it");
    }

    @Test
    void aServiceSystemdWouldNotLoadGetsALoadErrorAndOtherTypesAreNotScored() throws Exception {
        String broken = write("broken.service", "[Service]\nProtectSystem=strict\n");
        String dynamic = write("dyn.service", BARE + "DynamicUser=perhaps\n");
        String socket = write("web.socket", "[Socket]\nListenStream=80\n");
        CliRun r = run("security", "--no-config", "--format", "json", broken, dynamic, socket);
        assertEquals(ExitCodes.FINDINGS, r.code(), r.err());
        JsonNode units = json(r).get("units");
        assertEquals(2, units.size(), "the socket is not scored");
        assertTrue(units.get(0).get("loadError").asText().contains("ExecStart"), units.toString());
        assertFalse(units.get(0).has("exposure"));
        assertTrue(units.get(1).get("loadError").asText().contains("dyn.service:6: DynamicUser= takes a boolean"),
                units.toString());
        CliRun text = run("security", "--no-config", broken);
        assertTrue(text.out().startsWith(broken + ": not assessed: systemd would not load broken.service: "), text.out());
    }

    @Test
    void aUnitsResultDoesNotDependOnTheOtherUnitsOfTheRun() throws Exception {
        String a = write("a/alpha.service", BARE + "User=alpha\n");
        write("a/beta.service", BARE + "DynamicUser=yes\nPrivateNetwork=yes\n");
        write("a/service.d/10-all.conf", "[Service]\nProtectHome=yes\n");
        JsonNode alone = json(run("security", "--no-config", "--format", "json", a)).get("units").get(0);
        JsonNode together = null;
        for (JsonNode u : json(run("security", "--no-config", "--format", "json", dir.resolve("a").toString()))
                .get("units")) {
            if (u.get("unit").asText().equals("alpha.service")) {
                together = u;
            }
        }
        assertEquals(alone, together);
        assertEquals(0, check(alone, "ProtectHome").get("badness").asInt(), "the type-wide drop-in beside it counts");
    }

    @Test
    void thresholdFailsOnlyServicesAboveIt() throws Exception {
        String file = write("bare.service", BARE);
        assertEquals(ExitCodes.FINDINGS, run("security", "--no-config", "--systemd-version", "252", "--threshold", "95",
                file).code());
        assertEquals(ExitCodes.OK, run("security", "--no-config", "--systemd-version", "252", "--threshold", "96",
                file).code());
        CliRun above = run("security", "--no-config", "--systemd-version", "252", "--threshold", "50", file);
        assertTrue(above.out().startsWith(file + ": exposure 9.6 UNSAFE (above the threshold 5.0)"), above.out());
        CliRun bad = run("security", "--no-config", "--threshold", "101", file);
        assertEquals(ExitCodes.USAGE, bad.code());
        assertTrue(bad.err().contains("--threshold must be from 0 to 100"), bad.err());
    }

    @Test
    void aPolicyWeightsChecksAndABadPolicyIsAUsageError() throws Exception {
        String file = write("bare.service", BARE);
        String policy = write("policy.json", "{\"PrivateNetwork\": {\"weight\": 0},\n"
                + " \"CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW\": {\"weight\": 0},\n"
                + " \"UserOrDynamicUser\": {\"range\": 2}}\n");
        CliRun r = run("security", "--no-config", "--systemd-version", "252", "--format", "json",
                "--security-policy", policy, file);
        assertEquals(0, r.code(), r.err());
        JsonNode unit = json(r).get("units").get(0);
        assertFalse(check(unit, "PrivateNetwork").get("applies").asBoolean());
        assertEquals("policy", check(unit, "PrivateNetwork").get("excludedBy").asText());
        assertFalse(check(unit, "CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW)").get("applies").asBoolean());
        assertEquals(10, check(unit, "UserOrDynamicUser").get("range").asInt(), "raised to the badness");
        assertEquals(policy, unit.get("policy").asText());

        String broken = write("broken.json", "{\"PrivateNetwork\": {\"weight\": \"heavy\"}}");
        CliRun bad = run("security", "--no-config", "--security-policy", broken, file);
        assertEquals(ExitCodes.USAGE, bad.code());
        assertEquals("unitlint: " + broken + ": PrivateNetwork.weight must be a whole number from 0 to 1000000"
                + " (got \"heavy\")\n", bad.err());
        CliRun missing = run("security", "--no-config", "--security-policy", dir.resolve("nope.json").toString(), file);
        assertEquals(ExitCodes.USAGE, missing.code());
        assertTrue(missing.err().contains("no such security policy file"), missing.err());
    }

    @Test
    void configurationSetsThresholdsAndPoliciesPerGlob() throws Exception {
        String strict = write("units/strict.service", BARE);
        String legacy = write("units/legacy/old.service", BARE);
        write("lenient.json", "{\"PrivateNetwork\": {\"weight\": 0}}");
        String config = write(".unitlint.yaml", """
                systemd-version: 252
                security:
                  threshold: 50
                overrides:
                  - paths: ["units/legacy/**"]
                    security: {threshold: 100, policy: lenient.json}
                """);
        CliRun r = run("security", "--config", config, "--format", "json", dir.resolve("units").toString());
        assertEquals(ExitCodes.FINDINGS, r.code(), r.err());
        List<String> above = new ArrayList<>();
        for (JsonNode u : json(r).get("units")) {
            if (u.get("aboveThreshold").asBoolean()) {
                above.add(u.get("path").asText());
            }
            if (u.get("path").asText().equals(legacy)) {
                assertEquals(dir.resolve("lenient.json").toString(), u.get("policy").asText());
                assertEquals(10.0, u.get("threshold").asDouble());
            }
        }
        assertEquals(List.of(strict), above);
        assertEquals(ExitCodes.OK, run("security", "--config", config, "--threshold", "100", strict).code(),
                "the command line wins");
        String bad = write("bad.yaml", "security:\n  threshold: 200\n");
        CliRun badRun = run("security", "--config", bad, strict);
        assertEquals(ExitCodes.USAGE, badRun.code());
        assertTrue(badRun.err().contains("bad.yaml:2: threshold must be from 0 to 100"), badRun.err());
    }

    @Test
    void aSuppressionWithAReasonAcceptsOneCheck() throws Exception {
        String hardening = "ExecStart=/usr/bin/daemon\nDynamicUser=yes\nCapabilityBoundingSet=\nPrivateDevices=yes\n"
                + "ProtectKernelTunables=yes\nProtectControlGroups=yes\nRestrictNamespaces=yes\n"
                + "SystemCallFilter=@system-service\nSystemCallArchitectures=native\nIPAddressDeny=any\n";
        String plain = write("plain.service", "[Service]\n" + hardening);
        String file = write("net.service", "[Unit]\nDescription=needs the network\n"
                + "# unitlint: disable=SEC005 -- serves clients over the network\n"
                + "[Service]\n" + hardening);
        CliRun r = run("security", "--no-config", "--systemd-version", "252", "--format", "json", file);
        JsonNode unit = json(r).get("units").get(0);
        JsonNode network = check(unit, "PrivateNetwork");
        assertFalse(network.get("applies").asBoolean());
        assertEquals("suppression", network.get("excludedBy").asText());
        assertEquals("serves clients over the network", network.get("suppressionReason").asText());
        double without = json(run("security", "--no-config", "--systemd-version", "252", "--format", "json", plain))
                .get("units").get(0).get("exposure").asDouble();
        assertTrue(unit.get("exposure").asDouble() < without, "the accepted check leaves the sum: "
                + unit.get("exposure") + " vs " + without);
        CliRun text = run("security", "--no-config", "--systemd-version", "252", file);
        assertTrue(text.out().contains("  ~ PrivateNetwork=") && text.out().contains("accepted: serves clients"),
                text.out());
        // check honours the same comment.
        CliRun lint = run("check", "--no-config", "--select", "SEC005,SEC053", file);
        assertFalse(lint.out().contains("SEC005"), lint.out());
        assertTrue(lint.out().contains("SEC053"), lint.out());
    }

    @Test
    void securityRulesAreOffInCheckUntilSelected() throws Exception {
        String file = write("bare.service", BARE);
        CliRun plain = run("check", "--no-config", file);
        assertFalse(plain.out().contains("SEC0"), plain.out());
        CliRun selected = run("check", "--no-config", "--fail-on", "never", "--select", "SEC", file);
        assertTrue(selected.out().contains(file + ":4:1: info: PrivateNetwork= is not set: the service has access to the"
                + " host's network; set PrivateNetwork=yes [SEC005 private-network]"), selected.out());
        CliRun byName = run("check", "--no-config", "--select", "private-network", file);
        assertEquals(1, byName.out().lines().filter(l -> l.contains("[SEC")).count(), byName.out());
        CliRun both = run("check", "--no-config", "--format", "sarif", "--select", "SD,SEC", file);
        assertTrue(both.out().contains("\"ruleId\" : \"SEC005\"") || both.out().contains("\"ruleId\": \"SEC005\""),
                both.out());
        String config = write(".unitlint.yaml", "select: [SD, SEC0]\n");
        assertTrue(run("check", "--config", config, file).out().contains("[SEC005 private-network]"));
    }
}
