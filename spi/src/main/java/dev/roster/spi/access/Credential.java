package dev.roster.spi.access;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's password, as its hash. Kept apart from the user record, so signing in and changing a
 * password never bump the version that admin edits check.
 *
 * @param tenantId the tenant
 * @param userId the user
 * @param passwordHash the hash, as the {@link PasswordHasher} made it (never the password)
 * @param temporary whether it is a temporary password, which only lets its holder set a new one
 * @param expiresAt when a temporary password stops working, or null for none
 * @param changedAt when it was set
 */
public record Credential(TenantId tenantId, UserId userId, String passwordHash, boolean temporary, Instant expiresAt, Instant changedAt) {
    /**
     * Checks that the required parts are present and that only a temporary password expires.
     *
     * @param tenantId the tenant
     * @param userId the user
     * @param passwordHash the hash
     * @param temporary whether it is temporary
     * @param expiresAt when a temporary password stops working, or null
     * @param changedAt when it was set
     */
    public Credential {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(changedAt, "changedAt");
        if (!temporary && expiresAt != null) {
            throw new IllegalArgumentException("only a temporary password expires");
        }
    }

    /**
     * Whether a temporary password has run out at {@code now}.
     *
     * @param now the time to judge by
     * @return true when it is temporary and past its expiry
     */
    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** Hides the hash: a hash in a log is an offline guessing target. */
    @Override
    public String toString() {
        return "Credential[" + tenantId + "/" + userId + (temporary ? ", temporary until " + expiresAt : "") + ", set " + changedAt + "]";
    }
}
