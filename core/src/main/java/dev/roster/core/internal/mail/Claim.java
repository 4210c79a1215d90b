package dev.roster.core.internal.mail;

import dev.roster.spi.model.OutboxMessageId;
import dev.roster.spi.outbox.OutboxMessage;
import java.util.List;
import java.util.Map;

/** Messages claimed under one lease, each written (or found stale or unwritable) from the store as it stood. */
record Claim(List<OutboxMessage> messages, Map<OutboxMessageId, Written> written) {
    static final Claim NONE = new Claim(List.of(), Map.of());

    boolean isEmpty() {
        return messages.isEmpty();
    }
}
