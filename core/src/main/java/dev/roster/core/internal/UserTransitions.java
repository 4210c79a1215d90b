package dev.roster.core.internal;

import dev.roster.core.error.ConflictException;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The user lifecycle as a table: for each action, the statuses it may start from. ACTIVE and
 * SUSPENDED toggle; both can be deleted; a deleted user is restored (to the status it had) or
 * purged; a member's type changes by replacing it. A replaced user (its address handed to the user of
 * its new type) is never reactivated nor replaced again. The one place that enforces it: every
 * lifecycle operation goes through {@link #require}.
 */
public final class UserTransitions {
    /** What can happen to a user. */
    public enum Action {
        SUSPEND,
        REACTIVATE,
        DELETE,
        RESTORE,
        PURGE,
        CHANGE_TYPE
    }

    /** What a replaced user can no longer do: it stays suspended, a record of who the person was. */
    private static final Set<Action> CLOSED_TO_REPLACED = EnumSet.of(Action.REACTIVATE, Action.CHANGE_TYPE);

    private static final Map<Action, Set<UserStatus>> FROM = new EnumMap<>(Map.of(
            Action.SUSPEND, Set.of(UserStatus.ACTIVE),
            Action.REACTIVATE, Set.of(UserStatus.SUSPENDED),
            Action.DELETE, Set.of(UserStatus.ACTIVE, UserStatus.SUSPENDED),
            Action.RESTORE, Set.of(UserStatus.DELETED),
            Action.PURGE, Set.of(UserStatus.DELETED),
            Action.CHANGE_TYPE, Set.of(UserStatus.ACTIVE, UserStatus.SUSPENDED)));

    private UserTransitions() {
    }

    public static boolean allowed(UserStatus from, Action action) {
        return FROM.get(action).contains(from);
    }

    public static void require(User user, Action action) {
        if (!allowed(user.status(), action)) {
            throw new ConflictException(ErrorCode.INVALID_TRANSITION,
                    "user " + user.id() + " is " + user.status() + ": cannot " + action.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (CLOSED_TO_REPLACED.contains(action) && user.email().isReleased()) {
            throw new ConflictException(ErrorCode.INVALID_TRANSITION, "user " + user.id() + " was replaced by user "
                    + user.email().replacement().orElseThrow() + ", which holds its address now: cannot "
                    + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
    }
}
