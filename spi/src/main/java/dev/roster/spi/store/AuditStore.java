package dev.roster.spi.store;

import dev.roster.spi.model.AuditEntry;
import java.util.List;

/** The audit trail: append-only. */
public interface AuditStore {
    void append(AuditEntry entry);

    /** Appends many entries, as {@link #append} would one by one. */
    void appendAll(List<AuditEntry> entries);

    /** Newest first (instant, then id, both descending). */
    Page<AuditEntry> query(AuditQuery query);
}
