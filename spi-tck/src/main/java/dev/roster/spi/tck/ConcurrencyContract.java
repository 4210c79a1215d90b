package dev.roster.spi.tck;

import dev.roster.spi.store.StoreTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;
import dev.roster.spi.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Uniqueness and versions hold when units race on several threads, whatever the interleaving. */
public abstract class ConcurrencyContract extends StoreContract {
    private static final int THREADS = 8;

    private List<ErrorCode> race(IntFunction<Callable<Object>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<ErrorCode>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Callable<Object> work = call.apply(i);
                futures.add(pool.submit(() -> {
                    gate.await();
                    try {
                        work.call();
                        return null;
                    } catch (RosterException e) {
                        return e.code();
                    }
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

    @Test
    void racingInsertsOfOneEmailLeaveOneUser() throws Exception {
        List<ErrorCode> codes = race(i -> () -> tx((StoreTransaction x) -> {
            x.users().insert(Records.user(T1, (i % 2 == 0 ? "ann" : "ANN") + "@x.example"));
            return null;
        }));
        assertThat(codes).filteredOn(c -> c == null).hasSize(1);
        assertThat(codes).filteredOn(c -> c != null).containsOnly(ErrorCode.DUPLICATE_EMAIL);
    }

    @Test
    void racingPendingInvitationsForOneEmailLeaveOne() throws Exception {
        List<ErrorCode> codes = race(i -> () -> tx((StoreTransaction x) -> {
            x.invitations().insert(Records.invitation(T1, "ann@x.example", Records.T0, null));
            return null;
        }));
        assertThat(codes).filteredOn(c -> c == null).hasSize(1);
        assertThat(codes).filteredOn(c -> c != null).containsOnly(ErrorCode.DUPLICATE_PENDING_INVITATION);
    }

    @Test
    void racingUpdatesFromOneVersionLeaveOneWinner() throws Exception {
        User ann = Records.user(T1, "ann@x.example");
        write(tx -> tx.users().insert(ann));
        List<ErrorCode> codes = race(i -> () -> tx((StoreTransaction x) -> x.users().update(ann.toBuilder().attributes(java.util.Map.of("n", "" + i)).build())));
        assertThat(codes).filteredOn(c -> c == null).hasSize(1);
        assertThat(codes).filteredOn(c -> c != null).containsOnly(ErrorCode.STALE_VERSION);
        long version = read((StoreTransaction tx) -> tx.users().find(T1, ann.id()).orElseThrow().version());
        assertThat(version).isEqualTo(1);
    }
}
