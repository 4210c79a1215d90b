package dev.roster.core.invitation;

import dev.roster.core.error.ConflictException;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationStatus;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The invitation state machine: which status may follow which. The one place that enforces it;
 * every service goes through {@link #require}.
 */
public final class InvitationTransitions {
    private static final Map<InvitationStatus, Set<InvitationStatus>> ALLOWED = new EnumMap<>(Map.of(
            InvitationStatus.PENDING, Set.of(InvitationStatus.PENDING, InvitationStatus.ACCEPTED, InvitationStatus.DECLINED,
                    InvitationStatus.EXPIRED, InvitationStatus.REVOKED),
            InvitationStatus.ACCEPTED, Set.of(),
            InvitationStatus.DECLINED, Set.of(),
            InvitationStatus.EXPIRED, Set.of(),
            InvitationStatus.REVOKED, Set.of()));

    private InvitationTransitions() {
    }

    /** Whether {@code to} may follow {@code from}; PENDING to PENDING is a resend. */
    public static boolean allowed(InvitationStatus from, InvitationStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /**
     * Requires that the invitation, as of {@code now}, may become {@code to}. A pending invitation
     * past its expiry may only become EXPIRED; anything else fails with INVITATION_EXPIRED.
     */
    public static void require(Invitation invitation, Instant now, InvitationStatus to) {
        if (to != InvitationStatus.EXPIRED && invitation.isOverdue(now)) {
            throw new ConflictException(ErrorCode.INVITATION_EXPIRED,
                    "invitation " + invitation.id() + " expired at " + invitation.expiresAt());
        }
        if (!allowed(invitation.status(), to)) {
            throw new ConflictException(ErrorCode.INVALID_TRANSITION,
                    "invitation " + invitation.id() + " is " + invitation.status() + " and cannot become " + to);
        }
    }
}
