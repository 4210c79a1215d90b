package dev.roster.core.export;

import dev.roster.core.access.Actor;
import dev.roster.spi.sheet.SheetSink;

/** Streaming exports of user lists, a page at a time, in constant memory whatever the list's size. */
public interface ExportService {
    /**
     * Writes every user of the list to the sink: a header row, then one row per user, page by
     * page through the list's keyset. Requires {@link dev.roster.core.policy.Operation#EXPORT_USERS}
     * (the policy names its permission) and the right to view users; writes an audit entry with the
     * filter and the number of rows.
     *
     * @param actor who exports
     * @param request the list, the columns and the host's figures
     * @param sink where the rows go (CSV or XLSX from {@code roster-adapters-spreadsheet})
     * @return how many users were written
     */
    long exportUsers(Actor actor, ExportRequest request, SheetSink sink);
}
