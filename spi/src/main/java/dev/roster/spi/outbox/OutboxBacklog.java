package dev.roster.spi.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How the outbox stands, over every tenant: what waits to be sent and what was given up.
 *
 * @param queued messages not yet finished, due now or later (waiting out a retry, or held by a dispatcher until its lease ends)
 * @param due of those, the ones a dispatcher may claim now
 * @param dead messages given up and not yet pruned
 * @param oldestDue since when the longest-waiting due message has been due, or null when none is
 */
public record OutboxBacklog(long queued, long due, long dead, Instant oldestDue) {
    /** An empty outbox. */
    public static final OutboxBacklog EMPTY = new OutboxBacklog(0, 0, 0, null);

    /**
     * Refuses negative counts, and more due than queued.
     *
     * @param queued messages not yet finished
     * @param due of those, due now
     * @param dead messages given up
     * @param oldestDue when the longest-waiting due message became due, or null
     */
    public OutboxBacklog {
        if (queued < 0 || due < 0 || dead < 0 || due > queued) {
            throw new IllegalArgumentException("counts are never negative, and no more are due than queued");
        }
    }

    /**
     * How long the longest-waiting due message has waited: the mail's lag.
     *
     * @param now the instant to measure at
     * @return the wait, zero when nothing is due
     */
    public Duration lag(Instant now) {
        return Optional.ofNullable(oldestDue).filter(since -> since.isBefore(now)).map(since -> Duration.between(since, now)).orElse(Duration.ZERO);
    }
}
