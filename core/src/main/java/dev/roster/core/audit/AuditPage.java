package dev.roster.core.audit;

import dev.roster.spi.model.AuditEntry;
import java.util.List;

/** A page of audit entries; {@code nextCursor} is null on the last page. */
public record AuditPage(List<AuditEntry> items, String nextCursor) {
    public AuditPage {
        items = List.copyOf(items);
    }
}
