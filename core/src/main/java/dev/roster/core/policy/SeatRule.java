package dev.roster.core.policy;

import dev.roster.spi.model.UserStatus;
import java.util.Set;

/**
 * Who occupies a paid seat.
 *
 * @param countedStatuses user statuses that take a seat (typically ACTIVE, maybe SUSPENDED)
 * @param countPendingInvitations whether an open invitation takes a seat (one product counts them)
 * @param excludedUserTypes user types that never take a seat (for example "public")
 */
public record SeatRule(Set<UserStatus> countedStatuses, boolean countPendingInvitations, Set<String> excludedUserTypes) {
    /** Active and suspended users take seats; invitations do not. */
    public static final SeatRule ACTIVE_AND_SUSPENDED = new SeatRule(Set.of(UserStatus.ACTIVE, UserStatus.SUSPENDED), false, Set.of());

    /**
     * Copies the sets.
     *
     * @param countedStatuses user statuses that take a seat (typically ACTIVE, maybe SUSPENDED)
     * @param countPendingInvitations whether an open invitation takes a seat (one product counts them)
     * @param excludedUserTypes user types that never take a seat (for example "public")
     */
    public SeatRule {
        countedStatuses = Set.copyOf(countedStatuses);
        excludedUserTypes = Set.copyOf(excludedUserTypes);
    }

    /**
     * Whether a user takes a seat.
     *
     * @param status its status
     * @param userType its user type
     * @return true when it does
     */
    public boolean counts(UserStatus status, String userType) {
        return countedStatuses.contains(status) && !excludedUserTypes.contains(userType);
    }
}
