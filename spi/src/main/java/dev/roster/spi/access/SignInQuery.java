package dev.roster.spi.access;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.StoredValues;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A page of a tenant's sign-in attempts, newest first. Null filters are ignored.
 *
 * @param tenant the tenant
 * @param user only this account's attempts, or null for all
 * @param succeeded only successes (true) or failures (false), or null for both
 * @param from inclusive lower bound on the time, or null
 * @param to exclusive upper bound on the time, or null
 * @param afterAt the time of the last attempt of the previous page (with {@code afterId}), or null
 * @param afterId the id of the last attempt of the previous page, or null
 * @param limit the page size, at least 1
 */
public record SignInQuery(TenantId tenant, UserId user, Boolean succeeded, Instant from, Instant to, Instant afterAt, UUID afterId,
        int limit) {
    /**
     * Requires the tenant, the keyset position in full or not at all, and a positive limit.
     *
     * @param tenant the tenant
     * @param user only this account's attempts, or null
     * @param succeeded only successes or failures, or null
     * @param from inclusive lower bound, or null
     * @param to exclusive upper bound, or null
     * @param afterAt the previous page's last time, or null
     * @param afterId the previous page's last id, or null
     * @param limit the page size
     */
    public SignInQuery {
        Objects.requireNonNull(tenant, "tenant");
        StoredValues.bound("from", from);
        StoredValues.bound("to", to);
        StoredValues.bound("afterAt", afterAt);
        if ((afterAt == null) != (afterId == null)) {
            throw new IllegalArgumentException("afterAt and afterId come together");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /**
     * The first page of a tenant's attempts.
     *
     * @param tenant the tenant
     * @param limit the page size
     * @return the query
     */
    public static SignInQuery latest(TenantId tenant, int limit) {
        return new SignInQuery(tenant, null, null, null, null, null, null, limit);
    }
}
