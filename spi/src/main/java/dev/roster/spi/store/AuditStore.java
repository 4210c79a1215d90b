package dev.roster.spi.store;

import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.AuditEntryId;
import dev.roster.spi.model.TenantId;
import java.util.List;
import java.util.Map;

/**
 * The audit trail: append-only, with one exception. When a person is removed for good, the
 * personal data in the details of entries about them is erased ({@link #redact}); who did what to
 * which record, and when, stays.
 */
public interface AuditStore {
    /**
     * Appends one entry.
     *
     * @param entry the entry
     */
    void append(AuditEntry entry);

    /**
     * Replaces the details of one entry with {@code details}, for erasure only.
     *
     * @param tenant the tenant
     * @param id the entry
     * @param details what the entry keeps
     * @return false when the tenant has no such entry
     */
    boolean redact(TenantId tenant, AuditEntryId id, Map<String, String> details);

    /**
     * Appends many entries, as {@link #append} would one by one.
     *
     * @param entries the entries
     */
    void appendAll(List<AuditEntry> entries);

    /**
     * A page of the trail, newest first (instant, then id, both descending).
     *
     * @param query the filters and position
     * @return the page
     */
    Page<AuditEntry> query(AuditQuery query);
}
