package dev.unitlint.rules.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitName;
import dev.unitlint.syntax.UnitFileParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The restart policy is worked out once per unit and shared by the restart rules
 * ({@link RestartPolicy#of}): what one rule asked for must not answer another rule's question
 * about a different release, and forgetting a unit's analyses must not change the answers.
 */
class SharedAnalysesTest {

    private static Unit unit(String text) {
        return new Unit(UnitName.parse("web.service").orElseThrow(),
                UnitFileParser.parse("web.service", text.getBytes(StandardCharsets.UTF_8)), List.of());
    }

    private static final String STEPS = "[Service]\nExecStart=/usr/bin/web\nRestart=always\nRestartSec=1s\n"
            + "RestartSteps=5\nRestartMaxDelaySec=1min\n";

    @Test
    void releasesBeforeAndAfterRestartStepsGetTheirOwnPolicy() {
        Unit unit = unit(STEPS);
        // Asked first for 262, then for 253: the 253 answer must not be the memoized 262 one.
        RestartPolicy newer = RestartPolicy.of(unit, 262);
        RestartPolicy older = RestartPolicy.of(unit, 253);
        assertTrue(newer.restartStepsAssignment().isPresent());
        assertEquals(5, newer.restartSteps());
        assertTrue(older.restartStepsAssignment().isEmpty(), "253 does not know RestartSteps=");
        assertTrue(older.restartMaxDelayAssignment().isEmpty(), "253 does not know RestartMaxDelaySec=");
        assertNotSame(newer, older);
    }

    @Test
    void onePolicyPerUnitAndReleaseGroupUntilTheUnitForgetsIt() {
        Unit unit = unit(STEPS);
        RestartPolicy first = RestartPolicy.of(unit, 254);
        assertSame(first, RestartPolicy.of(unit, 262), "254 and later read the same keys");
        assertSame(RestartPolicy.of(unit, 250), RestartPolicy.of(unit, 253));
        unit.forgetDerived();
        RestartPolicy again = RestartPolicy.of(unit, 262);
        assertNotSame(first, again);
        assertEquals(first.restartUsec(), again.restartUsec());
        assertEquals(first.restartSteps(), again.restartSteps());
        assertEquals(first.delayBeforeRestart(3), again.delayBeforeRestart(3));
    }
}
