package dev.unitlint.bench;

import dev.unitlint.findings.Finding;
import dev.unitlint.lint.LintOptions;
import dev.unitlint.lint.Linter;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitName;
import dev.unitlint.syntax.UnitFile;
import dev.unitlint.syntax.UnitFileParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process throughput of parse + check over the text of the Debian corpus, one thread, no
 * file I/O: every unit file is parsed from bytes already in memory and linted alone. The
 * score is milliseconds per pass over the whole corpus; bench/run.sh turns it into MB/s with
 * the corpus size this benchmark prints at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class ParseCheckBenchmark {

    /** The file name decides the unit type; bytes are what the parser reads. */
    private record Input(String path, UnitName name, byte[] bytes) {
    }

    private final List<Input> inputs = new ArrayList<>();
    private Linter linter;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path corpus = Path.of(System.getProperty("unitlint.corpus", "../shared/corpus/debian-bookworm"));
        long total = 0;
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Optional<UnitName> name = UnitName.parse(file.getFileName().toString());
                if (name.isEmpty()) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                inputs.add(new Input(file.toString(), name.get(), bytes));
                total += bytes.length;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (inputs.isEmpty()) {
            throw new IllegalStateException("no unit files under " + corpus + " (set -Dunitlint.corpus)");
        }
        linter = new Linter(LintOptions.defaults());
        // bench/run.sh reads this line to turn ms/op into MB/s.
        System.out.println("corpus-bytes: " + total + " files: " + inputs.size());
    }

    @Benchmark
    public int parseAndCheckCorpus() {
        int findings = 0;
        for (Input input : inputs) {
            UnitFile file = UnitFileParser.parse(input.path(), input.bytes());
            List<Finding> found = linter.lint(new Unit(input.name(), file, List.of()));
            findings += found.size();
        }
        return findings;
    }

    @Benchmark
    public int parseCorpus() {
        int lines = 0;
        for (Input input : inputs) {
            lines += UnitFileParser.parse(input.path(), input.bytes()).lines().size();
        }
        return lines;
    }
}
