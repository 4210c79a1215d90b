package dev.roster.core.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * How the outbox sends: how often it tries, how long a dispatcher holds a message, how much it
 * claims at once, how often a worker looks for work, and how long finished messages are kept.
 *
 * @param maxAttempts attempts before a message that keeps failing for a passing reason is given up; a 5xx reply gives up at once
 * @param firstRetry the wait after the first failure; each further one doubles it, with jitter
 * @param maxRetry the longest wait between attempts
 * @param lease how long a dispatcher holds what it claimed before another may take it over
 * @param batch how many messages one claim takes, sent over one connection
 * @param pollInterval how often a worker looks for messages queued by other instances
 * @param sentRetention how long sent and cancelled messages are kept
 * @param deadRetention how long given-up messages are kept for an admin to see
 */
public record DeliveryPolicy(int maxAttempts, Duration firstRetry, Duration maxRetry, Duration lease, int batch, Duration pollInterval,
        Duration sentRetention, Duration deadRetention) {

    /**
     * Refuses values that could not work.
     *
     * @param maxAttempts attempts before giving up
     * @param firstRetry the first wait
     * @param maxRetry the longest wait
     * @param lease how long a claim holds
     * @param batch how many per claim
     * @param pollInterval how often a worker looks
     * @param sentRetention how long sent messages are kept
     * @param deadRetention how long given-up ones are kept
     */
    public DeliveryPolicy {
        require(maxAttempts >= 1, "maxAttempts must be at least 1");
        require(batch >= 1 && batch <= 1000, "batch must be 1 to 1000");
        for (Duration d : new Duration[] {firstRetry, maxRetry, lease, pollInterval, sentRetention, deadRetention}) {
            Objects.requireNonNull(d, "durations are required");
            require(!d.isNegative() && !d.isZero(), "durations must be positive, got " + d);
        }
        require(maxRetry.compareTo(firstRetry) >= 0, "maxRetry must not be shorter than firstRetry");
        require(deadRetention.compareTo(sentRetention) >= 0, "dead messages are kept at least as long as sent ones");
    }

    /**
     * {@return 12 attempts from 30 s up to 1 h apart (about five hours in all), 5-minute leases, 50 per claim, a look every 5 s, 30 days
     *     for sent and 180 for dead}
     * A run starts no send in the second half of a claim's lease, so the lease must be more than twice
     * the longest one send can take (the SMTP adapter's default timeouts add up to 70 s).
     */
    public static DeliveryPolicy defaults() {
        return new DeliveryPolicy(12, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(5), 50, Duration.ofSeconds(5),
                Duration.ofDays(30), Duration.ofDays(180));
    }

    /**
     * This policy with another number of attempts and waits.
     *
     * @param attempts attempts before giving up
     * @param first the first wait
     * @param max the longest wait
     * @return the policy
     */
    public DeliveryPolicy withRetries(int attempts, Duration first, Duration max) {
        return new DeliveryPolicy(attempts, first, max, lease, batch, pollInterval, sentRetention, deadRetention);
    }

    /**
     * This policy with another lease.
     *
     * @param value how long a claim holds
     * @return the policy
     */
    public DeliveryPolicy withLease(Duration value) {
        return new DeliveryPolicy(maxAttempts, firstRetry, maxRetry, value, batch, pollInterval, sentRetention, deadRetention);
    }

    /**
     * This policy with another claim size.
     *
     * @param value how many per claim
     * @return the policy
     */
    public DeliveryPolicy withBatch(int value) {
        return new DeliveryPolicy(maxAttempts, firstRetry, maxRetry, lease, value, pollInterval, sentRetention, deadRetention);
    }

    /**
     * This policy with another poll interval.
     *
     * @param value how often a worker looks
     * @return the policy
     */
    public DeliveryPolicy withPollInterval(Duration value) {
        return new DeliveryPolicy(maxAttempts, firstRetry, maxRetry, lease, batch, value, sentRetention, deadRetention);
    }

    /**
     * This policy with other retention periods.
     *
     * @param sent how long sent and cancelled messages are kept
     * @param dead how long given-up ones are kept
     * @return the policy
     */
    public DeliveryPolicy withRetention(Duration sent, Duration dead) {
        return new DeliveryPolicy(maxAttempts, firstRetry, maxRetry, lease, batch, pollInterval, sent, dead);
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(problem);
        }
    }
}
