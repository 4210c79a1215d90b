package dev.roster.core.internal.mail;

import dev.roster.core.mail.DeliveryPolicy;
import java.time.Duration;
import java.time.Instant;

/**
 * This instance's view of the mail server: after a run found it unreachable, no run claims until a
 * wait has passed (the policy's first retry, doubling to its longest), so the polls of an outage do
 * not spend the attempts of the whole queue, batch after batch. A run that reaches the server ends it.
 */
final class Outage {
    private final DeliveryPolicy policy;
    private int runsFailed;
    private Instant quietUntil = Instant.MIN;

    Outage(DeliveryPolicy policy) {
        this.policy = policy;
    }

    synchronized Instant quietUntil() {
        return quietUntil;
    }

    synchronized void after(boolean unreachable, Instant now) {
        if (!unreachable) {
            runsFailed = 0;
            quietUntil = Instant.MIN;
            return;
        }
        runsFailed++;
        Duration wait = policy.firstRetry().multipliedBy(1L << Math.min(runsFailed - 1, 20));
        quietUntil = now.plus(wait.compareTo(policy.maxRetry()) > 0 ? policy.maxRetry() : wait);
    }
}
