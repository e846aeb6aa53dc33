package dev.unitlint.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.rules.BuiltInRules;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleMetadata;
import dev.unitlint.security.SecurityAssessment.Exclusion;
import dev.unitlint.security.SecurityAssessment.Result;
import dev.unitlint.testing.RuleTester;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The table of checks, the SEC rules and their documents agree with each other and with systemd
 * 252's table; the exposure formula, the labels and the policy behave as systemd's (and better
 * where systemd aborts).
 */
class SecurityChecksTest {

    @Test
    void oneRulePerRowInTheTablesOrder() {
        List<SecurityCheck> table = SecurityChecks.all();
        assertEquals(81, table.size(), "systemd 252.20+ and 255+ have 81 checks");
        List<String> secRules = BuiltInRules.all().stream().map(Rule::id).filter(id -> id.startsWith("SEC")).toList();
        assertEquals(table.stream().map(SecurityCheck::id).toList(), secRules);
        for (int i = 0; i < table.size(); i++) {
            assertEquals(String.format("SEC%03d", i + 1), table.get(i).id());
        }
        assertEquals(81, new HashSet<>(table.stream().map(SecurityCheck::jsonField).toList()).size());
    }

    /** Each document states its row's json_field, weight and range, and is off by default, info. */
    @Test
    void documentsStateTheirRowsNumbers() {
        for (SecurityCheck check : SecurityChecks.all()) {
            RuleMetadata meta = BuiltInRules.metadata(check.id());
            assertEquals(check.ruleName(), meta.name(), check.id());
            assertFalse(meta.enabledByDefault(), check.id() + " must say default: off");
            assertTrue(meta.tags().contains("security"), check.id());
            String facts = "json_field `" + check.jsonField() + "`, weight " + check.weight() + ", range "
                    + check.range() + ".";
            assertTrue(meta.body().replace('\n', ' ').contains(facts), check.id() + " should say: " + facts);
        }
    }

    @Test
    void rulesOtherThanSecurityAreOnByDefault() {
        for (Rule rule : BuiltInRules.all()) {
            assertEquals(!rule.id().startsWith("SEC"), BuiltInRules.enabledByDefault(rule.id()), rule.id());
        }
    }

    @Test
    void checksExistFromTheirRelease() {
        SecurityCheck bpf = SecurityChecks.byJsonField("CapabilityBoundingSet_CAP_BPF").orElseThrow();
        assertTrue(bpf.existsIn(252));
        assertFalse(bpf.existsIn(253));
        assertFalse(bpf.existsIn(254));
        assertTrue(bpf.existsIn(255));
        SecurityCheck clock = SecurityChecks.byJsonField("ProtectClock").orElseThrow();
        assertFalse(clock.existsIn(244));
        assertTrue(clock.existsIn(245));
        assertFalse(SecurityChecks.byJsonField("ProtectProc").orElseThrow().existsIn(246));
    }

    @Test
    void theBroadcastRawFieldIsFoundWithAndWithoutSystemdsStrayParenthesis() {
        SecurityCheck withParen = SecurityChecks.byJsonField(
                "CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW)").orElseThrow();
        assertEquals(withParen, SecurityChecks.byJsonField(
                "CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW").orElseThrow());
        assertEquals("cap-net-bind-service-broadcast-raw", withParen.ruleName());
    }

    @Test
    void exposureAndLabelsAreSystemds() {
        assertEquals(96, Exposure.of(51_000, 53_200));
        assertEquals("PERFECT", Exposure.label(0));
        assertEquals("SAFE", Exposure.label(1));
        assertEquals("SAFE", Exposure.label(9));
        assertEquals("OK", Exposure.label(10));
        assertEquals("MEDIUM", Exposure.label(50));
        assertEquals("EXPOSED", Exposure.label(75));
        assertEquals("UNSAFE", Exposure.label(90));
        assertEquals("DANGEROUS", Exposure.label(100));
        assertEquals("9.6", Exposure.format(96));
        assertEquals("0.0", Exposure.format(0));
        // ⌈badness·weight/range⌉: 5 of 10 at weight 1000 is 500; 1 of 3 at weight 1000 is 334.
        assertEquals(500, Exposure.badnessShare(5, 1000, 10));
        assertEquals(334, Exposure.badnessShare(1, 1000, 3));
    }

    private static SecurityAssessment assess(String text, int release, SecurityPolicy policy) {
        var unit = RuleTester.unitOf("policy.service", text);
        return SecurityAssessment.assess(unit, release, policy, List.of());
    }

    @Test
    void aPolicyWeightOfZeroTakesTheCheckOut() throws Exception {
        SecurityPolicy policy = SecurityPolicy.parse("{\"PrivateNetwork\": {\"weight\": 0},"
                + " \"UserOrDynamicUser\": {\"weight\": 4000, \"range\": 20}}", "policy.json");
        SecurityAssessment a = assess("[Service]\nExecStart=/bin/true\n", 252, policy);
        Result network = a.result("SEC005").orElseThrow();
        assertEquals(Exclusion.POLICY, network.exclusion());
        Result user = a.result("SEC001").orElseThrow();
        assertEquals(4000, user.weight());
        assertEquals(20, user.range());
        assertEquals(10, user.badness());
    }

    @Test
    void aRangeBelowTheBadnessIsClampedNotACrash() throws Exception {
        // systemd asserts badness <= range and aborts (and divides by a range of 0).
        SecurityPolicy policy = SecurityPolicy.parse("{\"UserOrDynamicUser\": {\"range\": 3},"
                + " \"ProtectSystem\": {\"range\": 0}}", "p.json");
        SecurityAssessment a = assess("[Service]\nExecStart=/bin/true\n", 252, policy);
        Result user = a.result("SEC001").orElseThrow();
        assertTrue(user.clamped());
        assertEquals(10, user.range());
        assertEquals(10, user.badness());
        assertTrue(a.result("SEC015").orElseThrow().clamped());
        // Counting both checks in full: the exposure stays that of no policy.
        assertEquals(assess("[Service]\nExecStart=/bin/true\n", 252, SecurityPolicy.NONE).exposure(), a.exposure());
    }

    @Test
    void badPoliciesAreErrorsWithTheirPlace() {
        assertTrue(assertThrows(SecurityPolicy.PolicyException.class, () -> SecurityPolicy.parse("{\n\"PrivateTmp\": {\"weight\": 1,}\n}", "p.json"))
                .getMessage().startsWith("p.json:2: not valid JSON"));
        assertEquals("p.json: 'PrivateNetwrok' is not a check of systemd-analyze security; did you mean 'PrivateNetwork'?",
                assertThrows(SecurityPolicy.PolicyException.class,
                        () -> SecurityPolicy.parse("{\"PrivateNetwrok\": {\"weight\": 1}}", "p.json")).getMessage());
        assertEquals("p.json: PrivateTmp.weight must be a whole number from 0 to 1000000 (got -1)",
                assertThrows(SecurityPolicy.PolicyException.class,
                        () -> SecurityPolicy.parse("{\"PrivateTmp\": {\"weight\": -1}}", "p.json")).getMessage());
        assertTrue(assertThrows(SecurityPolicy.PolicyException.class,
                () -> SecurityPolicy.parse("[1]", "p.json")).getMessage().contains("is a JSON object"));
        assertTrue(assertThrows(SecurityPolicy.PolicyException.class,
                () -> SecurityPolicy.parse("{\"PrivateTmp\": 5}", "p.json")).getMessage().contains("must be an object"));
        assertTrue(assertThrows(SecurityPolicy.PolicyException.class,
                () -> SecurityPolicy.parse("{\"PrivateTmp\": {\"wieght\": 5}}", "p.json")).getMessage()
                .contains("unknown field 'wieght'"));
    }

    @Test
    void bothSpellingsOfTheBroadcastRawKeyWork() throws Exception {
        for (String key : List.of("CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW)",
                "CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW")) {
            SecurityPolicy policy = SecurityPolicy.parse("{\"" + key.replace("\"", "") + "\": {\"weight\": 0}}", "p");
            assertEquals(Exclusion.POLICY, assess("[Service]\nExecStart=/bin/true\n", 252, policy).result("SEC034")
                    .orElseThrow().exclusion(), key);
        }
    }

    @Test
    void versionsDifferWhereSystemdsDo() {
        String bare = "[Service]\nExecStart=/bin/true\n";
        // 254 reads an unset PrivateMounts= tristate as true offline.
        assertEquals(1, assess(bare, 252, SecurityPolicy.NONE).result("SEC004").orElseThrow().badness());
        assertEquals(0, assess(bare, 254, SecurityPolicy.NONE).result("SEC004").orElseThrow().badness());
        assertEquals(1, assess(bare + "PrivateMounts=no\n", 254, SecurityPolicy.NONE).result("SEC004").orElseThrow()
                .badness());
        // CAP_BPF: Debian's 252 and 255 on, not 253/254.
        assertTrue(assess(bare, 253, SecurityPolicy.NONE).result("SEC045").isEmpty());
        assertEquals(80, assess(bare, 253, SecurityPolicy.NONE).checks().size());
        assertEquals(81, assess(bare, 256, SecurityPolicy.NONE).checks().size());
        // ProtectClock= is unknown to 244: systemd ignores it there, and the row does not exist.
        SecurityAssessment old = assess(bare + "ProtectClock=yes\n", 244, SecurityPolicy.NONE);
        assertTrue(old.result("SEC012").isEmpty());
        assertEquals(1, old.result("SEC023").orElseThrow().badness(), "CAP_SYS_TIME stays: ProtectClock= is ignored");
        assertEquals(0, assess(bare + "ProtectClock=yes\n", 252, SecurityPolicy.NONE).result("SEC023").orElseThrow()
                .badness());
    }

    @Test
    void onlyServicesAreScored() {
        assertFalse(SecurityAssessment.scored(RuleTester.unitOf("x.socket", "[Socket]\nListenStream=1\n")));
        assertTrue(SecurityAssessment.scored(RuleTester.unitOf("x.service", "[Service]\nExecStart=/bin/true\n")));
    }

    @Test
    void settingsThatMakeSystemdRefuseTheUnitAreLoadErrors() {
        for (String line : List.of("DynamicUser=maybe", "DynamicUser=", "User=a:b", "RootDirectory=srv/root",
                "RootImage=/srv/../image.raw", "SupplementaryGroups=ok bad/group")) {
            SecurityAssessment a = assess("[Service]\nExecStart=/bin/true\n" + line + "\n", 252, SecurityPolicy.NONE);
            assertTrue(a.loadError() != null && a.loadError().contains("policy.service:3"), line + ": " + a.loadError());
        }
    }

    @Test
    void findingsNameWhatDecidedThem() {
        SecurityAssessment a = assess("[Service]\nExecStart=/bin/true\nDynamicUser=yes\n", 252, SecurityPolicy.NONE);
        Result home = a.result("SEC013").orElseThrow();
        assertEquals(5, home.badness());
        assertEquals("DynamicUser=yes implies ProtectHome=read-only: the service can read home directories"
                + " (badness 5 of 10); set ProtectHome=yes (or tmpfs)", Decider.message(home));
        Result network = a.result("SEC005").orElseThrow();
        assertEquals("PrivateNetwork= is not set: the service has access to the host's network; set PrivateNetwork=yes",
                Decider.message(network));
        Set<String> passing = new HashSet<>();
        a.checks().stream().filter(r -> r.applies() && r.badness() == 0).forEach(r -> passing.add(r.check().id()));
        assertTrue(passing.containsAll(Set.of("SEC001", "SEC006", "SEC015", "SEC019", "SEC051", "SEC054")), passing.toString());
    }
}
