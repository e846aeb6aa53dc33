package dev.unitlint.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The value types the security checks build on: each parses a value into its items with their
 * offsets, and the verdicts below are systemd-analyze verify's (252) on the same values.
 */
class SecurityValuesTest {

    private static List<ValueProblem> problems(String parser, String section, String key, String value) {
        return ValueParsers.check(parser, value, ValueContext.of(section, key, "service", 252));
    }

    @Test
    void addressFamilies() {
        AddressFamilies.Parsed p = AddressFamilies.parse("~AF_INET6 AF_UNIX");
        assertTrue(p.inverted());
        assertEquals(2, p.families().size());
        assertEquals("AF_UNIX", p.families().get(1).name());
        assertEquals(10, p.families().get(1).start());
        assertTrue(AddressFamilies.parse("none").none());
        assertTrue(AddressFamilies.isKnown("af_inet"), "gperf lookup ignores case");
        assertTrue(AddressFamilies.isKnown("AF_LOCAL"));
        // "Failed to parse address family, ignoring: AF_FOO" / "…: ~AF_INET6"
        List<ValueProblem> foo = problems("config_parse_address_families", "Service", "RestrictAddressFamilies", "AF_INET AF_FOO");
        assertEquals(1, foo.size());
        assertEquals(8, foo.get(0).start());
        assertEquals(14, foo.get(0).end());
        assertTrue(problems("config_parse_address_families", "Service", "RestrictAddressFamilies", "AF_INET ~AF_INET6")
                .get(0).message().contains("Only the first character of the value may be ~"));
        assertTrue(problems("config_parse_address_families", "Service", "RestrictAddressFamilies", "'AF_INET' AF_PACKET").isEmpty());
    }

    @Test
    void systemCallFilter() {
        SyscallFilter.Parsed p = SyscallFilter.parse("~read:EPERM @mount:kill", true);
        assertTrue(p.inverted());
        assertEquals("read", p.entries().get(0).name());
        assertEquals("EPERM", p.entries().get(0).errno());
        assertTrue(p.entries().get(1).isGroup());
        assertTrue(SyscallFilter.isSyscall("openat", 252));
        assertTrue(SyscallFilter.isSyscall("arm_fadvise64_64", 252), "libseccomp knows other architectures' calls");
        assertFalse(SyscallFilter.isSyscall("READ", 252));
        assertFalse(SyscallFilter.isGroup("@sandbox", 252));
        assertTrue(SyscallFilter.isGroup("@sandbox", 254));
        String filter = "config_parse_syscall_filter";
        assertTrue(problems(filter, "Service", "SystemCallFilter", "@system-service read:EPERM").get(0).message()
                .contains("Allow-listed system calls cannot take error number"));
        assertEquals(ValueProblem.Kind.SYSCALL_GROUP,
                problems(filter, "Service", "SystemCallFilter", "~read:EPERM write:13 @foo").get(0).kind());
        assertTrue(problems(filter, "Service", "SystemCallFilter", "~read:").get(0).message().contains("syscall:errno"));
        assertTrue(problems(filter, "Service", "SystemCallFilter", "~:EPERM").get(0).message().contains("syscall:errno"));
        assertTrue(problems(filter, "Service", "SystemCallFilter", "@system-service ~@privileged").get(0).message()
                .contains("Only the first character of the value may be ~"));
        assertTrue(problems(filter, "Service", "SystemCallFilter", "~@mount:kill").isEmpty());
    }

    @Test
    void systemCallArchitecturesAndErrorNumbers() {
        assertTrue(problems("config_parse_syscall_archs", "Service", "SystemCallArchitectures", "native x86-64 'x86'").isEmpty());
        List<ValueProblem> p = problems("config_parse_syscall_archs", "Service", "SystemCallArchitectures", "native x86_64");
        assertEquals(7, p.get(0).start());
        assertTrue(p.get(0).message().contains("Write x86-64"));
        assertTrue(problems("config_parse_syscall_errno", "Service", "SystemCallErrorNumber", "eperm").isEmpty());
        assertTrue(problems("config_parse_syscall_errno", "Service", "SystemCallErrorNumber", "4095").isEmpty());
        assertFalse(problems("config_parse_syscall_errno", "Service", "SystemCallErrorNumber", "4096").isEmpty());
        assertTrue(problems("config_parse_syscall_errno", "Service", "SystemCallErrorNumber", "0").get(0).message()
                .contains("Invalid error number"));
    }

    @Test
    void namespaces() {
        NamespaceFlags.Parsed p = NamespaceFlags.parse("~mnt foo", 252);
        assertTrue(p.inverted());
        assertFalse(p.valid());
        assertEquals(Boolean.TRUE, NamespaceFlags.parse("yes", 252).bool());
        assertTrue(NamespaceFlags.parse("cgroup ipc time", 252).valid());
        assertTrue(NamespaceFlags.parse("~", 252).valid());
        // one bad word: "Failed to parse namespace type string, ignoring: mnt foo" for the whole value
        List<ValueProblem> bad = problems("config_parse_restrict_namespaces", "Service", "RestrictNamespaces", "~mnt foo");
        assertEquals(ValueProblem.Effect.ASSIGNMENT_IGNORED, bad.get(0).effect());
    }

    @Test
    void capabilities() {
        CapabilitySet.Parsed p = CapabilitySet.parse("~CAP_SYS_ADMIN cap_net_raw 12 CAP_FOO");
        assertTrue(p.inverted());
        assertEquals(21, p.capabilities().get(0).number());
        assertEquals(13, p.capabilities().get(1).number(), "names in any case");
        assertEquals(12, p.capabilities().get(2).number());
        assertFalse(p.capabilities().get(3).known());
        List<ValueProblem> unknown = problems("config_parse_capability_set", "Service", "CapabilityBoundingSet", "CAP_FOO");
        assertEquals(ValueProblem.Effect.WORD_IGNORED, unknown.get(0).effect(),
                "systemd drops unknown names silently: what was written is ignored, an error by the severity policy");
    }

    @Test
    void ipAddressPrefixes() {
        List<IpAddressPrefixes.Prefix> p = IpAddressPrefixes.parse("10.0.0.0/8 ::1 localhost.localdomain 192.168.1.300");
        assertEquals(4, p.get(0).family());
        assertEquals(8, p.get(0).length());
        assertEquals(6, p.get(1).family());
        assertEquals(128, p.get(1).length());
        assertEquals("localhost", p.get(2).special());
        assertFalse(p.get(3).valid());
        for (String good : new String[] {"::ffff:10.0.0.1", "1:2:3:4:5:6:7:8", "fe80::/64", "1.2.3.4/0", "any", "multicast"}) {
            assertTrue(IpAddressPrefixes.word(good, 0, good.length()).valid(), good);
        }
        for (String bad : new String[] {"010.0.0.1", "1::2::3", "10.0.0.1/33", "::1/129", "link-locals", "1.2.3", "fe80::1%eth0"}) {
            assertFalse(IpAddressPrefixes.word(bad, 0, bad.length()).valid(), bad);
        }
    }

    @Test
    void deviceAllow() {
        DeviceAllow.Parsed p = DeviceAllow.parse("/dev/sda rw").orElseThrow();
        assertEquals("/dev/sda", p.device());
        assertEquals("rw", p.rights());
        assertEquals(9, p.rightsStart());
        assertTrue(DeviceAllow.parse("char-pts rwm").orElseThrow().isClass());
        String parser = "config_parse_device_allow";
        assertTrue(problems(parser, "Service", "DeviceAllow", "/dev/../etc/passwd r").get(0).message().contains("not normalized"));
        assertTrue(problems(parser, "Service", "DeviceAllow", "/dev/null rx").get(0).message().contains("Invalid device rights 'rx'"));
        assertTrue(problems(parser, "Service", "DeviceAllow", "/dev/sda  r w").get(0).message().contains("'r w'"));
        assertTrue(problems(parser, "Service", "DeviceAllow", "/etc/passwd r").get(0).message().contains("Invalid device node path"));
        assertTrue(problems(parser, "Service", "DeviceAllow", "/dev/sda").isEmpty());
    }

    @Test
    void umask() {
        assertEquals(022, FileMode.parse("0022").getAsInt());
        assertEquals(027, FileMode.parse(" 27").getAsInt());
        for (String bad : new String[] {"0o22", "+022", "8", "017777"}) {
            assertTrue(FileMode.parse(bad).isEmpty(), bad);
        }
        assertEquals("group write, others read/write/execute", FileMode.describeMask(027));
    }
}
