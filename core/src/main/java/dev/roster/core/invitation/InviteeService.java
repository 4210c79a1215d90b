package dev.roster.core.invitation;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;

/**
 * The invitee's side, reached with the token from the link: a read-only preview, then an explicit
 * accept or decline. A token is bound to its tenant, works once, and stops working on resend.
 */
public interface InviteeService {
    /**
     * What the invitation page shows. Reads only; never accepts. A link that can no longer be used
     * (accepted, declined, revoked, expired) shows only that status: nothing about the person, the
     * roles, the message or the inviter. An unknown tenant reads as an unknown token.
     */
    InvitationPreview preview(TenantId tenant, String token);

    /**
     * Creates the active user the invitation describes (its roles, type and permission flags) and
     * closes the invitation as ACCEPTED, in one unit of work. A link that can no longer be used fails
     * with TOKEN_INVALID, as an unknown one does (an overdue invitation is stored as EXPIRED on the way).
     */
    User accept(TenantId tenant, String token, AcceptCommand command);

    /** The invitee says no. The invitation closes as DECLINED. A link that can no longer be used fails as {@link #accept} does. */
    void decline(TenantId tenant, String token);
}
