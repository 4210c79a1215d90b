package dev.roster.spi.tck;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs calls on real threads, all released at the same moment, for concurrency tests. */
public final class Race {
    private Race() {
    }

    /**
     * Runs {@code calls} calls made by {@code call} on {@code threads} threads, released together.
     *
     * @return for each call in order, the {@link ErrorCode} of the {@link RosterException} it threw, or null if it succeeded
     */
    public static List<ErrorCode> run(int threads, int calls, IntFunction<Callable<?>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<ErrorCode>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                Callable<?> work = call.apply(i);
                futures.add(pool.submit(() -> {
                    gate.await();
                    return Outcomes.attempt(() -> {
                        try {
                            work.call();
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }));
            }
            gate.countDown();
            List<ErrorCode> codes = new ArrayList<>();
            for (Future<ErrorCode> f : futures) {
                codes.add(f.get(60, TimeUnit.SECONDS));
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }
}
