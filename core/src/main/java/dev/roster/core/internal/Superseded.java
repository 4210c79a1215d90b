package dev.roster.core.internal;

import dev.roster.core.audit.AuditActions;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;
import java.util.Map;

/**
 * When an address becomes a member's other than by accepting (created directly, an email changed, a
 * user restored), an invitation still open for it is superseded: it is revoked in the same unit of
 * work, so its link dies and it no longer counts as pending.
 */
public final class Superseded {
    private Superseded() {
    }

    public static void revokeOpenInvitation(StoreTransaction tx, AuditLog audit, Acting acting, EmailAddress email, Instant now) {
        tx.invitations().findPending(acting.tenant().id(), email.canonical()).filter(i -> !i.isOverdue(now)).ifPresent(open -> {
            Invitation revoked = tx.invitations().update(open.toBuilder().status(InvitationStatus.REVOKED).resolvedAt(now).build());
            audit.record(tx, revoked.tenantId(), acting.actorId(), AuditActions.INVITATION_REVOKED, AuditActions.TARGET_INVITATION,
                    revoked.id(), Map.of("email", open.email().value(), "reason", "the address became a member's"));
        });
    }
}
