package dev.roster.spi.store;

import dev.roster.spi.model.UserStatus;

/** How many users of one tenant have this status and user type. */
public record StatusTypeCount(UserStatus status, String userType, long count) {
}
