package dev.roster.core.access;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who performs an operation: a user of a tenant ({@link #user}), or the host itself
 * ({@link #system}) for jobs such as bootstrap and purge. Roster checks a user actor's status and
 * permissions on every call; a system actor is trusted, is still bound to one tenant, and is still
 * held to the last-admin guard. There is no other way to make one, so a missing user id can never
 * turn into the trusted system actor.
 */
public final class Actor {
    private final TenantId tenant;
    private final UserId userId;

    private Actor(TenantId tenant, UserId userId) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.userId = userId;
    }

    /**
     * A member acting in its tenant.
     *
     * @param tenant the tenant it acts in
     * @param userId the member
     * @return the actor
     * @throws NullPointerException when either is null
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

    /** {@return the tenant it acts in} */
    public TenantId tenant() {
        return tenant;
    }

    /** {@return the member acting, or empty for the system} */
    public Optional<UserId> userId() {
        return Optional.ofNullable(userId);
    }

    /** {@return whether this is the host's own code rather than a member} */
    public boolean isSystem() {
        return userId == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Actor other && tenant.equals(other.tenant) && Objects.equals(userId, other.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, userId);
    }

    @Override
    public String toString() {
        return "Actor[tenant=" + tenant + ", " + (userId == null ? "system" : "user=" + userId) + "]";
    }
}
