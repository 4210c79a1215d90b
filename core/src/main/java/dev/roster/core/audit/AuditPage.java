package dev.roster.core.audit;

import dev.roster.spi.model.AuditEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of audit entries, newest first.
 *
 * @param items the page
 * @param nextCursor what to pass as the next request's cursor; empty on the last page
 */
public record AuditPage(List<AuditEntry> items, Optional<String> nextCursor) {
    /**
     * Copies the items and requires the cursor (empty on the last page).
     *
     * @param items the page
     * @param nextCursor what to pass as the next request's cursor; empty on the last page
     */
    public AuditPage {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }

    /** {@return whether more follow this page} */
    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
