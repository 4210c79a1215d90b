package dev.roster.core.user;

import dev.roster.core.error.ConflictException;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The user lifecycle: ACTIVE and SUSPENDED toggle; both can be deleted; a deleted user comes back
 * (restore) to the status it had. Purging removes a DELETED user for good and is not a status.
 */
public final class UserTransitions {
    private static final Map<UserStatus, Set<UserStatus>> ALLOWED = new EnumMap<>(Map.of(
            UserStatus.ACTIVE, Set.of(UserStatus.SUSPENDED, UserStatus.DELETED),
            UserStatus.SUSPENDED, Set.of(UserStatus.ACTIVE, UserStatus.DELETED),
            UserStatus.DELETED, Set.of(UserStatus.ACTIVE, UserStatus.SUSPENDED)));

    private UserTransitions() {
    }

    public static boolean allowed(UserStatus from, UserStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    public static void require(User user, UserStatus to) {
        if (!allowed(user.status(), to)) {
            throw new ConflictException(ErrorCode.INVALID_TRANSITION,
                    "user " + user.id() + " is " + user.status() + " and cannot become " + to);
        }
    }
}
