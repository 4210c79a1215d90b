package dev.roster.benchmarks.store;

import java.util.Arrays;
import java.util.Locale;

/**
 * Times an operation: a warmup, then {@code n} timed calls, reporting the median (the figure the
 * ratios use, robust to the odd GC pause or checkpoint) and the 90th percentile, in microseconds.
 */
final class Stopwatch {
    record Result(String name, double medianMicros, double p90Micros, int samples) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-58s median %12.1f µs   p90 %12.1f µs   (n=%d)", name, medianMicros, p90Micros, samples);
        }
    }

    @FunctionalInterface
    interface Call {
        Object run() throws Exception;
    }

    private static volatile Object sink;

    private Stopwatch() {
    }

    static Result time(String name, int warmup, int n, Call call) {
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
            Arrays.sort(nanos);
            Result r = new Result(name, nanos[n / 2] / 1000.0, nanos[(int) (n * 0.9)] / 1000.0, n);
            System.out.println(r);
            return r;
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed", e);
        }
    }
}
