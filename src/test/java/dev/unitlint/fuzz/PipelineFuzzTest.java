package dev.unitlint.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.unitlint.syntax.UnitFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzzing with Jazzer of the parser and of the whole check (parse, merge
 * drop-ins, every rule), against {@link Properties}.
 *
 * <p>In a normal test run each {@code @FuzzTest} only replays its inputs from
 * {@code src/test/resources/dev/unitlint/fuzz/PipelineFuzzTestInputs/<method>/}. With
 * {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration}, one fuzz test per JVM: 20 seconds
 * for {@code parser} and {@code checkPipeline} ({@code .ci/run}), an hour for the
 * {@code *ForAnHour} variants, which fuzz the same properties:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='PipelineFuzzTest#checkPipelineForAnHour'}.
 * An input that breaks a property is written next to the inputs as {@code crash-*}; copy it
 * to {@code testdata/fuzz/} so that {@link FuzzRegressionTest} keeps it (see testdata/README.md).
 */
class PipelineFuzzTest {

    /** Every unit type, so rules that look at the type see all of them. */
    private static final String[] NAMES = {
        "a.service", "a@i.service", "a.socket", "a.timer", "a.path", "a.mount", "a.automount",
        "a.swap", "a.slice", "a.scope", "a.target", "a.device"};

    @FuzzTest(maxDuration = "20s")
    void parser(byte[] bytes) {
        Properties.parseRoundTripsWithSpansInside("fuzz.service", bytes);
    }

    @FuzzTest(maxDuration = "20s")
    void checkPipeline(FuzzedDataProvider data) {
        String name = data.pickValue(NAMES);
        boolean hasBase = data.consumeBoolean();
        int dropInCount = data.consumeInt(0, 3);
        List<UnitFile> dropIns = new ArrayList<>();
        for (int i = 0; i < dropInCount; i++) {
            byte[] bytes = data.consumeBytes(data.consumeInt(0, 400));
            dropIns.add(Properties.parseRoundTripsWithSpansInside(name + ".d/" + i + ".conf", bytes));
        }
        UnitFile base = hasBase || dropIns.isEmpty()
                ? Properties.parseRoundTripsWithSpansInside(name, data.consumeRemainingAsBytes())
                : null;
        Properties.checkIsStable(Properties.unit(name, base, dropIns));
    }

    @FuzzTest(maxDuration = "1h")
    void parserForAnHour(byte[] bytes) {
        parser(bytes);
    }

    @FuzzTest(maxDuration = "1h")
    void checkPipelineForAnHour(FuzzedDataProvider data) {
        checkPipeline(data);
    }
}
