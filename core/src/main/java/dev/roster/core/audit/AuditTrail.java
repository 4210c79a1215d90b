package dev.roster.core.audit;

import dev.roster.core.access.Actor;

/** Reading the audit trail by tenant, time, target and actor, with keyset paging. */
public interface AuditTrail {
    AuditPage list(Actor actor, AuditListRequest request);
}
