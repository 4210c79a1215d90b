package dev.roster.core.internal.mail;

import dev.roster.spi.model.OutboxMessageId;
import dev.roster.spi.outbox.OutboxMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Messages claimed under one lease, each written (or found stale or unwritable) from the store as it
 * stood; {@code sendBefore} is when the run stops starting sends of them, half the lease before it
 * lapses, so no send can still be under way when another dispatcher may take them over;
 * {@code writtenAtNanos} is when it was written (by {@link System#nanoTime()}), for {@link Touched}.
 */
record Claim(List<OutboxMessage> messages, Map<OutboxMessageId, Written> written, Instant sendBefore, long writtenAtNanos) {
    static final Claim NONE = new Claim(List.of(), Map.of(), Instant.MIN, 0);

    boolean isEmpty() {
        return messages.isEmpty();
    }
}
