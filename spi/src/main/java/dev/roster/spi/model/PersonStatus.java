package dev.roster.spi.model;

import java.util.Set;

/**
 * What a people list shows beside a person: the member statuses, with two more that products show
 * as statuses of their own. A person has exactly one.
 */
public enum PersonStatus {
    /** An active member whose user type is not public. */
    ACTIVE,
    /** A suspended member ("Inactive" in some products), public or not. */
    SUSPENDED,
    /** Someone invited who has not answered yet: an open invitation, not yet past its expiry. */
    PENDING,
    /** A member in "recently deleted", within its window to be restored. */
    DELETED,
    /** An active member of a public user type: made by the host for embedded views, never signs in, takes no seat. */
    PUBLIC;

    /**
     * The status a member shows.
     *
     * @param user the member
     * @param publicTypes the policy's public user types
     * @return ACTIVE, SUSPENDED, DELETED or PUBLIC
     */
    public static PersonStatus of(User user, Set<String> publicTypes) {
        return of(user.status(), user.userType(), publicTypes);
    }

    /**
     * The status a member of this status and type shows.
     *
     * @param status the member's status
     * @param userType the member's user type
     * @param publicTypes the policy's public user types
     * @return ACTIVE, SUSPENDED, DELETED or PUBLIC
     */
    public static PersonStatus of(UserStatus status, String userType, Set<String> publicTypes) {
        return switch (status) {
            case ACTIVE -> publicTypes.contains(userType) ? PUBLIC : ACTIVE;
            case SUSPENDED -> SUSPENDED;
            case DELETED -> DELETED;
        };
    }

    /**
     * The member status that shows as this one.
     *
     * @return ACTIVE for ACTIVE and PUBLIC, SUSPENDED, DELETED; null for PENDING, which only invitations are
     */
    public UserStatus memberStatus() {
        return switch (this) {
            case ACTIVE, PUBLIC -> UserStatus.ACTIVE;
            case SUSPENDED -> UserStatus.SUSPENDED;
            case DELETED -> UserStatus.DELETED;
            case PENDING -> null;
        };
    }
}
