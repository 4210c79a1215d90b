package dev.roster.spi.access;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A signed-in session. Only the hash of its token is kept; the token itself is handed to the holder
 * once, when the session starts.
 *
 * @param id the session
 * @param tenantId the tenant
 * @param userId the user signed in
 * @param tokenHash the hex SHA-256 of the token
 * @param browser the browser named by the user agent, or null
 * @param os the operating system named by the user agent, or null
 * @param ip the client's address when the session started, or null
 * @param startedAt when it started
 * @param lastActiveAt when it was last used (kept at most about once a minute)
 */
public record Session(UUID id, TenantId tenantId, UserId userId, String tokenHash, String browser, String os, String ip,
        Instant startedAt, Instant lastActiveAt) {
    /**
     * Checks the required parts.
     *
     * @param id the session
     * @param tenantId the tenant
     * @param userId the user
     * @param tokenHash the token's hash
     * @param browser the browser, or null
     * @param os the operating system, or null
     * @param ip the client's address, or null
     * @param startedAt when it started
     * @param lastActiveAt when it was last used
     */
    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(lastActiveAt, "lastActiveAt");
    }

    /**
     * This session, used at {@code at}.
     *
     * @param at when
     * @return the session with that last activity
     */
    public Session activeAt(Instant at) {
        return new Session(id, tenantId, userId, tokenHash, browser, os, ip, startedAt, at);
    }

    @Override
    public String toString() {
        return "Session(" + id + ", " + tenantId + ", " + userId + ", " + browser + " on " + os + ", " + ip + ", started " + startedAt
                + ", active " + lastActiveAt + ")";
    }
}
