package dev.roster.benchmarks.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times an operation: a warmup, then {@code n} timed calls, reporting the median (the figure the
 * ratios use, robust to the odd GC pause or checkpoint) and the 90th percentile, in microseconds.
 */
public final class Stopwatch {
    public record Result(String name, double medianMicros, double p90Micros, int samples) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-58s median %12.1f µs   p90 %12.1f µs   (n=%d)", name, medianMicros, p90Micros, samples);
        }
    }

    @FunctionalInterface
    public interface Call {
        Object run() throws Exception;
    }

    private static volatile Object sink;

    private Stopwatch() {
    }

    public static Result time(String name, int warmup, int n, Call call) {
        try {
            for (int i = 0; i < warmup; i++) {
                sink = call.run();
            }
            long[] nanos = new long[n];
            for (int i = 0; i < n; i++) {
                long start = System.nanoTime();
                sink = call.run();
                nanos[i] = System.nanoTime() - start;
            }
            return report(name, nanos);
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed", e);
        }
    }

    /**
     * Times several operations in turn, one call of each per round, so that a slow spell of the
     * shared machine falls on all of them alike and their ratios compare like with like.
     */
    public static List<Result> interleaved(int warmup, int n, Map<String, Call> calls) {
        List<Call> each = List.copyOf(calls.values());
        long[][] nanos = new long[each.size()][n];
        try {
            for (int round = -warmup; round < n; round++) {
                for (int k = 0; k < each.size(); k++) {
                    long start = System.nanoTime();
                    sink = each.get(k).run();
                    if (round >= 0) {
                        nanos[k][round] = System.nanoTime() - start;
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(calls.keySet() + " failed", e);
        }
        List<Result> results = new ArrayList<>();
        int k = 0;
        for (String name : calls.keySet()) {
            results.add(report(name, nanos[k++]));
        }
        return results;
    }

    private static Result report(String name, long[] nanos) {
        Arrays.sort(nanos);
        int n = nanos.length;
        Result r = new Result(name, nanos[n / 2] / 1000.0, nanos[(int) (n * 0.9)] / 1000.0, n);
        System.out.println(r);
        return r;
    }
}
