package dev.unitlint.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each value below was given to systemd-analyze verify of systemd 252; the verdicts are its. */
class ValueParsersTest {

    /** Whether ValueParsers finds no problem in the value for the parser and key (systemd 252, a service). */
    static boolean accepts(String parser, String key, String value) {
        return ValueParsers.check(parser, value, ValueContext.of("Service", key, "service", 252)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "YES", "On", "1", "t", "n", "off", "False"})
    void booleansSystemdAccepts(String value) {
        assertTrue(Booleans.isBoolean(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "maybe", "", "enabled", "yes please"})
    void booleansSystemdRejects(String value) {
        assertFalse(Booleans.isBoolean(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1", "0x10", "010", " 10", "4294967295"})
    void unsignedSystemdAccepts(String value) {
        assertTrue(CNumbers.safeAtou(value).ok());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "4294967296", "abc", "12x", ""})
    void unsignedSystemdRejects(String value) {
        assertFalse(CNumbers.safeAtou(value).ok());
    }

    @ParameterizedTest
    @ValueSource(strings = {"777", "07777", "0022", " 022"})
    void modesSystemdAccepts(String value) {
        assertTrue(FileMode.isValid(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"017777", "0o22", "+022", "-1", "8", "0999", ""})
    void modesSystemdRejects(String value) {
        assertFalse(FileMode.isValid(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SIGTERM", "TERM", "15", "+15", "64", "SIGRTMIN+3", "RTMAX-1", "RTMIN+30", "SIGRTMAX-30",
        "SIGRTMIN", "RTMAX", "SIGSTKFLT", "SIGPWR"})
    void signalsSystemdAccepts(String value) {
        assertTrue(Signals.parse(value).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"term", "sigterm", "65", "0", "RTMIN+31", "RTMIN-1", "RTMAX+0", "SIGRTMAX-31", "SIGIOT",
        "SIGCLD", "SIGPOLL", "SIGUNUSED", "SIGLOST", "SIG15", "SIGFOO", ""})
    void signalsSystemdRejects(String value) {
        assertFalse(Signals.parse(value).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"infinity", "50%", "10.5%", "500‰", "1.5G", "1 G", "1.5K", "1024B", "1G 512M", "16383P"})
    void memoryLimitsSystemdAccepts(String value) {
        assertTrue(accepts("config_parse_memory_limit", "MemoryMax", value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"101%", "12Q", "1t", "1b", "-1", "lots", "0", "0%", "1e13G", "16E", "10.555%", "1K 2K"})
    void memoryLimitsSystemdRejects(String value) {
        assertFalse(accepts("config_parse_memory_limit", "MemoryMax", value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo.service", "foo@.service", "foo@bar.service", "foo@@bar.service", "-.mount",
        "foo\\x2dbar.service", "foo..service", "foo:bar.service", "x.target"})
    void unitNamesSystemdAccepts(String value) {
        assertTrue(UnitNames.isValid(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo", "foo.bar", "foo.service/", "@bar.service", "föo.service", ".service", "foo.Service",
        "\"quoted.service\""})
    void unitNamesSystemdRejects(String value) {
        assertFalse(UnitNames.isValid(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a:b", "foo/bar", "."})
    void userNamesSystemdRefuses(String value) {
        assertEquals(UserGroupNames.Verdict.REFUSED, UserGroupNames.judge(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo.bar", "foo bar", "-foo", "a$", "1abc", "föo", "foo~",
        "averyveryveryverylongusernamethatisover32chars"})
    void userNamesSystemdAcceptsWithANotice(String value) {
        assertEquals(UserGroupNames.Verdict.RELAXED, UserGroupNames.judge(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "Foo_Bar", "_foo", "1234"})
    void userNamesSystemdAcceptsSilently(String value) {
        assertEquals(UserGroupNames.Verdict.STRICT, UserGroupNames.judge(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5s 3ms", "1.5", "5 s", "5sec5", "1y", "5 minutes 3 s", ".5", "infinity"})
    void timeSpansSystemdAccepts(String value) {
        assertTrue(TimeSpan.parse(value).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "0x10", "5 parsecs", "5 m s", "5ss", "5.5.5", "5.", ""})
    void timeSpansSystemdRejects(String value) {
        assertFalse(TimeSpan.parse(value).isPresent());
    }
}
