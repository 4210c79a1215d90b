package dev.roster.core.internal.mail;

import dev.roster.core.mail.DeliveryPolicy;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter: the wait doubles with each attempt up to the cap, then is drawn from its upper half. */
final class Backoff {
    private Backoff() {
    }

    static Duration after(int attempts, DeliveryPolicy policy) {
        long first = policy.firstRetry().toMillis();
        long cap = policy.maxRetry().toMillis();
        long wait = first;
        for (int i = 1; i < attempts && wait < cap; i++) {
            wait *= 2;
        }
        wait = Math.min(wait, cap);
        // Half fixed, half random: messages that failed together do not all come back together.
        return Duration.ofMillis(wait / 2 + ThreadLocalRandom.current().nextLong(wait / 2 + 1));
    }
}
