package dev.roster.core.invitation;

import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.RoleId;
import java.time.Instant;
import java.util.Set;

/**
 * What the invitation page shows before the person decides. Reading it changes nothing: a mail
 * scanner that opens the link does not accept the invitation.
 */
public record InvitationPreview(
        String tenantName,
        String email,
        Set<RoleId> roles,
        String userType,
        String message,
        String inviterName,
        InvitationStatus status,
        Instant expiresAt) {
}
