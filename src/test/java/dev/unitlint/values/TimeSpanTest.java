package dev.unitlint.values;

import static dev.unitlint.values.TimeSpan.USEC_PER_MINUTE;
import static dev.unitlint.values.TimeSpan.USEC_PER_MSEC;
import static dev.unitlint.values.TimeSpan.USEC_PER_SEC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TimeSpanTest {

    @Test
    void parsesWhatParseSecAccepts() {
        assertEquals(OptionalLong.of(5 * USEC_PER_SEC), TimeSpan.parse("5"));
        assertEquals(OptionalLong.of(5 * USEC_PER_SEC), TimeSpan.parse("5s"));
        assertEquals(OptionalLong.of(100 * USEC_PER_MSEC), TimeSpan.parse("100ms"));
        assertEquals(OptionalLong.of(5 * USEC_PER_MINUTE + 20 * USEC_PER_SEC), TimeSpan.parse("5min 20s"));
        assertEquals(OptionalLong.of(5 * USEC_PER_MINUTE + 20 * USEC_PER_SEC), TimeSpan.parse("5min20s"));
        assertEquals(OptionalLong.of(1_500_000), TimeSpan.parse("1.5s"));
        assertEquals(OptionalLong.of(2 * USEC_PER_MINUTE), TimeSpan.parse("2m"));
        assertEquals(OptionalLong.of(2 * TimeSpan.USEC_PER_MONTH), TimeSpan.parse("2M"));
        assertEquals(OptionalLong.of(3), TimeSpan.parse("3us"));
        assertEquals(OptionalLong.of(TimeSpan.INFINITY), TimeSpan.parse("infinity"));
        assertEquals(OptionalLong.of(0), TimeSpan.parse("0"));
    }

    @Test
    void rejectsWhatParseSecRejects() {
        for (String bad : new String[] {"", "5x", "5 parsecs", "-5s", "min", "5s x", "infinity s"}) {
            assertTrue(TimeSpan.parse(bad).isEmpty(), bad);
        }
    }

    /** Regression: spans of 2^63 µs and more were rejected (signed overflow); systemd 252 accepts up to 2^64 − 2 µs. */
    @Test
    void acceptsSpansAboveTwoToTheSixtyThreeMicroseconds() {
        assertEquals(OptionalLong.of(TimeSpan.INFINITY), TimeSpan.parse("9223372036855"));
        assertEquals(OptionalLong.of(TimeSpan.INFINITY), TimeSpan.parse("9999999999999"));
        assertEquals("18446744073708000000", TimeSpan.parseExact("18446744073708", USEC_PER_SEC).value().toString());
        // systemd-analyze verify 252: "Failed to parse TimeoutStartSec= parameter" from here on (l >= USEC_INFINITY / 10^6).
        assertEquals(TimeSpan.Error.OUT_OF_RANGE, TimeSpan.parseExact("18446744073709", USEC_PER_SEC).error());
        assertEquals(TimeSpan.Error.OUT_OF_RANGE, TimeSpan.parseExact("99999999999999999999", USEC_PER_SEC).error());
    }

    /** Each verdict below is systemd-analyze verify's (252) for TimeoutStartSec=. */
    @Test
    void followsParseTimeToTheLetter() {
        for (String good : new String[] {"+5", "5s5", ".5", "12.34 .56", "infinity ", " 5 min", "5s.5", "1y 2M 3w 4d 5h 6min 7s 8ms 9us"}) {
            assertTrue(TimeSpan.parse(good).isPresent(), good);
        }
        for (String bad : new String[] {"5 x", "1.5.5", "0x10", "5mins", "5.", ".", "3.sec", "infinityx", "- 5"}) {
            assertTrue(TimeSpan.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void parsesNanoseconds() {
        assertEquals("5", TimeSpan.parseNsec("5").value().toString());
        assertEquals("5000", TimeSpan.parseNsec("5us").value().toString());
        assertEquals("1500000000", TimeSpan.parseNsec("1.5s").value().toString());
        assertEquals(TimeSpan.Error.INVALID, TimeSpan.parseNsec("5x").error());
    }

    @Test
    void formatsLikeSystemd() {
        assertEquals("100ms", TimeSpan.format(100 * USEC_PER_MSEC));
        assertEquals("1min 30s", TimeSpan.format(90 * USEC_PER_SEC));
        assertEquals("infinity", TimeSpan.format(TimeSpan.INFINITY));
    }
}
