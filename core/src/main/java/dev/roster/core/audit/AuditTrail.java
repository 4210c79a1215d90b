package dev.roster.core.audit;

import dev.roster.core.access.Actor;

/** Reading the audit trail by tenant, time, target and actor, with keyset paging. */
public interface AuditTrail {
    /**
     * A page of the tenant's audit trail, newest first. Requires {@link dev.roster.core.policy.Operation#VIEW_AUDIT}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param request filters, position and page size
     * @return the page
     * @throws dev.roster.core.error.ValidationException for a bad request or a cursor of another list
     */
    AuditPage list(Actor actor, AuditListRequest request);
}
