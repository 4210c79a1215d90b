package dev.roster.core.internal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.core.credential.PasswordRules;
import dev.roster.core.error.BusyException;
import dev.roster.spi.error.ErrorCode;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HashingGateTest {
    @Test
    void aCallerBeyondTheBoundWaitsItsLimitThenGetsATypedBusyError() throws Exception {
        HashingGate gate = new HashingGate(1, Duration.ofMillis(50));
        CountDownLatch hashing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = pool.submit(() -> gate.run(() -> {
                hashing.countDown();
                await(release);
                return "first";
            }));
            assertThat(hashing.await(5, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> gate.run(() -> "second")).isInstanceOfSatisfying(BusyException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.BUSY));

            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(gate.run(() -> "third")).as("the slot came back").isEqualTo("third");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void neverMoreHashesRunAtOnceThanTheGateHasSlots() throws Exception {
        HashingGate gate = new HashingGate(2, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < 200; i++) {
                pool.submit(() -> gate.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    Thread.onSpinWait();
                    return running.decrementAndGet();
                }));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isBetween(1, 2);
    }

    @Test
    void temporaryPasswordsAreLongRandomUnambiguousAndWithinTheRules() {
        TemporaryPasswords passwords = new TemporaryPasswords(PasswordRules.defaults());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String password = passwords.next();
            assertThat(password).hasSize(16).matches("[" + TemporaryPasswords.ALPHABET + "]+");
            assertThat(PasswordRules.defaults().problem(password)).isEmpty();
            seen.add(password);
        }
        assertThat(seen).hasSize(1000);
        assertThat(new TemporaryPasswords(PasswordRules.of(20, 1024, true)).next()).hasSize(20);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
