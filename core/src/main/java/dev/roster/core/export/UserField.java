package dev.roster.core.export;

import dev.roster.spi.model.User;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A user's field as an export column. Nothing secret is a field: no password hash, token or session. */
public enum UserField {
    /** Roster's id for the user. */
    ID("ID", u -> u.id().toString()),
    /** The address as the user gave it. */
    EMAIL("Email", u -> u.email().value()),
    /** First name. */
    FIRST_NAME("First name", u -> u.profile().firstName()),
    /** Last name. */
    LAST_NAME("Last name", u -> u.profile().lastName()),
    /** Display name. */
    DISPLAY_NAME("Display name", u -> u.profile().displayName()),
    /** Username. */
    USERNAME("Username", u -> u.profile().username()),
    /** Phone. */
    PHONE("Phone", u -> u.profile().phone()),
    /** Time zone id. */
    TIMEZONE("Time zone", u -> u.profile().timezone() == null ? null : u.profile().timezone().getId()),
    /** The host's id for the user. */
    EXTERNAL_ID("External ID", u -> u.profile().externalId()),
    /** User type. */
    USER_TYPE("User type", User::userType),
    /** Roles, comma-separated in order. */
    ROLES("Roles", u -> u.roles().stream().map(Object::toString).sorted().collect(Collectors.joining(", "))),
    /** Status. */
    STATUS("Status", u -> u.status().name()),
    /** When the user joined. */
    CREATED_AT("Created", User::createdAt),
    /** Last sign-in, if any. */
    LAST_LOGIN_AT("Last login", User::lastLoginAt);

    private final String header;
    private final Function<User, Object> value;

    UserField(String header, Function<User, Object> value) {
        this.header = header;
        this.value = value;
    }

    /** {@return the column's header} */
    public String header() {
        return header;
    }

    /**
     * The cell of a user.
     *
     * @param user the user
     * @return text, an instant, or null
     */
    public Object valueOf(User user) {
        return value.apply(user);
    }
}
