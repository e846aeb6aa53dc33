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

    @Test
    void formatsLikeSystemd() {
        assertEquals("100ms", TimeSpan.format(100 * USEC_PER_MSEC));
        assertEquals("1min 30s", TimeSpan.format(90 * USEC_PER_SEC));
        assertEquals("infinity", TimeSpan.format(TimeSpan.INFINITY));
    }
}
