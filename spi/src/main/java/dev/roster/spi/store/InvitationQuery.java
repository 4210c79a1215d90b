package dev.roster.spi.store;

import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A page of a tenant's invitations, newest first (creation instant, then id, both descending).
 *
 * @param statuses statuses as of {@code now} (an overdue PENDING invitation is EXPIRED); empty for all
 * @param text case-insensitive substring of the canonical email, plain text
 * @param after the last invitation of the previous page, or null
 */
public record InvitationQuery(TenantId tenant, Set<InvitationStatus> statuses, Instant now, String text, InvitationKeyset after, int limit) {
    /**
     * Requires the tenant and the instant, copies the statuses, and refuses search text no store can hold.
     *
     * @param tenant the tenant
     * @param statuses statuses as of {@code now} (an overdue PENDING invitation is EXPIRED); empty for all
     * @param now the now
     * @param text case-insensitive substring of the canonical email, plain text
     * @param after the last invitation of the previous page, or null
     * @param limit the limit
     */
    public InvitationQuery {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(now, "now");
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        StoredValues.searchText(text);
        StoredValues.bound("now", now);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }
}
