package dev.roster.core.maintenance;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;
import dev.roster.spi.model.TenantId;
import java.util.Map;

/**
 * A maintenance job over every tenant failed for some tenants. It went on with the others (one
 * tenant's broken hook must not stall the purge of everyone's personal data) and throws this at the
 * end, with each failure also added as a suppressed exception.
 */
public final class JobIncompleteException extends RosterException {
    private final transient Map<TenantId, RuntimeException> failures;
    /** How many records the job handled in the tenants that did not fail. */
    private final int handled;

    /**
     * The failures of a job that otherwise ran to its end.
     *
     * @param failures what failed, by tenant
     * @param handled how many records the job handled in the other tenants
     */
    public JobIncompleteException(Map<TenantId, RuntimeException> failures, int handled) {
        super(ErrorCode.JOB_INCOMPLETE, "the job failed for " + failures.size() + " tenant(s) " + failures.keySet()
                + " and handled " + handled + " record(s) in the others", null);
        this.failures = Map.copyOf(failures);
        this.handled = handled;
        this.failures.values().forEach(this::addSuppressed);
    }

    /** {@return what failed, by tenant} */
    public Map<TenantId, RuntimeException> failures() {
        return failures;
    }

    /** {@return how many records the job handled in the tenants that did not fail} */
    public int handled() {
        return handled;
    }
}
