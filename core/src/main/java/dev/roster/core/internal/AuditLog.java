package dev.roster.core.internal;

import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.AuditEntryId;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.spi.text.TextRules;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes audit entries inside the unit of work of the change they describe. Callers pass only
 * non-secret details; values are cut to the stored length.
 */
public final class AuditLog {
    private final Clock clock;
    private final IdGenerator ids;

    public AuditLog(Clock clock, IdGenerator ids) {
        this.clock = clock;
        this.ids = ids;
    }

    public void record(StoreTransaction tx, TenantId tenant, UserId actor, String action, String targetType, Object targetId,
            Map<String, String> details) {
        tx.audit().append(entry(tenant, actor, action, targetType, targetId, details));
    }

    /** An entry to append later with others ({@link dev.roster.spi.store.AuditStore#appendAll}). */
    public AuditEntry entry(TenantId tenant, UserId actor, String action, String targetType, Object targetId,
            Map<String, String> details) {
        Map<String, String> cut = new LinkedHashMap<>();
        details.forEach((k, v) -> cut.put(k, v == null ? "" : TextRules.cut(v, Limits.AUDIT_DETAIL)));
        return new AuditEntry(AuditEntryId.of(ids.next()), tenant, actor, action, targetType, String.valueOf(targetId),
                clock.instant(), cut);
    }
}
