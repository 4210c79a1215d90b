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
    public Actor {
        Objects.requireNonNull(tenant, "tenant");
    }

    public static Actor user(TenantId tenant, UserId userId) {
        return new Actor(tenant, Objects.requireNonNull(userId, "userId"));
    }

    public static Actor system(TenantId tenant) {
        return new Actor(tenant, null);
    }

    public boolean isSystem() {
        return userId == null;
    }
}
