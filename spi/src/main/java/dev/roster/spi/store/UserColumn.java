package dev.roster.spi.store;

import dev.roster.spi.model.User;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A field of a user that a list can carry without the rest of the user, as an export reads it.
 * Nothing secret is a column: no password hash, token or session.
 */
public enum UserColumn {
    /** Roster's id for the user, as text. */
    ID,
    /** The address as the user gave it. */
    EMAIL,
    /** First name. */
    FIRST_NAME,
    /** Last name. */
    LAST_NAME,
    /** Display name. */
    DISPLAY_NAME,
    /** Username. */
    USERNAME,
    /** Phone. */
    PHONE,
    /** Time zone id. */
    TIMEZONE,
    /** The host's id for the user. */
    EXTERNAL_ID,
    /** User type. */
    USER_TYPE,
    /** Roles, sorted and joined with ", ". */
    ROLES,
    /** Status, by name. */
    STATUS,
    /** When the user joined, an {@link java.time.Instant}. */
    CREATED_AT,
    /** Last sign-in, an {@link java.time.Instant}, or null. */
    LAST_LOGIN_AT;

    /**
     * The column's value for a user: text, an instant, or null. A store that reads the column
     * itself must give exactly this.
     *
     * @param user the user
     * @return the value
     */
    public Object of(User user) {
        return switch (this) {
            case ID -> user.id().toString();
            case EMAIL -> user.email().value();
            case FIRST_NAME -> user.profile().firstName();
            case LAST_NAME -> user.profile().lastName();
            case DISPLAY_NAME -> user.profile().displayName();
            case USERNAME -> user.profile().username();
            case PHONE -> user.profile().phone();
            case TIMEZONE -> user.profile().timezone() == null ? null : user.profile().timezone().getId();
            case EXTERNAL_ID -> user.profile().externalId();
            case USER_TYPE -> user.userType();
            case ROLES -> rolesText(user.roles());
            case STATUS -> user.status().name();
            case CREATED_AT -> user.createdAt();
            case LAST_LOGIN_AT -> user.lastLoginAt();
        };
    }

    /**
     * The {@link #ROLES} text of a set of roles.
     *
     * @param roles the roles
     * @return their ids, sorted and joined with ", "
     */
    public static String rolesText(Set<?> roles) {
        return roles.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }
}
