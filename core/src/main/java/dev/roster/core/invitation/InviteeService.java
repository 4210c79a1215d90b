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
     * roles, the message or the inviter.
     *
     * @param tenant the tenant in the link
     * @param token the token in the link
     * @return the preview
     * @throws dev.roster.core.error.InvalidTokenException for an unknown token or tenant
     */
    InvitationPreview preview(TenantId tenant, String token);

    /**
     * Creates the active user the invitation describes (its roles, type and permission flags) and
     * closes the invitation as ACCEPTED, in one unit of work, on the authority of whoever sent it last.
     *
     * @param tenant the tenant in the link
     * @param token the token in the link
     * @param command the invitee's own details
     * @return the new user
     * @throws dev.roster.core.error.InvalidTokenException for any link that cannot be used (an overdue invitation is
     *     stored as EXPIRED on the way)
     * @throws dev.roster.core.error.PermissionDeniedException when the sender may no longer grant what it gives
     */
    User accept(TenantId tenant, String token, AcceptCommand command);

    /**
     * The invitee says no. The invitation closes as DECLINED.
     *
     * @param tenant the tenant in the link
     * @param token the token in the link
     * @throws dev.roster.core.error.InvalidTokenException for any link that cannot be used
     */
    void decline(TenantId tenant, String token);
}
