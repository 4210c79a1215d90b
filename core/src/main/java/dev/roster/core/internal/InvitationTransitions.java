package dev.roster.core.internal;

import dev.roster.core.error.ConflictException;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationStatus;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The invitation state machine as a table: each action, from PENDING only, and the status it leads
 * to. The one place that enforces it: every service goes through {@link #require}.
 */
public final class InvitationTransitions {
    /** What can happen to an invitation. */
    public enum Action {
        RESEND,
        ACCEPT,
        DECLINE,
        REVOKE,
        EXPIRE
    }

    private static final Map<Action, InvitationStatus> LEADS_TO = new EnumMap<>(Map.of(
            Action.RESEND, InvitationStatus.PENDING,
            Action.ACCEPT, InvitationStatus.ACCEPTED,
            Action.DECLINE, InvitationStatus.DECLINED,
            Action.REVOKE, InvitationStatus.REVOKED,
            Action.EXPIRE, InvitationStatus.EXPIRED));

    private InvitationTransitions() {
    }

    /** Every action starts from PENDING; the final statuses allow none. */
    public static boolean allowed(InvitationStatus from, Action action) {
        return from == InvitationStatus.PENDING;
    }

    public static InvitationStatus target(Action action) {
        return LEADS_TO.get(action);
    }

    /**
     * Requires that the invitation, as of {@code now}, allows {@code action}, and returns the status
     * it leads to. A pending invitation past its expiry only allows EXPIRE; anything else fails
     * with INVITATION_EXPIRED.
     */
    public static InvitationStatus require(Invitation invitation, Instant now, Action action) {
        if (action != Action.EXPIRE && invitation.isOverdue(now)) {
            throw new ConflictException(ErrorCode.INVITATION_EXPIRED,
                    "invitation " + invitation.id() + " expired at " + invitation.expiresAt());
        }
        if (!allowed(invitation.status(), action)) {
            throw new ConflictException(ErrorCode.INVALID_TRANSITION, "invitation " + invitation.id() + " is " + invitation.status()
                    + ": cannot " + action.name().toLowerCase(Locale.ROOT));
        }
        return target(action);
    }
}
