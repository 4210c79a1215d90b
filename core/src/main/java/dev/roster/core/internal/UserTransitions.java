package dev.roster.core.internal;

import dev.roster.core.error.ConflictException;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The user lifecycle as a table: for each action, the statuses it may start from. ACTIVE and
 * SUSPENDED toggle; both can be deleted; a deleted user is restored (to the status it had) or
 * purged. The one place that enforces it: every lifecycle operation goes through {@link #require}.
 */
public final class UserTransitions {
    /** What can happen to a user. */
    public enum Action {
        SUSPEND,
        REACTIVATE,
        DELETE,
        RESTORE,
        PURGE
    }

    private static final Map<Action, Set<UserStatus>> FROM = new EnumMap<>(Map.of(
            Action.SUSPEND, Set.of(UserStatus.ACTIVE),
            Action.REACTIVATE, Set.of(UserStatus.SUSPENDED),
            Action.DELETE, Set.of(UserStatus.ACTIVE, UserStatus.SUSPENDED),
            Action.RESTORE, Set.of(UserStatus.DELETED),
            Action.PURGE, Set.of(UserStatus.DELETED)));

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
    }
}
