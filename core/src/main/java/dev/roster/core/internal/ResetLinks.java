package dev.roster.core.internal;

import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.outbox.OutboxStore;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;

/**
 * Voids a user's password-reset links, in the unit of work of what makes them void (a password
 * set another way, a suspension, a deletion, an admin's lock, a new address): the open link is
 * deleted and a request still queued is cancelled, so neither works afterwards, whatever follows.
 */
public final class ResetLinks {
    private ResetLinks() {
    }

    public static void voidAll(StoreTransaction tx, TenantId tenant, UserId user, Instant now) {
        tx.port(CredentialStore.CAPABILITY).ifPresent(c -> c.dropReset(tenant, user));
        // A reset message's subject is its user; the other messages about a user are notices, which
        // the same change makes moot.
        tx.port(OutboxStore.CAPABILITY).ifPresent(o -> o.cancel(tenant, user.value(), now));
    }
}
