package dev.roster.spi.access;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.StoredValues;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A page of a tenant's sessions, most recently started first.
 *
 * @param tenant the tenant
 * @param user only this user's sessions, or null for all
 * @param afterStartedAt the start of the last session of the previous page (with {@code afterId}), or null
 * @param afterId the id of the last session of the previous page, or null
 * @param limit the page size, at least 1
 */
public record SessionQuery(TenantId tenant, UserId user, Instant afterStartedAt, UUID afterId, int limit) {
    /**
     * Requires the tenant, the keyset position in full or not at all, and a positive limit.
     *
     * @param tenant the tenant
     * @param user only this user's sessions, or null
     * @param afterStartedAt the previous page's last start, or null
     * @param afterId the previous page's last id, or null
     * @param limit the page size
     */
    public SessionQuery {
        Objects.requireNonNull(tenant, "tenant");
        StoredValues.bound("afterStartedAt", afterStartedAt);
        if ((afterStartedAt == null) != (afterId == null)) {
            throw new IllegalArgumentException("afterStartedAt and afterId come together");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /**
     * The first page of a tenant's sessions, or of one user's.
     *
     * @param tenant the tenant
     * @param user the user, or null for all
     * @param limit the page size
     * @return the query
     */
    public static SessionQuery first(TenantId tenant, UserId user, int limit) {
        return new SessionQuery(tenant, user, null, null, limit);
    }

    /**
     * The page after {@code last}.
     *
     * @param last the last session of this page
     * @return the next page's query
     */
    public SessionQuery after(Session last) {
        return new SessionQuery(tenant, user, last.startedAt(), last.id(), limit);
    }
}
