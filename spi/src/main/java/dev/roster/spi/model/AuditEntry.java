package dev.roster.spi.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One admin action: who (null actor for the host's own jobs), what, on which target, when, and the
 * changed fields. Details never hold secrets; core writes them, stores only keep them.
 */
public record AuditEntry(
        AuditEntryId id,
        TenantId tenantId,
        UserId actor,
        String action,
        String targetType,
        String targetId,
        Instant at,
        Map<String, String> details) {

    /**
     * Checks that every field but the actor is present and copies the details.
     *
     * @param id the id
     * @param tenantId the tenant id
     * @param actor the actor
     * @param action the action
     * @param targetType the target type
     * @param targetId the target id
     * @param at the at
     * @param details the details
     */
    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(at, "at");
        details = Map.copyOf(details);
    }
}
