import dev.unitlint.cli.Cli;
import dev.unitlint.cli.Terminal;
import dev.unitlint.report.Utf8Writer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The floor under a run's time: the same command line run again and again in one JVM, so that
 * from some pass on nothing is cold (classes loaded and initialised, methods compiled). What a
 * pass then takes is what the run would take if start-up cost nothing: no JVM start, no class
 * loading, no interpreter, no compiler. A target below it cannot be met by cutting start-up
 * work; only by doing less work per file.
 *
 * <pre>
 *   javac -d target/warm-floor -cp target/unitlint.jar bench/WarmFloor.java
 *   java @tools/jvm/jvm.options -cp target/unitlint.jar:target/warm-floor WarmFloor PASSES check ARGS...
 * </pre>
 *
 * (Run from source, {@code java ... bench/WarmFloor.java ...}, it works too, but javac then runs
 * in the same JVM first and warms the JDK's own code, so the first pass looks faster than a run.)
 *
 * Prints each pass's wall and process CPU time (all threads, the compiler's included), then the
 * first pass and the median of the second half of the passes. Output goes where the launcher's
 * goes (UTF-8 to a stream), here to nowhere; exit codes are ignored.
 */
public final class WarmFloor {

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: WarmFloor PASSES check ARGS...");
            System.exit(2);
        }
        int passes = Integer.parseInt(args[0]);
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<double[]> times = new ArrayList<>();
        for (int pass = 0; pass < passes; pass++) {
            PrintWriter out = new PrintWriter(new Utf8Writer(OutputStream.nullOutputStream()), false);
            PrintWriter err = new PrintWriter(new StringWriter());
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            Cli.forArguments(out, err, Terminal.NONE, command).execute(command);
            out.flush();
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            times.add(new double[] {wall, cpu});
            System.out.printf("pass %2d: wall %.3f s, CPU %.3f s%n", pass + 1, wall, cpu);
        }
        List<double[]> warm = times.subList(passes / 2, passes);
        System.out.printf("first pass: wall %.3f s, CPU %.3f s%n", times.get(0)[0], times.get(0)[1]);
        System.out.printf("warm (median of passes %d-%d): wall %.3f s, CPU %.3f s%n", passes / 2 + 1, passes,
                median(warm, 0), median(warm, 1));
    }

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(row -> row[column]).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
