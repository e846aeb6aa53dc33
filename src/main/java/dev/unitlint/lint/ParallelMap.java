package dev.unitlint.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Applies a function to every item of a list on a bounded number of threads and returns the
 * results in the order of the items, so whatever is built from them stays deterministic.
 *
 * <p>The threads take the next unclaimed index from a shared counter, which balances files
 * of very different sizes without a queue of tasks. The calling thread works too, so one
 * thread means no extra thread at all. Each call starts and joins its own threads: unitlint
 * runs once per process, and a pool kept across calls would only have to be shut down.
 */
public final class ParallelMap {

    /** Threads to use unless told otherwise: one per core, at most 8 (more only adds contention here). */
    public static int defaultThreads() {
        int configured = Integer.getInteger("unitlint.threads", 0);
        int threads = configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
        return Math.max(1, Math.min(threads, 8));
    }

    private ParallelMap() {
    }

    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        return map(items, function, defaultThreads());
    }

    /**
     * @throws RuntimeException or Error: the first one a call of {@code function} threw, after
     *                          all threads have stopped
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function, int threads) {
        int size = items.size();
        Object[] results = new Object[size];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            int index;
            while (failure.get() == null && (index = next.getAndIncrement()) < size) {
                try {
                    results[index] = function.apply(items.get(index));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        int helpers = Math.min(threads, size) - 1;
        List<Thread> started = new ArrayList<>(Math.max(0, helpers));
        for (int i = 0; i < helpers; i++) {
            Thread thread = new Thread(worker, "unitlint-worker-" + (i + 1));
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        worker.run();
        boolean interrupted = false;
        for (Thread thread : started) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }
}
