package dev.roster.core.access;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.util.Objects;

/**
 * Who performs an operation: a user of a tenant, or the host itself ({@link #system}) for jobs such
 * as bootstrap and purge. Roster checks a user actor's status and permissions on every call; a
 * system actor is trusted, is still bound to one tenant, and is still held to the last-admin guard.
 */
public record Actor(TenantId tenant, UserId userId) {
    /**
     * Requires the tenant.
     *
     * @param tenant the tenant
     * @param userId the user id
     */
    public Actor {
        Objects.requireNonNull(tenant, "tenant");
    }

    /**
     * A member acting in its tenant.
     *
     * @param tenant the tenant it acts in
     * @param userId the member
     * @return the actor
     */
    public static Actor user(TenantId tenant, UserId userId) {
        return new Actor(tenant, Objects.requireNonNull(userId, "userId"));
    }

    /**
     * The host's own code acting in a tenant: trusted, still bound to the tenant and the last-admin guard.
     *
     * @param tenant the tenant
     * @return the actor
     */
    public static Actor system(TenantId tenant) {
        return new Actor(tenant, null);
    }

    /** {@return whether this is the host's own code rather than a member} */
    public boolean isSystem() {
        return userId == null;
    }
}
