package dev.roster.spi.access;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One recorded sign-in attempt. An attempt against no account keeps no identifier: what someone
 * typed is not kept about a person who may not exist.
 *
 * @param id the attempt
 * @param tenantId the tenant
 * @param userId the account, or null when none answered to the identifier
 * @param at when
 * @param ip the client's address as the host saw it, or null
 * @param userAgent the client's user agent, cut to {@link dev.roster.spi.model.Limits#USER_AGENT}, or null
 * @param reason how it ended
 */
public record SignInAttempt(UUID id, TenantId tenantId, UserId userId, Instant at, String ip, String userAgent, SignInReason reason) {
    /**
     * Checks the required parts.
     *
     * @param id the attempt
     * @param tenantId the tenant
     * @param userId the account, or null
     * @param at when
     * @param ip the client's address, or null
     * @param userAgent the client's user agent, or null
     * @param reason how it ended
     */
    public SignInAttempt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@return whether the attempt signed in (with a lasting or a temporary password)} */
    public boolean succeeded() {
        return reason == SignInReason.SUCCESS || reason == SignInReason.TEMPORARY_PASSWORD;
    }
}
