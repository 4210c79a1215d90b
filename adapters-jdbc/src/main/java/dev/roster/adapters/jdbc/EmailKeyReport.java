package dev.roster.adapters.jdbc;

import dev.roster.spi.model.TenantId;
import java.util.UUID;

/** The rows migration 5 left in {@code roster_email_key_report}; each names a person's address. */
final class EmailKeyReport {
    private EmailKeyReport() {
    }

    /** Drops the report of a record that is gone or no longer holds the address it named. */
    static void forget(Sql sql, TenantId tenant, String recordType, UUID recordId) {
        sql.update("forget email key report", "DELETE FROM roster_email_key_report WHERE tenant_id = ? AND record_type = ? AND record_id = ?",
                p -> p.string(tenant.value()).string(recordType).uuid(recordId));
    }
}
