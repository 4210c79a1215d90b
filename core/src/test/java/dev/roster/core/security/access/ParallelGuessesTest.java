package dev.roster.core.security.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.Roster;
import dev.roster.core.credential.SignInResult.Outcome;
import dev.roster.core.session.SessionSettings;
import dev.roster.spi.access.PasswordHasher;
import dev.roster.spi.access.SignInReason;
import dev.roster.core.credential.PasswordSettings;
import dev.roster.core.support.Fixture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A burst of parallel guesses all read the lockout state before any is recorded (they are hashing
 * meanwhile); each is judged again under the account's lock, so no more than the five
 * the lockout allows count as guesses, and the right password sent after the burst is refused. The
 * stand-in hasher holds every verification until the whole burst is hashing, so the race is certain
 * rather than likely.
 */
class ParallelGuessesTest extends AccessFixture {
    private static final int BURST = 30;
    /** Counts the guesses that have read the account and reached their hash. */
    private final CountDownLatch hashing = new CountDownLatch(BURST);

    /** Holds each verification until the whole burst is hashing: all of it read the account before any was recorded. */
    private final PasswordHasher slow = new PasswordHasher() {
        @Override
        public String hash(CharSequence password) {
            return hasher.hash(password);
        }

        @Override
        public boolean verify(CharSequence password, String stored) {
            hashing.countDown();
            try {
                if (!hashing.await(20, TimeUnit.SECONDS)) {
                    throw new AssertionError("the burst never hashed together");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return hasher.verify(password, stored);
        }

        @Override
        public boolean needsRehash(String stored) {
            return false;
        }
    };

    private boolean throughSessions;

    @Test
    void throughSessionSignInTooABurstIsJudgedUnderTheAccountsLock() throws Exception {
        throughSessions = true;
        aBurstOfGuessesIsJudgedUnderTheAccountsLockNotByWhatEachReadBeforeHashing();
    }

    @Test
    void aBurstOfGuessesIsJudgedUnderTheAccountsLockNotByWhatEachReadBeforeHashing() throws Exception {
        Roster target = Roster.builder().store(f.store).policy(f.roster.policy()).clock(f.clock).withoutMail()
                .passwords(PasswordSettings.builder().hasher(slow).hashing(BURST + 1, java.time.Duration.ofSeconds(5)).requiredAtAcceptance(false).build())
                .sessions(SessionSettings.defaults()).build();
        int burst = BURST;
        ExecutorService pool = Executors.newFixedThreadPool(burst + 1);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome>> results = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            String guess = "wrong guess number " + i;
            results.add(pool.submit(() -> {
                go.await();
                return target.credentials().authenticate(f.tenant, "grace@acme.example", guess, FROM).outcome();
            }));
        }
        Future<Outcome> right = pool.submit(() -> {
            go.await();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (count(SignInReason.WRONG_PASSWORD, 100) < 5 && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // sent once the account is locked
            }
            return throughSessions ? target.sessions().signIn(f.tenant, "grace@acme.example", PASSWORD, FROM).outcome()
                    : target.credentials().authenticate(f.tenant, "grace@acme.example", PASSWORD, FROM).outcome();
        });
        go.countDown();
        for (Future<Outcome> r : results) {
            r.get(30, TimeUnit.SECONDS);
        }
        Outcome last = right.get(30, TimeUnit.SECONDS);
        pool.shutdown();

        long judgedWrong = count(SignInReason.WRONG_PASSWORD, 100);
        assertThat(judgedWrong).as("guesses evaluated against a 5-failure lockout").isLessThanOrEqualTo(5);
        assertThat(last).as("the right guess arrived after the account was locked").isEqualTo(Outcome.REFUSED);
    }
}
