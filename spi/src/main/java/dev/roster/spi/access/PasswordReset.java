package dev.roster.spi.access;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's open password-reset link: only the hash of its token is kept, and a user has one at a
 * time (a newer link replaces it). Taken, it is gone: a link works once.
 *
 * @param tenantId the tenant
 * @param userId the user
 * @param tokenHash the hex SHA-256 of the link's token
 * @param expiresAt when the link stops working
 * @param createdAt when it was asked for
 */
public record PasswordReset(TenantId tenantId, UserId userId, String tokenHash, Instant expiresAt, Instant createdAt) {
    /**
     * Requires every part.
     *
     * @param tenantId the tenant
     * @param userId the user
     * @param tokenHash the token's hash
     * @param expiresAt when it stops working
     * @param createdAt when it was asked for
     */
    public PasswordReset {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public String toString() {
        return "PasswordReset(" + tenantId + ", " + userId + ", until " + expiresAt + ")";
    }
}
