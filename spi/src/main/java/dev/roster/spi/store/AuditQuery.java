package dev.roster.spi.store;

import dev.roster.spi.model.AuditEntryId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A page of a tenant's audit trail, newest first. Null filters are ignored.
 *
 * @param from inclusive lower bound on the instant
 * @param to exclusive upper bound on the instant
 * @param afterAt instant of the last entry of the previous page (with {@code afterId}), or null
 */
public record AuditQuery(
        TenantId tenant,
        Instant from,
        Instant to,
        String targetType,
        String targetId,
        UserId actor,
        Instant afterAt,
        AuditEntryId afterId,
        int limit) {

    /**
     * Requires the tenant, the keyset position in full or not at all, and a positive limit.
     *
     * @param tenant the tenant
     * @param from inclusive lower bound on the instant
     * @param to exclusive upper bound on the instant
     * @param targetType the target type
     * @param targetId the target id
     * @param actor the actor
     * @param afterAt instant of the last entry of the previous page (with {@code afterId}), or null
     * @param afterId the after id
     * @param limit the limit
     */
    public AuditQuery {
        Objects.requireNonNull(tenant, "tenant");
        StoredValues.bound("from", from);
        StoredValues.bound("to", to);
        StoredValues.bound("afterAt", afterAt);
        if ((afterAt == null) != (afterId == null)) {
            throw new IllegalArgumentException("afterAt and afterId go together");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }
}
